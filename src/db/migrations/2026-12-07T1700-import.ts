import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * `import_item` (the source-id map of imports, and the old-address redirect table, per site)
 * and `import_run` (imports started, resumable). See modules/import.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('import_item'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('source_alias', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('baseline', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('import_item_source_uq', ['site_id', 'source', 'kind', 'source_id'])
    .execute();
  await db.schema
    .createIndex('import_item_alias_idx')
    .on('import_item')
    .columns(['site_id', 'kind', 'source_alias'])
    .execute();
  await db.schema
    .createIndex('import_item_lookup_idx')
    .on('import_item')
    .columns(['site_id', 'kind', 'source_id'])
    .execute();

  await idColumn(db, db.schema.createTable('import_run'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('dry_run', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('source_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('uploads_dir', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('table_prefix', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cursor', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('report', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('started_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('import_run_site_idx')
    .on('import_run')
    .columns(['site_id', 'status'])
    .execute();
}

/** Drops both tables. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_run').execute();
  await db.schema.dropTable('import_item').execute();
}
