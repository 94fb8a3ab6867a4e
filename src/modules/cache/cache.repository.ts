import type { Db } from '../../db/connect.ts';

/** The only place that reads the content epoch. */
export function cacheRepository(db: Db) {
  const hot = db.hot?.value('SELECT n FROM cache_epoch WHERE id = ?');
  return {
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
