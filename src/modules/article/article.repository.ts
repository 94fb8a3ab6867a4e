import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type { Article, ArticleStatus } from './article.ts';
import type { ArticleTable } from '../../db/tables/article.table.ts';

/** Maps a row to the domain type. */
export function toArticle(row: Selectable<ArticleTable>): Article {
  return {
    id: row.id,
    sectionId: row.sectionId,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    bodyHtml: row.bodyHtml,
    byline: row.byline,
    status: row.status as ArticleStatus,
    publishedAt: row.publishedAt ? new Date(row.publishedAt) : null,
    updatedAt: new Date(row.updatedAt),
    readCount: Number(row.readCount),
    featured: row.featured === 1,
    imageId: row.imageId,
    authorId: row.authorId,
    eventId: row.eventId,
    sourceName: row.sourceName ?? '',
    sourceUrl: row.sourceUrl ?? '',
    sourceDate: row.sourceDate ? new Date(row.sourceDate) : null,
    seoTitle: row.seoTitle ?? '',
    seoDescription: row.seoDescription ?? '',
    scheduledAt: row.scheduledAt ? new Date(row.scheduledAt) : null,
    unpublishAt: row.unpublishAt ? new Date(row.unpublishAt) : null,
    withdrawnAt: row.withdrawnAt ? new Date(row.withdrawnAt) : null,
    withdrawnReason: row.withdrawnReason ?? '',
    lockAccountId: row.lockAccountId,
    lockUntil: row.lockUntil ? new Date(row.lockUntil) : null,
    originId: row.originId ?? null,
    version: row.version,
  };
}

/**
 * Every column but the bodies: listings never show a body, and reading 40 bodies (each spilling
 * to overflow pages) was most of the home page's database time. Listed articles have `bodyHtml: ''`.
 */
const LISTING_COLUMNS = [
  'id',
  'sectionId',
  'slug',
  'title',
  'lead',
  'byline',
  'status',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'readCount',
  'featured',
  'imageId',
  'authorId',
  'eventId',
  'sourceName',
  'sourceUrl',
  'sourceDate',
  'seoTitle',
  'seoDescription',
  'scheduledAt',
  'unpublishAt',
  'withdrawnAt',
  'withdrawnReason',
  'lockAccountId',
  'lockUntil',
  'version',
  'siteId',
  'originId',
] as const satisfies readonly (keyof ArticleTable)[];

/** A listed article: its row without the bodies. */
function toListed(row: Omit<Selectable<ArticleTable>, 'bodyHtml' | 'bodyJson'>): Article {
  return toArticle({ ...row, bodyHtml: '', bodyJson: null });
}

export interface NewArticle {
  sectionId: number;
  slug: string;
  title: string;
  lead: string;
  bodyHtml: string;
  byline: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  readCount: number;
  featured: boolean;
  imageId: number | null;
}

/** Listing filter for published articles. */
export interface PublishedQuery {
  sectionIds?: number[];
  limit: number;
  offset?: number;
  excludeIds?: number[];
  featuredOnly?: boolean;
  /** Only articles of this event thread ("Dòng sự kiện"). */
  eventId?: number;
  orderBy?: 'newest' | 'mostRead';
  /** Only articles published at or before this instant. */
  now: Date;
}

/** The only place that queries articles and tags. */
export function articleRepository(db: Db) {
  const k = db.kysely;

  function published(
    q: Omit<PublishedQuery, 'limit' | 'offset' | 'orderBy'>,
    /**
     * Counting a section's articles: the site filter is written so that no index is chosen for
     * it. SQLite's sampled statistics (analysis_limit) rate the site and the section as equally
     * selective, and it walked every published article of the site by the site's index
     * (100 ms at 20,000 articles) instead of the section's (2 ms).
     */
    bySection = false,
  ) {
    let b = k
      .selectFrom('article')
      .where(
        bySection && q.sectionIds
          ? sql<number>`${sql.ref('article.siteId')} + 0`
          : 'article.siteId',
        '=',
        currentSiteId(),
      )
      .where('status', '=', 'published')
      .where('publishedAt', '<=', q.now.toISOString());
    if (q.sectionIds) b = b.where('sectionId', 'in', q.sectionIds.length ? q.sectionIds : [-1]);
    if (q.excludeIds?.length) b = b.where('id', 'not in', q.excludeIds);
    if (q.featuredOnly) b = b.where('featured', '=', 1);
    if (q.eventId !== undefined) b = b.where('eventId', '=', q.eventId);
    return b;
  }

  const hotReadCount = db.hot?.value('SELECT read_count FROM article WHERE id = ?');
  return {
    /** An article's stored read count, synchronously, when the database allows it (SQLite files: the page cache's hot path). */
    readCountNow: hotReadCount && ((id: number): number => Number(hotReadCount(id) ?? 0)),
    async insert(a: NewArticle): Promise<number> {
      const now = new Date().toISOString();
      const row = await k
        .insertInto('article')
        .values({
          ...a,
          siteId: currentSiteId(),
          publishedAt: a.publishedAt?.toISOString() ?? null,
          featured: a.featured ? 1 : 0,
          createdAt: a.publishedAt?.toISOString() ?? now,
          updatedAt: a.publishedAt?.toISOString() ?? now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async byId(id: number): Promise<Article | undefined> {
      const row = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toArticle(row);
    },
    /**
     * Article `id` (any state, with its body) and, in the same statement, the newest `limit`
     * published articles of its section but itself (its page's related list).
     */
    async withRelated(
      id: number,
      now: Date,
      limit: number,
    ): Promise<{ article: Article; related: Article[] } | undefined> {
      const sectionOf = k.selectFrom('article').select('sectionId').where('id', '=', id);
      const related = published({ now, excludeIds: [id] })
        .where('sectionId', '=', sectionOf)
        .select(LISTING_COLUMNS)
        .select([sql<string>`''`.as('bodyHtml'), sql<string | null>`NULL`.as('bodyJson')])
        .orderBy('publishedAt', 'desc')
        .orderBy('id', 'desc')
        .limit(limit);
      const rows = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .where('id', '=', id)
        .select(LISTING_COLUMNS)
        .select(['bodyHtml', 'bodyJson', sql<number>`0`.as('rel')])
        .unionAll(
          k
            .selectFrom(related.as('r'))
            .selectAll()
            .select(sql<number>`1`.as('rel')),
        )
        .execute();
      const own = rows.find((r) => Number(r.rel) === 0);
      if (!own) return undefined;
      const toRow = ({ rel: _rel, ...row }: (typeof rows)[number]) => toArticle(row);
      return {
        article: toRow(own),
        related: rows
          .filter((r) => Number(r.rel) === 1)
          .map(toRow)
          .sort(
            (a, b) =>
              (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.id - a.id,
          ),
      };
    },
    /** What an article's page shows around it, in one statement: tags, corrections, place codes. */
    async pageExtras(articleId: number): Promise<{
      tags: { slug: string; name: string }[];
      corrections: { text: string; at: Date }[];
      placeCodes: string[];
    }> {
      const rows = await k
        .selectFrom('articleTag')
        .innerJoin('tag', 'tag.id', 'articleTag.tagId')
        .where('articleTag.articleId', '=', articleId)
        .select([sql<string>`'tag'`.as('kind'), 'tag.slug as a', 'tag.name as b'])
        .unionAll(
          k
            .selectFrom('articleNote')
            .where('articleId', '=', articleId)
            .where('kind', '=', 'correction')
            .select([sql<string>`'note'`.as('kind'), 'text as a', 'createdAt as b']),
        )
        .unionAll(
          k
            .selectFrom('articlePlace')
            .where('articleId', '=', articleId)
            .select([sql<string>`'place'`.as('kind'), 'unitCode as a', 'unitCode as b']),
        )
        // Tags by name, corrections oldest first, places by code (as tagsOf, correctionsOf).
        .orderBy('kind')
        .orderBy('b')
        .execute();
      const of = (kind: string) => rows.filter((r) => r.kind === kind);
      return {
        tags: of('tag').map((r) => ({ slug: r.a, name: r.b })),
        corrections: of('note').map((r) => ({ text: r.a, at: new Date(r.b) })),
        placeCodes: of('place').map((r) => r.a),
      };
    },
    async listPublished(q: PublishedQuery): Promise<Article[]> {
      let b = published(q).select(LISTING_COLUMNS);
      b =
        q.orderBy === 'mostRead'
          ? b.orderBy('readCount', 'desc').orderBy('id', 'desc')
          : b.orderBy('publishedAt', 'desc').orderBy('id', 'desc');
      const rows = await b
        .limit(q.limit)
        .offset(q.offset ?? 0)
        .execute();
      return rows.map(toListed);
    },
    /**
     * Several listings in one statement (the home page's lists and blocks: one round trip, not
     * one per block); each branch keeps its own order and limit, so each still reads its index.
     */
    async listsPublished(qs: PublishedQuery[]): Promise<Article[][]> {
      if (!qs.length) return [];
      const branch = (q: PublishedQuery, i: number) => {
        let b = published(q).select(LISTING_COLUMNS);
        b =
          q.orderBy === 'mostRead'
            ? b.orderBy('readCount', 'desc').orderBy('id', 'desc')
            : b.orderBy('publishedAt', 'desc').orderBy('id', 'desc');
        return k
          .selectFrom(
            b
              .limit(q.limit)
              .offset(q.offset ?? 0)
              .as(`l${i}`),
          )
          .selectAll()
          .select(sql<number>`${sql.lit(i)}`.as('list'));
      };
      const [first, ...rest] = qs.map(branch);
      const rows = await rest.reduce((u, b) => u.unionAll(b), first!).execute();
      const out: Article[][] = qs.map(() => []);
      for (const { list, ...row } of rows) out[Number(list)]!.push(toListed(row));
      // A union keeps no order: each list is put back in its own.
      qs.forEach((q, i) =>
        out[i]!.sort(
          q.orderBy === 'mostRead'
            ? (a, b) => b.readCount - a.readCount || b.id - a.id
            : (a, b) =>
                (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.id - a.id,
        ),
      );
      return out;
    },
    async countPublished(q: Omit<PublishedQuery, 'limit' | 'offset' | 'orderBy'>): Promise<number> {
      const row = await published(q, true)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Adds `by` to an article's read count atomically (never an overwrite). */
    async addReads(id: number, by: number): Promise<void> {
      await k
        .updateTable('article')
        .where('siteId', '=', currentSiteId())
        .set({ readCount: sql`read_count + ${by}` })
        .where('id', '=', id)
        .execute();
    },
    async tagsOf(articleId: number): Promise<{ slug: string; name: string }[]> {
      return k
        .selectFrom('articleTag')
        .innerJoin('tag', 'tag.id', 'articleTag.tagId')
        .select(['tag.slug', 'tag.name'])
        .where('articleTag.articleId', '=', articleId)
        .orderBy('tag.name')
        .execute();
    },
    async tagBySlug(slug: string): Promise<{ id: number; slug: string; name: string } | undefined> {
      return k
        .selectFrom('tag')
        .select(['id', 'slug', 'name'])
        .where('slug', '=', slug)
        .executeTakeFirst();
    },
    async publishedByTag(
      tagId: number,
      now: Date,
      limit: number,
      offset: number,
    ): Promise<Article[]> {
      const rows = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .innerJoin('articleTag', 'articleTag.articleId', 'article.id')
        .select(LISTING_COLUMNS.map((c) => `article.${c}` as const))
        .where('articleTag.tagId', '=', tagId)
        .where('article.status', '=', 'published')
        .where('article.publishedAt', '<=', now.toISOString())
        .orderBy('article.publishedAt', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(toListed);
    },
    async countPublishedByTag(tagId: number, now: Date): Promise<number> {
      const row = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .innerJoin('articleTag', 'articleTag.articleId', 'article.id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('articleTag.tagId', '=', tagId)
        .where('article.status', '=', 'published')
        .where('article.publishedAt', '<=', now.toISOString())
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** An article's stored read count (0 for an unknown id). */
    async readCount(id: number): Promise<number> {
      const row = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .select('readCount')
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(row?.readCount ?? 0);
    },
    /** The earliest posting time after `now` of an article already marked published (it shows from then on). */
    async nextPublishedAfter(now: Date): Promise<Date | undefined> {
      const row = await this.nextPublishedQuery(now).executeTakeFirst();
      return row?.at ? new Date(row.at) : undefined;
    },
    /** The same, as a query to combine with other boundaries (the page cache's one statement). */
    nextPublishedQuery(now: Date) {
      return k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .select((eb) => eb.fn.min('publishedAt').as('at'))
        .where('status', '=', 'published')
        .where('publishedAt', '>', now.toISOString());
    },
    /** Published corrections of an article, oldest first (shown to readers). */
    async correctionsOf(articleId: number): Promise<{ text: string; at: Date }[]> {
      const rows = await k
        .selectFrom('articleNote')
        .select(['text', 'createdAt'])
        .where('articleId', '=', articleId)
        .where('kind', '=', 'correction')
        .orderBy('createdAt')
        .execute();
      return rows.map((r) => ({ text: r.text, at: new Date(r.createdAt) }));
    },
    /** Attaches tags by name, creating missing ones. */
    async setTags(articleId: number, tags: { slug: string; name: string }[]): Promise<void> {
      for (const t of tags) {
        await k
          .insertInto('tag')
          .values(t)
          .onConflict((oc) => oc.column('slug').doNothing())
          .execute();
        const tag = await k
          .selectFrom('tag')
          .select('id')
          .where('slug', '=', t.slug)
          .executeTakeFirstOrThrow();
        await k
          .insertInto('articleTag')
          .values({ articleId, tagId: tag.id })
          .onConflict((oc) => oc.columns(['articleId', 'tagId']).doNothing())
          .execute();
      }
    },
  };
}

export type ArticleRepository = ReturnType<typeof articleRepository>;
