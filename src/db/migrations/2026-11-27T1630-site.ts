import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * The site run by its own staff: descriptions of map units, place tags on articles, web-link
 * check results, menus (main and footer) and banners.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('map_unit_note')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('article_place')
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('article.id').onDelete('cascade'),
    )
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_place_pk', ['article_id', 'unit_code'])
    .execute();
  await db.schema
    .createIndex('article_place_unit_idx')
    .on('article_place')
    .columns(['unit_code', 'article_id'])
    .execute();

  await db.schema
    .createTable('weblink_check')
    .addColumn('link_id', 'integer', (c) =>
      c.primaryKey().references('weblink.id').onDelete('cascade'),
    )
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await idColumn(db, db.schema.createTable('menu_item'))
    .addColumn('menu', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('menu_item.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'integer')
    .addColumn('url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('new_tab', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('menu_item_menu_idx')
    .on('menu_item')
    .columns(['menu', 'parent_id', 'position'])
    .execute();

  await idColumn(db, db.schema.createTable('banner'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('image_key', 'text', (c) => c.notNull())
    .addColumn('image_width', 'integer', (c) => c.notNull())
    .addColumn('image_height', 'integer', (c) => c.notNull())
    .addColumn('link_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('placement', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('banner_placement_idx')
    .on('banner')
    .columns(['placement', 'starts_on', 'ends_on'])
    .execute();
}

/** Drops everything `up` created. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['banner', 'menu_item', 'weblink_check', 'article_place', 'map_unit_note']) {
    await db.schema.dropTable(t).execute();
  }
}
