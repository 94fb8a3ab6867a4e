import type { Context } from 'hono';
import { pageEpochOf } from '../modules/cache/cache.middleware.ts';
import type { SectionNode } from '../modules/site/site.ts';
import type { AppDeps } from '../services.ts';
import type { Chrome, MenuItem } from '../views/chrome.ts';

async function menuOf(deps: AppDeps, tree: SectionNode[]): Promise<MenuItem[]> {
  const items: MenuItem[] = [{ label: 'Trang chủ', href: '/', children: [] }];
  for (const s of tree) {
    if (s.kind === 'pages') {
      const pages = await deps.site.pagesOf(s.id);
      const children = pages.map((p) => ({ label: p.title, href: `/${s.slug}/${p.slug}`, children: [] }));
      items.push({ label: s.name, href: `/${s.slug}`, children: children.length > 1 ? children : [] });
    } else {
      items.push({
        label: s.name,
        href: `/${s.slug}`,
        children: s.children.map((c) => ({ label: c.name, href: `/${c.slug}`, children: [] })),
      });
    }
  }
  return items;
}

async function loadShared(deps: AppDeps) {
  const [settings, tree, links] = await Promise.all([deps.site.settings(), deps.site.menu(), deps.weblinks.activeGroups()]);
  return { settings, menu: await menuOf(deps, tree), links };
}

/**
 * Loads what every public page shows around its content, once per content epoch (the page
 * cache's memo); read counts, visitor statistics and the most-read list are live slots.
 */
export async function loadChrome(deps: AppDeps, c: Context): Promise<Chrome> {
  const state = pageEpochOf(c);
  const { settings, menu, links } = await (state ? deps.pages.memo(state, 'chrome', () => loadShared(deps)) : loadShared(deps));
  return {
    settings,
    menu,
    currentPath: c.req.path,
    now: deps.clock(),
    sidebar: { links, map: deps.miniMap },
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
