import type { MenuLink } from '../modules/site/menu.ts';
import { blocksFor, pageTypeOf } from '../modules/site/sidebar.ts';
import type { AppDeps } from '../services.ts';
import type { SiteChrome } from '../views/chrome.ts';
import { assetUrl } from './assets.ts';

/**
 * What the site's own settings put around a page: the main menu, the page's type, its sidebar
 * blocks, the footer menu and today's banners (each read once per page view).
 */
export async function loadSiteChrome(deps: AppDeps, path: string): Promise<{ menu: MenuLink[]; site: SiteChrome }> {
  const [menus, layout, banners] = await Promise.all([deps.menus.links(), deps.settings.sidebarLayout(), deps.banners.current()]);
  const pageType = pageTypeOf(path, menus.sections);
  return {
    menu: menus.main,
    site: { pageType, blocks: blocksFor(layout, pageType), footerMenu: menus.footer, banners, widgetsJs: assetUrl(deps.assets, 'widgets.js') },
  };
}
