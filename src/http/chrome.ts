import type { Context } from 'hono';
import { pageEpochOf } from '../modules/cache/cache.middleware.ts';
import type { AppDeps } from '../services.ts';
import type { Chrome } from '../views/chrome.ts';
import { loadSiteShared, siteChromeFor } from './site-chrome.ts';

async function loadShared(deps: AppDeps) {
  const [settings, site, links] = await Promise.all([
    deps.site.settings(),
    loadSiteShared(deps),
    deps.weblinks.activeGroups(),
  ]);
  return { settings, site, links };
}

/**
 * Loads what every public page shows around its content, once per content epoch (the page
 * cache's memo); read counts, visitor statistics and the most-read list are live slots.
 */
export async function loadChrome(deps: AppDeps, c: Context): Promise<Chrome> {
  const state = pageEpochOf(c);
  const shared = await (state
    ? deps.pages.memo(state, 'chrome', () => loadShared(deps))
    : loadShared(deps));
  const { menu, site } = siteChromeFor(deps, shared.site, c.req.path);
  return {
    settings: shared.settings,
    menu,
    currentPath: c.req.path,
    now: deps.clock(),
    sidebar: { links: shared.links, map: deps.miniMap },
    site,
    assets: { css: deps.assets.css, js: deps.assets.js, count: deps.assets.count },
  };
}

/**
 * The client's address: the socket's, or, behind `trustProxy` reverse proxies (config
 * TRUST_PROXY), the X-Forwarded-For entry that the outermost trusted proxy added.
 */
export function clientIp(c: Context, trustProxy = 0): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const socket = env?.incoming?.socket?.remoteAddress ?? '';
  if (trustProxy <= 0) return socket;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - trustProxy)] ?? socket;
}
