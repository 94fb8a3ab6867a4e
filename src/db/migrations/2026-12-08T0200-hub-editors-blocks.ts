import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * Chuyên đề, second step (modules/hub): an accent colour from the theme's list, the hub's own
 * editors (`hub_editor`), the blocks its editors arrange (`hub_block`, in order); and a video's
 * optional external source (shown behind a click-to-load facade).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // A key of the theme's accent list ('' = the site's own colour).
  await db.schema
    .alterTable('hub')
    .addColumn('accent', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('hub_editor')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('hub_id', 'integer', (c) => c.notNull().references('hub.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('account.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('hub_editor_pk', ['hub_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('hub_editor_account_idx')
    .on('hub_editor')
    .column('account_id')
    .execute();
  await idColumn(db, db.schema.createTable('hub_block'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('hub_id', 'integer', (c) => c.notNull().references('hub.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    // latest | featured | media | documents | links | milestones (hub.block.ts).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('heading', 'text', (c) => c.notNull().defaultTo(''))
    // What the editor typed, one entry a line; parsed again on every render.
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('hub_block_hub_idx')
    .on('hub_block')
    .columns(['hub_id', 'position'])
    .execute();
  // An external page of the video (YouTube, Vimeo): '' when none.
  await db.schema
    .alterTable('video')
    .addColumn('external_url', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

/** Drops the tables and columns. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('video').dropColumn('external_url').execute();
  await db.schema.dropTable('hub_block').execute();
  await db.schema.dropTable('hub_editor').execute();
  await db.schema.alterTable('hub').dropColumn('accent').execute();
}
