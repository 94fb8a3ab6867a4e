import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/** The newsroom: article workflow fields, secondary sections, event threads, revisions, notes, corrections. */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('event_thread'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  const columns: [string, 'integer' | 'text', boolean?][] = [
    ['author_id', 'integer'],
    ['event_id', 'integer'],
    ['body_json', 'text'],
    ['source_name', 'text'],
    ['source_url', 'text'],
    ['source_date', 'text'],
    ['seo_title', 'text'],
    ['seo_description', 'text'],
    ['scheduled_at', 'text'],
    ['unpublish_at', 'text'],
    ['withdrawn_at', 'text'],
    ['withdrawn_reason', 'text'],
    ['lock_account_id', 'integer'],
    ['lock_until', 'text'],
    ['version', 'integer', true],
  ];
  for (const [name, type, counter] of columns) {
    await db.schema
      .alterTable('article')
      .addColumn(name, type, (c) => (counter ? c.notNull().defaultTo(1) : c))
      .execute();
  }
  await db.schema
    .createIndex('article_status_scheduled_idx')
    .on('article')
    .columns(['status', 'scheduled_at'])
    .execute();
  await db.schema.createIndex('article_author_idx').on('article').column('author_id').execute();

  await db.schema
    .createTable('article_section')
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('article.id').onDelete('cascade'),
    )
    .addColumn('section_id', 'integer', (c) =>
      c.notNull().references('section.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('article_section_pk', ['article_id', 'section_id'])
    .execute();

  await db.schema
    .createTable('article_author')
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('article.id').onDelete('cascade'),
    )
    .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
    .addPrimaryKeyConstraint('article_author_pk', ['article_id', 'account_id'])
    .execute();

  await idColumn(db, db.schema.createTable('article_revision'))
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('article.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('account_id', 'integer')
    .addColumn('account_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addUniqueConstraint('article_revision_number_uq', ['article_id', 'number'])
    .execute();

  await idColumn(db, db.schema.createTable('article_note'))
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('article.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('account_id', 'integer')
    .addColumn('account_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('from_status', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('to_status', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('article_note_article_idx')
    .on('article_note')
    .columns(['article_id', 'created_at'])
    .execute();
}

/** Drops everything `up` created (SQLite 3.35+ and PostgreSQL both drop columns). */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['article_note', 'article_revision', 'article_author', 'article_section'])
    await db.schema.dropTable(t).execute();
  await db.schema.dropIndex('article_author_idx').execute();
  await db.schema.dropIndex('article_status_scheduled_idx').execute();
  for (const name of [
    'version',
    'lock_until',
    'lock_account_id',
    'withdrawn_reason',
    'withdrawn_at',
    'unpublish_at',
    'scheduled_at',
    'seo_description',
    'seo_title',
    'source_date',
    'source_url',
    'source_name',
    'body_json',
    'event_id',
    'author_id',
  ]) {
    await db.schema.alterTable('article').dropColumn(name).execute();
  }
  await db.schema.dropTable('event_thread').execute();
}
