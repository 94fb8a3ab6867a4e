import type { MenuLink } from '../modules/site/menu.ts';
import { blocksFor, pageTypeOf } from '../modules/site/sidebar.ts';
import type { AppDeps } from '../services.ts';
import type { SiteChrome } from './chrome.ts';
import { assetUrl } from '../http/assets.ts';

/**
 * What the site's own settings put around every page: the menus, the sidebar layout and today's
 * banners (the page cache reads them once per content epoch).
 */
export async function loadSiteShared(deps: AppDeps) {
  const [menus, layout, banners] = await Promise.all([
    deps.menus.links(),
    deps.settings.sidebarLayout(),
    deps.banners.current(),
  ]);
  return { menus, layout, banners };
}

/** The site chrome of the page at `path`: its type decides the sidebar blocks. */
export function siteChromeFor(
  deps: AppDeps,
  shared: Awaited<ReturnType<typeof loadSiteShared>>,
  path: string,
): { menu: MenuLink[]; site: SiteChrome } {
  const { menus, layout, banners } = shared;
  const pageType = pageTypeOf(path, menus.sections);
  return {
    menu: menus.main,
    site: {
      pageType,
      blocks: blocksFor(layout, pageType),
      footerMenu: menus.footer,
      banners,
      widgetsJs: assetUrl(deps.assets, 'widgets.js'),
    },
  };
}
