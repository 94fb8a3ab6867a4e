import { sql } from 'kysely';
import type { EpochDialect, Executor, SiteOf, TableRule } from './cache.epoch.dialect.ts';

/** The statement that moves the epoch of the site(s) of the row(s) `rows` (NEW, OLD or both). */
function bump(site: SiteOf, rows: ('NEW' | 'OLD')[]): string {
  if (site.kind === 'every') return 'UPDATE cache_epoch SET n = n + 1;';
  if (site.kind === 'article')
    return rows
      .map((r) => {
        const article = site.via ? `${r}.${q(site.via)}` : `${r}.id`;
        const s = `(SELECT site_id FROM article WHERE id = ${article})`;
        // One move per row image, recorded with the value it moved to.
        return (
          `UPDATE cache_epoch SET n = n + 1 WHERE id = ${site.via ? s : `${r}.site_id`}; ` +
          `INSERT INTO cache_change (site_id, n, article_id, section_id) ` +
          (site.via
            ? `SELECT e.id, e.n, a.id, a.section_id FROM article a JOIN cache_epoch e ON e.id = a.site_id WHERE a.id = ${article};`
            : `SELECT id, n, ${r}.id, ${r}.section_id FROM cache_epoch WHERE id = ${r}.site_id;`)
        );
      })
      .join(' ');
  const ids = rows.map((r) =>
    site.kind === 'own'
      ? `${r}.site_id`
      : `(SELECT site_id FROM ${q(site.parent)} WHERE id = ${r}.${q(site.via)})`,
  );
  return `UPDATE cache_epoch SET n = n + 1 WHERE id IN (${ids.join(', ')});`;
}
const q = (id: string): string => `"${id.replace(/"/g, '""')}"`;
const list = (values: string[]): string =>
  values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/**
 * SQLite: row triggers. They name only `site_id` (or the parent link) and, for tables with a
 * rule (article), the watched columns; SQLite refuses to drop a column a trigger names, so
 * epochMigrationHooks drop the epoch triggers before pending migrations and recreate them after.
 */
export const sqliteEpochDialect: EpochDialect = {
  async tables(k: Executor) {
    const rows = await sql<{
      name: string;
      sql: string | null;
    }>`SELECT name, sql FROM sqlite_master WHERE type = 'table'`.execute(k);
    const virtual = rows.rows
      .filter((r) => /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(r.sql ?? ''))
      .map((r) => r.name);
    return rows.rows
      .map((r) => r.name)
      .filter((n) => !virtual.includes(n) && !virtual.some((v) => n.startsWith(`${v}_`)));
  },

  async columns(k: Executor, table: string) {
    const rows = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(
      k,
    );
    return rows.rows.map((r) => r.name);
  },

  async existing(k: Executor) {
    const rows = await sql<{ name: string; tbl: string }>`
      SELECT name, tbl_name AS tbl FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'cache\\_epoch\\_%' ESCAPE '\\'`.execute(
      k,
    );
    return rows.rows.map((r) => ({ table: r.tbl, name: r.name }));
  },

  statements(table: string, columns: string[], rule: TableRule | undefined, site: SiteOf) {
    const t = q(table);
    const rowsOf = (event: string): ('NEW' | 'OLD')[] =>
      event.startsWith('INSERT') ? ['NEW'] : event.startsWith('DELETE') ? ['OLD'] : ['OLD', 'NEW'];
    const trigger = (event: string, when?: string) =>
      `CREATE TRIGGER IF NOT EXISTS $NAME AFTER ${event} ON ${t}${when ? ` WHEN ${when}` : ''} BEGIN ${bump(site, rowsOf(event))} END`;
    if (!rule)
      return [
        { kind: 'ins', sql: trigger('INSERT') },
        { kind: 'upd', sql: trigger('UPDATE') },
        { kind: 'del', sql: trigger('DELETE') },
      ];
    const pub = rule.publicStatuses && list(rule.publicStatuses);
    const watched = columns.filter((c) => !rule.ignoreColumns.includes(c));
    const changed = watched.map((c) => `OLD.${q(c)} IS NOT NEW.${q(c)}`).join(' OR ');
    return [
      { kind: 'ins', sql: trigger('INSERT', pub && `NEW.status IN (${pub})`) },
      {
        kind: 'upd',
        sql: trigger(
          `UPDATE OF ${watched.map(q).join(', ')}`,
          `${pub ? `(OLD.status IN (${pub}) OR NEW.status IN (${pub})) AND ` : ''}(${changed})`,
        ),
      },
      { kind: 'del', sql: trigger('DELETE', pub && `OLD.status IN (${pub})`) },
    ];
  },

  drop: (t) => `DROP TRIGGER IF EXISTS ${q(t.name)}`,

  // Names carry the definition's hash and statements say IF (NOT) EXISTS: two processes starting
  // on one file converge on the same triggers.
  exclusive: (db, fn) => fn(db.kysely),
};
