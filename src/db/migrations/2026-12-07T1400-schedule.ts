import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * Cơ cấu tổ chức and Lịch công tác (modules/organisation, modules/schedule), each site its own:
 * `org_unit` (the bodies and offices, a tree), `org_person` (people), `org_post` (a post a person
 * holds in a term, from a day to a day, so a past day gives the title held then),
 * `schedule_entry` (one item of the leaders' week, drafted then approved; changes after
 * publication keep the previous public values) and `schedule_file` (the signed weekly PDF).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const site = (c: ColumnDefinitionBuilder) => c.notNull().references('site.id');
  await idColumn(db, db.schema.createTable('org_unit'))
    .addColumn('site_id', 'integer', site)
    .addColumn('parent_id', 'integer', (c) => c.references('org_unit.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('org_unit_site_idx').on('org_unit').column('site_id').execute();

  await idColumn(db, db.schema.createTable('org_person'))
    .addColumn('site_id', 'integer', site)
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('responsibilities', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('org_person_site_idx').on('org_person').column('site_id').execute();

  await idColumn(db, db.schema.createTable('org_post'))
    .addColumn('site_id', 'integer', site)
    .addColumn('person_id', 'integer', (c) =>
      c.notNull().references('org_person.id').onDelete('cascade'),
    )
    .addColumn('unit_id', 'integer', (c) => c.references('org_unit.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('leadership', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('org_post_person_idx')
    .on('org_post')
    .columns(['site_id', 'person_id', 'starts_on'])
    .execute();

  await idColumn(db, db.schema.createTable('schedule_entry'))
    .addColumn('site_id', 'integer', site)
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('session', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('chair_person_id', 'integer', (c) =>
      c.references('org_person.id').onDelete('set null'),
    )
    .addColumn('chair_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('highlighted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', 'text')
    .addColumn('adjusted_at', 'text')
    .addColumn('previous', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('schedule_entry_day_idx')
    .on('schedule_entry')
    .columns(['site_id', 'day', 'status'])
    .execute();

  await idColumn(db, db.schema.createTable('schedule_file'))
    .addColumn('site_id', 'integer', site)
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('schedule_file_week_idx')
    .on('schedule_file')
    .columns(['site_id', 'week'])
    .execute();
}

/** Drops the tables, dependants first. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['schedule_file', 'schedule_entry', 'org_post', 'org_person', 'org_unit'])
    await db.schema.dropTable(t).execute();
}
