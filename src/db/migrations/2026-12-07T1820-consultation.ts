import type { CreateTableBuilder, Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

const site = <T extends string>(t: CreateTableBuilder<T, never>): CreateTableBuilder<T, never> =>
  t.addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'));

/**
 * Lấy ý kiến dự thảo (modules/consultation): a comment window on a draft document (one per
 * document), the draft's sections readers comment on, and the responses. A response keeps no
 * client address: `reader` is a keyed hash of the day, address and browser (one response per
 * reader and section per day); name and contact only with consent.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, site(db.schema.createTable('consultation')))
    .addColumn('document_id', 'integer', (c) =>
      c.notNull().unique().references('document.id').onDelete('cascade'),
    )
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('unit_name', 'text', (c) => c.notNull())
    .addColumn('unit_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rules', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_site_closes_idx')
    .on('consultation')
    .columns(['site_id', 'closes_at'])
    .execute();

  await idColumn(db, site(db.schema.createTable('consultation_section')))
    .addColumn('consultation_id', 'integer', (c) =>
      c.notNull().references('consultation.id').onDelete('cascade'),
    )
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('consultation_section_parent_idx')
    .on('consultation_section')
    .columns(['consultation_id', 'position'])
    .execute();

  await idColumn(db, site(db.schema.createTable('consultation_response')))
    .addColumn('consultation_id', 'integer', (c) =>
      c.notNull().references('consultation.id').onDelete('cascade'),
    )
    .addColumn('section_id', 'integer', (c) =>
      c.notNull().references('consultation_section.id').onDelete('cascade'),
    )
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reader_group', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('consent', 'text')
    .addColumn('reader', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('moi'))
    .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('consultation_response_reader_uq', ['section_id', 'reader'])
    .execute();
  await db.schema
    .createIndex('consultation_response_parent_idx')
    .on('consultation_response')
    .columns(['consultation_id', 'status'])
    .execute();
}

/** Drops the tables. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['consultation_response', 'consultation_section', 'consultation'])
    await db.schema.dropTable(t).execute();
}
