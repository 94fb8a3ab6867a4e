import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * Photo albums (modules/album): `album` goes through the article workflow (draft → review →
 * approval → published, corrections, withdrawal); `album_item` is its ordered photos, each a
 * media library image with its own caption, credit and alt. Both carry the site that owns them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('album'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    // A Vietnamese calendar day "YYYY-MM-DD", or '' when unknown.
    .addColumn('taken_on', 'text', (c) => c.notNull().defaultTo(''))
    // The map unit where the photos were taken (5-digit code), or ''.
    .addColumn('unit_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
    // Comma-separated labels.
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('event_thread_id', 'integer', (c) =>
      c.references('event_thread.id').onDelete('set null'),
    )
    .addColumn('cover_item_id', 'integer')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('author_id', 'integer', (c) => c.references('account.id').onDelete('set null'))
    // The public correction notice (latest) and the reason of a withdrawal.
    .addColumn('correction', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('album_site_status_idx')
    .on('album')
    .columns(['site_id', 'status', 'published_at'])
    .execute();
  await db.schema
    .createIndex('album_site_unit_idx')
    .on('album')
    .columns(['site_id', 'unit_code'])
    .execute();

  await idColumn(db, db.schema.createTable('album_item'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('album_id', 'integer', (c) => c.notNull().references('album.id').onDelete('cascade'))
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('album_item_album_idx')
    .on('album_item')
    .columns(['album_id', 'position'])
    .execute();

  // Chuyên đề (modules/hub): a campaign's page over its event thread, active or archived.
  await idColumn(db, db.schema.createTable('hub'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('banner_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('banner_width', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('banner_height', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('banner_alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('event_thread_id', 'integer', (c) =>
      c.references('event_thread.id').onDelete('set null'),
    )
    .addColumn('starts_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('ends_on', 'text', (c) => c.notNull().defaultTo(''))
    // 'active' (đang diễn ra) | 'archived' (lưu trữ): the address stays either way.
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('hub_site_slug_uq', ['site_id', 'slug'])
    .execute();

  // Video (modules/video): a library MP4/WebM with required WebVTT captions, same workflow.
  await idColumn(db, db.schema.createTable('video'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('media_id', 'integer', (c) => c.references('media.id'))
    .addColumn('poster_media_id', 'integer', (c) => c.references('media.id'))
    // The stored WebVTT file ('' until uploaded): required to publish.
    .addColumn('captions_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('transcript', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('duration_seconds', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('event_thread_id', 'integer', (c) =>
      c.references('event_thread.id').onDelete('set null'),
    )
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('author_id', 'integer', (c) => c.references('account.id').onDelete('set null'))
    .addColumn('correction', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('video_site_status_idx')
    .on('video')
    .columns(['site_id', 'status', 'published_at'])
    .execute();
}

/** Drops the tables. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('video').execute();
  await db.schema.dropTable('hub').execute();
  await db.schema.dropTable('album_item').execute();
  await db.schema.dropTable('album').execute();
}
