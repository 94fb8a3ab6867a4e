import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import { currentSiteId } from '../../db/site-scope.ts';
import { vnDayKey } from '../../lib/date.ts';
import type { Logger } from '../../lib/log.ts';
import { compressSync, negotiate, type Effort, type Encoding } from './cache.compress.ts';
import { fillTemplate, parseTemplate, type LiveKey, type Template } from './cache.live.ts';
import { byteLru, type Sized } from './cache.store.ts';
import type { PageShows } from '../../http/env.ts';

const DAY_MS = 86_400_000;

/**
 * A site's content epoch read at the start of a request, and until when what is built now stays
 * valid; with the site and the path prefix it was reached through (live values differ by both).
 */
export interface EpochState {
  epoch: number;
  /**
   * The last move of the epoch that was not an article change (or the first value this process
   * read): what every page shows (the chrome) holds from it until the next such move.
   */
  base: number;
  /** Epoch milliseconds: the next scheduled visibility change (an article due) or Vietnamese midnight. */
  validUntil: number;
  siteId: number;
  /** '' or the site's path prefix ("/xa/muong-nhe"). */
  prefix: string;
}

export type { PageShows } from '../../http/env.ts';

/** One recorded article-only move of a site's epoch (to `n`) (cache.repository.ts). */
export interface EpochChange {
  n: number;
  articleId: number;
  sectionId: number | null;
}

/** What a site's epoch moves were, as far as this process has read them. */
interface SiteChanges {
  /** The epoch value read last. */
  at: number;
  /** The last move without a record: every page built before it is dead. */
  full: number;
  /** The last recorded article move: listings built before it are dead. */
  any: number;
  /** Per article and per section, the last move recorded for it (after `full`). */
  articles: Map<number, number>;
  sections: Map<number, number>;
}

/** Which site's pages a request is for, and through which prefix. */
export interface SiteKey {
  siteId: number;
  prefix: string;
}

/** How a response is tagged and whether its compressed forms are kept. */
export interface AnswerOptions {
  /** Set for a cached entry: its compressed forms are kept with it ('page' effort). */
  key?: string;
  /** Caching headers (Cache-Control and the like); a fixed object per kind of answer. */
  control?: Record<string, string>;
  xcache: string;
}

/** A page as filled for one set of live values, in the codings asked for so far. */
export interface Variant {
  values: readonly string[];
  etag: string;
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
  /** How hard the kept compressed forms were made: fast for the first answer, better once hit again. */
  effort?: Effort;
  /** Response headers by coding and options, built once per variant. */
  headers: Map<string, Record<string, string>>;
}

/** A cached (or one-off) public page: its template, the response it came from, its validity. */
export interface PageEntry extends Sized {
  epoch: number;
  /** What it shows of the articles (undefined: a listing, dropped on any article change). */
  shows?: PageShows;
  validUntil: number;
  status: number;
  /** The app's headers for this page (content type, security…); caching and coding headers are added per response. */
  headers: Record<string, string>;
  template: Template;
  variant?: Variant;
}

/** What a response needs from its request. */
export interface PageRequest {
  acceptEncoding: string | undefined;
  ifNoneMatch: string | undefined;
}

/** A response ready for any transport (Hono or plain Node http). */
export interface PageResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

/** The live values of a page's slots: without waiting when all are at hand, or always. */
export interface LiveValues {
  now(slots: readonly LiveKey[], state: EpochState): string[] | undefined;
  values(slots: readonly LiveKey[], state: EpochState): Promise<string[]>;
}

/** What the cache reads from elsewhere: the epoch, the next due article, the live values. */
export interface PageCacheDeps {
  /** Cache pages in memory (PAGE_CACHE); when off, pages are still filled, compressed and tagged. */
  enabled: boolean;
  maxBytes: number;
  /** A site's epoch. */
  epoch: (siteId: number) => Promise<number>;
  /**
   * The same without waiting, where possible: always on a SQLite file, from memory on PostgreSQL
   * (undefined when it must be read: cache.epoch.notify.ts).
   */
  epochNow?: (siteId: number) => number | undefined;
  /** Starts and stops what keeps the epoch in memory (PostgreSQL notifications). */
  lifecycle?: { start(): Promise<void>; stop(): Promise<void> };
  /**
   * The recorded article changes among a site's epoch moves in (after, upTo]; a move without a
   * record drops every page of the site. Without it, every move does.
   */
  changes?: (siteId: number, after: number, upTo: number) => Promise<EpochChange[]>;
  /** The same without waiting (SQLite files). */
  changesNow?: (siteId: number, after: number, upTo: number) => EpochChange[];
  /** The earliest publication time after `now` of an article already marked published (a future posting time), on the current site. */
  nextPublication: (now: Date) => Promise<Date | undefined>;
  live: LiveValues;
  clock: () => Date;
  /** Where a failure that still gets a page (live values) is reported. */
  log: Logger;
  /** How long after the last epoch read a page of that epoch may still be served when the database fails (ms; 0: never). */
  staleIfErrorMs?: number;
}

/** Milliseconds of the next midnight in Vietnam after `t` (pages show the day; banners run by day). */
function nextVnMidnight(t: Date): number {
  return Date.parse(`${vnDayKey(t)}T00:00:00+07:00`) + DAY_MS;
}

function weakEtag(body: Buffer): string {
  return `W/"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

function templateBytes(t: Template): number {
  return t.parts.reduce((n, p) => n + p.length * 2, 0) + 256;
}

/**
 * The page cache: pages kept as templates (static parts and live slots) under the content epoch
 * they were built at, in a byte-bounded LRU; an entry is served only at the same epoch and before
 * its validity ends. Each response fills the live values; a filled page and its compressed forms
 * are kept until the values change. Also memoises per epoch what every page shows (the chrome).
 */
export function pageCacheService(deps: PageCacheDeps) {
  const store = byteLru<PageEntry>(deps.maxBytes);
  const memos = new Map<string, { base: number; validUntil: number; value: Promise<unknown> }>();
  /** Each site's epoch moves as read so far, and reads of them under way (one at a time per site). */
  const known = new Map<number, SiteChanges>();
  const learning = new Map<number, Promise<void>>();
  const inflight = new Map<string, { epoch: number; done: Promise<PageEntry | undefined> }>();
  /** The latest state of each site and prefix ("5/xa/muong-nhe"), and refreshes under way. */
  const last = new Map<string, EpochState>();
  const refreshing = new Map<string, Promise<EpochState>>();
  /** When an epoch was last read from the database (stale-if-error counts from here). */
  let lastSeen = 0;
  const counters = { hits: 0, misses: 0 };
  /** The epoch state of the public page being built (set around its rendering by `within`). */
  const rendering = new AsyncLocalStorage<EpochState>();
  const idOf = (k: SiteKey) => `${k.siteId}${k.prefix}`;

  /** Records the moves of a site's epoch up to `epoch`, given the recorded ones among them. */
  function apply(k: SiteChanges, epoch: number, rows: EpochChange[]): void {
    if (epoch <= k.at) return;
    const recorded = new Set(rows.map((r) => r.n));
    let unrecorded = epoch;
    while (unrecorded > k.at && recorded.has(unrecorded)) unrecorded--;
    if (unrecorded > k.at) {
      k.full = unrecorded;
      k.articles.clear();
      k.sections.clear();
    }
    for (const r of rows) {
      if (r.n <= k.full || r.n > epoch) continue;
      k.any = Math.max(k.any, r.n);
      k.articles.set(r.articleId, r.n);
      if (r.sectionId !== null) k.sections.set(r.sectionId, r.n);
    }
    k.at = epoch;
  }

  /** The site's moves known, when reading them needs no waiting (else undefined). */
  function learnNow(siteId: number, epoch: number): SiteChanges | undefined {
    let k = known.get(siteId);
    if (!k) {
      k = { at: epoch, full: epoch, any: epoch, articles: new Map(), sections: new Map() };
      known.set(siteId, k);
    }
    if (epoch <= k.at) return k;
    if (deps.changesNow) apply(k, epoch, deps.changesNow(siteId, k.at, epoch));
    else if (!deps.changes) apply(k, epoch, []);
    else return undefined;
    return k;
  }

  /** Reads the site's moves up to `epoch` (one read at a time per site). */
  async function learn(siteId: number, epoch: number): Promise<SiteChanges> {
    for (;;) {
      const k = learnNow(siteId, epoch);
      if (k) return k;
      const under = learning.get(siteId);
      if (under) {
        await under;
        continue;
      }
      const site = known.get(siteId)!;
      const from = site.at;
      const p = deps.changes!(siteId, from, epoch)
        .then((rows) => {
          if (site.at === from) apply(site, epoch, rows);
        })
        .finally(() => learning.delete(siteId));
      learning.set(siteId, p);
      await p;
    }
  }

  /** Whether a page built at an earlier move still shows what it would now. */
  function stillValid(e: PageEntry, state: EpochState): boolean {
    if (e.epoch === state.epoch) return true;
    const k = known.get(state.siteId);
    if (!k || e.epoch < k.full || e.epoch > k.at) return false;
    if (!e.shows) return k.any <= e.epoch;
    const section = e.shows.section;
    return (
      (k.articles.get(e.shows.article) ?? -1) <= e.epoch &&
      (section === undefined || (k.sections.get(section) ?? -1) <= e.epoch)
    );
  }

  async function refresh(k: SiteKey, epoch: number, now: Date): Promise<EpochState> {
    const due = await deps.nextPublication(now);
    const state: EpochState = {
      epoch,
      base: known.get(k.siteId)?.full ?? epoch,
      validUntil: Math.min(due ? due.getTime() : Infinity, nextVnMidnight(now)),
      siteId: k.siteId,
      prefix: k.prefix,
    };
    const id = idOf(k);
    const before = last.get(id);
    if (!before || epoch >= before.epoch) last.set(id, state);
    if (before && state.base > before.base) {
      // What this site's pages share is dead: free it now (its pages die with their epoch).
      for (const key of memos.keys()) if (key.startsWith(`${id}|`)) memos.delete(key);
    }
    return state;
  }

  /** The entry's variant for these live values (the same object while they hold). */
  function variantFor(entry: PageEntry, values: string[]): Variant {
    // Compared value by value: the memoised ones are the very same strings, so this is cheap.
    const v = entry.variant;
    if (v && v.values.length === values.length && v.values.every((x, i) => x === values[i]))
      return v;
    const identity = Buffer.from(fillTemplate(entry.template, values));
    const variant: Variant = { values, etag: weakEtag(identity), identity, headers: new Map() };
    entry.variant = variant;
    return variant;
  }

  async function liveOf(template: Template, state: EpochState): Promise<string[]> {
    if (!template.slots.length) return [];
    try {
      return (
        deps.live.now(template.slots, state) ??
        // A most-read list re-read here reads the site's shared data (sections) per base epoch.
        (await rendering.run(state, () => deps.live.values(template.slots, state)))
      );
    } catch (err) {
      // A page without its counters beats no page (the error page itself has them too).
      deps.log.error({ err }, 'live values failed');
      return template.slots.map(() => '');
    }
  }

  /** The filled page in `encoding`; compressed forms are kept while the values hold (the LRU learns the size). */
  function encode(
    key: string | undefined,
    entry: PageEntry,
    v: Variant,
    encoding: Encoding,
    effort: Effort,
  ): Buffer {
    if (encoding === 'identity') return v.identity;
    let out = v[encoding];
    if (out && effort === 'page' && v.effort === 'once') {
      // Hit again: worth compressing better. The length changes: headers are built anew.
      v.br = v.gzip = out = undefined;
      v.headers.clear();
    }
    if (!out) {
      out = compressSync(v.identity, encoding, effort);
      v[encoding] = out;
      v.effort = effort;
      if (key !== undefined)
        store.resized(
          key,
          entry,
          templateBytes(entry.template) +
            v.identity.length +
            (v.br?.length ?? 0) +
            (v.gzip?.length ?? 0),
        );
    }
    return out;
  }

  /** The answer for a filled variant: 304 on a matching If-None-Match, else the body in the accepted coding. */
  function answer(
    req: PageRequest,
    entry: PageEntry,
    v: Variant,
    how: AnswerOptions,
  ): PageResponse {
    const notModified =
      req.ifNoneMatch !== undefined && entry.status === 200 && etagMatches(req.ifNoneMatch, v.etag);
    const encoding = notModified ? 'identity' : negotiate(req.acceptEncoding);
    const id = `${notModified ? 304 : encoding}|${how.control?.['cache-control'] ?? ''}|${how.xcache}`;
    let headers = v.headers.get(id);
    if (!headers) {
      headers = {
        ...entry.headers,
        ...how.control,
        etag: v.etag,
        vary: 'Accept-Encoding',
        'x-cache': how.xcache,
      };
      if (notModified) delete headers['content-type'];
      else if (encoding !== 'identity') headers['content-encoding'] = encoding;
      v.headers.set(id, headers);
    }
    if (notModified) return { status: 304, headers, body: null };
    // The first answer of a page is compressed fast (brotli 3: faster than gzip 6 and smaller);
    // a kept page hit again once more and better (brotli 6), so a page asked for once (the long
    // tail) never pays for the better compression.
    const body = encode(
      how.key,
      entry,
      v,
      encoding,
      how.key !== undefined && how.xcache === 'HIT' ? 'page' : 'once',
    );
    // The length, not chunked framing: one write for the head and body (set once per coding).
    headers['content-length'] ??= String(body.length);
    return { status: entry.status, headers, body };
  }

  return {
    enabled: deps.enabled,

    /** Starts keeping the epoch in memory where the database announces its moves (server start). */
    start: () => deps.lifecycle?.start() ?? Promise.resolve(),
    stop: () => deps.lifecycle?.stop() ?? Promise.resolve(),

    /** A site's epoch now: one primary-key read per request (exact across instances). */
    async current(k: SiteKey): Promise<EpochState> {
      const epoch = deps.epochNow?.(k.siteId) ?? (await deps.epoch(k.siteId));
      await learn(k.siteId, epoch);
      const now = deps.clock();
      lastSeen = now.getTime();
      const id = idOf(k);
      const l = last.get(id);
      if (l && epoch === l.epoch && now.getTime() < l.validUntil) return l;
      let p = refreshing.get(id);
      if (!p) {
        p = refresh(k, epoch, now).finally(() => refreshing.delete(id));
        refreshing.set(id, p);
      }
      const state = await p;
      return state.epoch === epoch ? state : refresh(k, epoch, now);
    },

    /** The same without waiting, where the database allows it and nothing needs recomputing; else undefined. */
    currentNow(k: SiteKey): EpochState | undefined {
      const epoch = deps.epochNow?.(k.siteId);
      if (epoch === undefined || !learnNow(k.siteId, epoch)) return undefined;
      const l = last.get(idOf(k));
      return l && epoch === l.epoch && deps.clock().getTime() < l.validUntil ? l : undefined;
    },

    /**
     * `load()` once per base epoch (and validity) of the state's site for `name`: data every
     * page shows, which no article change alters (the chrome: settings, menus, banners…).
     */
    memo<T>(state: EpochState, name: string, load: () => Promise<T>): Promise<T> {
      const key = `${idOf(state)}|${name}`;
      const m = memos.get(key);
      if (m && m.base === state.base && deps.clock().getTime() < m.validUntil)
        return m.value as Promise<T>;
      const value = load();
      if (!m || state.base >= m.base) {
        memos.set(key, { base: state.base, validUntil: state.validUntil, value });
        value.catch(() => memos.delete(key));
      }
      return value;
    },

    /** Runs `fn` (the rendering of a public page) with `state` as the epoch that `shared` reads by. */
    within<T>(state: EpochState, fn: () => T): T {
      return rendering.run(state, fn);
    },

    /**
     * Data every page of a site reads and no article change alters (settings, sections, the
     * sidebar layout): while a public page is being rendered (`within`) for the site in scope,
     * `load()` once per base epoch, like `memo`; anywhere else (the back office, jobs, writes),
     * a plain `load()`.
     */
    shared<T>(name: string, load: () => Promise<T>): Promise<T> {
      const state = rendering.getStore();
      return state && state.siteId === currentSiteId()
        ? this.memo(state, `shared:${name}`, load)
        : load();
    },

    /**
     * When the database cannot be read (stale-if-error): the page kept under `key` if it was
     * built at the epoch last read, and that read was at most `staleIfErrorMs` ago, so a reader
     * sees content at most that old. Its live values come from memory only (blank when none).
     */
    async respondStale(
      req: PageRequest,
      key: string,
      k: SiteKey,
      how: AnswerOptions,
    ): Promise<PageResponse | undefined> {
      const bound = deps.staleIfErrorMs ?? 0;
      const e = store.get(key);
      const l = last.get(idOf(k));
      if (!e || !l || e.epoch !== l.epoch || deps.clock().getTime() - lastSeen > bound)
        return undefined;
      let values: string[] | undefined;
      try {
        values = e.template.slots.length ? deps.live.now(e.template.slots, l) : [];
      } catch {
        values = undefined;
      }
      return answer(req, e, variantFor(e, values ?? e.template.slots.map(() => '')), how);
    },

    /** Whether something is stored under `key` (valid or not; no effect on the LRU or the counters). */
    peek(key: string): boolean {
      return store.has(key);
    },

    /** The cached page under `key` if it was built at this epoch and is still valid. */
    lookup(key: string, state: EpochState): PageEntry | undefined {
      const e = store.get(key);
      if (e && deps.clock().getTime() < e.validUntil && stillValid(e, state)) {
        counters.hits++;
        return e;
      }
      counters.misses++;
      return undefined;
    },

    /** A page being built for `key` at this epoch by another request, to wait for instead of building it again. */
    pending(key: string, state: EpochState): Promise<PageEntry | undefined> | undefined {
      const p = inflight.get(key);
      return p && p.epoch === state.epoch ? p.done : undefined;
    },

    /** Marks `key` as being built; call the returned function with the result (or undefined). */
    begin(key: string, state: EpochState): (entry: PageEntry | undefined) => void {
      let resolve!: (e: PageEntry | undefined) => void;
      const done = new Promise<PageEntry | undefined>((r) => (resolve = r));
      const mine = { epoch: state.epoch, done };
      inflight.set(key, mine);
      return (entry) => {
        if (inflight.get(key) === mine) inflight.delete(key);
        resolve(entry);
      };
    },

    /** Turns a rendered page into an entry (not yet stored). */
    entry(
      html: string,
      status: number,
      headers: Record<string, string>,
      state: EpochState,
      shows?: PageShows,
    ): PageEntry {
      const template = parseTemplate(html);
      return {
        epoch: state.epoch,
        shows,
        validUntil: state.validUntil,
        status,
        headers,
        template,
        bytes: templateBytes(template),
      };
    },

    store(key: string, entry: PageEntry): void {
      if (deps.enabled) store.set(key, entry);
    },

    /**
     * The answer for `entry` now: filled with the live values, tagged (weak ETag, `Vary:
     * Accept-Encoding`, the given Cache-Control and X-Cache), 304 when If-None-Match matches,
     * else compressed as accepted.
     */
    async respond(
      req: PageRequest,
      entry: PageEntry,
      state: EpochState,
      how: AnswerOptions,
    ): Promise<PageResponse> {
      return answer(req, entry, variantFor(entry, await liveOf(entry.template, state)), how);
    },

    /** The same without waiting, when every live value is at hand; else undefined. */
    respondNow(
      req: PageRequest,
      entry: PageEntry,
      state: EpochState,
      how: AnswerOptions,
    ): PageResponse | undefined {
      const values = entry.template.slots.length ? deps.live.now(entry.template.slots, state) : [];
      return values && answer(req, entry, variantFor(entry, values), how);
    },

    /** Rendered HTML with its slots filled, for a page served outside the cache (a staff preview). */
    async fillOnce(html: string, k: SiteKey): Promise<string> {
      const template = parseTemplate(html);
      return fillTemplate(template, await liveOf(template, await this.current(k)));
    },

    /** Figures for operators and tests. */
    stats() {
      return { entries: store.size, bytes: store.bytes, ...counters };
    },
  };
}
