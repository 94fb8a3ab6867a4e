import crypto from 'node:crypto';
import { isbot } from 'isbot';
import { isDatabaseUnavailable } from '../../db/faults.ts';
import { vnDayKey } from '../../lib/date.ts';
import type { Logger } from '../../lib/log.ts';
import {
  bump,
  continuedReaders,
  emptyBatch,
  incrementsOf,
  mergeInto,
  siteDay,
  splitSiteDay,
  type Batch,
} from './stats.batch.ts';
import type { StatsRepository } from './stats.repository.ts';
import {
  deviceClass,
  newSalt,
  ONLINE_WINDOW_MS,
  READER_RATE_LIMIT,
  readerHash,
  referrerDomain,
  siteReader,
  VISIT_GAP_MS,
} from './stats.ts';

/** The numbers of the "Thống kê truy cập" block. */
export interface VisitorStats {
  online: number;
  today: number;
  yesterday: number;
  month: number;
  total: number;
}

/** One counting request: a page view reported by a beacon or the no-JavaScript pixel. */
export interface Hit {
  /** The site the page was viewed on (the request's site): counted on that site only. */
  siteId: number;
  /** The client's address: hashed with the day's salt, never stored. */
  ip: string;
  userAgent: string;
  /** The article read, on article pages (an article of another site is not counted). */
  articleId?: number;
  /** The page's own referrer (document.referrer), for the referrer history. */
  referrer?: string;
  /** The host the request was sent to (a referrer from it is internal). */
  host?: string;
  /** A staff preview: never counted. */
  preview?: boolean;
}

/** What became of a hit: counted (maybe deduplicated later), or why not. */
export type HitResult = 'counted' | 'bot' | 'ignored' | 'limited';

const DAY_MS = 86_400_000;
const ARTICLE_CACHE_MS = 60_000;
const EXPIRE_EVERY_MS = 60_000;
/** Beyond this many unwritten readers (a long database outage) hits are refused, not queued. */
const MAX_PENDING_READERS = 500_000;
/** Beyond this many hits held during an outage (not yet hashed: see `deferOrThrow`), hits are refused. */
const MAX_DEFERRED_HITS = 200_000;

/** A site's stored figures, read at most once a second. */
interface CacheEntry {
  at: number;
  day: string;
  value: Promise<VisitorStats & { stored: true }>;
  resolved?: VisitorStats;
  /** The previous read's totals (same day), shown while this one is under way. */
  previous?: VisitorStats;
}

/** Stored totals older than a second are re-read; up to this age they still show meanwhile. */
const SNAPSHOT_STALE_MS = 3000;

/**
 * Counts visits and reads, per site. A reader is a salted hash of address and user agent (the
 * salt is random per day and shared by every instance through the database), keyed by site: a
 * visit is a reader's first view of a site after 30 minutes of absence from it; one read per
 * reader and article per 30 minutes. Every figure belongs to the site of the hit.
 * Hits are aggregated in memory; `flush` (every second once started) writes a batch in one
 * transaction where the database decides, atomically across instances, which visits and
 * reads are new; every total is an increment.
 */
export function statsService(deps: {
  repo: StatsRepository;
  /** A site's "Tổng truy cập" offset (its setting: read in that site's scope). */
  totalOffset: (siteId: number) => Promise<number>;
  /** Hosts of the site (from BASE_URL): referrers from them are internal. */
  siteHosts?: string[];
  clock?: () => Date;
  /** Where a failed background flush is reported. */
  log: Logger;
}) {
  const { repo } = deps;
  const now = deps.clock ?? (() => new Date());
  const siteHosts = deps.siteHosts ?? [];
  let pending: Batch = emptyBatch();
  /** Hits held while the database was unavailable (their salt or article unknown), oldest first. */
  const deferred: { hit: Hit; at: number }[] = [];
  let inflight: Batch | undefined;
  /** Last view per reader hash, and last counted read per "reader|id" (this instance). */
  const lastSeen = new Map<string, number>();
  const lastRead = new Map<string, number>();
  const salts = new Map<string, Promise<string | undefined>>();
  const sections = new Map<
    number,
    { article: { sectionId: number; siteId: number } | undefined; at: number }
  >();
  let rate = { minute: 0, hits: new Map<string, number>() };
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();
  let lastExpiry = 0;
  /** By site id; emptied by every flush. */
  const cache = new Map<number, CacheEntry>();

  function saltOf(day: string, create: boolean): Promise<string | undefined> {
    let s = salts.get(day);
    if (!s) {
      const keepFrom = vnDayKey(new Date(Date.parse(`${day}T12:00:00+07:00`) - DAY_MS));
      s = create ? repo.salt(day, newSalt, keepFrom) : repo.existingSalt(day);
      salts.set(day, s);
      s.catch(() => salts.delete(day));
      for (const d of salts.keys()) if (d < keepFrom) salts.delete(d);
    }
    return s;
  }

  /** The section of a published article of site `siteId` (undefined: unknown, or another site's). */
  async function sectionOf(
    articleId: number,
    siteId: number,
    t: Date,
  ): Promise<number | undefined> {
    let hit = sections.get(articleId);
    if (!hit || t.getTime() - hit.at >= ARTICLE_CACHE_MS) {
      let found;
      try {
        found = await repo.publishedSections([articleId], t);
      } catch (err) {
        // The database is away: what was known a while ago still tells the section.
        if (hit && isDatabaseUnavailable(err))
          return hit.article?.siteId === siteId ? hit.article.sectionId : undefined;
        throw err;
      }
      const article = found.get(articleId);
      if (sections.size > 50_000) sections.clear();
      sections.set(articleId, (hit = { article, at: t.getTime() }));
    }
    return hit.article?.siteId === siteId ? hit.article.sectionId : undefined;
  }

  function limited(reader: string, ms: number): boolean {
    const minute = Math.floor(ms / 60_000);
    if (rate.minute !== minute) rate = { minute, hits: new Map() };
    const n = (rate.hits.get(reader) ?? 0) + 1;
    rate.hits.set(reader, n);
    return n > READER_RATE_LIMIT;
  }

  const isBot = (userAgent: string): boolean => !userAgent || isbot(userAgent);

  const recent = (m: Map<string, number>, k: string | undefined, ms: number): boolean => {
    const at = k === undefined ? undefined : m.get(k);
    return at !== undefined && at >= ms - VISIT_GAP_MS;
  };

  async function doFlush(): Promise<void> {
    await replayDeferred();
    const batch = pending;
    if (!batch.readers.size && !batch.views.size && !batch.bots.size) return expireMaybe();
    pending = emptyBatch();
    inflight = batch;
    try {
      await repo.write(async (w) => {
        const readers = [...batch.readers.values()].sort((a, b) => (a.reader < b.reader ? -1 : 1));
        const prevs = readers.flatMap((r) => (r.prev ? [r.prev] : []));
        const continued = prevs.length
          ? continuedReaders(batch, await w.readersSeen(prevs))
          : new Set<string>();
        const prevReads = prevs.length ? await w.readsCounted(prevs) : new Map<string, number>();
        const reads = [...batch.reads.entries()]
          .filter(([, r]) => !recent(prevReads, r.prev && `${r.prev}|${r.articleId}`, r.at))
          .map(([, r]) => r)
          .sort((a, b) =>
            a.reader < b.reader ? -1 : a.reader > b.reader ? 1 : a.articleId - b.articleId,
          );
        const visits = await w.claimVisits(readers, crypto.randomUUID());
        if (continued.size)
          await w.dropReaders(
            readers.flatMap((r) => (continued.has(r.reader) && r.prev ? [r.prev] : [])).sort(),
          );
        const claimed = await w.claimReads(reads);
        const inc = incrementsOf(batch, { visits, continued, reads: claimed });
        await w.addDays(inc.days);
        await w.addCounts(inc.counts);
        await w.addArticleReads(inc.articleReads);
      });
    } catch (err) {
      mergeInto(pending, batch);
      throw err;
    } finally {
      inflight = undefined;
      cache.clear();
    }
    await expireMaybe();
  }

  async function expireMaybe(): Promise<void> {
    const t = now().getTime();
    if (t - lastExpiry < EXPIRE_EVERY_MS) return;
    lastExpiry = t;
    const cutoff = t - VISIT_GAP_MS - 60_000;
    for (const [k, at] of lastSeen) if (at < cutoff) lastSeen.delete(k);
    for (const [k, at] of lastRead) if (at < cutoff) lastRead.delete(k);
    await repo.expire(cutoff);
  }

  /** Pending (not yet written) likely new visits of this instance on a site's days matching `pred`. */
  function pendingVisits(siteId: number, pred: (day: string) => boolean): number {
    let n = 0;
    for (const b of inflight ? [pending, inflight] : [pending])
      for (const [k, v] of b.newVisitsByDay) {
        const sd = splitSiteDay(k);
        if (sd.siteId === siteId && pred(sd.day)) n += v;
      }
    return n;
  }

  function withPending(s: VisitorStats, siteId: number, t: Date, today: string): VisitorStats {
    const monthStart = `${today.slice(0, 8)}01`;
    const yesterday = vnDayKey(new Date(t.getTime() - DAY_MS));
    const all = pendingVisits(siteId, () => true);
    return {
      online: s.online + all,
      today: s.today + pendingVisits(siteId, (d) => d === today),
      yesterday: s.yesterday + pendingVisits(siteId, (d) => d === yesterday),
      month: s.month + pendingVisits(siteId, (d) => d >= monthStart),
      total: s.total + all,
    };
  }

  async function stored(siteId: number, t: Date): Promise<VisitorStats & { stored: true }> {
    const today = vnDayKey(t);
    const yesterday = vnDayKey(new Date(t.getTime() - DAY_MS));
    const [todayN, yesterdayN, month, total, online, offset] = await Promise.all([
      repo.visitsBetween(siteId, today, today),
      repo.visitsBetween(siteId, yesterday, yesterday),
      repo.visitsBetween(siteId, `${today.slice(0, 8)}01`, today),
      repo.visitsBetween(siteId),
      repo.onlineSince(siteId, t.getTime() - ONLINE_WINDOW_MS),
      // Read with the totals (at most once a second), not on every page view.
      deps.totalOffset(siteId),
    ]);
    return {
      today: todayN,
      yesterday: yesterdayN,
      month,
      total: total + offset,
      online,
      stored: true,
    };
  }

  /** A site's sidebar figures: stored totals (re-read at most once a second) plus pending ones. */
  async function snapshot(siteId: number): Promise<VisitorStats> {
    const t = now();
    const today = vnDayKey(t);
    let entry = cache.get(siteId);
    if (!entry || entry.day !== today || t.getTime() - entry.at >= 1000 || t.getTime() < entry.at) {
      const value = stored(siteId, t);
      const previous =
        entry && entry.day === today ? (entry.resolved ?? entry.previous) : undefined;
      const e: CacheEntry = { at: t.getTime(), day: today, value, previous };
      cache.set(siteId, (entry = e));
      value.then(
        (v) => (e.resolved = v),
        () => {
          if (cache.get(siteId) === e) cache.delete(siteId);
        },
      );
    }
    return withPending(await entry.value, siteId, t, today);
  }

  /**
   * Records one page view at time `t` (a replayed hit: when it was made). `replay`: the hit was
   * held while the database was away and was already rate-limited then.
   */
  async function recordAt(hit: Hit, t: Date, replay = false): Promise<HitResult> {
    const ms = t.getTime();
    const day = vnDayKey(t);
    if (hit.preview) return 'ignored';
    const { siteId } = hit;
    const sd = siteDay(siteId, day);
    if (isBot(hit.userAgent)) {
      bump(pending.bots, sd);
      return 'bot';
    }
    if (pending.readers.size >= MAX_PENDING_READERS) return 'limited'; // the database is away too long
    let salt: string;
    try {
      salt = (await saltOf(day, true)) as string;
    } catch (err) {
      return deferOrThrow(err, hit, ms, replay);
    }
    const hash = readerHash(salt, hit.ip, hit.userAgent);
    if (!replay && limited(hash, ms)) return 'limited';
    const reader = siteReader(siteId, hash);
    let sectionId: number | undefined;
    let prevSalt: string | undefined;
    const prevDay = vnDayKey(new Date(ms - VISIT_GAP_MS));
    try {
      sectionId =
        hit.articleId === undefined ? undefined : await sectionOf(hit.articleId, siteId, t);
      prevSalt = prevDay === day ? undefined : await saltOf(prevDay, false);
    } catch (err) {
      return deferOrThrow(err, hit, ms, replay);
    }
    if (hit.articleId !== undefined && sectionId === undefined) return 'ignored';
    const prev =
      prevSalt === undefined
        ? undefined
        : siteReader(siteId, readerHash(prevSalt, hit.ip, hit.userAgent));

    bump(pending.views, sd);
    const r = pending.readers.get(reader);
    if (r) r.lastAt = Math.max(r.lastAt, ms);
    else {
      const newHere = !recent(lastSeen, reader, ms) && !recent(lastSeen, prev, ms);
      if (newHere) bump(pending.newVisitsByDay, sd);
      pending.readers.set(reader, {
        reader,
        siteId,
        firstAt: ms,
        lastAt: ms,
        day,
        prev,
        newHere,
        device: deviceClass(hit.userAgent),
        referrer: referrerDomain(hit.referrer, hit.host ? [...siteHosts, hit.host] : siteHosts),
      });
    }
    lastSeen.set(reader, Math.max(lastSeen.get(reader) ?? 0, ms)); // replays come late
    if (hit.articleId !== undefined && sectionId !== undefined) {
      const key = `${reader}|${hit.articleId}`;
      if (!recent(lastRead, key, ms) && !recent(lastRead, prev && `${prev}|${hit.articleId}`, ms)) {
        lastRead.set(key, ms);
        pending.reads.set(key, {
          reader,
          articleId: hit.articleId,
          at: ms,
          siteId,
          day,
          sectionId,
          prev,
        });
        bump(pending.readsByArticle, hit.articleId);
      }
    }
    return 'counted';
  }

  /**
   * A hit whose salt or article could not be read because the database is unavailable is held
   * (bounded, in arrival order) and counted by the next flush that finds the database back:
   * nothing is lost to an outage shorter than the buffer. Any other error is a bug: thrown.
   */
  function deferOrThrow(err: unknown, hit: Hit, ms: number, replay: boolean): HitResult {
    if (!isDatabaseUnavailable(err)) throw err;
    if (replay) throw err; // the replay stops and keeps this hit and the rest, in order
    if (deferred.length >= MAX_DEFERRED_HITS) return 'limited';
    if (limited(`held:${hit.ip}|${hit.userAgent}`, ms)) return 'limited';
    deferred.push({ hit, at: ms });
    return 'counted';
  }

  /** Counts the held hits in order; stops at the first the database still cannot take. */
  async function replayDeferred(): Promise<void> {
    while (deferred.length) {
      const { hit, at } = deferred[0]!;
      try {
        await recordAt(hit, new Date(at), true);
      } catch (err) {
        if (isDatabaseUnavailable(err)) throw err;
        deps.log.error({ err }, 'a held hit could not be counted'); // a bug: never retried forever
      }
      deferred.shift();
    }
  }

  return {
    /** Whether a user agent is a known bot (bots are never counted as readers). */
    isBot,

    /**
     * Records one page view on the hit's site. Bots go to the site's daily bot counter;
     * previews, unknown articles (or another site's) and floods (over READER_RATE_LIMIT a
     * minute per reader, whatever the site) are not counted.
     */
    record(hit: Hit): Promise<HitResult> {
      return recordAt(hit, now());
    },

    /** Reads of an article counted here but not yet written (added to the stored count on display). */
    pendingReadsOf(articleId: number): number {
      return (
        (pending.readsByArticle.get(articleId) ?? 0) +
        (inflight?.readsByArticle.get(articleId) ?? 0)
      );
    },

    /** Readers (visits) and reads counted in memory, not yet written (pending and in flight): for /metrics. */
    pendingCount(): number {
      const n = (b: Batch | undefined) => (b ? b.readers.size + b.reads.size : 0);
      return n(pending) + n(inflight) + deferred.length;
    },

    /** Writes pending increments (serialised: one flush at a time); on failure they are kept. */
    flush(): Promise<void> {
      flushing = flushing.catch(() => undefined).then(doFlush);
      return flushing;
    },

    /** A site's sidebar figures: stored totals (re-read at most once a second) plus pending ones. */
    snapshot,

    /**
     * The same figures without waiting, when stored totals are at hand (else undefined: call
     * `snapshot`). Totals older than a second are re-read in the background and, up to
     * SNAPSHOT_STALE_MS, shown meanwhile (with this instance's pending counts added), so a page
     * of a busy site never waits for the database.
     */
    snapshotNow(siteId: number): VisitorStats | undefined {
      const t = now();
      const c = cache.get(siteId);
      if (!c || t.getTime() < c.at) return undefined;
      const today = vnDayKey(t);
      const base = c.day === today ? (c.resolved ?? c.previous) : undefined;
      if (!base) return undefined;
      const age = t.getTime() - c.at;
      if (age >= SNAPSHOT_STALE_MS) return undefined;
      if (age >= 1000)
        snapshot(siteId).catch((err: unknown) => deps.log.warn({ err }, 'stats snapshot failed'));
      return withPending(base, siteId, t, today);
    },

    start(intervalMs = 1000): void {
      timer ??= setInterval(() => {
        this.flush().catch((err: unknown) => deps.log.error({ err }, 'stats flush failed'));
      }, intervalMs);
      timer.unref();
    },

    /** Stops the timer and writes everything pending (graceful shutdown). */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await this.flush();
    },
  };
}

export type StatsService = ReturnType<typeof statsService>;
