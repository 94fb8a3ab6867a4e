import { siteOf } from '../../http/site.ts';
import { Hono } from 'hono';
import { formatDate, toVnIso } from '../../lib/date.ts';
import { ErrorPage } from '../../shell/error.page.tsx';
import { NotFound } from '../../http/errors.ts';
import { renderPage } from '../../shell/render.ts';
import { pageParam, showsOneArticle } from '../../http/request.ts';
import type { Config } from '../../config/config.ts';
import type { Shell } from '../../shell/shell.ts';
import type { ArticleService } from './article.service.ts';
import type { SiteService } from '../site/site.service.ts';
import { mediaUrl } from '../media/media.ts';
import { parseArticleSegment } from './article.ts';
import { ArticlePage } from './views/article.page.tsx';
import { HomePage, type GrassrootsItem } from './views/home.page.tsx';
import { ListingPage } from './views/section.page.tsx';
import { ARTICLE_MESSAGES as M } from './article.messages.ts';

/** What the public article pages use. */
export interface ArticleRouteDeps {
  articles: ArticleService;
  site: SiteService;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
  /** Tin cơ sở: the latest commune news republished here (modules/syndication). */
  syndication: { latest(): Promise<GrassrootsItem[]> };
  /** The admin's sidebar layout (which home section blocks go in the right column). */
  settings: { sidebarLayout(): Promise<{ homeBeside?: number[] | null }> };
  /** Văn bản: document numbers in a body link to their records (modules/document). */
  documents?: { linkNumbers(html: string): Promise<string> };
}

const jsonLdDate = (d: Date | null): string | undefined => (d ? toVnIso(d) : undefined);

/** Public routes of articles: home, section listings, tag listings, the article page. */
export function articleSiteRoutes(deps: ArticleRouteDeps) {
  const app = new Hono();

  app.get('/', async (c) => {
    const base = siteOf(c).base;
    const [data, settings, grassroots, layout] = await Promise.all([
      deps.articles.home(),
      deps.site.settings(),
      deps.syndication.latest(),
      deps.settings.sidebarLayout(),
    ]);
    return renderPage(c, deps, (chrome) => (
      <HomePage
        chrome={chrome}
        data={data}
        grassroots={grassroots}
        homeBeside={layout.homeBeside}
        meta={{
          title: settings.shortName,
          description: `${settings.siteName}: tin tức, sự kiện, văn bản và hoạt động của Đảng bộ.`,
          canonical: `${base}/`,
          stats: { kind: 'home' },
          lean: true,
        }}
      />
    ));
  });

  app.get('/tu-khoa/:slug', async (c) => {
    const base = siteOf(c).base;
    const page = pageParam(c);
    const data = await deps.articles.tagPage(c.req.param('slug'), page);
    if (!data || (page > 1 && data.list.items.length === 0)) throw new NotFound();
    const path = `/tu-khoa/${data.tag.slug}`;
    return renderPage(c, deps, (chrome) => (
      <ListingPage
        chrome={chrome}
        meta={{
          title: `Từ khóa: ${data.tag.name}`,
          canonical: `${base}${path}${page > 1 ? `?trang=${page}` : ''}`,
          stats: { kind: 'tag' },
          lean: true,
        }}
        heading={`Từ khóa: ${data.tag.name}`}
        trail={[{ label: `Từ khóa: ${data.tag.name}` }]}
        list={data.list}
        basePath={path}
      />
    ));
  });

  app.get('/:section/:segment{[a-z0-9-]*[0-9]+}', async (c, next) => {
    const base = siteOf(c).base;
    const parsed = parseArticleSegment(c.req.param('segment'));
    if (!parsed) return next();
    const view = await deps.articles.publicPage(parsed.id, base);
    if (!view) return next();
    if (view.kind === 'gone') {
      const gone = view;
      // The page cache keeps it through other articles' changes (modules/cache PageShows).
      showsOneArticle(c, { article: parsed.id });
      return renderPage(
        c,
        deps,
        (chrome) => (
          <ErrorPage
            chrome={chrome}
            status={410}
            detail={M['article.gone'](
              gone.title,
              gone.at ? formatDate(gone.at) : undefined,
              gone.reason,
            )}
          />
        ),
        410,
      );
    }
    const data = view;
    const a = data.article;
    if (c.req.param('section') !== a.section.slug || parsed.slug !== a.slug)
      return c.redirect(a.path, 301);
    const url = `${base}${a.path}`;
    // Only this article and its section's newest (the related list) show here.
    showsOneArticle(c, { article: a.id, section: a.sectionId });
    // "Nghị quyết số 57-NQ/TW" links to its record when the registry has it (at render time).
    const bodyHtml = deps.documents ? await deps.documents.linkNumbers(a.bodyHtml) : a.bodyHtml;
    const image = a.image ? `${base}${mediaUrl(a.image.key)}` : undefined;
    return renderPage(c, deps, (chrome) => (
      <ArticlePage
        chrome={chrome}
        article={{ ...a, bodyHtml }}
        parent={data.parent}
        tags={data.tags}
        corrections={data.corrections}
        related={data.related}
        places={data.places}
        thread={data.thread}
        url={url}
        meta={{
          title: a.title,
          description: a.lead,
          // A commune article republished here (Tin cơ sở): the original is the canonical page.
          canonical: a.originId && a.sourceUrl ? a.sourceUrl : url,
          ogType: 'article',
          ogImage: image,
          ogImageWidth: a.image?.width,
          ogImageHeight: a.image?.height,
          ogImageAlt: a.image?.alt,
          article: {
            publishedTime: jsonLdDate(a.publishedAt),
            modifiedTime: jsonLdDate(a.updatedAt),
            section: a.section.name,
            tags: data.tags.map((t) => t.name),
          },
          feeds: [{ title: `${a.section.name} (RSS)`, href: `/rss/${a.section.slug}` }],
          jsonLd: data.jsonLd,
          stats: { kind: 'article', articleId: a.id },
          lean: true,
        }}
      />
    ));
  });

  app.get('/:section', async (c, next) => {
    const base = siteOf(c).base;
    const page = pageParam(c);
    const data = await deps.articles.sectionPage(c.req.param('section'), page);
    if (!data) return next();
    if (page > 1 && data.list.items.length === 0) throw new NotFound();
    const path = `/${data.section.slug}`;
    return renderPage(c, deps, (chrome) => (
      <ListingPage
        chrome={chrome}
        meta={{
          title: page > 1 ? `${data.section.name} - Trang ${page}` : data.section.name,
          description: data.section.description || undefined,
          canonical: `${base}${path}${page > 1 ? `?trang=${page}` : ''}`,
          stats: { kind: 'section' },
          lean: true,
          feeds: [{ title: `${data.section.name} (RSS)`, href: `/rss/${data.section.slug}` }],
        }}
        heading={data.section.name}
        description={data.section.description}
        trail={[
          ...(data.parent ? [{ label: data.parent.name, href: `/${data.parent.slug}` }] : []),
          { label: data.section.name },
        ]}
        children={data.children}
        list={data.list}
        basePath={path}
      />
    ));
  });

  return app;
}
