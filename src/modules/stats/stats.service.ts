import crypto from 'node:crypto';
import { isbot } from 'isbot';
import { vnDayKey } from '../../lib/date.ts';
import type { DayDelta, StatsRepository } from './stats.repository.ts';

/** The numbers of the "Thống kê truy cập" block. */
export interface VisitorStats {
  online: number;
  today: number;
  yesterday: number;
  month: number;
  total: number;
}

/** What the counter needs to know about one page view. */
export interface PageView {
  ip: string;
  userAgent: string;
}

const VISIT_GAP_MS = 30 * 60_000;
const ONLINE_WINDOW_MS = 5 * 60_000;

/**
 * Counts visits: a visit is a reader's first page view after 30 minutes of absence; a reader is
 * a salted hash of address and user agent (the salt rotates daily, no raw address is kept).
 * Increments are held in memory and written in batches by `flush` (every second once started).
 */
export function statsService(deps: {
  repo: StatsRepository;
  /** Adds reads to an article's stored count (an increment). */
  addReads: (articleId: number, by: number) => Promise<void>;
  totalOffset: () => Promise<number>;
  clock?: () => Date;
}) {
  const { repo } = deps;
  const now = deps.clock ?? (() => new Date());
  const lastSeen = new Map<string, number>();
  let pending = new Map<string, DayDelta>();
  /** Last counted read per reader and article ("reader|id" → ms). */
  const lastRead = new Map<string, number>();
  let pendingReads = new Map<number, number>();
  let salt = { day: '', value: '' };
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();

  function readerKey(view: PageView, day: string): string {
    if (salt.day !== day) {
      salt = { day, value: crypto.randomBytes(16).toString('hex') };
      lastSeen.clear();
      lastRead.clear();
    }
    return crypto.createHash('sha256').update(`${salt.value}|${view.ip}|${view.userAgent}`).digest('base64url');
  }

  function bump(day: string, visits: number, pageViews: number): void {
    const d = pending.get(day) ?? { day, visits: 0, pageViews: 0 };
    d.visits += visits;
    d.pageViews += pageViews;
    pending.set(day, d);
  }

  async function doFlush(): Promise<void> {
    const batch = [...pending.values()];
    const reads = [...pendingReads].sort((a, b) => a[0] - b[0]);
    pending = new Map();
    pendingReads = new Map();
    try {
      await repo.addDays(batch);
    } catch (err) {
      for (const d of batch) bump(d.day, d.visits, d.pageViews); // keep for the next try
      for (const [id, n] of reads) pendingReads.set(id, (pendingReads.get(id) ?? 0) + n);
      throw err;
    }
    for (let i = 0; i < reads.length; i++) {
      const [id, n] = reads[i] as [number, number];
      try {
        await deps.addReads(id, n);
      } catch (err) {
        for (const [rid, rn] of reads.slice(i)) pendingReads.set(rid, (pendingReads.get(rid) ?? 0) + rn);
        throw err;
      }
    }
    const cutoff = now().getTime() - VISIT_GAP_MS;
    for (const [k, t] of lastSeen) if (t < cutoff) lastSeen.delete(k);
    for (const [k, t] of lastRead) if (t < cutoff) lastRead.delete(k);
  }

  return {
    /** Whether a user agent is a known bot (bots are never counted). */
    isBot: (userAgent: string): boolean => !userAgent || isbot(userAgent),

    /**
     * Records one human page view, and a read of `articleId` when given (one read per reader
     * per article per 30 minutes). Bots and requests without a user agent are not counted.
     */
    recordPageView(view: PageView, articleId?: number): void {
      if (!view.userAgent || isbot(view.userAgent)) return;
      const t = now();
      const day = vnDayKey(t);
      const key = readerKey(view, day);
      const prev = lastSeen.get(key);
      lastSeen.set(key, t.getTime());
      bump(day, prev === undefined || t.getTime() - prev > VISIT_GAP_MS ? 1 : 0, 1);
      if (articleId === undefined) return;
      const readKey = `${key}|${articleId}`;
      const prevRead = lastRead.get(readKey);
      if (prevRead !== undefined && t.getTime() - prevRead <= VISIT_GAP_MS) return;
      lastRead.set(readKey, t.getTime());
      pendingReads.set(articleId, (pendingReads.get(articleId) ?? 0) + 1);
    },

    /** Reads of an article counted but not yet written (added to the stored count on display). */
    pendingReadsOf: (articleId: number): number => pendingReads.get(articleId) ?? 0,

    /** Writes pending increments (serialised: one flush at a time). */
    flush(): Promise<void> {
      flushing = flushing.catch(() => undefined).then(doFlush);
      return flushing;
    },

    async snapshot(): Promise<VisitorStats> {
      const t = now();
      const today = vnDayKey(t);
      const yesterday = vnDayKey(new Date(t.getTime() - 86_400_000));
      const monthStart = `${today.slice(0, 8)}01`;
      const onlineSince = t.getTime() - ONLINE_WINDOW_MS;
      let online = 0;
      for (const seen of lastSeen.values()) if (seen >= onlineSince) online++;
      const days = await repo.visitsOn([today, yesterday]);
      const pendingOf = (day: string): number => pending.get(day)?.visits ?? 0;
      const pendingSince = (from: string): number =>
        [...pending.values()].filter((d) => d.day >= from).reduce((n, d) => n + d.visits, 0);
      return {
        online,
        today: (days.get(today) ?? 0) + pendingOf(today),
        yesterday: (days.get(yesterday) ?? 0) + pendingOf(yesterday),
        month: (await repo.visitsBetween(monthStart, today)) + pendingSince(monthStart),
        total: (await repo.visitsBetween()) + pendingSince('') + (await deps.totalOffset()),
      };
    },

    start(intervalMs = 1000): void {
      timer ??= setInterval(() => {
        this.flush().catch((err: unknown) => console.error('stats flush failed', err));
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
