import { sql, type Kysely, type Transaction } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type { Database } from '../../db/database.ts';
import { siteReaderPrefix } from './stats.ts';

/** Increments of one site's day totals (the site is explicit: a flush runs outside any request). */
export interface DayDelta {
  siteId: number;
  day: string;
  visits: number;
  pageViews: number;
  bots: number;
}

/** An increment of one site's daily counter (`stat_count`). */
export interface CountDelta {
  siteId: number;
  day: string;
  metric: string;
  key: string;
  n: number;
}

/** A reader seen in a batch: first and last view (epoch ms). */
export interface ReaderSeen {
  reader: string;
  firstAt: number;
  lastAt: number;
}

/** A read candidate: reader, article, time of the view (epoch ms). */
export interface ReadSeen {
  reader: string;
  articleId: number;
  at: number;
}

/** One day's totals as stored. */
export interface DayRow {
  day: string;
  visits: number;
  pageViews: number;
  bots: number;
}

const CHUNK = 500;
const GAP_SQL = sql.lit(30 * 60_000);

function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

/** Statements of one flush, all inside one transaction; callers keep the order of the methods. */
function writer(tx: Transaction<Database>) {
  return {
    /**
     * Upserts the readers and returns those whose view started a new visit: no view of theirs in
     * the 30 minutes before `firstAt`, decided atomically in the database (several instances).
     */
    async claimVisits(rows: ReaderSeen[], token: string): Promise<Set<string>> {
      const won = new Set<string>();
      for (const part of chunks(rows)) {
        const res = await tx
          .insertInto('statReader')
          .values(
            part.map((r) => ({
              reader: r.reader,
              seenAt: r.lastAt,
              visitAt: r.firstAt,
              claim: token,
            })),
          )
          .onConflict((oc) =>
            oc.column('reader').doUpdateSet({
              claim: sql`CASE WHEN stat_reader.seen_at < excluded.visit_at - ${GAP_SQL} THEN excluded.claim ELSE stat_reader.claim END`,
              visitAt: sql`CASE WHEN stat_reader.seen_at < excluded.visit_at - ${GAP_SQL} THEN excluded.visit_at ELSE stat_reader.visit_at END`,
              seenAt: sql`CASE WHEN excluded.seen_at > stat_reader.seen_at THEN excluded.seen_at ELSE stat_reader.seen_at END`,
            }),
          )
          .returning(['reader', 'claim'])
          .execute();
        for (const r of res) if (r.claim === token) won.add(r.reader);
      }
      return won;
    },
    /** Records reads and returns the "reader|articleId" keys that count (none in the last 30 minutes). */
    async claimReads(rows: ReadSeen[]): Promise<Set<string>> {
      const won = new Set<string>();
      for (const part of chunks(rows)) {
        const res = await tx
          .insertInto('statRead')
          .values(part.map((r) => ({ reader: r.reader, articleId: r.articleId, countedAt: r.at })))
          .onConflict((oc) =>
            oc
              .columns(['reader', 'articleId'])
              .doUpdateSet({ countedAt: sql`excluded.counted_at` })
              .where(sql<boolean>`stat_read.counted_at < excluded.counted_at - ${GAP_SQL}`),
          )
          .returning(['reader', 'articleId'])
          .execute();
        for (const r of res) won.add(`${r.reader}|${r.articleId}`);
      }
      return won;
    },
    /** Last view of each reader hash (yesterday's hashes, around midnight). */
    async readersSeen(readers: string[]): Promise<Map<string, number>> {
      const out = new Map<string, number>();
      for (const part of chunks(readers)) {
        const rows = await tx
          .selectFrom('statReader')
          .select(['reader', 'seenAt'])
          .where('reader', 'in', part)
          .execute();
        for (const r of rows) out.set(r.reader, Number(r.seenAt));
      }
      return out;
    },
    /** Last counted read of each "reader|articleId" among these readers. */
    async readsCounted(readers: string[]): Promise<Map<string, number>> {
      const out = new Map<string, number>();
      for (const part of chunks(readers)) {
        const rows = await tx
          .selectFrom('statRead')
          .select(['reader', 'articleId', 'countedAt'])
          .where('reader', 'in', part)
          .execute();
        for (const r of rows) out.set(`${r.reader}|${r.articleId}`, Number(r.countedAt));
      }
      return out;
    },
    /** Forgets readers superseded by their new day's hash (so "Đang online" counts them once). */
    async dropReaders(readers: string[]): Promise<void> {
      for (const part of chunks(readers))
        await tx.deleteFrom('statReader').where('reader', 'in', part).execute();
    },
    /** Adds to each site's daily totals; increments, never overwrites. */
    async addDays(deltas: DayDelta[]): Promise<void> {
      for (const d of deltas) {
        await tx
          .insertInto('statDay')
          .values(d)
          .onConflict((oc) =>
            oc.columns(['siteId', 'day']).doUpdateSet({
              visits: sql`stat_day.visits + excluded.visits`,
              pageViews: sql`stat_day.page_views + excluded.page_views`,
              bots: sql`stat_day.bots + excluded.bots`,
            }),
          )
          .execute();
      }
    },
    /** Adds to sites' daily counters (rows must be unique and sorted by site, day, metric, key). */
    async addCounts(deltas: CountDelta[]): Promise<void> {
      for (const part of chunks(deltas)) {
        await tx
          .insertInto('statCount')
          .values(part)
          .onConflict((oc) =>
            oc
              .columns(['siteId', 'day', 'metric', 'key'])
              .doUpdateSet({ n: sql`stat_count.n + excluded.n` }),
          )
          .execute();
      }
    },
    /** Adds reads to articles' stored counts (ids sorted). */
    async addArticleReads(reads: [number, number][]): Promise<void> {
      for (const [id, n] of reads) {
        await tx
          .updateTable('article')
          .set({ readCount: sql`read_count + ${n}` })
          .where('id', '=', id)
          .execute();
      }
    },
  };
}

/** What a flush does inside its transaction. */
export type StatsWriter = ReturnType<typeof writer>;

/**
 * The only place that queries counting tables. It also increments `article.read_count` and
 * looks up articles' sections: both are part of counting and belong in the flush transaction.
 */
export function statsRepository(db: Db) {
  const k: Kysely<Database> = db.kysely;
  return {
    /** Runs `work` in one transaction (all or nothing: a failed flush is retried whole). */
    write<T>(work: (w: StatsWriter) => Promise<T>): Promise<T> {
      return k.transaction().execute((tx) => work(writer(tx)));
    },

    /** The salt of `day`, created (random) on first use; older salts than `keepFrom` are deleted. */
    async salt(day: string, create: () => string, keepFrom: string): Promise<string> {
      const found = await k
        .selectFrom('statSalt')
        .select('salt')
        .where('day', '=', day)
        .executeTakeFirst();
      if (found) return found.salt;
      await k
        .insertInto('statSalt')
        .values({ day, salt: create() })
        .onConflict((oc) => oc.column('day').doNothing())
        .execute();
      await k.deleteFrom('statSalt').where('day', '<', keepFrom).execute();
      const row = await k
        .selectFrom('statSalt')
        .select('salt')
        .where('day', '=', day)
        .executeTakeFirstOrThrow();
      return row.salt;
    },
    /** An existing salt (yesterday's, around midnight), never creating one. */
    async existingSalt(day: string): Promise<string | undefined> {
      return (
        await k.selectFrom('statSalt').select('salt').where('day', '=', day).executeTakeFirst()
      )?.salt;
    },

    /**
     * Deletes reader and read keys older than `before` (epoch ms), at most 10,000 of each per
     * call. On PostgreSQL rows another instance is writing are skipped, so expiry never waits
     * on (or deadlocks with) a flush.
     */
    async expire(before: number): Promise<void> {
      const skip = db.dialect === 'postgres' ? sql` FOR UPDATE SKIP LOCKED` : sql``;
      await sql`DELETE FROM stat_reader WHERE reader IN (SELECT reader FROM stat_reader WHERE seen_at < ${before} LIMIT 10000${skip})`.execute(
        k,
      );
      await sql`DELETE FROM stat_read WHERE (reader, article_id) IN (SELECT reader, article_id FROM stat_read WHERE counted_at < ${before} LIMIT 10000${skip})`.execute(
        k,
      );
    },

    /**
     * Published articles' sections and sites (unknown or unpublished ids are absent). Any
     * site's article is found: the caller checks it belongs to the site it is read on.
     */
    async publishedSections(
      ids: number[],
      now: Date,
    ): Promise<Map<number, { sectionId: number; siteId: number }>> {
      if (!ids.length) return new Map();
      const rows = await k
        .selectFrom('article')
        .select(['id', 'sectionId', 'siteId'])
        .where('id', 'in', ids)
        .where('status', '=', 'published')
        .where('publishedAt', '<=', now.toISOString())
        .execute();
      return new Map(rows.map((r) => [r.id, { sectionId: r.sectionId, siteId: r.siteId }]));
    },

    /** A site's readers seen since `since` (epoch ms), across every instance. */
    async onlineSince(siteId: number, since: number): Promise<number> {
      const row = await k
        .selectFrom('statReader')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('seenAt', '>=', since)
        .where('reader', 'like', `${siteReaderPrefix(siteId)}%`)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    /** A site's visits over days in [from, to] (inclusive "YYYY-MM-DD" keys), or all days. */
    async visitsBetween(siteId: number, from?: string, to?: string): Promise<number> {
      let q = k
        .selectFrom('statDay')
        .select((eb) => eb.fn.sum<number>('visits').as('n'))
        .where('siteId', '=', siteId);
      if (from) q = q.where('day', '>=', from);
      if (to) q = q.where('day', '<=', to);
      const row = await q.executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    /**
     * The current site's stored days in [from, to], oldest first; with `allSites`, every
     * site's summed (the province's roll-up).
     */
    async days(from: string, to: string, allSites = false): Promise<DayRow[]> {
      let q = k
        .selectFrom('statDay')
        .select((eb) => [
          'day',
          eb.fn.sum<number>('visits').as('visits'),
          eb.fn.sum<number>('pageViews').as('pageViews'),
          eb.fn.sum<number>('bots').as('bots'),
        ])
        .where('day', '>=', from)
        .where('day', '<=', to);
      if (!allSites) q = q.where('siteId', '=', currentSiteId());
      const rows = await q.groupBy('day').orderBy('day').execute();
      return rows.map((r) => ({
        day: r.day,
        visits: Number(r.visits),
        pageViews: Number(r.pageViews),
        bots: Number(r.bots),
      }));
    },
    /**
     * Keys of a metric by their total over [from, to] on the current site (with `allSites`,
     * on every site), largest first.
     */
    async top(
      metric: string,
      from: string,
      to: string,
      limit: number,
      allSites = false,
    ): Promise<{ key: string; n: number }[]> {
      let q = k
        .selectFrom('statCount')
        .select(['key', (eb) => eb.fn.sum<number>('n').as('n')])
        .where('metric', '=', metric)
        .where('day', '>=', from)
        .where('day', '<=', to);
      if (!allSites) q = q.where('siteId', '=', currentSiteId());
      const rows = await q
        .groupBy('key')
        .orderBy('n', 'desc')
        .orderBy('key')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ key: r.key, n: Number(r.n) }));
    },
    /** Titles, sites and current read counts of the current site's articles (or any site's). */
    async articles(
      ids: number[],
      allSites = false,
    ): Promise<Map<number, { title: string; readCount: number; siteId: number }>> {
      if (!ids.length) return new Map();
      let q = k
        .selectFrom('article')
        .select(['id', 'title', 'readCount', 'siteId'])
        .where('id', 'in', ids);
      if (!allSites) q = q.where('siteId', '=', currentSiteId());
      const rows = await q.execute();
      return new Map(
        rows.map((r) => [
          r.id,
          { title: r.title, readCount: Number(r.readCount), siteId: r.siteId },
        ]),
      );
    },
    /** Names and sites of sections of any site (the roll-up's section chart). */
    async sectionsOfAnySite(ids: number[]): Promise<Map<number, { name: string; siteId: number }>> {
      if (!ids.length) return new Map();
      const rows = await k
        .selectFrom('section')
        .select(['id', 'name', 'siteId'])
        .where('id', 'in', ids)
        .execute();
      return new Map(rows.map((r) => [r.id, { name: r.name, siteId: r.siteId }]));
    },
    /** Every site's visits and page views over [from, to] (the roll-up's table), busiest first. */
    async bySite(
      from: string,
      to: string,
    ): Promise<{ siteId: number; visits: number; pageViews: number }[]> {
      const rows = await k
        .selectFrom('statDay')
        .select((eb) => [
          'siteId',
          eb.fn.sum<number>('visits').as('visits'),
          eb.fn.sum<number>('pageViews').as('pageViews'),
        ])
        .where('day', '>=', from)
        .where('day', '<=', to)
        .groupBy('siteId')
        .orderBy('visits', 'desc')
        .orderBy('siteId')
        .execute();
      return rows.map((r) => ({
        siteId: r.siteId,
        visits: Number(r.visits),
        pageViews: Number(r.pageViews),
      }));
    },
  };
}

export type StatsRepository = ReturnType<typeof statsRepository>;
