import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * A document's signer from the directory (#19, #23): `document.signer_person_id` names the
 * person of Cơ cấu tổ chức who signed (null: a free-text signer, as imported or legacy
 * documents have). Pages read the title that person held on the day of issue. No foreign key
 * (SQLite cannot drop a referencing column): the organisation refuses to delete a person who
 * signs a document.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('document').addColumn('signer_person_id', 'integer').execute();
  await db.schema
    .createIndex('document_site_signer_person_idx')
    .on('document')
    .columns(['site_id', 'signer_person_id'])
    .execute();
}

/**
 * Drops the index and the column. On SQLite the page cache's epoch triggers on `document` name
 * every column, so they go first (the migration hooks' afterMigrate lays them anew for the
 * columns then present).
 */
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) {
    const triggers = await sql<{ name: string }>`SELECT name FROM sqlite_master
      WHERE type = 'trigger' AND tbl_name = 'document' AND name LIKE 'cache_epoch_%'`.execute(db);
    for (const t of triggers.rows) await sql`DROP TRIGGER ${sql.id(t.name)}`.execute(db);
  }
  await db.schema.dropIndex('document_site_signer_person_idx').execute();
  await db.schema.alterTable('document').dropColumn('signer_person_id').execute();
}
