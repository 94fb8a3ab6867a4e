import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';

/** A published article as feeds and sitemaps need it (no body), with its featured image file. */
export interface PublicationRow {
  id: number;
  sectionId: number;
  slug: string;
  title: string;
  lead: string;
  byline: string;
  publishedAt: string;
  updatedAt: string;
  imageKey: string | null;
  imageMime: string | null;
  imageBytes: number | null;
  imageCaption: string | null;
}

/**
 * Read-only listings of public articles for feeds and sitemaps: lean columns (never the body),
 * so a sitemap of thousands of articles stays cheap. Writes stay in article.repository.ts.
 */
export function feedRepository(db: Db) {
  const k = db.kysely;

  const published = (now: Date) =>
    k
      .selectFrom('article')
      .where('article.siteId', '=', currentSiteId())
      .leftJoin('media', 'media.id', 'article.imageId')
      .select([
        'article.id',
        'article.sectionId',
        'article.slug',
        'article.title',
        'article.lead',
        'article.byline',
        'article.publishedAt',
        'article.updatedAt',
        'media.storageKey as imageKey',
        'media.mime as imageMime',
        'media.byteSize as imageBytes',
        'media.caption as imageCaption',
      ])
      .where('article.status', '=', 'published')
      .where('article.publishedAt', '<=', now.toISOString());

  const rows = (
    r: (Omit<PublicationRow, 'publishedAt'> & { publishedAt: string | null })[],
  ): PublicationRow[] => r.map((x) => ({ ...x, publishedAt: x.publishedAt ?? x.updatedAt }));

  return {
    /** The newest public articles, optionally in some sections. */
    async latest(q: {
      now: Date;
      sectionIds?: number[];
      limit: number;
    }): Promise<PublicationRow[]> {
      let b = published(q.now);
      if (q.sectionIds)
        b = b.where('article.sectionId', 'in', q.sectionIds.length ? q.sectionIds : [-1]);
      return rows(
        await b
          .orderBy('article.publishedAt', 'desc')
          .orderBy('article.id', 'desc')
          .limit(q.limit)
          .execute(),
      );
    },
    /** Public articles published at or after `since`, newest first. */
    async since(q: { now: Date; since: Date; limit: number }): Promise<PublicationRow[]> {
      const b = published(q.now).where('article.publishedAt', '>=', q.since.toISOString());
      return rows(
        await b
          .orderBy('article.publishedAt', 'desc')
          .orderBy('article.id', 'desc')
          .limit(q.limit)
          .execute(),
      );
    },
    /** The number of public articles. */
    async count(now: Date): Promise<number> {
      const r = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'published')
        .where('publishedAt', '<=', now.toISOString())
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    /**
     * One page of public articles in id order (stable pages: new articles land on the last one).
     * The page's ids come from an index alone; only those rows are read (at 100,000 articles,
     * sorting full rows cost seconds on SQLite, where each row's body spills to overflow pages).
     */
    async byIdPage(q: { now: Date; limit: number; offset: number }): Promise<PublicationRow[]> {
      const ids = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .select('id')
        .where('status', '=', 'published')
        .where('publishedAt', '<=', q.now.toISOString())
        .orderBy('id')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      if (!ids.length) return [];
      return rows(
        await published(q.now)
          .where(
            'article.id',
            'in',
            ids.map((r) => r.id),
          )
          .orderBy('article.id')
          .execute(),
      );
    },
  };
}

export type FeedRepository = ReturnType<typeof feedRepository>;
