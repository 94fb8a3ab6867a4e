import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * Thăm dò ý kiến (modules/poll): a site's polls, their choices with running totals, and who
 * voted: only a keyed hash of the Vietnamese day, address and browser (never the choice, never
 * an address), so a reader votes once without an account and nothing personal is kept.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('poll'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('poll_site_closes_idx')
    .on('poll')
    .columns(['site_id', 'closes_at'])
    .execute();
  await idColumn(db, db.schema.createTable('poll_choice'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('poll_id', 'integer', (c) => c.notNull().references('poll.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('votes', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('poll_choice_poll_idx').on('poll_choice').column('poll_id').execute();
  await db.schema
    .createTable('poll_voter')
    .addColumn('poll_id', 'integer', (c) => c.notNull().references('poll.id').onDelete('cascade'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('reader', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('poll_voter_pk', ['poll_id', 'reader'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('poll_voter').execute();
  await db.schema.dropTable('poll_choice').execute();
  await db.schema.dropTable('poll').execute();
}
