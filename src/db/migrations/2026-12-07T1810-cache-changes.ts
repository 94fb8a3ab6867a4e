import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * `cache_change`: which article each article-only move of a site's content epoch was for. A
 * change of an article (or of its tags, sections, authors, notes, places) still moves its site's
 * epoch by one, and its trigger records here the article, its section and the epoch value it
 * moved to; any other change moves the epoch without a row. The page cache then drops only what
 * an article change can affect (that article, its section's article pages, the listings) and
 * everything on a move without a row (modules/cache). Each site keeps its last 1000 moves: a
 * reader further behind sees a move without a row and drops everything, which is always safe.
 * On PostgreSQL the article triggers call `cache_epoch_bump_article()` created here, and every
 * move of an epoch is announced (`NOTIFY cache_epoch, '<site> <n>'`): instances keep the epoch in
 * memory instead of reading it for each cached page (modules/cache/cache.epoch.notify.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cache_change')
    .addColumn('site_id', 'integer', (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('section_id', 'integer')
    .execute();
  await db.schema
    .createIndex('cache_change_site_n_idx')
    .on('cache_change')
    .columns(['site_id', 'n'])
    .execute();
  if (isPostgres(db)) {
    // TG_ARGV[0], when given: the row's column naming its article (a child table); else the
    // row is an article. An article without a site (gone already) moves every site's epoch.
    await sql`CREATE FUNCTION cache_epoch_bump_article() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r jsonb; a integer; s integer; sec integer; m bigint;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN UPDATE cache_epoch SET n = n + 1; RETURN NULL; END IF;
        FOR r IN SELECT x FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
            CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END]) AS x WHERE x IS NOT NULL LOOP
          IF TG_NARGS = 0 THEN
            a := (r->>'id')::integer; s := (r->>'site_id')::integer; sec := (r->>'section_id')::integer;
          ELSE
            a := (r->>TG_ARGV[0])::integer; s := NULL; sec := NULL;
            SELECT site_id, section_id INTO s, sec FROM article WHERE id = a;
          END IF;
          IF s IS NULL THEN UPDATE cache_epoch SET n = n + 1;
          ELSE
            m := NULL;
            UPDATE cache_epoch SET n = n + 1 WHERE id = s RETURNING n INTO m;
            IF m IS NOT NULL THEN
              INSERT INTO cache_change (site_id, n, article_id, section_id) VALUES (s, m, a, sec);
            END IF;
          END IF;
        END LOOP;
        RETURN NULL;
      END; $$`.execute(db);
    await sql`CREATE FUNCTION cache_change_prune() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM cache_change WHERE site_id = NEW.site_id AND n <= NEW.n - 1000; RETURN NULL; END; $$`.execute(
      db,
    );
    await sql`CREATE TRIGGER cache_change_prune AFTER INSERT ON cache_change FOR EACH ROW EXECUTE FUNCTION cache_change_prune()`.execute(
      db,
    );
    await sql`CREATE FUNCTION cache_epoch_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('cache_epoch', NEW.id || ' ' || NEW.n); RETURN NULL; END; $$`.execute(
      db,
    );
    await sql`CREATE TRIGGER cache_epoch_notify AFTER INSERT OR UPDATE ON cache_epoch FOR EACH ROW EXECUTE FUNCTION cache_epoch_notify()`.execute(
      db,
    );
  } else {
    await sql`CREATE TRIGGER cache_change_prune AFTER INSERT ON cache_change BEGIN
      DELETE FROM cache_change WHERE site_id = NEW.site_id AND n <= NEW.n - 1000; END`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  // The article triggers call the function; the next migration run fits them to the schema again.
  if (isPostgres(db)) {
    const triggers = await sql<{ name: string; tbl: string }>`
      SELECT t.tgname AS name, c.relname AS tbl FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE NOT t.tgisinternal AND t.tgname LIKE 'cache\\_epoch\\_%'`.execute(db);
    for (const t of triggers.rows)
      await sql`DROP TRIGGER ${sql.id(t.name)} ON ${sql.id(t.tbl)}`.execute(db);
    await sql`DROP FUNCTION IF EXISTS cache_epoch_bump_article()`.execute(db);
  } else {
    const triggers = await sql<{ name: string }>`
      SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'cache\\_epoch\\_%' ESCAPE '\\'`.execute(
      db,
    );
    for (const t of triggers.rows) await sql`DROP TRIGGER ${sql.id(t.name)}`.execute(db);
  }
  await db.schema.dropTable('cache_change').execute();
  if (isPostgres(db)) {
    await sql`DROP TRIGGER IF EXISTS cache_epoch_notify ON cache_epoch`.execute(db);
    await sql`DROP FUNCTION IF EXISTS cache_epoch_notify()`.execute(db);
    await sql`DROP FUNCTION IF EXISTS cache_change_prune()`.execute(db);
  }
}
