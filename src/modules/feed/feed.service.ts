import { articlePath } from '../article/article.ts';
import { mediaUrl } from '../media/media.ts';
import { sectionSubtreeIds, type Section } from '../site/site.ts';
import type { SiteService } from '../site/site.service.ts';
import type { FeedRepository, PublicationRow } from './feed.repository.ts';
import type { NewsEntry, RssChannel, SitemapUrl } from './feed.xml.ts';

/** Items per RSS feed. */
const FEED_SIZE = 30;
/** URLs per article sitemap file (the protocol allows 50,000). */
const SITEMAP_SIZE = 5000;
/** The news sitemap covers this many hours (Google News: the last two days). */
const NEWS_HOURS = 48;
const NEWS_MAX = 1000;

/** Removes the "Tin, ảnh: " style prefix of a byline, leaving the author's name. */
export function bylineName(byline: string): string {
  return byline.replace(/^(Tin|Bài|Ảnh|Video)(\s*,\s*(tin|bài|ảnh|video))*\s*:\s*/i, '').trim();
}

/** The stable address of an article: answers 301 to the canonical URL whatever its slug or section. */
const stableArticleUrl = (base: string, id: number): string => `${base}/bai-viet/${id}`;

/**
 * Feeds and sitemaps of the current site's public articles; every URL is absolute on `base`,
 * the site's own address (its host, or the province's host and its path prefix).
 */
export function feedService(deps: { repo: FeedRepository; site: SiteService; clock?: () => Date }) {
  const { repo, site } = deps;
  const now = deps.clock ?? (() => new Date());

  const urlOf = (
    base: string,
    r: PublicationRow,
    sections: Map<number, Section>,
  ): string | undefined => {
    const s = sections.get(r.sectionId);
    return s && `${base}${articlePath(s.slug, r)}`;
  };

  return {
    /** The RSS channel of the whole site, or of one section (with its sub-sections); undefined for an unknown section. */
    async rss(base: string, sectionSlug?: string): Promise<RssChannel | undefined> {
      const [settings, sections] = await Promise.all([site.settings(), site.sections()]);
      const section = sectionSlug
        ? sections.find((s) => s.slug === sectionSlug && s.kind === 'articles')
        : undefined;
      if (sectionSlug && !section) return undefined;
      const t = now();
      const rows = await repo.latest({
        now: t,
        sectionIds: section && sectionSubtreeIds(sections, section.id),
        limit: FEED_SIZE,
      });
      const byId = new Map(sections.map((s) => [s.id, s]));
      return {
        title: section ? `${section.name} – ${settings.shortName}` : settings.shortName,
        link: section ? `${base}/${section.slug}` : `${base}/`,
        description:
          section?.description ||
          `Tin mới nhất${section ? ` chuyên mục ${section.name}` : ''} của ${settings.siteName}`,
        self: `${base}/rss${section ? `/${section.slug}` : ''}`,
        now: t,
        items: rows.flatMap((r) => {
          const link = urlOf(base, r, byId);
          if (!link) return [];
          return [
            {
              title: r.title,
              link,
              guid: stableArticleUrl(base, r.id),
              description: r.lead,
              publishedAt: new Date(r.publishedAt),
              category: byId.get(r.sectionId)?.name ?? '',
              creator: bylineName(r.byline),
              enclosure:
                r.imageKey && r.imageMime && r.imageBytes
                  ? {
                      url: `${base}${mediaUrl(r.imageKey)}`,
                      type: r.imageMime,
                      length: r.imageBytes,
                    }
                  : undefined,
            },
          ];
        }),
      };
    },

    /** How many article sitemap files there are (at least one, possibly empty). */
    async articleSitemapCount(): Promise<number> {
      return Math.max(1, Math.ceil((await repo.count(now())) / SITEMAP_SIZE));
    },

    /** The URLs of article sitemap `page` (1-based); undefined past the last page. */
    async articleSitemap(base: string, page: number): Promise<SitemapUrl[] | undefined> {
      const t = now();
      if (page < 1 || page > Math.max(1, Math.ceil((await repo.count(t)) / SITEMAP_SIZE)))
        return undefined;
      const byId = new Map((await site.sections()).map((s) => [s.id, s]));
      const rows = await repo.byIdPage({
        now: t,
        limit: SITEMAP_SIZE,
        offset: (page - 1) * SITEMAP_SIZE,
      });
      return rows.flatMap((r) => {
        const loc = urlOf(base, r, byId);
        if (!loc) return [];
        const updated = new Date(r.updatedAt > r.publishedAt ? r.updatedAt : r.publishedAt);
        return [
          {
            loc,
            lastmod: updated,
            images: r.imageKey ? [{ loc: `${base}${mediaUrl(r.imageKey)}` }] : [],
          },
        ];
      });
    },

    /** Home, sections, static pages and the other public pages. */
    async pagesSitemap(base: string): Promise<SitemapUrl[]> {
      const sections = await site.sections();
      const urls: SitemapUrl[] = [{ loc: `${base}/` }];
      for (const s of sections) {
        if (s.kind === 'articles') urls.push({ loc: `${base}/${s.slug}` });
        else
          for (const p of await site.pagesOf(s.id))
            urls.push({ loc: `${base}/${s.slug}/${p.slug}`, lastmod: p.updatedAt });
      }
      urls.push({ loc: `${base}/ban-do` }, { loc: `${base}/so-do-trang` });
      return urls;
    },

    /** Articles of the last two days for the news sitemap. */
    async newsSitemap(base: string): Promise<{ publication: string; entries: NewsEntry[] }> {
      const t = now();
      const [settings, sections] = await Promise.all([site.settings(), site.sections()]);
      const byId = new Map(sections.map((s) => [s.id, s]));
      const rows = await repo.since({
        now: t,
        since: new Date(t.getTime() - NEWS_HOURS * 3600_000),
        limit: NEWS_MAX,
      });
      return {
        publication: settings.shortName,
        entries: rows.flatMap((r) => {
          const loc = urlOf(base, r, byId);
          return loc ? [{ loc, title: r.title, publishedAt: new Date(r.publishedAt) }] : [];
        }),
      };
    },
  };
}
