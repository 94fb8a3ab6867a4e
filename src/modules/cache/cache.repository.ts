import type { Db } from '../../db/connect.ts';

/** The only place that reads the content epoch. */
export function cacheRepository(db: Db) {
  // Compiled once: this runs on every public request.
  const query = db.kysely.selectFrom('cacheEpoch').select('n').where('id', '=', 1).compile();
  const hot = db.hot?.value('SELECT n FROM cache_epoch WHERE id = 1');
  return {
    /** The content epoch, synchronously, when the database allows it (SQLite files); else undefined. */
    epochNow: hot && ((): number => Number(hot())),
    /** The content epoch (one primary-key read). */
    async epoch(): Promise<number> {
      const result = await db.kysely.executeQuery(query);
      return Number(result.rows[0]?.n ?? 0);
    },
  };
}
