import { blocksFor, pageTypeOf } from '../modules/site/sidebar.ts';
import type { AppDeps } from '../services.ts';
import type { SiteChrome } from '../views/chrome.ts';
import { assetUrl } from './assets.ts';

/** What the site's own settings put around a page: its type, sidebar blocks, footer menu, banners. */
export async function loadSiteChrome(deps: AppDeps, path: string): Promise<SiteChrome> {
  const [sections, layout, footerMenu, banners] = await Promise.all([
    deps.site.sections(),
    deps.settings.sidebarLayout(),
    deps.menus.footer(),
    deps.banners.current(),
  ]);
  const pageType = pageTypeOf(path, sections);
  return { pageType, blocks: blocksFor(layout, pageType), footerMenu, banners, widgetsJs: assetUrl(deps.assets, 'widgets.js') };
}
