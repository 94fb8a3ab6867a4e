import { sql, type Kysely } from 'kysely';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * Article indexes for many sites (measured with `npm run bench sites`, 100,000 articles over 50
 * sites): every listing filters by site, so the indexes lead with it.
 * - Most read (each site's list is re-read once a second while readers come): walks
 *   (site_id, status, read_count) instead of sorting a commune's articles found by date, and
 *   replaces (status, read_count), which every site shared and which no query uses alone.
 * - Tin cơ sở (the province's copies of commune articles): a partial index of the copies only;
 *   without it the province's home page walked all its articles by date looking for copies.
 * - The scheduler's due withdrawals per site: (site_id, status, unpublish_at).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('article_status_reads_idx').execute();
  await db.schema
    .createIndex('article_site_status_reads_idx')
    .on('article')
    .columns(['site_id', 'status', 'read_count'])
    .execute();
  await sql`CREATE INDEX article_site_copies_idx ON article (site_id, status, published_at) WHERE origin_id IS NOT NULL`.execute(
    db,
  );
  await db.schema
    .createIndex('article_site_status_unpublish_idx')
    .on('article')
    .columns(['site_id', 'status', 'unpublish_at'])
    .execute();
  // The planner learns of the new indexes now, not at the next statistics run.
  await sql`ANALYZE article`.execute(db);
}

/** Puts the previous indexes back. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('article_site_status_unpublish_idx').execute();
  await db.schema.dropIndex('article_site_copies_idx').execute();
  await db.schema.dropIndex('article_site_status_reads_idx').execute();
  await db.schema
    .createIndex('article_status_reads_idx')
    .on('article')
    .columns(['status', 'read_count'])
    .execute();
}
