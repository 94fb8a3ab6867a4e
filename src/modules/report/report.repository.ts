import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type { ArticleStatus } from '../article/article.ts';

/** One article row of the leadership report. */
export interface ReportRow {
  id: number;
  title: string;
  sectionId: number;
  authorId: number | null;
  authorName: string;
  status: ArticleStatus;
  createdAt: Date;
  publishedAt: Date | null;
  readCount: number;
}

/** Filter of the report (dates compare the publication time, or creation when unpublished). */
export interface ReportFilter {
  from?: Date;
  to?: Date;
  sectionIds?: number[];
  authorId?: number;
  statuses?: ArticleStatus[];
}

/** Reads articles for the leadership report. */
export function reportRepository(db: Db) {
  const k = db.kysely;
  return {
    async rows(f: ReportFilter, limit = 20_000): Promise<ReportRow[]> {
      let q = k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .leftJoin('account', 'account.id', 'article.authorId')
        .select([
          'article.id',
          'article.title',
          'article.sectionId',
          'article.authorId',
          'account.fullName',
          'article.status',
          'article.createdAt',
          'article.publishedAt',
          'article.readCount',
        ]);
      const { from, to } = f;
      if (from)
        q = q.where((eb) =>
          eb(eb.fn.coalesce('article.publishedAt', 'article.createdAt'), '>=', from.toISOString()),
        );
      if (to)
        q = q.where((eb) =>
          eb(eb.fn.coalesce('article.publishedAt', 'article.createdAt'), '<', to.toISOString()),
        );
      if (f.sectionIds)
        q = q.where('article.sectionId', 'in', f.sectionIds.length ? f.sectionIds : [-1]);
      if (f.authorId !== undefined) q = q.where('article.authorId', '=', f.authorId);
      if (f.statuses?.length) q = q.where('article.status', 'in', f.statuses);
      const rows = await q
        .orderBy('article.publishedAt', 'desc')
        .orderBy('article.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        sectionId: r.sectionId,
        authorId: r.authorId,
        authorName: r.fullName ?? '',
        status: r.status as ArticleStatus,
        createdAt: new Date(r.createdAt),
        publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
        readCount: Number(r.readCount),
      }));
    },
  };
}

export type ReportRepository = ReturnType<typeof reportRepository>;
