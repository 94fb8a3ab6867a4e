import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/** Creates the public portal's tables: settings, sections, pages, media, articles, tags, links, daily stats. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('section'))
    .addColumn('parent_id', 'integer', (c) => c.references('section.id').onDelete('restrict'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('articles'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('show_on_home', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('page'))
    .addColumn('section_id', 'integer', (c) => c.notNull().references('section.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('page_section_slug_uq', ['section_id', 'slug'])
    .execute();

  await idColumn(db, db.schema.createTable('media'))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('image'))
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('variants', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('article'))
    .addColumn('section_id', 'integer', (c) => c.notNull().references('section.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('byline', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('read_count', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('image_id', 'integer', (c) => c.references('media.id'))
    .execute();
  await db.schema
    .createIndex('article_section_published_idx')
    .on('article')
    .columns(['section_id', 'status', 'published_at'])
    .execute();
  await db.schema
    .createIndex('article_status_published_idx')
    .on('article')
    .columns(['status', 'published_at'])
    .execute();
  await db.schema
    .createIndex('article_status_reads_idx')
    .on('article')
    .columns(['status', 'read_count'])
    .execute();

  await idColumn(db, db.schema.createTable('tag'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('article_tag')
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('article.id').onDelete('cascade'),
    )
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tag.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('article_tag_pk', ['article_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('article_tag_tag_idx').on('article_tag').column('tag_id').execute();

  await idColumn(db, db.schema.createTable('weblink_group'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await idColumn(db, db.schema.createTable('weblink'))
    .addColumn('group_id', 'integer', (c) => c.notNull().references('weblink_group.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('new_tab', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('stat_day')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('visits', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('page_views', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
}

/** Drops everything `up` created, in reverse dependency order. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'stat_day',
    'weblink',
    'weblink_group',
    'article_tag',
    'tag',
    'article',
    'media',
    'page',
    'section',
    'setting',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
