import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { clientAddressOf } from '../../http/client-address.ts';
import { isRealView } from '../../http/request.ts';
import { siteOf } from '../../http/site.ts';
import type { Config } from '../../config/config.ts';
import type { StatsService } from './stats.service.ts';
import { beaconSchema, firstIssue, type BeaconInput } from './stats.schema.ts';
import { STAFF_SESSION_COOKIE } from './stats.ts';
import { BEACON_PATH, PIXEL_PATH } from './views/stats.beacon.tsx';
import { STATS_MESSAGES as M } from './stats.messages.ts';

/** What counting a visit uses. */
export interface StatsRouteDeps {
  stats: StatsService;
  config: Pick<Config, 'baseUrl'>;
}

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const MAX_BODY = 4096;

/**
 * Counting endpoints: POST /api/dem (beacon of public/dem.js) and GET /api/dem.gif (the
 * no-JavaScript pixel), on every site (a prefixed site's pages send theirs under the prefix:
 * the platform rewrites the beacon's data-endpoint and the pixel's src); a hit counts on the
 * request's site. Pages no longer count themselves, so cached pages still count.
 * Not counted: HEAD, prefetch/prerender, staff (STAFF_SESSION_COOKIE), bots (counted apart).
 */
export function statsSiteRoutes(deps: StatsRouteDeps) {
  const app = new Hono();
  const siteOrigin = new URL(deps.config.baseUrl).origin;

  /** A browser's cross-site request (beacons are same-origin only). */
  function crossSite(c: Context): boolean {
    const origin = c.req.header('origin');
    if (!origin) return c.req.header('sec-fetch-site') === 'cross-site';
    if (origin === siteOrigin) return false;
    const base = siteOf(c).base;
    if (base && origin === new URL(base).origin) return false;
    try {
      return new URL(origin).host !== c.req.header('host');
    } catch {
      return true;
    }
  }

  function record(c: Context, input: BeaconInput) {
    return deps.stats.record({
      siteId: siteOf(c).id,
      ip: clientAddressOf(c),
      userAgent: c.req.header('user-agent') ?? '',
      articleId: input.a,
      referrer: input.r,
      host: c.req.header('host'),
      preview:
        getCookie(c, STAFF_SESSION_COOKIE) !== undefined ||
        getCookie(c, `__Host-${STAFF_SESSION_COOKIE}`) !== undefined,
    });
  }

  app.post(BEACON_PATH, async (c) => {
    c.header('Cache-Control', 'no-store');
    if (crossSite(c)) return c.text(M['stats.cross_site'], 403);
    const text = await c.req.text();
    if (text.length > MAX_BODY) return c.text(M['stats.too_large'], 413);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return c.text(M['stats.bad_json'], 400);
    }
    const parsed = beaconSchema.safeParse(json);
    if (!parsed.success) return c.text(firstIssue(parsed.error), 400);
    if (isRealView(c) && (await record(c, parsed.data)) === 'limited')
      return c.text(M['stats.too_many'], 429);
    return c.body(null, 204);
  });

  app.get(PIXEL_PATH, async (c) => {
    c.header('Cache-Control', 'no-store');
    const parsed = beaconSchema.safeParse({
      t: c.req.query('t'),
      a: c.req.query('a') || undefined,
    });
    if (!parsed.success) return c.text(firstIssue(parsed.error), 400);
    // The pixel is a same-origin <img>; its Referer is our own page, so no referrer is recorded.
    if (isRealView(c) && !crossSite(c)) await record(c, { ...parsed.data, r: undefined });
    c.header('Content-Type', 'image/gif');
    return c.body(new Uint8Array(PIXEL));
  });

  return app;
}
