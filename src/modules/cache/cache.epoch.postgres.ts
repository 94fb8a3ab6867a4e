import { sql } from 'kysely';
import type { EpochDialect, Executor, SiteOf, TableRule } from './cache.epoch.dialect.ts';

const q = (id: string): string => `"${id.replace(/"/g, '""')}"`;
const list = (values: string[]): string =>
  values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
/** The function a trigger calls (created by the migrations): every site's epoch, or the row's site's. */
function bump(site: SiteOf): string {
  if (site.kind === 'every') return 'EXECUTE FUNCTION cache_epoch_bump()';
  if (site.kind === 'own') return 'EXECUTE FUNCTION cache_epoch_bump_site()';
  if (site.kind === 'article')
    return `EXECUTE FUNCTION cache_epoch_bump_article(${site.via ? list([site.via]) : ''})`;
  return `EXECUTE FUNCTION cache_epoch_bump_site(${list([site.parent, site.via])})`;
}
/** Any key: serialises the trigger DDL of instances starting together. */
const LOCK_KEY = 7_243_101_720;

/**
 * PostgreSQL: row triggers calling cache_epoch_bump_site() (the row's site, by its own site_id or
 * its parent's) or cache_epoch_bump() (every site), created by the migrations, plus TRUNCATE.
 * An update bumps only when the row really changed, ignoring the rule's columns, compared as
 * jsonb: no column list in the trigger, so added columns are watched without replacing it.
 */
export const postgresEpochDialect: EpochDialect = {
  async tables(k: Executor) {
    const rows = await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`.execute(k);
    return rows.rows.map((r) => r.name);
  },

  async columns(k: Executor, table: string) {
    const rows = await sql<{ name: string }>`
      SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}`.execute(
      k,
    );
    return rows.rows.map((r) => r.name);
  },

  async existing(k: Executor) {
    const rows = await sql<{ name: string; tbl: string }>`
      SELECT t.tgname AS name, c.relname AS tbl FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgname LIKE 'cache\\_epoch\\_%'`.execute(
      k,
    );
    return rows.rows.map((r) => ({ table: r.tbl, name: r.name }));
  },

  statements(table: string, _columns: string[], rule: TableRule | undefined, site: SiteOf) {
    const t = q(table);
    const BUMP = bump(site);
    const pub = rule?.publicStatuses && list(rule.publicStatuses);
    const ignored = rule?.ignoreColumns.length ? ` - ARRAY[${list(rule.ignoreColumns)}]` : '';
    const changed = ignored
      ? `(to_jsonb(OLD)${ignored}) IS DISTINCT FROM (to_jsonb(NEW)${ignored})`
      : 'OLD.* IS DISTINCT FROM NEW.*';
    const when = (...conds: (string | false | undefined)[]) => {
      const cs = conds.filter(Boolean) as string[];
      return cs.length ? ` WHEN (${cs.map((c) => `(${c})`).join(' AND ')})` : '';
    };
    return [
      {
        kind: 'ins',
        sql: `CREATE TRIGGER $NAME AFTER INSERT ON ${t} FOR EACH ROW${when(pub && `NEW.status IN (${pub})`)} ${BUMP}`,
      },
      {
        kind: 'upd',
        sql: `CREATE TRIGGER $NAME AFTER UPDATE ON ${t} FOR EACH ROW${when(pub && `OLD.status IN (${pub}) OR NEW.status IN (${pub})`, changed)} ${BUMP}`,
      },
      {
        kind: 'del',
        sql: `CREATE TRIGGER $NAME AFTER DELETE ON ${t} FOR EACH ROW${when(pub && `OLD.status IN (${pub})`)} ${BUMP}`,
      },
      {
        kind: 'trunc',
        sql: `CREATE TRIGGER $NAME AFTER TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION cache_epoch_bump()`,
      },
    ];
  },

  drop: (t) => `DROP TRIGGER IF EXISTS ${q(t.name)} ON ${q(t.table)}`,

  exclusive: (db, fn) =>
    db.kysely.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
      return fn(trx);
    }),
};
