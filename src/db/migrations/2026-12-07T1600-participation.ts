import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

const site = (c: ColumnDefinitionBuilder) => c.notNull().references('site.id');

/**
 * Liên hệ – góp ý and Hỏi đáp (modules/participation): the receiving units of a site, the
 * messages readers send (personal fields erased on schedule; the sender's address is never
 * stored here), their attachments, the staff's internal notes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('contact_unit'))
    .addColumn('site_id', 'integer', site)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('people', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await idColumn(db, db.schema.createTable('contact_message'))
    .addColumn('site_id', 'integer', site)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('contact_unit.id').onDelete('set null'))
    .addColumn('sender_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sender_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sender_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sender_address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('consent_reply', 'text', (c) => c.notNull())
    .addColumn('consent_reply_at', 'text', (c) => c.notNull())
    .addColumn('consent_publish', 'text')
    .addColumn('consent_publish_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('moi'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('reply', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('replied_at', 'text')
    .addColumn('replied_by', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reply_mailed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('public_question', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('public_asker', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('public_answer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('published_at', 'text')
    .addColumn('erased_at', 'text')
    .execute();
  await db.schema
    .createIndex('contact_message_site_status_idx')
    .on('contact_message')
    .columns(['site_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createTable('contact_attachment')
    .addColumn('message_id', 'integer', (c) =>
      c.primaryKey().references('contact_message.id').onDelete('cascade'),
    )
    .addColumn('site_id', 'integer', site)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  // What Hỏi đáp shows: a copy made on publication, so that readers' messages (written by
  // anyone) never move the public page cache's epoch; only publishing does.
  await db.schema
    .createTable('contact_question')
    .addColumn('message_id', 'integer', (c) =>
      c.primaryKey().references('contact_message.id').onDelete('cascade'),
    )
    .addColumn('site_id', 'integer', site)
    .addColumn('unit_id', 'integer', (c) => c.references('contact_unit.id').onDelete('set null'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('asker', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contact_question_site_published_idx')
    .on('contact_question')
    .columns(['site_id', 'published_at'])
    .execute();
  await idColumn(db, db.schema.createTable('contact_note'))
    .addColumn('site_id', 'integer', site)
    .addColumn('message_id', 'integer', (c) =>
      c.notNull().references('contact_message.id').onDelete('cascade'),
    )
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contact_note_message_idx')
    .on('contact_note')
    .column('message_id')
    .execute();
}

/** Drops the tables. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('contact_note').execute();
  await db.schema.dropTable('contact_question').execute();
  await db.schema.dropTable('contact_attachment').execute();
  await db.schema.dropTable('contact_message').execute();
  await db.schema.dropTable('contact_unit').execute();
}
