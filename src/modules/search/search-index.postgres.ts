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
  usePairIndex,
  wordTokens,
  type ArticleRow,
  type CandidateRow,
  type MarkedRow,
} from './search-index.common.ts';
import type { IndexQuery, SearchIndex } from './search-index.ts';
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

/** tsquery text (cast with ::tsquery, no parsing) for these index tokens, all (&) or any (|). */
function tsTokens(tokens: string[], op: '&' | '|'): string {
  return tokens.map((t) => `'${t}'`).join(` ${op} `);
}

/**
 * tsquery text over the syllable-pair columns (see wordTokens): every syllable and some
 * intact pair, or the whole query as a phrase. Tokens are folded letters, digits and "_"
 * (search.ts), so none needs escaping.
 */
export function tsqueryWords(terms: SearchTerm[], what: 'match' | 'phrase'): string {
  const w = wordTokens(terms);
  return what === 'phrase'
    ? tsTokens(w.phrase, '&')
    : `${tsTokens(w.all, '&')} & (${tsTokens(w.any, '|')})`;
}

/**
 * A pool whose tsquery matches at most this many articles takes them from the GIN index and
 * picks the newest by id; beyond, it walks the newest articles (see pairPools).
 */
const MATCH_CAP = 2000;

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

  /**
   * The same pools from the syllable-pair columns (migration 2026-12-08T0540-search-pairs),
   * each the newest `limit` visible articles matching. Walking articles newest first and
   * testing each one's tsvector costs a TOAST read per article (most of a second at 100,000
   * articles when the matches are few or old), so each pool first asks the GIN index alone
   * (a bitmap scan: plain lexemes need no recheck) for its matches, up to MATCH_CAP; when there
   * are no more than that, the newest of them are picked from `article` by id. Only a pool with
   * more matches (common words, found in many articles) walks articles newest first, where
   * matches are dense and the walk stops early.
   */
  function pairPools(q: IndexQuery): Promise<{ id: number; whole: boolean }[]> {
    const visible = publicFilter(q);
    const match = tsqueryWords(q.terms, 'match');
    const pools: [column: string, query: string, limit: number, whole: boolean][] = [
      ['title_words', match, TITLE_POOL, false],
      ...(syllablesOf(q.terms).length > 2
        ? [
            ['words', tsqueryWords(q.terms, 'phrase'), POOL, false] as [
              string,
              string,
              number,
              boolean,
            ],
          ]
        : []),
      ['headline_words', match, POOL, false],
      ['words', match, WHOLE_POOL, true],
    ];
    const run = async (tx: typeof k) => {
      // A GIN bitmap scan, never a sequential scan testing every tsvector (this transaction only).
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      const col = (column: string) => sql.ref(`s.${column}`);
      const matched = await sql<{ pool: number; id: number }>`${sql.join(
        pools.map(
          ([column, query], i) => sql`
            (SELECT ${i}::integer AS pool, s.article_id AS id FROM article_search s
            WHERE ${col(column)} @@ ${query}::tsquery LIMIT ${MATCH_CAP + 1})`,
        ),
        sql` UNION ALL `,
      )}`.execute(tx);
      const ids = pools.map(() => [] as number[]);
      for (const r of matched.rows) ids[r.pool]?.push(r.id);
      // Few matches: the newest of them by id. Many: as PostgreSQL plans it (for common words,
      // a walk of the newest articles, each tested, that stops early).
      const picks = pools.flatMap(([column, query, limit], i) => {
        const found = ids[i] ?? [];
        if (!found.length) return [];
        return found.length <= MATCH_CAP
          ? [
              sql`(SELECT ${i}::integer AS pool, a.id FROM article a
                WHERE a.id = ANY (${found}::integer[]) AND ${visible}
                ORDER BY a.published_at DESC, a.id DESC LIMIT ${limit})`,
            ]
          : [
              sql`(SELECT ${i}::integer AS pool, s.article_id AS id
                FROM article_search s JOIN article a ON a.id = s.article_id
                WHERE ${col(column)} @@ ${query}::tsquery AND ${visible}
                ORDER BY a.published_at DESC, a.id DESC LIMIT ${limit})`,
            ];
      });
      const picked = picks.length
        ? (
            await sql<{ pool: number; id: number }>`${sql.join(picks, sql` UNION ALL `)}`.execute(
              tx,
            )
          ).rows
        : [];
      if (k.isTransaction) await sql`SET LOCAL enable_seqscan = on`.execute(tx);
      return picked.map((r) => ({ id: r.id, whole: pools[r.pool]?.[3] ?? false }));
    };
    return k.isTransaction ? run(k) : k.transaction().execute(run);
  }

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
      const pool = usePairIndex(q.terms)
        ? { rows: await pairPools(q) }
        : await sql<{ id: number; whole: boolean }>`
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
