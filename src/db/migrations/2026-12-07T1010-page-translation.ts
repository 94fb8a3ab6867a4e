import type { Kysely } from 'kysely';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * English pages: a static page's translation (introduction, functions and tasks, organisation,
 * contacts), shown under /en/ with hreflang pairs. `source_updated_at` is the Vietnamese page's
 * time when the translation was saved: a later change of the Vietnamese page marks it stale.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('page_translation')
    .addColumn('page_id', 'integer', (c) => c.notNull().references('page.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('source_updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('page_translation_pk', ['page_id', 'language'])
    .execute();
  await db.schema
    .createIndex('page_translation_site_idx')
    .on('page_translation')
    .columns(['site_id', 'language'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('page_translation').execute();
}
