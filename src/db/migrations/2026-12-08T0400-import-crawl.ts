import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * `import_crawl_url`: the frontier of an HTML-portal crawl (modules/import, source `html`), one
 * row per address a run found: list or article page, pending or done. Kept in the database so a
 * stopped crawl resumes where it stopped, whatever the number of pages.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('import_crawl_url'))
    .addColumn('run_id', 'integer', (c) =>
      c.notNull().references('import_run.id').onDelete('cascade'),
    )
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('section_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addUniqueConstraint('import_crawl_url_uq', ['run_id', 'url'])
    .execute();
  await db.schema
    .createIndex('import_crawl_url_next_idx')
    .on('import_crawl_url')
    .columns(['run_id', 'state', 'id'])
    .execute();
}

/** Drops the frontier. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_crawl_url').execute();
}
