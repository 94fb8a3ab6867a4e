import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { MARK_END, MARK_START } from '../../lib/html-text.ts';
import type { SearchTerm } from './search.ts';
import {
  BODY_CHARS,
  capped,
  POOL,
  publicFilter,
  TITLE_POOL,
  WHOLE_POOL,
  rankedPage,
  recentHeadlines,
  toHits,
  type ArticleRow,
  type CandidateRow,
  type MarkedRow,
} from './search-index.common.ts';
import type { SearchIndex } from './search-index.ts';
import { pairsOf, syllablesOf } from './search-rank.ts';

/**
 * tsquery text for to_tsquery('vn_unaccent', …): terms joined with &, a phrase as `a <-> b`,
 * a prefix as `w:*`. Words are letters and digits only (search.ts), so they carry no operator.
 */
export function tsqueryText(terms: SearchTerm[], weight = ''): string {
  const label = (w: string, prefix: boolean) =>
    prefix ? `${w}:*${weight}` : weight ? `${w}:${weight}` : w;
  return terms
    .map((t) => {
      const ws = t.words.map((w, i) => label(w, t.prefix && i === t.words.length - 1));
      return ws.length > 1 ? `(${ws.join(' <-> ')})` : (ws[0] ?? '');
    })
    .join(' & ');
}

/**
 * tsquery text for "some adjacent pair of query syllables is intact": `(a <-> b) | (b <-> c)`,
 * `:*` on a prefix; for a single syllable, that syllable. Also what ts_headline marks.
 */
export function tsqueryPairs(terms: SearchTerm[], weight = ''): string {
  const syl = syllablesOf(terms);
  if (syl.length === 1) return tsqueryText(terms, weight);
  const w = weight ? `:${weight}` : '';
  return pairsOf(syl)
    .map(([a, b]) => `(${a.w}${w} <-> ${b.w}${b.prefix ? `:*${weight}` : w})`)
    .join(' | ');
}

/** tsquery text for the whole query as one phrase: `dao <-> tao <-> can <-> bo`. */
export function tsqueryPhrase(terms: SearchTerm[]): string {
  return syllablesOf(terms)
    .map((x) => `${x.w}${x.prefix ? ':*' : ''}`)
    .join(' <-> ');
}

const CONFIG = sql.raw(`'vn_unaccent'::regconfig`);
const WHOLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const EXTRACT = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, ShortWord=1, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * PostgreSQL search over the GIN-indexed tsvectors of article_search: the newest POOL matches
 * of the headline and of the whole article go to the ranking of search-rank.ts (the same as
 * on SQLite); ts_headline marks the intact pairs of the page's articles.
 */
export function postgresSearchIndex(db: Db): SearchIndex {
  const k = db.kysely;
  return {
    headlines: (now, limit) => recentHeadlines(db, now, limit),
    async search(q) {
      if (!q.terms.length) return capped(0, []);
      const multi = syllablesOf(q.terms).length > 1;
      const matchText = (weight = '') =>
        multi
          ? `(${tsqueryText(q.terms, weight)}) & (${tsqueryPairs(q.terms, weight)})`
          : tsqueryText(q.terms, weight);
      const query = sql`to_tsquery(${CONFIG}, ${matchText()})`;
      // The same in the title (weight A of the headline) only.
      const inTitle = sql`to_tsquery(${CONFIG}, ${matchText('A')})`;
      const visible = publicFilter(q);
      // The whole query as a phrase first (those articles are ranked whatever their age), then
      // any match with an intact pair, in the headline and in the whole article.
      // (Two syllables: the phrase is the one pair, already what `query` asks.)
      const phrase =
        syllablesOf(q.terms).length > 2
          ? sql`to_tsquery(${CONFIG}, ${tsqueryPhrase(q.terms)})`
          : sql`NULL::tsquery`;
      const pool = await sql<{ id: number; whole: boolean }>`
        WITH q AS (SELECT ${query} AS query, ${phrase} AS phrase, ${inTitle} AS title)
        (SELECT s.article_id AS id, false AS whole
          FROM q CROSS JOIN article_search s JOIN article a ON a.id = s.article_id
          WHERE s.headline @@ q.title AND ${visible}
          ORDER BY a.published_at DESC, a.id DESC LIMIT ${TITLE_POOL})
        UNION ALL
        (SELECT s.article_id AS id, false AS whole
          FROM q CROSS JOIN article_search s JOIN article a ON a.id = s.article_id
          WHERE q.phrase IS NOT NULL AND s.document @@ q.phrase AND ${visible}
          ORDER BY a.published_at DESC, a.id DESC LIMIT ${POOL})
        UNION ALL
        (SELECT s.article_id AS id, false AS whole
          FROM q CROSS JOIN article_search s JOIN article a ON a.id = s.article_id
          WHERE s.headline @@ q.query AND ${visible}
          ORDER BY a.published_at DESC, a.id DESC LIMIT ${POOL})
        UNION ALL
        (SELECT s.article_id AS id, true AS whole
          FROM q CROSS JOIN article_search s JOIN article a ON a.id = s.article_id
          WHERE s.document @@ q.query AND ${visible}
          ORDER BY a.published_at DESC, a.id DESC LIMIT ${WHOLE_POOL})`.execute(k);
      const poolIds = [...new Set(pool.rows.map((r) => r.id))];
      if (!poolIds.length) return capped(0, []);
      const texts = await sql<CandidateRow>`
        SELECT s.article_id AS id, a.published_at, s.title, s.lead, s.tags, s.caption,
          left(s.body, ${BODY_CHARS}) AS body
        FROM article_search s JOIN article a ON a.id = s.article_id
        WHERE s.article_id IN (${sql.join(poolIds)})`.execute(k);
      const poolFull = pool.rows.filter((r) => r.whole).length >= WHOLE_POOL;
      const page = rankedPage(q, texts.rows, poolFull);
      if (!page.ids.length) return { total: page.total, more: page.more, hits: [] };

      const rows = await sql<ArticleRow>`
        SELECT id, section_id, slug, image_id, published_at FROM article
        WHERE id IN (${sql.join(page.ids)})`.execute(k);
      const byId = new Map(rows.rows.map((r) => [r.id, r]));
      // ts_headline re-parses the text, so it runs on this page's rows only.
      const marked = await sql<MarkedRow>`
        WITH q AS (SELECT to_tsquery(${CONFIG}, ${tsqueryPairs(q.terms)}) AS query)
        SELECT s.article_id AS id,
          ts_headline(${CONFIG}, s.title, q.query, ${WHOLE}) AS title,
          ts_headline(${CONFIG}, s.lead, q.query, ${WHOLE}) AS lead,
          ts_headline(${CONFIG}, s.body, q.query, ${EXTRACT}) AS body,
          ts_headline(${CONFIG}, s.caption, q.query, ${WHOLE}) AS caption,
          ts_headline(${CONFIG}, s.tags, q.query, ${WHOLE}) AS tags
        FROM q CROSS JOIN article_search s
        WHERE s.article_id IN (${sql.join(page.ids)})`.execute(k);
      const ordered = page.ids.flatMap((id) => byId.get(id) ?? []);
      return { total: page.total, more: page.more, hits: toHits(ordered, marked.rows) };
    },
  };
}
