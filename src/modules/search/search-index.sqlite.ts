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
import { pairsOf, syllablesOf } from './search-rank.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * FTS5 query text: each term a quoted string (a phrase when it has several words), `*` after
 * it for a prefix, all joined with AND. Words are letters and digits only (search.ts), so
 * nothing in them can be FTS5 syntax.
 */
export function fts5Match(terms: SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? ' *' : ''}`).join(' AND ');
}

/**
 * FTS5 text for "some adjacent pair of query syllables is intact": the pairs as quoted phrases
 * joined with OR (`"dao tao" OR "tao can" OR "can bo"`), `*` after a prefix pair; for a single
 * syllable, that syllable. Also what the highlight marks, so scattered syllables are not marked.
 */
export function fts5Pairs(terms: SearchTerm[]): string {
  const syl = syllablesOf(terms);
  if (syl.length === 1) return fts5Match(terms);
  return pairsOf(syl)
    .map(([a, b]) => `"${a.w} ${b.w}"${b.prefix ? ' *' : ''}`)
    .join(' OR ');
}

/** FTS5 text for the whole query as one phrase (`"dao tao can bo"`, `*` after a prefix). */
export function fts5Phrase(terms: SearchTerm[]): string {
  const syl = syllablesOf(terms);
  return `"${syl.map((x) => x.w).join(' ')}"${syl[syl.length - 1]?.prefix ? ' *' : ''}`;
}

/** FTS5 text over article_words_fts for these index tokens, all of them (AND) or any (OR). */
function fts5Tokens(tokens: string[], op: 'AND' | 'OR'): string {
  return tokens.map((t) => `"${t}"`).join(` ${op} `);
}

/**
 * FTS5 text over the syllable-pair indexes (article_words_fts, article_headline_words_fts; see
 * wordTokens): every syllable and some intact pair, or the whole query as a phrase; in the
 * title column only when `inTitle`.
 */
export function fts5Words(terms: SearchTerm[], what: 'match' | 'phrase', inTitle = false): string {
  const w = wordTokens(terms);
  const m =
    what === 'phrase'
      ? fts5Tokens(w.phrase, 'AND')
      : `${fts5Tokens(w.all, 'AND')} AND (${fts5Tokens(w.any, 'OR')})`;
  return inTitle ? `{title} : (${m})` : m;
}

/**
 * SQLite FTS5 search (see the search migration for how the indexes are built and folded).
 * Every step is bounded, whatever the corpus size: FTS5 walks matches newest first
 * (rowid DESC) and stops at POOL; visibility and filters are read from a covering index;
 * the ranking reads the text of at most 2 × POOL candidates.
 */
export function sqliteSearchIndex(db: Db): SearchIndex {
  const k = db.kysely;
  const ON_ARTICLE = sql.raw('CROSS JOIN article a INDEXED BY article_search_visibility_idx');

  return {
    headlines: (now, limit) => recentHeadlines(db, now, limit),
    async search(q) {
      if (!q.terms.length) return capped(0, []);
      const multi = syllablesOf(q.terms).length > 1;
      const pairs = fts5Pairs(q.terms);
      const match = multi ? `${fts5Match(q.terms)} AND (${pairs})` : fts5Match(q.terms);
      const visible = publicFilter(q);
      // CROSS JOIN keeps FTS5 as the outer loop: the match drives, the filters are checked per match.
      const newest = (
        table:
          | 'article_headline_fts'
          | 'article_fts'
          | 'article_words_fts'
          | 'article_headline_words_fts',
        m: string,
        limit = POOL,
      ) =>
        sql<{ id: number }>`
          SELECT f.rowid AS id FROM ${sql.table(table)} f ${ON_ARTICLE} ON a.id = f.rowid
          WHERE ${sql.table(table)} MATCH ${m} AND ${visible}
          ORDER BY f.rowid DESC LIMIT ${limit}`.execute(k);
      // Matches in the title, whatever their age; the whole query as a phrase (so those
      // articles are ranked whatever their age); then any match with an intact pair, in the
      // headline and, fewer, in the whole article.
      // (Two syllables: the phrase is the one pair, already what `match` asks.)
      const long = syllablesOf(q.terms).length > 2;
      const phrase = long ? fts5Phrase(q.terms) : undefined;
      // Without a prefix, the syllable-pair index answers the same questions without reading
      // positions (see the search-pairs migration); the same pools, the same order.
      const byPairs = usePairIndex(q.terms);
      const pools = byPairs
        ? await Promise.all([
            newest('article_headline_words_fts', fts5Words(q.terms, 'match', true), TITLE_POOL),
            ...(long
              ? [
                  newest('article_headline_words_fts', fts5Words(q.terms, 'phrase')),
                  newest('article_words_fts', fts5Words(q.terms, 'phrase')),
                ]
              : []),
            newest('article_headline_words_fts', fts5Words(q.terms, 'match')),
          ])
        : await Promise.all([
            newest('article_headline_fts', `{title} : (${match})`, TITLE_POOL),
            ...(phrase
              ? [newest('article_headline_fts', phrase), newest('article_fts', phrase)]
              : []),
            newest('article_headline_fts', match),
          ]);
      const whole = byPairs
        ? await newest('article_words_fts', fts5Words(q.terms, 'match'), WHOLE_POOL)
        : await newest('article_fts', match, WHOLE_POOL);
      const poolIds = [...new Set([...pools, whole].flatMap((p) => p.rows.map((r) => r.id)))];
      if (!poolIds.length) return capped(0, []);
      const texts = await sql<CandidateRow>`
        SELECT s.article_id AS id, a.published_at, s.title, s.lead, s.tags, s.caption,
          substr(s.body, 1, ${BODY_CHARS}) AS body
        FROM article_search s JOIN article a ON a.id = s.article_id
        WHERE s.article_id IN (${sql.join(poolIds)})`.execute(k);
      const page = rankedPage(q, texts.rows, whole.rows.length >= WHOLE_POOL);
      if (!page.ids.length) return { total: page.total, more: page.more, hits: [] };

      const rows = await sql<ArticleRow>`
        SELECT id, section_id, slug, image_id, published_at FROM article WHERE id IN (${sql.join(page.ids)})`.execute(
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
        WHERE article_fts MATCH ${pairs} AND rowid IN (${sql.join(page.ids)})`.execute(k);
      const ordered = page.ids.flatMap((id) => byId.get(id) ?? []);
      return { total: page.total, more: page.more, hits: toHits(ordered, marked.rows) };
    },
  };
}
