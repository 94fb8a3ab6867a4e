import type { SearchTerm } from './search.ts';

/** What to look for: every term must match; only articles public at `now` are considered. */
export interface IndexQuery {
  terms: SearchTerm[];
  now: Date;
  /** Restrict to these sections (a section and its descendants); undefined = all. */
  sectionIds?: number[];
  /** Published at or after this instant. */
  from?: Date;
  /** Published strictly before this instant. */
  before?: Date;
  limit: number;
  offset: number;
  /**
   * The marked words of the query as typed (search-rank.ts exactKeysOf): articles spelling
   * them exactly rank above tone-folded matches. Empty or absent for a query without marks.
   */
  exactKeys?: string[];
}

/** One found article, with its title and best snippet marked with U+E000/U+E001 around matches. */
export interface IndexHit {
  articleId: number;
  sectionId: number;
  slug: string;
  imageId: number | null;
  publishedAt: Date;
  /** The whole title, matched words marked. */
  title: string;
  /** Marked candidates for the snippet, best first: lead, body extract, caption, tags. */
  snippets: string[];
  /** The lead, unmarked (the snippet when nothing else matched, e.g. a title-only match). */
  lead: string;
}

/** One page of ranked hits and the number of matching public articles (at most MAX_RESULTS). */
export interface IndexPage {
  total: number;
  /** Whether more than `total` articles match (the count stopped at MAX_RESULTS). */
  more: boolean;
  hits: IndexHit[];
}

/**
 * Full-text search over public articles, one implementation per database (STYLE.md §8).
 * The index itself is kept up to date by database triggers (see the search migration), so
 * there is nothing to call on writes.
 *
 * Matching, the same on both: every term of the query is in the article; for a query of several
 * syllables, at least one pair of adjacent query syllables is adjacent in the article too. Each
 * database hands the newest matches in the title (TITLE_POOL, whatever their age among the
 * rest), of the whole query as a phrase and in the headline (POOL each) and in the whole
 * article (WHOLE_POOL) to the ranking of search-rank.ts, which orders them by intact words, exact spelling,
 * field weights and recency, and drops those that matched only scattered syllables. `total` is
 * the number of articles above that floor.
 */
export interface SearchIndex {
  search(q: IndexQuery): Promise<IndexPage>;
  /** Title, lead and tags of the newest `limit` public articles (the suggestions' vocabulary). */
  headlines(now: Date, limit: number): Promise<string[]>;
}
