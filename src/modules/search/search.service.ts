import { vnDayEnd, vnDayStart } from '../../lib/date-input.ts';
import { Validation } from '../../http/errors.ts';
import { articlePath } from '../article/article.ts';
import type { Media } from '../media/media.ts';
import type { MediaRepository } from '../media/media.repository.ts';
import { sectionSubtreeIds, type Section } from '../site/site.ts';
import type { SiteService } from '../site/site.service.ts';
import { chooseSnippet, parseQuery, segmentsOf, type SearchTerm, type Segment } from './search.ts';
import type { SearchIndex } from './search-index.ts';
import { FIELDS, type SearchInput } from './search.schema.ts';

/** Results per page. */
export const SEARCH_PAGE_SIZE = 10;

/** One found article as the results page shows it. */
export interface SearchResult {
  id: number;
  path: string;
  section: Section;
  publishedAt: Date;
  image: Media | undefined;
  title: Segment[];
  snippet: Segment[];
}

/** A page of results; `terms` is empty when the query had nothing searchable. */
export interface SearchOutcome {
  terms: SearchTerm[];
  /** Matching articles, at most MAX_RESULTS; `more` when there are more than that. */
  total: number;
  more: boolean;
  page: number;
  pageCount: number;
  results: SearchResult[];
  /** The section the search was narrowed to, if any. */
  section: Section | undefined;
}

/** Public article search: parses the query, applies filters, loads what the results show. */
export function searchService(deps: {
  index: SearchIndex;
  site: SiteService;
  media: MediaRepository;
  clock?: () => Date;
}) {
  const now = deps.clock ?? (() => new Date());
  return {
    /** Searches public articles; throws Validation for a section that does not exist. */
    async search(input: SearchInput): Promise<SearchOutcome> {
      const sections = await deps.site.sections();
      const section = input.section
        ? sections.find((s) => s.slug === input.section && s.kind === 'articles')
        : undefined;
      if (input.section && !section)
        throw new Validation({ [FIELDS.section]: 'Chuyên mục không tồn tại.' });
      const terms = parseQuery(input.q);
      const empty = {
        terms,
        total: 0,
        more: false,
        page: input.page,
        pageCount: 0,
        results: [],
        section,
      };
      if (!terms.length) return empty;
      const found = await deps.index.search({
        terms,
        now: now(),
        sectionIds: section ? sectionSubtreeIds(sections, section.id) : undefined,
        from: input.from ? vnDayStart(input.from) : undefined,
        before: input.to ? vnDayEnd(input.to) : undefined,
        limit: SEARCH_PAGE_SIZE,
        offset: (input.page - 1) * SEARCH_PAGE_SIZE,
      });
      const byId = new Map(sections.map((s) => [s.id, s]));
      const images = await deps.media.byIds([
        ...new Set(found.hits.flatMap((h) => (h.imageId ? [h.imageId] : []))),
      ]);
      const results = found.hits.flatMap((h): SearchResult[] => {
        const s = byId.get(h.sectionId);
        if (!s) return [];
        return [
          {
            id: h.articleId,
            path: articlePath(s.slug, { id: h.articleId, slug: h.slug }),
            section: s,
            publishedAt: h.publishedAt,
            image: h.imageId ? images.get(h.imageId) : undefined,
            title: segmentsOf(h.title),
            snippet: segmentsOf(chooseSnippet(h.snippets, h.lead)),
          },
        ];
      });
      return {
        ...empty,
        total: found.total,
        more: found.more,
        pageCount: Math.ceil(found.total / SEARCH_PAGE_SIZE),
        results,
      };
    },
  };
}
