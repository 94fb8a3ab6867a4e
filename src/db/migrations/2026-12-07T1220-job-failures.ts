import type { Kysely } from 'kysely';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * A scheduled job's last failure (time and message), cleared by its next success: the admin's
 * dashboard lists the jobs that are failing (issue #13, the admin's health panel).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('job_lease').addColumn('failed_at', 'text').execute();
  await db.schema
    .alterTable('job_lease')
    .addColumn('last_error', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

/** Drops the columns. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('job_lease').dropColumn('last_error').execute();
  await db.schema.alterTable('job_lease').dropColumn('failed_at').execute();
}
