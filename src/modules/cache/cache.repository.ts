import type { SelectQueryBuilder } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';

/** A query for one kind of timed change: the earliest instant (ISO text) it happens, or null. */
export type BoundaryQuery = SelectQueryBuilder<Database, never, { at: string | null }>;

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
    /**
     * The earliest of several timed changes (a scheduled publication, a poll or a consultation
     * opening or closing), in one statement: each module gives its query, this unions them.
     */
    async earliest(queries: readonly BoundaryQuery[]): Promise<Date | undefined> {
      const [first, ...rest] = queries;
      if (!first) return undefined;
      const all = rest.reduce((u, q) => u.unionAll(q), first);
      const row = await db.kysely
        .selectFrom(all.as('due'))
        .select((eb) => eb.fn.min('due.at').as('at'))
        .executeTakeFirst();
      return row?.at ? new Date(row.at) : undefined;
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
