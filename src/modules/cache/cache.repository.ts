import type { Db } from '../../db/connect.ts';

/** One article-only move of a site's epoch (to `n`): the article and its section then. */
export interface EpochChange {
  n: number;
  articleId: number;
  sectionId: number | null;
}

const CHANGES =
  'SELECT n, article_id AS articleId, section_id AS sectionId FROM cache_change WHERE site_id = ? AND n > ? AND n <= ? ORDER BY n';

/** The only place that reads the content epoch. */
export function cacheRepository(db: Db) {
  const hot = db.hot?.value('SELECT n FROM cache_epoch WHERE id = ?');
  const hotChanges = db.hot?.rows<EpochChange>(CHANGES);
  return {
    /** The recorded article changes of a site's epoch moves in (after, upTo], synchronously (SQLite files). */
    changesNow:
      hotChanges &&
      ((siteId: number, after: number, upTo: number): EpochChange[] =>
        hotChanges(siteId, after, upTo).map((r) => ({
          n: Number(r.n),
          articleId: r.articleId,
          sectionId: r.sectionId,
        }))),
    /** The same, waiting for the database. */
    async changes(siteId: number, after: number, upTo: number): Promise<EpochChange[]> {
      const rows = await db.kysely
        .selectFrom('cacheChange')
        .select(['n', 'articleId', 'sectionId'])
        .where('siteId', '=', siteId)
        .where('n', '>', after)
        .where('n', '<=', upTo)
        .orderBy('n')
        .execute();
      return rows.map((r) => ({ n: Number(r.n), articleId: r.articleId, sectionId: r.sectionId }));
    },
    /** A site's content epoch, synchronously, when the database allows it (SQLite files); else undefined. */
    epochNow: hot && ((siteId: number): number => Number(hot(siteId) ?? 0)),
    /** A site's content epoch (one primary-key read). */
    async epoch(siteId: number): Promise<number> {
      const row = await db.kysely
        .selectFrom('cacheEpoch')
        .select('n')
        .where('id', '=', siteId)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}
