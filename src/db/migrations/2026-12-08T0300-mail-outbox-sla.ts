import { sql, type Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * Liên hệ – góp ý (modules/participation): the durable outbox every outgoing mail goes through
 * (sent by the job runner, retried with backoff while SMTP is down), and the handling step's
 * start and last reminder on each message (due dates per step, at most one reminder a day).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('mail_outbox'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('message_id', 'integer', (c) =>
      c.references('contact_message.id').onDelete('cascade'),
    )
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('cho-gui'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('mail_outbox_due_idx')
    .on('mail_outbox')
    .columns(['site_id', 'status', 'next_at'])
    .execute();
  await db.schema
    .createIndex('mail_outbox_message_idx')
    .on('mail_outbox')
    .column('message_id')
    .execute();
  await db.schema.alterTable('contact_message').addColumn('step_at', 'text').execute();
  await db.schema
    .alterTable('contact_message')
    .addColumn('reminded_step', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('contact_message')
    .addColumn('reminded_day', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // A message already in the back office started its current step at its last change.
  await sql`update contact_message set step_at = updated_at`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_outbox').execute();
  for (const c of ['step_at', 'reminded_step', 'reminded_day'])
    await db.schema.alterTable('contact_message').dropColumn(c).execute();
}
