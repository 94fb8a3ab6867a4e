import type { Kysely } from 'kysely';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * Lịch công tác per unit and photos of people (#23): `schedule_entry.unit_id` names the unit of
 * Cơ cấu tổ chức whose week the entry belongs to (null: the site's own leadership schedule);
 * `org_person.photo_media_id` a library image and `photo_alt` its text for this person. No
 * foreign keys (SQLite cannot drop a referencing column): the repositories clear a unit that is
 * removed, and a photo whose image is gone is simply not shown.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('schedule_entry').addColumn('unit_id', 'integer').execute();
  await db.schema
    .createIndex('schedule_entry_site_unit_day_idx')
    .on('schedule_entry')
    .columns(['site_id', 'unit_id', 'day'])
    .execute();
  await db.schema.alterTable('org_person').addColumn('photo_media_id', 'integer').execute();
  await db.schema
    .alterTable('org_person')
    .addColumn('photo_alt', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

/** Drops the columns and the index. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('org_person').dropColumn('photo_alt').execute();
  await db.schema.alterTable('org_person').dropColumn('photo_media_id').execute();
  await db.schema.dropIndex('schedule_entry_site_unit_day_idx').execute();
  await db.schema.alterTable('schedule_entry').dropColumn('unit_id').execute();
}
