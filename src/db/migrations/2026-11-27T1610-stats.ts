import type { Kysely } from 'kysely';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * Counting that several app instances share: the daily salt, the recent reader and read keys
 * (expire after 30 minutes; times in epoch milliseconds so the upserts can compare them in SQL),
 * daily counters per dimension kept forever, and a daily bot counter.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stat_salt')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('salt', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stat_reader')
    .addColumn('reader', 'text', (c) => c.primaryKey())
    .addColumn('seen_at', 'bigint', (c) => c.notNull())
    .addColumn('visit_at', 'bigint', (c) => c.notNull())
    .addColumn('claim', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stat_reader_seen_idx').on('stat_reader').column('seen_at').execute();

  await db.schema
    .createTable('stat_read')
    .addColumn('reader', 'text', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('counted_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('stat_read_pk', ['reader', 'article_id'])
    .execute();
  await db.schema
    .createIndex('stat_read_counted_idx')
    .on('stat_read')
    .column('counted_at')
    .execute();

  await db.schema
    .createTable('stat_count')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('stat_count_pk', ['day', 'metric', 'key'])
    .execute();
  await db.schema
    .createIndex('stat_count_metric_day_idx')
    .on('stat_count')
    .columns(['metric', 'day'])
    .execute();

  await db.schema
    .alterTable('stat_day')
    .addColumn('bots', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
}

/** Drops what `up` created. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('stat_day').dropColumn('bots').execute();
  for (const t of ['stat_count', 'stat_read', 'stat_reader', 'stat_salt'])
    await db.schema.dropTable(t).execute();
}
