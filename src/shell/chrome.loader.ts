import type { Context } from 'hono';
import { pageEpochOf } from '../modules/cache/cache.middleware.ts';
import type { AppDeps } from '../services.ts';
import type { Chrome } from './chrome.ts';
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
    sidebarBlocks: deps.shell.sidebar,
  };
}
