import type { Context } from 'hono';
import type { Chrome, ChromeData, MenuItem, SiteIdentity } from './chrome.ts';
import type { ShellParts } from './registry.tsx';
import type { Shell } from './shell.ts';

/** What every public page shares, read once per content epoch. */
export interface SharedChrome<Layout> {
  settings: SiteIdentity;
  menu: MenuItem[];
  data: ChromeData;
  /** What decides a page's type and sidebar blocks (the admin's sidebar layout, the sections). */
  layout: Layout;
}

/** Where the chrome comes from; the composition root supplies it (src/shell-wiring.tsx). */
export interface ChromeSources<Layout> {
  /** Reads what every page shares (settings, menus, banners, links…). */
  load: () => Promise<SharedChrome<Layout>>;
  /** The page cache's per-epoch memo for this request (a plain call when it has no epoch). */
  memo(c: Context, load: () => Promise<SharedChrome<Layout>>): Promise<SharedChrome<Layout>>;
  /**
   * The type of the page at `path`, the sidebar blocks it shows, in order, and whether lean pages
   * need widgets.js too (a sidebar block of theirs uses it: the "Chọn liên kết" selector).
   */
  pageOf(
    layout: Layout,
    path: string,
  ): { pageType: string; blocks: string[]; widgetsOnLean?: boolean };
  assets: {
    css: string;
    pagesCss: string;
    /** Scripts of the non-lean public pages (album lightbox, video facade, form challenge). */
    pagesJs: string;
    js: string;
    count: string;
    typeahead: string;
  };
  /** Hashed URL of public/widgets.js (map hover, link selector). */
  widgetsJs: string;
  parts: ShellParts;
  clock: () => Date;
}

/**
 * Loads what every public page shows around its content, once per content epoch (the page
 * cache's memo); read counts, visitor statistics and the most-read list are live slots.
 */
export function chromeLoader<Layout>(src: ChromeSources<Layout>): (c: Context) => Promise<Chrome> {
  return async (c) => {
    const shared = await src.memo(c, src.load);
    const path = c.req.path;
    return {
      settings: shared.settings,
      menu: shared.menu,
      currentPath: path,
      now: src.clock(),
      site: { ...src.pageOf(shared.layout, path), widgetsJs: src.widgetsJs },
      data: shared.data,
      assets: src.assets,
      parts: src.parts,
    };
  };
}

/** The chrome of this request's public page (for pages answered outside renderPage, e.g. previews). */
export function loadChrome(deps: { shell: Shell }, c: Context): Promise<Chrome> {
  return deps.shell.chrome(c);
}
