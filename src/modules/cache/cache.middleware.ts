import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import type { Config } from '../../config/config.ts';
import type { pageCacheService } from './cache.service.ts';
import { STAFF_SESSION_COOKIE } from '../stats/stats.ts';
import { hasSlots } from './cache.live.ts';
import type { EpochState, PageEntry, PageResponse, SiteKey } from './cache.service.ts';
import { siteOf } from '../../http/site.ts';

/** What the page cache middleware uses. */
export interface PageCacheMiddlewareDeps {
  pages: ReturnType<typeof pageCacheService>;
  config: Pick<Config, 'pageCache'>;
}

declare module '../../http/env.ts' {
  interface RequestVariables {
    /** The content epoch a public page request started at (page cache). */
    pageEpoch: EpochState | undefined;
  }
}

/** Paths that are not public pages: the back office, APIs, files (each has its own caching). */
export const NOT_PAGES =
  /^\/(quan-tri|api|static|media)(\/|$)|^\/(healthz|readyz|favicon\.(svg|ico))$/;
/** Query parameters that select another page (by path); any other (but the ignored ones) bypasses the cache. */
const PAGE_PARAMS: Readonly<Record<string, RegExp>> = { trang: /^\d{1,6}$/ };
const PARAMS_BY_PATH: Readonly<Record<string, Readonly<Record<string, RegExp>>>> = {
  '/co-cau-to-chuc': { khoa: /^[a-z0-9-]{1,80}$/ },
  '/tim-kiem': {
    ...PAGE_PARAMS,
    trang: /^\d{0,6}$/,
    q: /^[^]{0,200}$/,
    'chuyen-muc': /^[a-z0-9-]{0,100}$/,
    'tu-ngay': /^(\d{4}-\d{2}-\d{2})?$/,
    'den-ngay': /^(\d{4}-\d{2}-\d{2})?$/,
    loai: /^[a-z-]{0,20}$/,
  },
};
/** Answers that follow the clock rather than the content (the news sitemap lists the last 48 hours): never kept. */
const CLOCK_BOUND = /^\/sitemap-news\.xml$/;
/** Tracking parameters that never change a page (links shared on social networks carry them). */
const IGNORED_PARAMS = /^(utm_[a-z]+|fbclid|gclid|zarsrc|zarsrc_[a-z]+|_gl)$/;
/** Response types kept by the cache: pages, feeds and sitemaps. */
const CACHED_TYPES = /^(text\/html|application\/(rss\+|atom\+)?xml|text\/xml)\b/;

/**
 * The cache key of a request (path plus its page-selecting parameters, sorted), or undefined
 * when the request carries a parameter the cache does not know (it is then rendered each time).
 */
export function cacheKey(path: string, search: URLSearchParams): string | undefined {
  if (CLOCK_BOUND.test(path)) return undefined;
  // Own properties only: a parameter named "constructor" or "__proto__" is not a rule.
  const params = Object.hasOwn(PARAMS_BY_PATH, path) ? PARAMS_BY_PATH[path]! : PAGE_PARAMS;
  const kept: string[] = [];
  for (const [name, value] of search) {
    if (IGNORED_PARAMS.test(name)) continue;
    const valid = Object.hasOwn(params, name) ? params[name] : undefined;
    if (!valid || !valid.test(value)) return undefined;
    kept.push(`${name}=${encodeURIComponent(value)}`);
  }
  return kept.length ? `${path}?${kept.sort().join('&')}` : path;
}

/** The cache's name for a site's page: site, prefix and the key of the path inside the site. */
export function siteCacheKey(site: SiteKey, key: string): string {
  return `${site.siteId}${site.prefix}|${key}`;
}

/** Pages rendered in this process, by their response: the cache takes the HTML without reading the body back. */
const rendered = new WeakMap<Response, string>();

/** An HTML response for a rendered public page (its live slots are filled by the page cache middleware). */
export function pageResponse(
  c: Context,
  html: string,
  status: 200 | 400 | 404 | 410 | 500,
): Response {
  const res = c.html(html, status);
  rendered.set(res, html);
  return res;
}

/** The epoch state this request started at (set by the page cache middleware), for per-epoch memos. */
export function pageEpochOf(c: Context): EpochState | undefined {
  return (c as Context<AppEnv>).get('pageEpoch');
}

/** Whether the route's response may be kept and shared: a plain 200 page, no cookie, not private. */
function shareable(res: Response): boolean {
  if (res.status !== 200 || res.headers.has('set-cookie')) return false;
  if (/no-store|private/i.test(res.headers.get('cache-control') ?? '')) return false;
  return CACHED_TYPES.test(res.headers.get('content-type') ?? '');
}

/** The route's own headers, without those each answer sets. */
function ownHeaders(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (
      !['content-length', 'content-encoding', 'etag', 'vary', 'x-cache', 'set-cookie'].includes(
        name,
      )
    )
      out[name] = value;
  });
  return out;
}

const STAFF_COOKIE = new RegExp(`(?:^|;)\\s*(?:__Host-)?${STAFF_SESSION_COOKIE}=`);

/** Whether a Cookie header carries the back-office session (staff pages are never shared). */
export function hasStaffCookie(cookie: string | undefined): boolean {
  return cookie !== undefined && STAFF_COOKIE.test(cookie);
}

/**
 * The caching headers of a shared public page. Browsers keep it `max-age` (0 by default: they
 * ask again each time and get a 304 while nothing changed, so a reader never sees a page older
 * than the last change); shared caches keep it `s-maxage` and, where they read the targeted
 * CDN-Cache-Control (RFC 9213), refresh it in the background (stale-while-revalidate), which a
 * browser must not do with a page. A purge (PURGE_URL) drops changed pages from them at once.
 */
export function publicCacheHeaders(c: {
  maxAge: number;
  sharedMaxAge: number;
}): Record<string, string> {
  return {
    'cache-control': `public, max-age=${c.maxAge}, s-maxage=${c.sharedMaxAge}`,
    'cdn-cache-control': `public, max-age=${c.sharedMaxAge}, stale-while-revalidate=${c.sharedMaxAge}`,
  };
}

/** Turns a transport-neutral answer into a web Response. */
function toResponse(r: PageResponse): Response {
  // Node's buffers sit on plain ArrayBuffers: no copy needed.
  return new Response(r.body as Uint8Array<ArrayBuffer> | null, {
    status: r.status,
    headers: r.headers,
  });
}

/**
 * The page cache in front of everything (the first middleware, so a cached answer skips the
 * rest and a fresh one is taken with every header the chain set). Every public page goes
 * through it: it fills the live slots, compresses (brotli or gzip, `Vary: Accept-Encoding`),
 * tags with an ETag and answers 304 to a matching If-None-Match. An anonymous GET with known
 * parameters is served from the cache when it was built at the current content epoch; otherwise
 * rendered once (concurrent requests for the same page wait for that one rendering) and kept.
 * Requests carrying the staff session cookie are never cached and are marked private.
 * (cache.listener.ts answers cached pages before Hono too, with the same entries.)
 */
export function pageCacheMiddleware(deps: PageCacheMiddlewareDeps): MiddlewareHandler<AppEnv> {
  const pages = deps.pages;
  const publicControl = publicCacheHeaders(deps.config.pageCache);
  const privateControl = { 'cache-control': 'private, no-cache' };
  // A stale answer is not for shared caches to keep.
  const staleControl = { 'cache-control': 'no-cache' };

  /** HTML outside the public pages (a staff preview of an article): slots filled, nothing else touched. */
  async function fillOther(c: Context<AppEnv>): Promise<void> {
    const res = c.res;
    if (!/^text\/html/.test(res.headers.get('content-type') ?? '') || !res.body) return;
    const html = await res.text();
    const headers = new Headers(res.headers);
    headers.delete('content-length');
    c.res = undefined;
    const site = siteOf(c);
    const k = { siteId: site.id, prefix: site.prefix };
    c.res = new Response(hasSlots(html) ? await pages.fillOnce(html, k) : html, {
      status: res.status,
      headers,
    });
  }

  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || NOT_PAGES.test(c.req.path)) {
      await next();
      return fillOther(c);
    }
    const site = siteOf(c);
    const sk: SiteKey = { siteId: site.id, prefix: site.prefix };
    const staff = hasStaffCookie(c.req.header('cookie'));
    const inner = staff ? undefined : cacheKey(c.req.path, new URL(c.req.url).searchParams);
    const key = inner === undefined ? undefined : siteCacheKey(sk, inner);
    const cached = pages.enabled && key !== undefined;
    const req = {
      acceptEncoding: c.req.header('accept-encoding'),
      ifNoneMatch: c.req.header('if-none-match'),
    };
    let state: EpochState;
    try {
      state = await pages.current(sk);
    } catch (err) {
      // The database is unavailable: a page kept at the last epoch still serves, for a while
      // (PAGE_STALE_IF_ERROR); anything else goes to the error handler (a 503).
      const stale = cached
        ? await pages.respondStale(req, key, sk, { key, control: staleControl, xcache: 'STALE' })
        : undefined;
      if (stale) return toResponse(stale);
      throw err;
    }
    c.set('pageEpoch', state);
    if (cached) {
      const hit = pages.lookup(key, state) ?? (await pages.pending(key, state));
      if (hit)
        return toResponse(
          await pages.respond(req, hit, state, { key, control: publicControl, xcache: 'HIT' }),
        );
    }
    const finish = cached ? pages.begin(key, state) : undefined;
    let kept: PageEntry | undefined;
    try {
      await pages.within(state, next);
      const res = c.res;
      if (!CACHED_TYPES.test(res.headers.get('content-type') ?? '') || !res.body) return;
      const share = !staff && shareable(res);
      const entry = pages.entry(
        rendered.get(res) ?? (await res.text()),
        res.status,
        ownHeaders(res),
        state,
        c.get('pageShows'),
      );
      if (cached && share) {
        pages.store(key, entry);
        kept = entry;
      }
      const control = staff ? privateControl : share ? publicControl : undefined;
      const out = toResponse(
        await pages.respond(req, entry, state, {
          key: kept ? key : undefined,
          control,
          xcache: kept ? 'MISS' : 'BYPASS',
        }),
      );
      for (const cookie of res.headers.getSetCookie()) out.headers.append('set-cookie', cookie);
      // Replace, not merge: Hono would copy the rendered response's headers onto the new one.
      c.res = undefined;
      c.res = out;
    } finally {
      finish?.(kept);
    }
  };
}
