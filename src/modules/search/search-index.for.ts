import type { Db } from '../../db/connect.ts';
import type { SearchIndex } from './search-index.ts';
import { postgresSearchIndex } from './search-index.postgres.ts';
import { sqliteSearchIndex } from './search-index.sqlite.ts';

/** The search index for the database's dialect. */
export function searchIndexFor(db: Db): SearchIndex {
  return db.dialect === 'postgres' ? postgresSearchIndex(db) : sqliteSearchIndex(db);
}
