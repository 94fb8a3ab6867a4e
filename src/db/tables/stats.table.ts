import type { Generated } from 'kysely';

/** `stat_day`: visits, human page views and bot hits per day (cut at midnight Asia/Ho_Chi_Minh). */
export interface StatDayTable {
  /** The site that owns this row (1: the province). */
  siteId: number;
  day: string;
  visits: Generated<number>;
  pageViews: Generated<number>;
  bots: Generated<number>;
}

/** `stat_salt`: the random salt of each day's reader hashes, shared by every app instance. */
export interface StatSaltTable {
  day: string;
  salt: string;
}

/** `stat_reader`: readers seen in the last 30 minutes (hash only); times in epoch ms. */
export interface StatReaderTable {
  reader: string;
  /** Last page view. */
  seenAt: number;
  /** Start of the reader's current visit. */
  visitAt: number;
  /** Token of the flush that started the current visit (tells a flush which visits it won). */
  claim: string;
}

/** `stat_read`: the last counted read of an article by a reader (hash), for the 30-minute rule. */
export interface StatReadTable {
  reader: string;
  articleId: number;
  countedAt: number;
}

/** `stat_count`: daily counters kept forever, one row per day × metric × key. */
export interface StatCountTable {
  /** The site that owns this row (1: the province). */
  siteId: number;
  day: string;
  /** 'article' (reads, key = id), 'section' (reads, key = id), 'referrer' (visits, key = domain), 'device' (visits). */
  metric: string;
  key: string;
  n: Generated<number>;
}
