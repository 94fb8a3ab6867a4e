import type { MiddlewareHandler } from 'hono';
import { getPath } from 'hono/utils/url';
import { withSite } from '../../db/site-scope.ts';
import type { AppEnv } from '../../http/env.ts';
import type { Config } from '../../config/config.ts';
import { prefixLinks, prefixLocation, requestSite, type Resolved } from './platform.ts';
import type { PlatformService } from './platform.service.ts';

/** What the site middleware and the router's path function use. */
export interface SiteRoutingDeps {
  platform: PlatformService;
  config: Pick<Config, 'baseUrl'>;
}

/**
 * The host a request was sent to: its URL's (the Node adapter builds the URL from the Host
 * header; a Request made in process has no Host header but has a URL).
 */
function hostOf(request: Request): string {
  const url = request.url;
  const start = url.indexOf('//') + 2;
  const end = url.indexOf('/', start);
  return url.slice(start, end < 0 ? undefined : end);
}

/** Each request's resolution, made once by the router's path function. */
const resolutions = new WeakMap<Request, Resolved | null>();

/**
 * The router's path function (Hono's `getPath`): finds the request's site, then routes the path
 * inside it, so `/xa/muong-nhe/tin-tuc` reaches the same routes as `/tin-tuc` on the province.
 */
export function sitePath(deps: SiteRoutingDeps): (request: Request) => string {
  return (request) => {
    const path = getPath(request);
    if (!deps.platform.loaded()) return path;
    const r = deps.platform.resolve(hostOf(request), path);
    resolutions.set(request, r ?? null);
    return r ? r.path : path;
  };
}

const UNKNOWN_HOST = `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="robots" content="noindex"><title>Không tìm thấy trang</title><h1>Không tìm thấy trang</h1><p>Địa chỉ này không thuộc trang thông tin điện tử nào trên hệ thống.</p>`;

/** The notice a suspended site shows in place of its pages. */
function suspendedPage(name: string, reason: string): string {
  const esc = (t: string) => t.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Trang tạm ngừng hoạt động</title><h1>${esc(name)}</h1><p>Trang thông tin điện tử này đang tạm ngừng hoạt động.</p>${reason ? `<p>Lý do: ${esc(reason)}</p>` : ''}<p>Xin vui lòng quay lại sau.</p>`;
}

/**
 * Sets the request's site and runs the rest of the request in its scope; an unknown host gets a
 * 404 (never another site's content). On a site reached by a path prefix, the pages' own links
 * and redirects are moved under the prefix (before the page cache keeps them).
 */
export function siteMiddleware(deps: SiteRoutingDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let r = resolutions.get(c.req.raw);
    if (r === undefined) {
      // An app used before the directory was loaded (the server loads it before listening).
      if (!deps.platform.loaded()) await deps.platform.load();
      r = deps.platform.resolve(hostOf(c.req.raw), c.req.path) ?? null;
    }
    if (!r) {
      c.header('Cache-Control', 'no-store');
      return c.html(UNKNOWN_HOST, 404);
    }
    const site = requestSite(r, deps.config.baseUrl);
    c.set('site', site);
    if (site.status === 'suspended' && !/^\/(quan-tri|static|media)(\/|$)/.test(c.req.path)) {
      c.header('Cache-Control', 'no-store');
      c.header('Retry-After', '86400');
      return c.html(suspendedPage(site.name, site.suspendedReason), 503);
    }
    await withSite(site.id, next);
  };
}

/**
 * On a site reached by a path prefix: the links of its HTML pages and its redirects are moved
 * under the prefix. Placed after the page cache, so the cache keeps the page as readers get it.
 */
export function prefixMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const prefix = c.get('site')?.prefix;
    if (!prefix) return;
    const res = c.res;
    const location = res.headers.get('location');
    if (location) {
      const moved = prefixLocation(location, prefix);
      if (moved !== location) {
        c.res = undefined;
        const headers = new Headers(res.headers);
        headers.set('location', moved);
        c.res = new Response(res.body, { status: res.status, headers });
      }
      return;
    }
    if (!/^text\/html/.test(res.headers.get('content-type') ?? '') || !res.body) return;
    const html = prefixLinks(await res.text(), prefix);
    const headers = new Headers(res.headers);
    headers.delete('content-length');
    c.res = undefined;
    c.res = new Response(html, { status: res.status, headers });
  };
}
