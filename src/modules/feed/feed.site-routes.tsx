import { siteOf } from '../../http/site.ts';
import { Hono, type Context } from 'hono';
import { renderPage } from '../../shell/render.ts';
import type { Config } from '../../config/config.ts';
import type { Shell } from '../../shell/shell.ts';
import type { AssetManifest } from '../../http/assets.ts';
import type { ArticleService } from '../article/article.service.ts';
import type { SiteService } from '../site/site.service.ts';
import type { feedService } from './feed.service.ts';
import { parseArticleSegment } from '../article/article.ts';
import { sectionTree, type Page } from '../site/site.ts';
import { LOGO_PATH, logoPng } from './feed.logo.ts';
import { newsSitemapXml, robotsTxt, rssXml, sitemapIndexXml, urlsetXml } from './feed.xml.ts';
import { PrintPage } from './views/print.page.tsx';
import { SiteMapPage } from './views/site-map.page.tsx';

/** What the feeds, the site map and the print pages use. */
export interface FeedRouteDeps {
  feeds: ReturnType<typeof feedService>;
  articles: ArticleService;
  site: SiteService;
  assets: AssetManifest;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
}

/** Sends an XML document; feeds and sitemaps may be cached by proxies for a few minutes. */
function xml(c: Context, body: string, type = 'application/xml'): Response {
  c.header('Content-Type', `${type}; charset=utf-8`);
  c.header('Cache-Control', 'public, max-age=300');
  return c.body(body);
}

/** Feeds, sitemaps, robots.txt, the HTML site map, the print view and the publisher logo. */
export function feedSiteRoutes(deps: FeedRouteDeps) {
  const app = new Hono();
  /** The request's site's own address: feeds, sitemaps and canonicals point there. */
  const baseOf = (c: Context) => siteOf(c).base;

  app.get('/rss', async (c) =>
    xml(c, rssXml((await deps.feeds.rss(baseOf(c)))!), 'application/rss+xml'),
  );
  app.get('/rss/:section', async (c, next) => {
    const channel = await deps.feeds.rss(baseOf(c), c.req.param('section'));
    return channel ? xml(c, rssXml(channel), 'application/rss+xml') : next();
  });

  app.get('/sitemap.xml', async (c) => {
    const n = await deps.feeds.articleSitemapCount();
    const base = baseOf(c);
    const locs = [
      { loc: `${base}/sitemaps/trang.xml` },
      ...Array.from({ length: n }, (_, i) => ({ loc: `${base}/sitemaps/bai-viet-${i + 1}.xml` })),
      { loc: `${base}/sitemap-news.xml` },
      { loc: `${base}/sitemaps/van-ban.xml` },
      { loc: `${base}/sitemaps/thu-vien-anh.xml` },
    ];
    return xml(c, sitemapIndexXml(locs));
  });
  app.get('/sitemaps/trang.xml', async (c) =>
    xml(c, urlsetXml(await deps.feeds.pagesSitemap(baseOf(c)))),
  );
  app.get('/sitemaps/:file{bai-viet-[0-9]{1,6}\\.xml}', async (c, next) => {
    const page = Number(/(\d+)/.exec(c.req.param('file'))?.[1]);
    const urls = await deps.feeds.articleSitemap(baseOf(c), page);
    return urls ? xml(c, urlsetXml(urls)) : next();
  });
  app.get('/sitemap-news.xml', async (c) => {
    const news = await deps.feeds.newsSitemap(baseOf(c));
    return xml(c, newsSitemapXml(news.publication, news.entries));
  });

  app.get('/robots.txt', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.text(robotsTxt(baseOf(c)));
  });

  app.get(LOGO_PATH, async (c) => {
    c.header('Content-Type', 'image/png');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(new Uint8Array(await logoPng()));
  });

  app.get('/so-do-trang', async (c) => {
    const sections = await deps.site.sections();
    const pages = new Map<number, Page[]>();
    for (const s of sections)
      if (s.kind === 'pages') pages.set(s.id, await deps.site.pagesOf(s.id));
    return renderPage(c, deps, (chrome) => (
      <SiteMapPage
        chrome={chrome}
        meta={{
          title: 'Sơ đồ trang',
          description: 'Các chuyên mục, trang và kênh tin của trang thông tin điện tử.',
          canonical: `${baseOf(c)}/so-do-trang`,
        }}
        tree={sectionTree(sections)}
        pages={pages}
      />
    ));
  });

  app.get('/in/:section/:segment{[a-z0-9-]*[0-9]+}', async (c, next) => {
    const parsed = parseArticleSegment(c.req.param('segment'));
    const data = parsed && (await deps.articles.articlePage(parsed.id));
    if (!data) return next();
    const a = data.article;
    if (c.req.param('section') !== a.section.slug || parsed.slug !== a.slug)
      return c.redirect(`/in${a.path}`, 301);
    const settings = await deps.site.settings();
    const page = (
      <PrintPage
        article={a}
        url={`${baseOf(c)}${a.path}`}
        siteName={settings.siteName}
        shortName={settings.shortName}
        assets={deps.assets}
      />
    );
    return c.html(`<!doctype html>${String(await page)}`);
  });

  return app;
}
