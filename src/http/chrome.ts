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
    assets: { css: deps.assets.css, js: deps.assets.js },
  };
}

/** The client's address (the socket's, or the first X-Forwarded-For hop when trusted). */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? '';
}
