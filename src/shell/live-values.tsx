import type { JSX } from 'hono/jsx/jsx-runtime';
import { formatDateTime, formatLongDate } from '../lib/date.ts';
import { formatCount } from '../lib/number.ts';
import type { LiveKey } from '../views/live-slot.ts';

/** The visitor statistics the sidebar shows (modules/stats `VisitorStats`). */
type VisitorStats = Record<'online' | 'today' | 'yesterday' | 'month' | 'total', number>;

/** The site's content epoch a request started at (modules/cache `EpochState`). */
interface EpochState {
  epoch: number;
  siteId: number;
  prefix: string;
}

/** The most-read list follows the read counts, which the counter writes once a second. */
const MOST_READ_MS = 1000;
const MOST_READ_COUNT = 6;
/** Up to this age a list still shows while a newer one is read (no page waits for it). */
const MOST_READ_STALE_MS = 3000;
/** How long a stored read count read from the database is used without reading it again. */
export const READ_COUNT_MS = 1000;
/** Stored read counts kept in memory (the most recently read articles). */
const READ_COUNTS_KEPT = 10_000;

/**
 * The values of the live slots for one response: read counts (stored plus this instance's reads
 * not yet written, as exact as an uncached page), the visitor statistics, the most-read list
 * (re-read at most once a second and at each epoch) and today's date in Vietnam. `now` gives
 * them without waiting when every one is at hand (the cached fast path), `values` always.
 */
export function liveValues<Item>(deps: {
  stats: {
    pendingReadsOf(id: number): number;
    /** A site's visitor statistics. */
    snapshotNow(siteId: number): VisitorStats | undefined;
    snapshot(siteId: number): Promise<VisitorStats>;
  };
  articles: {
    mostRead(count: number): Promise<Item[]>;
    readCountNow(id: number): number | undefined;
    readCount(id: number): Promise<number>;
  };
  /** The most-read block (modules/article `MostReadBlock`). */
  mostReadBlock: (items: Item[]) => JSX.Element;
  /** Moves a fragment's links under a site's path prefix (modules/platform `prefixLinks`). */
  relink: (html: string, prefix: string) => string;
  /** Runs `fn` in a site's scope (db/site-scope `withSite`): a background refresh reads that site. */
  inSite: <T>(siteId: number, fn: () => T) => T;
  clock: () => Date;
  /**
   * How many write statements this process has completed (PostgreSQL `Db.writes`). Given, a
   * stored read count is kept in memory and used until this process writes anything (its own
   * counter's flush, an edit, a console statement through it) or READ_COUNT_MS pass: a cached
   * page then costs no database round trip, and another instance's written reads show within
   * READ_COUNT_MS. Without it (SQLite) the count is read each time (a synchronous read on a file).
   */
  writes?: () => number;
}) {
  /** Stored read counts by site and article, with when (and after how many writes) they were read. */
  const stored = new Map<string, { n: number; at: number; writes: number }>();
  const writes = deps.writes;

  function storedNow(siteId: number, id: number, at: number): number | undefined {
    const hot = deps.articles.readCountNow(id);
    if (hot !== undefined || !writes) return hot;
    const m = stored.get(`${siteId}:${id}`);
    return m && m.writes === writes() && at - m.at < READ_COUNT_MS && at >= m.at ? m.n : undefined;
  }

  async function storedCount(siteId: number, id: number): Promise<number> {
    if (!writes) return deps.articles.readCount(id);
    const at = deps.clock().getTime();
    const w = writes();
    const n = await deps.articles.readCount(id);
    const key = `${siteId}:${id}`;
    stored.delete(key);
    if (stored.size >= READ_COUNTS_KEPT) stored.delete(stored.keys().next().value!);
    stored.set(key, { n, at, writes: w });
    return n;
  }

  type MostRead = {
    epoch: number;
    at: number;
    html: Promise<string>;
    resolved?: string;
    /** The previous list of the same epoch, shown while this one is read. */
    previous?: string;
  };
  /** The most-read block of each site and prefix (the current site's articles, its links). */
  const mostReadOf = new Map<string, MostRead>();
  let today: { minute: number; text: string; time: string } | undefined;

  function mostReadHtml(state: EpochState, now: number): Promise<string> {
    const id = `${state.siteId}${state.prefix}`;
    const mostRead = mostReadOf.get(id);
    if (
      !mostRead ||
      mostRead.epoch !== state.epoch ||
      now - mostRead.at >= MOST_READ_MS ||
      now < mostRead.at
    ) {
      const html = deps.articles
        .mostRead(MOST_READ_COUNT)
        .then(async (items) => deps.relink(String(await deps.mostReadBlock(items)), state.prefix));
      const previous =
        mostRead && mostRead.epoch === state.epoch
          ? (mostRead.resolved ?? mostRead.previous)
          : undefined;
      const entry: MostRead = { epoch: state.epoch, at: now, html, previous };
      mostReadOf.set(id, entry);
      html.then(
        (h) => (entry.resolved = h),
        () => {
          if (mostReadOf.get(id) === entry) mostReadOf.delete(id);
        },
      );
      return html;
    }
    return mostRead.html;
  }

  /**
   * The list without waiting: the current one, or (while a newer one is read, and for up to
   * MOST_READ_STALE_MS) the one before, the refresh started in the background in the site's scope.
   */
  function mostReadNow(state: EpochState, now: number): string | undefined {
    const m = mostReadOf.get(`${state.siteId}${state.prefix}`);
    if (!m || m.epoch !== state.epoch || now < m.at) return undefined;
    const shown = m.resolved ?? m.previous;
    const age = now - m.at;
    if (age < MOST_READ_MS || shown === undefined) return age < MOST_READ_MS ? shown : undefined;
    if (age >= MOST_READ_STALE_MS) return undefined;
    deps.inSite(state.siteId, () => mostReadHtml(state, now)).catch(() => undefined);
    return shown;
  }

  /** "Thứ Sáu, 27/11/2026" (the header) or "27/11/2026 15:03" (a print's time), made once a minute. */
  function clockText(now: Date, which: 'today' | 'now'): string {
    const minute = Math.floor(now.getTime() / 60_000);
    if (today?.minute !== minute)
      today = { minute, text: formatLongDate(now), time: formatDateTime(now) };
    return which === 'today' ? today.text : today.time;
  }

  /** The values without waiting for the database, or undefined when one of them needs it. */
  function now(slots: readonly LiveKey[], state: EpochState): string[] | undefined {
    const t = deps.clock();
    let stats: VisitorStats | undefined;
    const out: string[] = [];
    for (const key of slots) {
      let v: string | undefined;
      if (key === 'today' || key === 'now') v = clockText(t, key);
      else if (key === 'most-read') v = mostReadNow(state, t.getTime());
      else if (key.startsWith('reads:')) {
        const id = Number(key.slice('reads:'.length));
        const n = storedNow(state.siteId, id, t.getTime());
        v = n === undefined ? undefined : String(n + deps.stats.pendingReadsOf(id));
      } else {
        stats ??= deps.stats.snapshotNow(state.siteId);
        v = stats && formatCount(stats[key.slice('stats:'.length) as keyof VisitorStats]);
      }
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }

  async function values(slots: readonly LiveKey[], state: EpochState): Promise<string[]> {
    const now = deps.clock();
    let stats: Promise<VisitorStats> | undefined;
    return Promise.all(
      slots.map(async (key): Promise<string> => {
        if (key === 'today' || key === 'now') return clockText(now, key);
        if (key === 'most-read') return mostReadHtml(state, now.getTime());
        if (key.startsWith('reads:')) {
          const id = Number(key.slice('reads:'.length));
          const n =
            storedNow(state.siteId, id, now.getTime()) ?? (await storedCount(state.siteId, id));
          return String(n + deps.stats.pendingReadsOf(id));
        }
        stats ??= deps.stats.snapshot(state.siteId);
        const field = key.slice('stats:'.length) as keyof VisitorStats;
        return formatCount((await stats)[field]);
      }),
    );
  }

  return { now, values };
}
