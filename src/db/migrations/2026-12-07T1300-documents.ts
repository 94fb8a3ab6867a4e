import type { CreateTableBuilder, Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

const site = <T extends string>(t: CreateTableBuilder<T, never>): CreateTableBuilder<T, never> =>
  t.addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'));

/**
 * Văn bản, the document registry (modules/document), every table per site: the lists a clerk
 * chooses from (types, issuing bodies, the tree of fields), the documents with their parsed
 * number, files (kept byte-exact), fields, relations and download dedup rows. No data is
 * changed: the existing "Văn bản" section keeps its articles; its path /van-ban now shows the
 * registry (the registry's routes come before the section's).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, site(db.schema.createTable('document_type')))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('document_type_site_name_uq')
    .unique()
    .on('document_type')
    .columns(['site_id', 'name'])
    .execute();

  await idColumn(db, site(db.schema.createTable('document_issuer')))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('document_issuer_site_name_uq')
    .unique()
    .on('document_issuer')
    .columns(['site_id', 'name'])
    .execute();

  await idColumn(db, site(db.schema.createTable('document_field')))
    .addColumn('parent_id', 'integer', (c) => c.references('document_field.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await idColumn(db, site(db.schema.createTable('document')))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('number_form', 'text', (c) => c.notNull())
    .addColumn('number_seq', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('number_type_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('number_issuer_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('number_year', 'integer')
    .addColumn('number_key', 'text', (c) => c.notNull())
    .addColumn('number_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('type_id', 'integer', (c) => c.notNull().references('document_type.id'))
    .addColumn('issuer_id', 'integer', (c) => c.notNull().references('document_issuer.id'))
    .addColumn('signer_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_authority', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('effect', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('view_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  await db.schema
    .createIndex('document_site_status_idx')
    .on('document')
    .columns(['site_id', 'status', 'issued_on'])
    .execute();
  await db.schema
    .createIndex('document_site_key_idx')
    .on('document')
    .columns(['site_id', 'number_key'])
    .execute();

  await site(db.schema.createTable('document_field_link'))
    .addColumn('document_id', 'integer', (c) =>
      c.notNull().references('document.id').onDelete('cascade'),
    )
    .addColumn('field_id', 'integer', (c) =>
      c.notNull().references('document_field.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('document_field_link_pk', ['document_id', 'field_id'])
    .execute();

  await idColumn(db, site(db.schema.createTable('document_file')))
    .addColumn('document_id', 'integer', (c) =>
      c.notNull().references('document.id').onDelete('cascade'),
    )
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('pages', 'integer')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('download_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_file_n_uq', ['document_id', 'n'])
    .execute();

  await idColumn(db, site(db.schema.createTable('document_relation')))
    .addColumn('from_id', 'integer', (c) =>
      c.notNull().references('document.id').onDelete('cascade'),
    )
    .addColumn('to_id', 'integer', (c) => c.notNull().references('document.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_relation_uq', ['from_id', 'to_id', 'kind'])
    .execute();

  await site(db.schema.createTable('document_download'))
    .addColumn('file_id', 'integer', (c) =>
      c.notNull().references('document_file.id').onDelete('cascade'),
    )
    .addColumn('reader', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_download_pk', ['file_id', 'reader'])
    .execute();
}

/** Drops the tables. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'document_download',
    'document_relation',
    'document_file',
    'document_field_link',
    'document',
    'document_field',
    'document_issuer',
    'document_type',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
