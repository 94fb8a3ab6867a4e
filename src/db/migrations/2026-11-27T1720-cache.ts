import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * The content epoch of the page cache: one row whose counter the database itself increments
 * whenever content that public pages show changes. The triggers that do it are not created here
 * but by modules/cache/cache.epoch.ts after every migration run, from the schema as it is then,
 * so that a table added by a later migration is covered without anyone remembering to.
 * On PostgreSQL the triggers call the function created here.
 * Also an index for the home page's featured stories (a scan of every article without it).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cache_epoch')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('n', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.insertInto('cache_epoch').values({ id: 1, n: 0 }).execute();
  if (isPostgres(db)) {
    await sql`CREATE FUNCTION cache_epoch_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE cache_epoch SET n = n + 1 WHERE id = 1; RETURN NULL; END; $$`.execute(db);
  }
  await db.schema
    .createIndex('article_featured_published_idx')
    .on('article')
    .columns(['featured', 'status', 'published_at'])
    .execute();
}

/** Drops the epoch triggers on every table, then what `up` created. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('article_featured_published_idx').execute();
  if (isPostgres(db)) {
    const triggers = await sql<{ name: string; tbl: string }>`
      SELECT t.tgname AS name, c.relname AS tbl FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE NOT t.tgisinternal AND t.tgname LIKE 'cache\\_epoch\\_%'`.execute(db);
    for (const t of triggers.rows)
      await sql`DROP TRIGGER ${sql.id(t.name)} ON ${sql.id(t.tbl)}`.execute(db);
    await sql`DROP FUNCTION cache_epoch_bump()`.execute(db);
  } else {
    const triggers = await sql<{ name: string }>`
      SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'cache\\_epoch\\_%' ESCAPE '\\'`.execute(
      db,
    );
    for (const t of triggers.rows) await sql`DROP TRIGGER ${sql.id(t.name)}`.execute(db);
  }
  await db.schema.dropTable('cache_epoch').execute();
}
