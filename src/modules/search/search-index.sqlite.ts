import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { MARK_END, MARK_START } from '../../lib/html-text.ts';
import { MAX_RESULTS, type SearchTerm } from './search.ts';
import {
  capped,
  publicFilter,
  toHits,
  type ArticleRow,
  type MarkedRow,
} from './search-index.common.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * FTS5 query text: each term a quoted string (a phrase when it has several words), `*` after
 * it for a prefix, all joined with AND. Words are letters and digits only (search.ts), so
 * nothing in them can be FTS5 syntax.
 */
export function fts5Match(terms: SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? ' *' : ''}`).join(' AND ');
}

/** How many of the newest headline matches are ranked by bm25. */
const HEADLINE_CANDIDATES = 500;

interface Candidate {
  id: number;
  publishedAt: string;
}

/**
 * SQLite FTS5 search (see the search migration for how the indexes are built and folded).
 * Every step is bounded, whatever the corpus size: FTS5 walks matches newest first
 * (rowid DESC) and stops at a LIMIT; visibility and filters are read from a covering index.
 * bm25 (whose setup cost grows with each term's document count) runs on the small headline
 * index only; body-only matches are ordered by date.
 */
export function sqliteSearchIndex(db: Db): SearchIndex {
  const k = db.kysely;
  const ON_ARTICLE = sql.raw('CROSS JOIN article a INDEXED BY article_search_visibility_idx');

  return {
    async search(q) {
      if (!q.terms.length) return capped(0, []);
      const match = fts5Match(q.terms);
      const visible = publicFilter(q);
      // CROSS JOIN keeps FTS5 as the outer loop: the match drives, the filters are checked per match.
      const counted = await sql<{ n: number }>`
        SELECT count(*) AS n FROM (
          SELECT 1 FROM article_fts f ${ON_ARTICLE} ON a.id = f.rowid
          WHERE article_fts MATCH ${match} AND ${visible} LIMIT ${MAX_RESULTS + 1})`.execute(k);
      const matches = Number(counted.rows[0]?.n ?? 0);
      if (q.offset >= Math.min(matches, MAX_RESULTS)) return capped(matches, []);

      const headline = await sql<Candidate>`
        SELECT id, published_at FROM (
          SELECT h.rowid AS id, a.published_at, bm25(article_headline_fts, 5.0, 3.0, 1.0) AS score
          FROM article_headline_fts h ${ON_ARTICLE} ON a.id = h.rowid
          WHERE article_headline_fts MATCH ${match} AND ${visible}
          ORDER BY h.rowid DESC LIMIT ${HEADLINE_CANDIDATES})
        ORDER BY score, published_at DESC, id DESC`.execute(k);
      const ranked = headline.rows.map((r) => r.id);
      if (ranked.length < q.offset + q.limit) {
        const seen = new Set(ranked);
        const rest = await sql<Candidate>`
          SELECT f.rowid AS id, a.published_at FROM article_fts f ${ON_ARTICLE} ON a.id = f.rowid
          WHERE article_fts MATCH ${match} AND ${visible}
          ORDER BY f.rowid DESC LIMIT ${MAX_RESULTS + HEADLINE_CANDIDATES}`.execute(k);
        const byDate = rest.rows
          .filter((r) => !seen.has(r.id))
          .sort((x, y) =>
            x.publishedAt === y.publishedAt ? y.id - x.id : x.publishedAt < y.publishedAt ? 1 : -1,
          );
        ranked.push(...byDate.map((r) => r.id));
      }
      const ids = ranked.slice(q.offset, Math.min(q.offset + q.limit, MAX_RESULTS));
      if (!ids.length) return capped(matches, []);

      const rows = await sql<ArticleRow>`
        SELECT id, section_id, slug, image_id, published_at FROM article WHERE id IN (${sql.join(ids)})`.execute(
        k,
      );
      const byId = new Map(rows.rows.map((r) => [r.id, r]));
      const marked = await sql<MarkedRow>`
        SELECT rowid AS id,
          highlight(article_fts, 0, ${MARK_START}, ${MARK_END}) AS title,
          highlight(article_fts, 1, ${MARK_START}, ${MARK_END}) AS lead,
          snippet(article_fts, 2, ${MARK_START}, ${MARK_END}, '…', 28) AS body,
          highlight(article_fts, 3, ${MARK_START}, ${MARK_END}) AS caption,
          highlight(article_fts, 4, ${MARK_START}, ${MARK_END}) AS tags
        FROM article_fts
        WHERE article_fts MATCH ${match} AND rowid IN (${sql.join(ids)})`.execute(k);
      const ordered = ids.flatMap((id) => byId.get(id) ?? []);
      return capped(matches, toHits(ordered, marked.rows));
    },
  };
}
