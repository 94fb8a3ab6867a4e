import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { MARK_END, MARK_START } from '../../lib/html-text.ts';
import type { SearchTerm } from './search.ts';
import { publicFilter, toHits, type MarkedRow, type RankedRow } from './search-index.common.ts';
import type { IndexQuery, SearchIndex } from './search-index.ts';

/**
 * FTS5 query text: each term a quoted string (a phrase when it has several words), `*` after
 * it for a prefix, all joined with AND. Words are letters and digits only (search.ts), so
 * nothing in them can be FTS5 syntax.
 */
export function fts5Match(terms: SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? ' *' : ''}`).join(' AND ');
}

/** Column weights for bm25, in the FTS table's column order: title, lead, body, caption, tags. */
const WEIGHTS = sql`10.0, 4.0, 1.0, 2.0, 5.0`;

/** SQLite FTS5 search (see the search migration for how the index is built and folded). */
export function sqliteSearchIndex(db: Db): SearchIndex {
  const k = db.kysely;
  return {
    async search(q) {
      if (!q.terms.length) return { total: 0, hits: [] };
      const match = fts5Match(q.terms);
      // CROSS JOIN keeps FTS5 as the outer loop: the match drives, article rows are looked up
      // by primary key and filtered (public, section, dates). bm25() must be computed inside
      // the FTS query, the window count outside it.
      const ranked = await sql<RankedRow>`
        SELECT *, count(*) OVER () AS total FROM (
          SELECT a.id, a.section_id, a.slug, a.image_id, a.published_at, bm25(article_fts, ${WEIGHTS}) AS score
          FROM article_fts CROSS JOIN article a ON a.id = article_fts.rowid
          WHERE article_fts MATCH ${match} AND ${publicFilter(q)})
        ORDER BY score, published_at DESC, id DESC
        LIMIT ${q.limit} OFFSET ${q.offset}`.execute(k);
      const rows = ranked.rows;
      if (!rows.length) return { total: await countMatches(q, match), hits: [] };
      const marked = await sql<MarkedRow>`
        SELECT rowid AS id,
          highlight(article_fts, 0, ${MARK_START}, ${MARK_END}) AS title,
          highlight(article_fts, 1, ${MARK_START}, ${MARK_END}) AS lead,
          snippet(article_fts, 2, ${MARK_START}, ${MARK_END}, '…', 28) AS body,
          highlight(article_fts, 3, ${MARK_START}, ${MARK_END}) AS caption,
          highlight(article_fts, 4, ${MARK_START}, ${MARK_END}) AS tags
        FROM article_fts
        WHERE article_fts MATCH ${match} AND rowid IN (${sql.join(rows.map((r) => r.id))})`.execute(k);
      return { total: Number(rows[0]?.total ?? 0), hits: toHits(rows, marked.rows) };
    },
  };

  /** The number of matches when the requested page is past the last one. */
  async function countMatches(q: IndexQuery, match: string): Promise<number> {
    const r = await sql<{ n: number }>`
      SELECT count(*) AS n FROM article_fts CROSS JOIN article a ON a.id = article_fts.rowid
      WHERE article_fts MATCH ${match} AND ${publicFilter(q)}`.execute(k);
    return Number(r.rows[0]?.n ?? 0);
  }
}
