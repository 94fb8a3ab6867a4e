import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * `upload_intent`: the files an upload is about to write, recorded before the first one and
 * removed in the transaction that inserts the library item. One left behind names the files of
 * an upload the process did not finish (kill -9, power loss): `media.recoverUploads` removes them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('upload_intent'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('keys', 'text', (c) => c.notNull())
    .execute();
}

/** Drops the table. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('upload_intent').execute();
}
