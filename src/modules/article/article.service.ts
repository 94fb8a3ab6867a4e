import type { Media } from '../media/media.ts';
import type { MediaRepository } from '../media/media.repository.ts';
import type { Section } from '../site/site.ts';
import type { SiteService } from '../site/site.service.ts';
import { articlePath, type Article } from './article.ts';
import type { ArticleRepository } from './article.repository.ts';
import { ARTICLE_MESSAGES as M } from './article.messages.ts';

/** An article ready for a listing: with its section, public path and featured image. */
export interface ArticleCard extends Article {
  section: Section;
  path: string;
  image: Media | undefined;
}

export interface HomeData {
  featured: ArticleCard[];
  latest: ArticleCard[];
  mostRead: ArticleCard[];
  blocks: { section: Section; articles: ArticleCard[] }[];
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

const PAGE_SIZE = 12;
/** Articles in an article page's related list ("Tin cùng chuyên mục"). */
const RELATED = 6;

/** A place an article is tagged with, as its page links it. */
export interface ArticlePlace {
  href: string;
  fullName: string;
}

/** What the structured data of an article's page is made from. */
export interface ArticleStructuredDataInput {
  base: string;
  article: ArticleCard;
  parent: Section | undefined;
  tags: { name: string }[];
  publisher: string;
}

/** What the public address of an article answers: its page, a notice that it is gone, or nothing. */
export type ArticlePageView =
  | {
      kind: 'page';
      article: ArticleCard;
      parent: Section | undefined;
      tags: { slug: string; name: string }[];
      corrections: { text: string; at: Date }[];
      related: ArticleCard[];
      places: ArticlePlace[];
      /** The article's Dòng sự kiện, linked to its public listing. */
      thread?: { name: string; href: string };
      jsonLd: object[];
    }
  | { kind: 'gone'; title: string; at: Date | null; reason: string };

/** Public reading of articles: home, section listings, the article page. */
export function articleService(deps: {
  repo: ArticleRepository;
  media: MediaRepository;
  site: SiteService;
  clock?: () => Date;
  /** The places (administrative units) of these unit codes, as an article's page links them. */
  places?: (codes: string[]) => ArticlePlace[];
  /** The name and public listing of an event thread (given by modules/hub). */
  threadOf?: (threadId: number) => Promise<{ name: string; href: string } | undefined>;
  /** The structured data (JSON-LD) of an article's page (given by modules/feed). */
  structuredData?: (p: ArticleStructuredDataInput) => object[];
}) {
  const { repo, media, site } = deps;
  const now = deps.clock ?? (() => new Date());

  async function cards(articles: Article[], sections?: Section[]): Promise<ArticleCard[]> {
    return (await cardLists([articles], sections))[0]!;
  }

  /** Several lists of cards, their images read in one statement. */
  async function cardLists(lists: Article[][], sections?: Section[]): Promise<ArticleCard[][]> {
    const all = sections ?? (await site.sections());
    const byId = new Map(all.map((s) => [s.id, s]));
    const images = await media.byIds([
      ...new Set(lists.flat().flatMap((a) => (a.imageId ? [a.imageId] : []))),
    ]);
    return lists.map((articles) =>
      articles.flatMap((a) => {
        const section = byId.get(a.sectionId);
        if (!section) return [];
        return [
          {
            ...a,
            section,
            path: articlePath(section.slug, a),
            image: a.imageId ? images.get(a.imageId) : undefined,
          },
        ];
      }),
    );
  }

  /** A section and its descendants' ids (a parent section lists its children's articles). */
  function subtreeIds(sections: Section[], rootId: number): number[] {
    const ids = [rootId];
    for (let i = 0; i < ids.length; i++) {
      for (const s of sections) if (s.parentId === ids[i]) ids.push(s.id);
    }
    return ids;
  }

  return {
    async home(): Promise<HomeData> {
      const sections = await site.sections();
      const t = now();
      const homeSections = sections.filter(
        (s) => s.parentId === null && s.kind === 'articles' && s.showOnHome,
      );
      // One statement for every list (the newest read 5 beyond: the featured are left out of it).
      const [featured = [], newest = [], mostRead = [], ...inBlocks] = await repo.listsPublished([
        { now: t, featuredOnly: true, limit: 5 },
        { now: t, limit: 8 + 5 },
        { now: t, limit: 8, orderBy: 'mostRead' },
        ...homeSections.map((s) => ({ now: t, sectionIds: subtreeIds(sections, s.id), limit: 4 })),
      ]);
      const shown = new Set(featured.map((a) => a.id));
      const latest = newest.filter((a) => !shown.has(a.id)).slice(0, 8);
      // One statement for every card's image.
      const [f = [], l = [], m = [], ...b] = await cardLists(
        [featured, latest, mostRead, ...inBlocks],
        sections,
      );
      const blocks: HomeData['blocks'] = [];
      homeSections.forEach((s, i) => {
        const articles = b[i] ?? [];
        if (articles.length) blocks.push({ section: s, articles });
      });
      return { featured: f, latest: l, mostRead: m, blocks };
    },

    async mostRead(limit: number): Promise<ArticleCard[]> {
      return cards(await repo.listPublished({ now: now(), limit, orderBy: 'mostRead' }));
    },

    /** One page of a section's published articles, newest first; undefined for an unknown section. */
    async sectionPage(
      slug: string,
      page: number,
    ): Promise<
      | { section: Section; parent?: Section; children: Section[]; list: Paged<ArticleCard> }
      | undefined
    > {
      const sections = await site.sections();
      const section = sections.find((s) => s.slug === slug && s.kind === 'articles');
      if (!section) return undefined;
      const ids = subtreeIds(sections, section.id);
      const t = now();
      const total = await repo.countPublished({ now: t, sectionIds: ids });
      const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
      const items =
        page <= pageCount
          ? await repo.listPublished({
              now: t,
              sectionIds: ids,
              limit: PAGE_SIZE,
              offset: (page - 1) * PAGE_SIZE,
            })
          : [];
      return {
        section,
        parent: sections.find((s) => s.id === section.parentId),
        children: sections.filter((s) => s.parentId === section.id),
        list: { items: await cards(items, sections), page, pageCount, total },
      };
    },

    /** The published article `id`, with what its page shows; undefined if not public. */
    async articlePage(id: number) {
      const t = now();
      const found = await repo.withRelated(id, t, RELATED);
      const article = found?.article;
      if (
        !article ||
        article.status !== 'published' ||
        !article.publishedAt ||
        article.publishedAt > t
      )
        return undefined;
      return this.pageOf(article, found.related);
    },

    /**
     * Everything the public page of article `id` shows (article, parent section, tags,
     * corrections, related articles, places, structured data), or why it is gone; undefined
     * when the address shows nothing.
     */
    async publicPage(id: number, base: string): Promise<ArticlePageView | undefined> {
      const data = await this.articlePage(id);
      if (!data) {
        const gone = await this.goneNotice(id);
        return gone && { kind: 'gone', ...gone };
      }
      const { placeCodes, ...page } = data;
      const a = data.article;
      const settings = await site.settings();
      const places = deps.places?.(placeCodes) ?? [];
      const jsonLd =
        deps.structuredData?.({
          base,
          article: a,
          parent: data.parent,
          tags: data.tags,
          publisher: settings.shortName,
        }) ?? [];
      const thread = a.eventId ? await deps.threadOf?.(a.eventId) : undefined;
      return { kind: 'page', ...page, places, thread, jsonLd };
    },

    /** Why a once-public article is gone (withdrawn or unpublished on schedule), if it is. */
    async goneNotice(
      id: number,
    ): Promise<{ reason: string; at: Date | null; title: string } | undefined> {
      const a = await repo.byId(id);
      if (!a || (a.status !== 'withdrawn' && a.status !== 'unpublished')) return undefined;
      return {
        title: a.title,
        at: a.withdrawnAt ?? a.updatedAt,
        reason: a.status === 'withdrawn' ? a.withdrawnReason : M['article.expired'],
      };
    },

    /**
     * What an article's page shows, whatever its state (the public route and staff previews);
     * `related` when already read (articlePage reads it with the article).
     */
    async pageOf(article: Article, related?: Article[]) {
      const sections = await site.sections();
      const [extras, newest] = await Promise.all([
        repo.pageExtras(article.id),
        related ??
          repo.listPublished({
            now: now(),
            sectionIds: [article.sectionId],
            excludeIds: [article.id],
            limit: RELATED,
          }),
      ]);
      // The article's and the related list's images in one statement.
      const [own = [], relatedCards = []] = await cardLists([[article], newest], sections);
      const card = own[0];
      if (!card) return undefined;
      return {
        article: card,
        parent: sections.find((s) => s.id === card.section.parentId),
        tags: extras.tags,
        corrections: extras.corrections,
        placeCodes: extras.placeCodes,
        related: relatedCards,
      };
    },

    async tagPage(slug: string, page: number) {
      const tag = await repo.tagBySlug(slug);
      if (!tag) return undefined;
      const t = now();
      const total = await repo.countPublishedByTag(tag.id, t);
      const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
      const items = await repo.publishedByTag(tag.id, t, PAGE_SIZE, (page - 1) * PAGE_SIZE);
      return {
        tag,
        list: { items: await cards(items), page, pageCount, total } satisfies Paged<ArticleCard>,
      };
    },

    /** The newest published articles of an event thread ("Dòng sự kiện"), as listing cards. */
    async inEventThread(eventId: number, limit = 50): Promise<ArticleCard[]> {
      return cards(await repo.listPublished({ now: now(), eventId, limit }));
    },

    /** An article's stored read count (the page adds this instance's reads not yet written). */
    readCount: (id: number): Promise<number> => repo.readCount(id),
    /** The same, synchronously, or undefined when the database cannot answer so. */
    readCountNow: (id: number): number | undefined => repo.readCountNow?.(id),

    /** When the next article already marked published becomes visible (a future posting time), if any. */
    nextPublishedAfter: (t: Date): Promise<Date | undefined> => repo.nextPublishedAfter(t),

    /** The public paths that show article `id` itself: its page, home, its sections, its tags (for a proxy purge). */
    async publicPathsOf(id: number): Promise<string[]> {
      const a = await repo.byId(id);
      if (!a) return [];
      const sections = await site.sections();
      const section = sections.find((s) => s.id === a.sectionId);
      if (!section) return ['/'];
      const parent = sections.find((s) => s.id === section.parentId);
      const tags = await repo.tagsOf(id);
      return [
        '/',
        articlePath(section.slug, a),
        `/${section.slug}`,
        ...(parent ? [`/${parent.slug}`] : []),
        ...tags.map((t) => `/tu-khoa/${t.slug}`),
      ];
    },

    /** Listing cards (section, path, image) for articles selected elsewhere, e.g. by place tag. */
    cards: (articles: Article[]): Promise<ArticleCard[]> => cards(articles),

    /** Counts one read of an article (exact: an atomic increment). */
    countRead: (id: number): Promise<void> => repo.addReads(id, 1),
  };
}

export type ArticleService = ReturnType<typeof articleService>;
