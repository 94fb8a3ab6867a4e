import { Hono } from 'hono';
import { toVnIso } from '../../lib/date.ts';
import { clientIp } from '../../http/chrome.ts';
import { NotFound } from '../../http/errors.ts';
import { isRealView, pageParam, renderPage } from '../../http/render.ts';
import type { AppDeps } from '../../services.ts';
import { mediaUrl } from '../media/media.ts';
import { parseArticleSegment } from './article.ts';
import { ArticlePage } from './views/article.page.tsx';
import { HomePage } from './views/home.page.tsx';
import { ListingPage } from './views/section.page.tsx';

/** Public routes of articles: home, section listings, tag listings, the article page. */
export function articleSiteRoutes(deps: AppDeps) {
  const app = new Hono();
  const base = deps.config.baseUrl;

  const countView = (c: Parameters<typeof isRealView>[0], articleId?: number): void => {
    if (isRealView(c)) deps.stats.recordPageView({ ip: clientIp(c), userAgent: c.req.header('user-agent') ?? '' }, articleId);
  };

  app.get('/', async (c) => {
    const data = await deps.articles.home();
    const settings = await deps.site.settings();
    countView(c);
    return renderPage(c, deps, (chrome) => (
      <HomePage
        chrome={chrome}
        data={data}
        meta={{
          title: settings.shortName,
          description: `${settings.siteName}: tin tức, sự kiện, văn bản và hoạt động của Đảng bộ.`,
          canonical: `${base}/`,
        }}
      />
    ));
  });

  app.get('/tu-khoa/:slug', async (c) => {
    const page = pageParam(c);
    const data = await deps.articles.tagPage(c.req.param('slug'), page);
    if (!data || (page > 1 && data.list.items.length === 0)) throw new NotFound();
    countView(c);
    const path = `/tu-khoa/${data.tag.slug}`;
    return renderPage(c, deps, (chrome) => (
      <ListingPage
        chrome={chrome}
        meta={{ title: `Từ khóa: ${data.tag.name}`, canonical: `${base}${path}${page > 1 ? `?trang=${page}` : ''}` }}
        heading={`Từ khóa: ${data.tag.name}`}
        trail={[{ label: `Từ khóa: ${data.tag.name}` }]}
        list={data.list}
        basePath={path}
      />
    ));
  });

  app.get('/:section/:segment{[a-z0-9-]*[0-9]+}', async (c, next) => {
    const parsed = parseArticleSegment(c.req.param('segment'));
    if (!parsed) return next();
    const data = await deps.articles.articlePage(parsed.id);
    if (!data) return next();
    const a = data.article;
    if (c.req.param('section') !== a.section.slug || parsed.slug !== a.slug) return c.redirect(a.path, 301);
    const shownReads = a.readCount + deps.stats.pendingReadsOf(a.id);
    countView(c, a.id);
    const url = `${base}${a.path}`;
    const image = a.image ? `${base}${mediaUrl(a.image.key)}` : undefined;
    const settings = await deps.site.settings();
    const places = await deps.places.placesOf(a.id);
    const jsonLd = [
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: a.title,
        description: a.lead,
        datePublished: a.publishedAt ? toVnIso(a.publishedAt) : undefined,
        dateModified: toVnIso(a.updatedAt),
        mainEntityOfPage: url,
        image: image ? [image] : undefined,
        author: a.byline ? { '@type': 'Person', name: a.byline.replace(/^(Tin|Bài|Ảnh)[^:]*:\s*/i, '') } : undefined,
        publisher: { '@type': 'Organization', name: settings.shortName, logo: { '@type': 'ImageObject', url: `${base}/favicon.svg` } },
      },
      {
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { name: 'Trang chủ', item: `${base}/` },
          ...(data.parent ? [{ name: data.parent.name, item: `${base}/${data.parent.slug}` }] : []),
          { name: a.section.name, item: `${base}/${a.section.slug}` },
        ].map((e, i) => ({ '@type': 'ListItem', position: i + 1, ...e })),
      },
    ];
    return renderPage(c, deps, (chrome) => (
      <ArticlePage
        chrome={chrome}
        article={{ ...a, readCount: shownReads }}
        parent={data.parent}
        tags={data.tags}
        related={data.related}
        places={places}
        url={url}
        meta={{ title: a.title, description: a.lead, canonical: url, ogType: 'article', ogImage: image, jsonLd }}
      />
    ));
  });

  app.get('/:section', async (c, next) => {
    const page = pageParam(c);
    const data = await deps.articles.sectionPage(c.req.param('section'), page);
    if (!data) return next();
    if (page > 1 && data.list.items.length === 0) throw new NotFound();
    countView(c);
    const path = `/${data.section.slug}`;
    return renderPage(c, deps, (chrome) => (
      <ListingPage
        chrome={chrome}
        meta={{
          title: page > 1 ? `${data.section.name} - Trang ${page}` : data.section.name,
          description: data.section.description || undefined,
          canonical: `${base}${path}${page > 1 ? `?trang=${page}` : ''}`,
        }}
        heading={data.section.name}
        description={data.section.description}
        trail={[...(data.parent ? [{ label: data.parent.name, href: `/${data.parent.slug}` }] : []), { label: data.section.name }]}
        children={data.children}
        list={data.list}
        basePath={path}
      />
    ));
  });

  return app;
}
