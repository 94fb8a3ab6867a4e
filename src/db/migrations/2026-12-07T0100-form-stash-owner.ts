import type { Kysely } from 'kysely';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * A stashed form belongs to the account whose session ended (`form_stash.account_id`) and to the
 * browser holding its secret (the id is now the secret's hash); it is no longer carried by the
 * session. Stashes made before this change had no owner and are dropped with the old table.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('form_stash').execute();
  await db.schema
    .createTable('form_stash')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('account.id').onDelete('cascade'),
    )
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('form_stash_account_idx')
    .on('form_stash')
    .column('account_id')
    .execute();
  await db.schema.alterTable('session').dropColumn('stash_id').execute();
}

/** Undoes `up` (stashes are dropped again). */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('session').addColumn('stash_id', 'text').execute();
  await db.schema.dropTable('form_stash').execute();
  await db.schema
    .createTable('form_stash')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
