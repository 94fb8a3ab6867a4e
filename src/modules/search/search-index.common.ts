import { currentSiteId } from '../../db/site-scope.ts';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { MARK_END, MARK_START } from '../../lib/html-text.ts';
import { MAX_RESULTS } from './search.ts';
import type { IndexHit, IndexPage, IndexQuery } from './search-index.ts';
import type { SearchTerm } from './search.ts';
import { pairsOf, rankCandidates, syllablesOf, type CandidateText } from './search-rank.ts';

/**
 * How many of the newest matches each database query hands to the ranking (twice: headline
 * matches and whole-article matches). Below this many matches the ranking sees every one.
 */
export const POOL = 150;

/**
 * Matches in the title, whatever their age (the strongest sign an article is about the query):
 * without this pool, at 100,000 articles the newest matches in leads and bodies crowded out
 * older articles written about the query.
 */
export const TITLE_POOL = 100;

/**
 * The newest whole-article matches (any intact pair anywhere) handed to the ranking: fewer than
 * the headline pools, since a match in the body alone ranks low, and reading and ranking their
 * text is most of a search's cost.
 */
export const WHOLE_POOL = 60;

/** Body text handed to the ranking is cut here (the start of an article says what it is about). */
export const BODY_CHARS = 800;

/**
 * Ranks the candidates (search-rank.ts) and returns the requested page's ids, the number of
 * articles above the relevance floor and whether there may be more (the pools were full).
 */
export function rankedPage(
  q: IndexQuery,
  candidates: CandidateText[],
  poolsFull: boolean,
): { ids: number[]; total: number; more: boolean } {
  const ranked = rankCandidates(q.terms, q.exactKeys ?? [], candidates);
  const total = Math.min(ranked.length, MAX_RESULTS);
  const ids = ranked.slice(q.offset, Math.min(q.offset + q.limit, total)).map((r) => r.id);
  return { ids, total, more: poolsFull || ranked.length > MAX_RESULTS };
}

/**
 * The visibility and filter conditions on `article a`, the same SQL on both dialects: only
 * published articles whose time has come, optionally in some sections and a date range.
 */
export function publicFilter(q: IndexQuery): RawBuilder<unknown> {
  // The current site's articles only (each site searches its own; db/site-scope.ts).
  const where = [
    sql`a.site_id = ${currentSiteId()}`,
    sql`a.status = 'published'`,
    sql`a.published_at <= ${q.now.toISOString()}`,
  ];
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

const MARKED = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'gu');

/**
 * Marks each word of a marked phrase on its own ("\uE000đào tạo\uE001" →
 * "\uE000đào\uE001 \uE000tạo\uE001"), as PostgreSQL does; FTS5 marks a phrase as one span.
 */
export function markWords(s: string): string {
  return s.replace(
    MARKED,
    (_, inner: string) =>
      MARK_START +
      inner.replace(/[^\p{L}\p{M}\p{N}]+/gu, (gap) => `${MARK_END}${gap}${MARK_START}`) +
      MARK_END,
  );
}

/** Joins a page's article rows with their marked text, in rank order. */
export function toHits(rows: ArticleRow[], marked: MarkedRow[]): IndexHit[] {
  const byId = new Map(
    marked.map((m) => [
      m.id,
      {
        ...m,
        title: markWords(m.title),
        lead: markWords(m.lead),
        body: markWords(m.body),
        caption: markWords(m.caption),
        tags: markWords(m.tags),
      },
    ]),
  );
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

/** Candidate text rows as read from article_search joined with article: the ranker's input. */
export type CandidateRow = CandidateText;

/**
 * The headline texts (title, lead, tags) of the newest `limit` public articles, the same SQL
 * on both dialects: the vocabulary of corrections and suggestions (of every site: it only
 * spells words; what a search finds is the current site's).
 */
export async function recentHeadlines(db: Db, now: Date, limit: number): Promise<string[]> {
  const r = await sql<{ title: string; lead: string; tags: string }>`
    SELECT s.title, s.lead, s.tags FROM article_search s JOIN article a ON a.id = s.article_id
    WHERE a.status = 'published' AND a.published_at <= ${now.toISOString()}
    ORDER BY a.published_at DESC LIMIT ${limit}`.execute(db.kysely);
  return r.rows.flatMap((x) => [x.title, x.lead, x.tags]);
}

/**
 * Whether the syllable-pair index answers this query (usePairIndex): two or more syllables
 * and none typed as a prefix. A prefix ("chuyen d*", the typeahead) goes to the syllable
 * indexes, whose prefix index finds "d…" cheaply; a lone syllable has no pair to look up.
 */
export function usePairIndex(terms: SearchTerm[]): boolean {
  const syl = syllablesOf(terms);
  return syl.length > 1 && !syl.some((s) => s.prefix);
}

/**
 * What a query of two or more syllables, none a prefix, asks of the syllable-pair index
 * (migration 2026-12-08T0540-search-pairs, lib/search-words.ts) as index tokens, with no
 * positions to check: `all`, every syllable of the query and, for a quoted phrase (or a word
 * such as "COVID-19"), every pair inside it; `any`, the adjacent pairs of the query's
 * syllables, one of which must be intact; `phrase`, the whole query as a phrase as near as
 * pairs tell (every adjacent pair).
 */
export function wordTokens(terms: SearchTerm[]): {
  all: string[];
  any: string[];
  phrase: string[];
} {
  const all = terms.flatMap((t) =>
    t.words.flatMap((w, i) => (i ? [w, `${t.words[i - 1] as string}_${w}`] : [w])),
  );
  const any = [...new Set(pairsOf(syllablesOf(terms)).map(([a, b]) => `${a.w}_${b.w}`))];
  return { all: [...new Set(all)], any, phrase: any };
}
