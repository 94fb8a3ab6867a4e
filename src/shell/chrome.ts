import type { CurrentBanners } from '../modules/banner/banner.ts';
import type { MapSummary } from '../modules/map/map.ts';
import type { MenuLink } from '../modules/site/menu.ts';
import type { PageType, SidebarBlockId } from '../modules/site/sidebar.ts';
import type { SiteSettings } from '../modules/site/site.ts';
import type { WeblinkGroup } from '../modules/weblink/weblink.ts';
import type { SidebarBlock } from './registry.ts';

/** One entry of the main menu. */
export interface MenuItem {
  label: string;
  href: string;
  children: MenuItem[];
  newTab?: boolean;
}

/** What the admin's layout settings put around a page. */
export interface SiteChrome {
  pageType: PageType;
  /** Sidebar blocks this page shows, in order. */
  blocks: SidebarBlockId[];
  footerMenu: MenuLink[];
  banners: CurrentBanners;
  /** Hashed URL of public/widgets.js (map hover, link selector). */
  widgetsJs: string;
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
  site: SiteChrome;
  /** Hashed URLs of the static assets. */
  assets: { css: string; js: string; count: string };
  /** Every sidebar block the modules registered (shell/registry.ts), by id. */
  sidebarBlocks: Readonly<Record<string, SidebarBlock>>;
}
