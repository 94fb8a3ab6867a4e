import { vnDayEnd, vnDayStart } from '../../lib/date-input.ts';
import { fold } from '../../lib/text.ts';
import { Validation } from '../../http/errors.ts';
import { articlePath } from '../article/article.ts';
import type { Media } from '../media/media.ts';
import type { MediaRepository } from '../media/media.repository.ts';
import { sectionSubtreeIds, type Section } from '../site/site.ts';
import type { SiteService } from '../site/site.service.ts';
import { chooseSnippet, parseQuery, segmentsOf, type SearchTerm, type Segment } from './search.ts';
import type { SearchIndex } from './search-index.ts';
import { exactKeysOf } from './search-rank.ts';
import { corrections, Vocabulary } from './search-suggest.ts';
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
  /**
   * When the query as typed found nothing and a correction did: the corrected query, whose
   * results these are ("Đang hiển thị kết quả cho …").
   */
  correctedTo?: string;
  /** Closest searches to offer ("Có phải bạn muốn tìm"), when nothing (else) was found. */
  suggestions: string[];
}

/** One suggestion while typing: an article or a section, with where it leads. */
export interface TypeaheadItem {
  kind: 'bai-viet' | 'chuyen-muc' | 'van-ban';
  /** Plain text (the page renders it as text, never as HTML). */
  title: string;
  path: string;
  /** The article's section name; empty for a section; "Văn bản" for a document. */
  section: string;
}

/** Văn bản (modules/document) as the typeahead suggests them: already formatted, per site. */
export interface TypeaheadDocuments {
  suggest(q: string): Promise<{ title: string; path: string }[]>;
}

/** Suggestions shown while typing: at most this many articles and sections. */
export const TYPEAHEAD_ARTICLES = 6;
const TYPEAHEAD_SECTIONS = 3;

/** How many of the newest articles' headlines make the vocabulary of corrections. */
export const VOCABULARY_ARTICLES = 20_000;
/** How long a vocabulary is used before it is rebuilt from the newest headlines. */
const VOCABULARY_TTL_MS = 10 * 60_000;

/** Public article search: parses the query, applies filters, loads what the results show. */
export function searchService(deps: {
  index: SearchIndex;
  site: SiteService;
  media: MediaRepository;
  clock?: () => Date;
  /** Documents suggested after the articles (optional: the search works without them). */
  documents?: TypeaheadDocuments;
}) {
  const now = deps.clock ?? (() => new Date());
  let vocab: { at: number; value: Promise<Vocabulary> } | undefined;
  let rebuilding = false;
  /**
   * The vocabulary of corrections: built on first need, then rebuilt in the background when
   * older than VOCABULARY_TTL_MS (the old one answers meanwhile). Only searches that miss use it.
   */
  function vocabulary(): Promise<Vocabulary> {
    const t = now().getTime();
    const build = () =>
      deps.index.headlines(now(), VOCABULARY_ARTICLES).then((texts) => new Vocabulary(texts));
    if (!vocab) {
      const value = build();
      vocab = { at: t, value };
      value.catch(() => (vocab = undefined));
    } else if ((t - vocab.at > VOCABULARY_TTL_MS || t < vocab.at) && !rebuilding) {
      rebuilding = true;
      build()
        .then((v) => (vocab = { at: t, value: Promise.resolve(v) }))
        .catch(() => {})
        .finally(() => (rebuilding = false));
    }
    return vocab.value;
  }

  /**
   * Corrected queries (in the site's spelling) for a query that found nothing, and whether the
   * first may be searched instead: only when a typed word is unknown to the site (a real
   * misspelling, or telex), never for a query of known words that just matched nothing.
   */
  async function suggest(q: string): Promise<{ suggestions: string[]; confident: boolean }> {
    const typed = parseQuery(q).flatMap((t) => t.words);
    const v = await vocabulary();
    return {
      suggestions: corrections(typed, v).map((words) => v.display(words)),
      confident: typed.some((w) => !v.words.has(w)),
    };
  }

  /** Searches exactly what was typed (no correction). */
  async function searchAsTyped(input: SearchInput): Promise<SearchOutcome> {
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
      suggestions: [] as string[],
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
      exactKeys: exactKeysOf(input.q),
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
  }

  return {
    /**
     * Searches public articles; throws Validation for a section that does not exist. When the
     * query finds nothing, the closest corrected query is searched instead (and said so), and
     * other corrections are offered.
     */
    async search(input: SearchInput): Promise<SearchOutcome> {
      const found = await searchAsTyped(input);
      if (found.total > 0 || !found.terms.length) return found;
      const { suggestions, confident } = await suggest(input.q);
      const first = suggestions[0];
      if (confident && first !== undefined) {
        const alt = await searchAsTyped({ ...input, q: first });
        if (alt.total > 0) return { ...alt, correctedTo: first, suggestions: suggestions.slice(1) };
      }
      return { ...found, suggestions };
    },

    searchAsTyped,

    /**
     * Suggestions while typing: sections whose name holds what was typed, then the best
     * matching articles, the last word read as the start of a word ("dao tao c" → cán, chính…).
     */
    async typeahead(q: string): Promise<TypeaheadItem[]> {
      const terms = parseQuery(q);
      const last = terms[terms.length - 1];
      if (!last || fold(q).replace(/[^\p{L}\p{N}]/gu, '').length < 2) return [];
      const sections = await deps.site.sections();
      const key = terms.flatMap((t) => t.words).join(' ');
      const matchingSections = sections
        .filter(
          (s) =>
            s.kind === 'articles' &&
            fold(s.name)
              .split(/[^\p{L}\p{N}]+/u)
              .join(' ')
              .includes(key),
        )
        .slice(0, TYPEAHEAD_SECTIONS)
        .map((s): TypeaheadItem => ({
          kind: 'chuyen-muc',
          title: s.name,
          path: `/${s.slug}`,
          section: '',
        }));
      const found = await deps.index.search({
        terms: [...terms.slice(0, -1), { ...last, prefix: !/\s$/.test(q) || last.prefix }],
        now: now(),
        limit: TYPEAHEAD_ARTICLES,
        offset: 0,
        exactKeys: exactKeysOf(q),
      });
      const byId = new Map(sections.map((s) => [s.id, s]));
      const articles = found.hits.flatMap((h): TypeaheadItem[] => {
        const s = byId.get(h.sectionId);
        if (!s) return [];
        return [
          {
            kind: 'bai-viet',
            title: segmentsOf(h.title)
              .map((x) => x.text)
              .join(''),
            path: articlePath(s.slug, { id: h.articleId, slug: h.slug }),
            section: s.name,
          },
        ];
      });
      const documents = deps.documents
        ? (await deps.documents.suggest(q)).map((d): TypeaheadItem => ({
            kind: 'van-ban',
            title: d.title,
            path: d.path,
            section: 'Văn bản',
          }))
        : [];
      return [...matchingSections, ...articles, ...documents];
    },
  };
}
