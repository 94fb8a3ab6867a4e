import { sql, type RawBuilder } from 'kysely';
import { MAX_RESULTS } from './search.ts';
import type { IndexHit, IndexPage, IndexQuery } from './search-index.ts';

/**
 * The visibility and filter conditions on `article a`, the same SQL on both dialects: only
 * published articles whose time has come, optionally in some sections and a date range.
 */
export function publicFilter(q: IndexQuery): RawBuilder<unknown> {
  const where = [sql`a.status = 'published'`, sql`a.published_at <= ${q.now.toISOString()}`];
  if (q.sectionIds)
    where.push(sql`a.section_id IN (${sql.join(q.sectionIds.length ? q.sectionIds : [-1])})`);
  if (q.from) where.push(sql`a.published_at >= ${q.from.toISOString()}`);
  if (q.before) where.push(sql`a.published_at < ${q.before.toISOString()}`);
  return sql.join(where, sql` AND `);
}

/** A found article's listing fields. */
export interface ArticleRow {
  id: number;
  sectionId: number;
  slug: string;
  imageId: number | null;
  publishedAt: string;
}

/** The marked text of one match, column by column. */
export interface MarkedRow {
  id: number;
  title: string;
  lead: string;
  body: string;
  caption: string;
  tags: string;
}

/** Joins a page's article rows with their marked text, in rank order. */
export function toHits(rows: ArticleRow[], marked: MarkedRow[]): IndexHit[] {
  const byId = new Map(marked.map((m) => [m.id, m]));
  return rows.map((r) => {
    const m = byId.get(r.id);
    return {
      articleId: r.id,
      sectionId: r.sectionId,
      slug: r.slug,
      imageId: r.imageId,
      publishedAt: new Date(r.publishedAt),
      title: m?.title ?? '',
      snippets: m ? [m.lead, m.body, m.caption, m.tags] : [],
      lead: m?.lead ?? '',
    };
  });
}

/** The page's result for `matches` matching articles (counted up to MAX_RESULTS + 1). */
export function capped(matches: number, hits: IndexHit[]): IndexPage {
  return { total: Math.min(matches, MAX_RESULTS), more: matches > MAX_RESULTS, hits };
}
