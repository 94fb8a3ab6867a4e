import type { Context } from 'hono';
import type { AppDeps } from '../services.ts';
import type { Chrome } from '../views/chrome.ts';
import { loadSiteChrome } from './site-chrome.ts';

/** Loads what every public page shows around its content. */
export async function loadChrome(deps: AppDeps, c: Context): Promise<Chrome> {
  const [settings, { menu, site }, mostRead, links, stats] = await Promise.all([
    deps.site.settings(),
    loadSiteChrome(deps, c.req.path),
    deps.articles.mostRead(6),
    deps.weblinks.activeGroups(),
    deps.stats.snapshot(),
  ]);
  return {
    settings,
    menu,
    currentPath: c.req.path,
    now: deps.clock(),
    sidebar: { mostRead, links, stats, map: deps.map },
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
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return hops[Math.max(0, hops.length - trustProxy)] ?? socket;
}
