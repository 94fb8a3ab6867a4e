import { VISIT_GAP_MS, type DeviceClass } from './stats.ts';
import type { CountDelta, DayDelta, ReaderSeen, ReadSeen } from './stats.repository.ts';

/** A reader's views of one site within one batch (one day's hash, site-specific key). */
export interface PendingReader extends ReaderSeen {
  siteId: number;
  day: string;
  /** The same reader's hash under yesterday's salt, in the first 30 minutes of a day. */
  prev?: string;
  /** Whether this instance had not seen the reader in the last 30 minutes (a likely new visit). */
  newHere: boolean;
  referrer?: string;
  device: DeviceClass;
}

/** A read candidate within one batch (the first view of the article by the reader). */
export interface PendingRead extends ReadSeen {
  /** The site the article was read on (its section's counter goes to that site). */
  siteId: number;
  day: string;
  sectionId: number;
  prev?: string;
}

/** A site's day as a map key (`siteDay(2, "2026-11-26")` = "2|2026-11-26"). */
export const siteDay = (siteId: number, day: string): string => `${siteId}|${day}`;

/** The site and day of a `siteDay` key. */
export function splitSiteDay(key: string): { siteId: number; day: string } {
  const bar = key.indexOf('|');
  return { siteId: Number(key.slice(0, bar)), day: key.slice(bar + 1) };
}

/** Everything counted in memory since the last flush (every site's). */
export interface Batch {
  /** By site-specific reader key (`siteReader`). */
  readers: Map<string, PendingReader>;
  /** By "reader|articleId". */
  reads: Map<string, PendingRead>;
  /** Human page views per site and day (`siteDay` keys). */
  views: Map<string, number>;
  /** Bot hits per site and day. */
  bots: Map<string, number>;
  /** Read candidates per article, and likely new visits per site and day (display, O(1) per page). */
  readsByArticle: Map<number, number>;
  newVisitsByDay: Map<string, number>;
}

export const emptyBatch = (): Batch => ({
  readers: new Map(),
  reads: new Map(),
  views: new Map(),
  bots: new Map(),
  readsByArticle: new Map(),
  newVisitsByDay: new Map(),
});

/** Adds `n` to a counter map. */
export function bump<K>(m: Map<K, number>, k: K, n = 1): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

/** Moves a batch that failed to write back into the current one (retried at the next flush). */
export function mergeInto(into: Batch, failed: Batch): void {
  for (const [k, r] of failed.readers) {
    const cur = into.readers.get(k);
    if (cur?.newHere && r.newHere) bump(into.newVisitsByDay, siteDay(r.siteId, r.day), -1); // one reader, one likely visit
    into.readers.set(
      k,
      cur ? { ...r, lastAt: Math.max(r.lastAt, cur.lastAt), newHere: r.newHere || cur.newHere } : r,
    );
  }
  for (const [k, r] of failed.reads) {
    if (into.reads.has(k)) bump(into.readsByArticle, r.articleId, -1);
    into.reads.set(k, r);
  }
  for (const [id, n] of failed.readsByArticle) bump(into.readsByArticle, id, n);
  for (const [d, n] of failed.newVisitsByDay) bump(into.newVisitsByDay, d, n);
  for (const [d, n] of failed.views) bump(into.views, d, n);
  for (const [d, n] of failed.bots) bump(into.bots, d, n);
}

/** Outcome of the database's claims for a batch. */
export interface Claims {
  /** Readers whose view started a visit (by this batch's hash). */
  visits: Set<string>;
  /** Readers whose visit goes on from yesterday's hash (never a new visit). */
  continued: Set<string>;
  /** "reader|articleId" keys of reads that count. */
  reads: Set<string>;
}

/**
 * The increments a batch writes, each with its own site, keys sorted (site, day, metric, key) so
 * every instance locks rows in the same order.
 */
export function incrementsOf(b: Batch, claims: Claims) {
  const days = new Map<string, DayDelta>();
  const day = (siteId: number, d: string): DayDelta => {
    const id = siteDay(siteId, d);
    let x = days.get(id);
    if (!x) days.set(id, (x = { siteId, day: d, visits: 0, pageViews: 0, bots: 0 }));
    return x;
  };
  for (const [k, n] of b.views) {
    const { siteId, day: d } = splitSiteDay(k);
    day(siteId, d).pageViews += n;
  }
  for (const [k, n] of b.bots) {
    const { siteId, day: d } = splitSiteDay(k);
    day(siteId, d).bots += n;
  }
  const counts = new Map<string, CountDelta>();
  const count = (siteId: number, d: string, metric: string, key: string) => {
    const id = `${siteId}\u0000${d}\u0000${metric}\u0000${key}`;
    const c = counts.get(id);
    if (c) c.n++;
    else counts.set(id, { siteId, day: d, metric, key, n: 1 });
  };
  for (const r of b.readers.values()) {
    if (!claims.visits.has(r.reader) || claims.continued.has(r.reader)) continue;
    day(r.siteId, r.day).visits++;
    count(r.siteId, r.day, 'device', r.device);
    if (r.referrer) count(r.siteId, r.day, 'referrer', r.referrer);
  }
  const articleReads = new Map<number, number>();
  for (const [k, r] of b.reads) {
    if (!claims.reads.has(k)) continue;
    bump(articleReads, r.articleId);
    count(r.siteId, r.day, 'article', String(r.articleId));
    count(r.siteId, r.day, 'section', String(r.sectionId));
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    days: [...days.values()].sort((a, b) => a.siteId - b.siteId || cmp(a.day, b.day)),
    counts: [...counts.values()].sort(
      (a, b) =>
        a.siteId - b.siteId || cmp(a.day, b.day) || cmp(a.metric, b.metric) || cmp(a.key, b.key),
    ),
    articleReads: [...articleReads].sort((a, b) => a[0] - b[0]),
  };
}

/** Readers of yesterday's hash whose last view is within 30 minutes of their first view today. */
export function continuedReaders(b: Batch, prevSeen: Map<string, number>): Set<string> {
  const out = new Set<string>();
  for (const r of b.readers.values()) {
    const seen = r.prev === undefined ? undefined : prevSeen.get(r.prev);
    if (seen !== undefined && seen >= r.firstAt - VISIT_GAP_MS) out.add(r.reader);
  }
  return out;
}
