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
 * Ranking, the same on both: articles whose headline (title, tags, lead) holds every term come
 * first, by relevance of the headline; then articles that match only in the body or captions,
 * newest first. Headlines are short, so this ranks well and stays fast when a common query
 * ("Điện Biên") matches most of 100,000 articles.
 */
export interface SearchIndex {
  search(q: IndexQuery): Promise<IndexPage>;
}
