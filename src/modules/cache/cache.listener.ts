import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../../config/config.ts';
import type { Logger } from '../../lib/log.ts';
import type { pageCacheService } from './cache.service.ts';
import { withSite } from '../../db/site-scope.ts';
import {
  cacheKey,
  hasStaffCookie,
  NOT_PAGES,
  publicCacheHeaders,
  siteCacheKey,
} from './cache.middleware.ts';
import type { PageResponse } from './cache.service.ts';

/** What the page cache listener uses. */
export interface PageCacheListenerDeps {
  pages: ReturnType<typeof pageCacheService>;
  config: Pick<Config, 'pageCache'>;
  log: Logger;
  /** Finds the site of a host and path (modules/platform). */
  platform: {
    resolve(
      host: string | undefined,
      path: string,
    ): { site: { id: number; status: string }; prefix: string; path: string } | undefined;
  };
}

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Paths with nothing to normalise: the key is the raw path itself (no URL parsing on the hot path). */
const NO_PARAMS = new URLSearchParams();
const PLAIN_PATH = /^\/[a-z0-9\-/]*$/;

/**
 * Answers cached pages straight from Node's HTTP server, before the web framework: the same
 * entries, epoch check, live values and headers as the page cache middleware (which captured
 * every header the app sets when it built the entry). On a SQLite file every step is
 * synchronous (a read-only connection gives the epoch and the read count), so a hit costs a few
 * microseconds beyond writing the bytes. Anything else (a miss, a staff request, a value that
 * needs the database) goes on to `next`, the app, or waits for the database.
 */
export function pageCacheListener(deps: PageCacheListenerDeps, next: Listener): Listener {
  const { pages } = deps;
  const control = publicCacheHeaders(deps.config.pageCache);
  const how = (key: string) => ({ key, control, xcache: 'HIT' });

  function send(res: ServerResponse, r: PageResponse): void {
    res.writeHead(r.status, r.headers);
    res.end(r.body ?? undefined);
  }

  return (req, res) => {
    if (
      !pages.enabled ||
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      hasStaffCookie(req.headers.cookie)
    )
      return next(req, res);
    const raw = req.url ?? '/';
    const plain = PLAIN_PATH.test(raw);
    const url = plain ? undefined : new URL(raw, 'http://localhost');
    const r = deps.platform.resolve(req.headers.host, url ? url.pathname : raw);
    if (!r || r.site.status !== 'active') return next(req, res);
    const path = r.path;
    const sk = { siteId: r.site.id, prefix: r.prefix };
    const inner = NOT_PAGES.test(path)
      ? undefined
      : url
        ? cacheKey(path, url.searchParams)
        : cacheKey(path, NO_PARAMS);
    const key = inner === undefined ? undefined : siteCacheKey(sk, inner);
    if (key === undefined || !pages.peek(key)) return next(req, res);
    const request = {
      acceptEncoding: req.headers['accept-encoding'],
      ifNoneMatch: req.headers['if-none-match'],
    };
    try {
      const now = pages.currentNow(sk);
      const entry = now && pages.lookup(key, now);
      if (now && !entry) return next(req, res);
      const answer = entry && pages.respondNow(request, entry, now, how(key));
      if (answer) return send(res, answer);
    } catch (err) {
      deps.log.error({ err, path }, 'page cache listener failed');
      return next(req, res);
    }
    withSite(sk.siteId, () => pages.current(sk))
      .then(async (state) => {
        const entry = pages.lookup(key, state);
        if (!entry) return next(req, res);
        send(res, await withSite(sk.siteId, () => pages.respond(request, entry, state, how(key))));
      })
      .catch((err: unknown) => {
        deps.log.error({ err, path }, 'page cache listener failed');
        if (!res.headersSent) next(req, res);
        else res.destroy();
      });
  };
}
