import { sql, type RawBuilder } from 'kysely';
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
import type { IndexQuery, SearchIndex } from './search-index.ts';

/**
 * tsquery text for to_tsquery('vn_unaccent', …): terms joined with &, a phrase as `a <-> b`,
 * a prefix as `w:*`. Words are letters and digits only (search.ts), so they carry no operator.
 */
export function tsqueryText(terms: SearchTerm[]): string {
  return terms
    .map((t) => {
      const ws = t.words.map((w, i) => (t.prefix && i === t.words.length - 1 ? `${w}:*` : w));
      return ws.length > 1 ? `(${ws.join(' <-> ')})` : (ws[0] ?? '');
    })
    .join(' & ');
}

const CONFIG = sql.raw(`'vn_unaccent'::regconfig`);
const WHOLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const EXTRACT = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, ShortWord=1, MaxFragments=2, FragmentDelimiter=" … "`;

interface RankedRow extends ArticleRow {
  matches: number | string;
}

/**
 * PostgreSQL search over the GIN-indexed tsvectors of article_search. Same order as SQLite:
 * headline matches first, by cover density of the headline (ts_rank_cd: words close together
 * count, title weighs most) divided by 1 + log(length); then body-only matches, newest first.
 */
export function postgresSearchIndex(db: Db): SearchIndex {
  const k = db.kysely;
  return {
    async search(q) {
      if (!q.terms.length) return capped(0, []);
      const query = sql`to_tsquery(${CONFIG}, ${tsqueryText(q.terms)})`;
      if (q.offset >= MAX_RESULTS) return capped(await countMatches(q, query), []);
      const ranked = await sql<RankedRow>`
        WITH q AS (SELECT ${query} AS query)
        SELECT a.id, a.section_id, a.slug, a.image_id, a.published_at, count(*) OVER () AS matches
        FROM q CROSS JOIN article_search s JOIN article a ON a.id = s.article_id
        WHERE s.document @@ q.query AND ${publicFilter(q)}
        ORDER BY (s.headline @@ q.query) DESC,
          CASE WHEN s.headline @@ q.query THEN ts_rank_cd(s.headline, q.query, 1) END DESC NULLS LAST,
          a.published_at DESC, a.id DESC
        LIMIT ${Math.min(q.limit, MAX_RESULTS - q.offset)} OFFSET ${q.offset}`.execute(k);
      const rows = ranked.rows;
      if (!rows.length) return capped(await countMatches(q, query), []);
      // ts_headline re-parses the text, so it runs on this page's rows only.
      const marked = await sql<MarkedRow>`
        WITH q AS (SELECT ${query} AS query)
        SELECT s.article_id AS id,
          ts_headline(${CONFIG}, s.title, q.query, ${WHOLE}) AS title,
          ts_headline(${CONFIG}, s.lead, q.query, ${WHOLE}) AS lead,
          ts_headline(${CONFIG}, s.body, q.query, ${EXTRACT}) AS body,
          ts_headline(${CONFIG}, s.caption, q.query, ${WHOLE}) AS caption,
          ts_headline(${CONFIG}, s.tags, q.query, ${WHOLE}) AS tags
        FROM q CROSS JOIN article_search s
        WHERE s.article_id IN (${sql.join(rows.map((r) => r.id))})`.execute(k);
      return capped(Number(rows[0]?.matches ?? 0), toHits(rows, marked.rows));
    },
  };

  /** The number of matches (up to MAX_RESULTS + 1) when the requested page is past the last one. */
  async function countMatches(q: IndexQuery, query: RawBuilder<unknown>): Promise<number> {
    const r = await sql<{ n: number }>`
      SELECT count(*) AS n FROM (
        SELECT 1 FROM article_search s JOIN article a ON a.id = s.article_id
        WHERE s.document @@ ${query} AND ${publicFilter(q)} LIMIT ${MAX_RESULTS + 1}) m`.execute(k);
    return Number(r.rows[0]?.n ?? 0);
  }
}
