import type { MapSummary } from '../modules/map/map.ts';
import type { SiteSettings } from '../modules/site/site.ts';
import type { WeblinkGroup } from '../modules/weblink/weblink.ts';

/** One entry of the main menu. */
export interface MenuItem {
  label: string;
  href: string;
  children: MenuItem[];
}

/** What every public page shows around its content: header, menu, sidebar, footer. */
export interface Chrome {
  settings: SiteSettings;
  menu: MenuItem[];
  /** The request path, to mark the current menu entry. */
  currentPath: string;
  now: Date;
  /** The most-read list and the visitor statistics are live slots (modules/cache), not data here. */
  sidebar: {
    links: WeblinkGroup[];
    map: MapSummary;
  };
  /** Hashed URLs of the static assets. */
  assets: { css: string; js: string; count: string };
}
