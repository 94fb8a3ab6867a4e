import type { Kysely } from 'kysely';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * `media_rendition_queue`: images of the library whose renditions are still to be made
 * (modules/media, `renderQueued`, run by the `media-renditions` job). An imported image is
 * stored as its original and listed here in the transaction that inserts its library item; the
 * job encodes the renditions, points the item at them and deletes the row in one transaction,
 * so a killed process leaves the row and the next run takes it up again. Until then pages show
 * the original (`source_key`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('media_rendition_queue')
    .addColumn('media_id', 'integer', (c) =>
      c.primaryKey().references('media.id').onDelete('cascade'),
    )
    .addColumn('site_id', 'integer', (c) => c.notNull())
    // The original's storage key, and the base key its renditions are written under.
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('base_key', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('media_rendition_queue_next_idx')
    .on('media_rendition_queue')
    .columns(['site_id', 'attempts', 'media_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('media_rendition_queue').execute();
}
