import { siteOf } from '../../http/site.ts';
import { addressGroup, clientAddressOf } from '../../http/client-address.ts';
import { fixedWindowLimiter } from '../../http/rate-limit.ts';
import { SEARCH_MESSAGES as M } from './search.messages.ts';
import { Hono } from 'hono';
import { Validation } from '../../http/errors.ts';
import { renderPage } from '../../shell/render.ts';
import type { Config } from '../../config/config.ts';
import type { Shell } from '../../shell/shell.ts';
import type { SiteService } from '../site/site.service.ts';
import type { searchService } from './search.service.ts';
import { sectionTree, type SectionNode } from '../site/site.ts';
import { openSearchXml } from './search.opensearch.ts';
import { nfc } from '../../lib/text.ts';
import {
  FIELDS,
  MAX_QUERY,
  parseSearchForm,
  searchForm,
  type SearchForm,
} from './search.schema.ts';
import type { SearchOutcome } from './search.service.ts';
import { SearchPage, type SectionOption } from './views/search.page.tsx';
import { DocumentSearchGroup } from '../document/views/document.public.tsx';
import type { DocumentRecord } from '../document/document.ts';

/** What the search page uses. */
export interface SearchRouteDeps {
  search: ReturnType<typeof searchService>;
  site: SiteService;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
  /** Văn bản (modules/document): documents matching the query, exact numbers first. */
  documents?: { search(q: string, limit: number): Promise<DocumentRecord[]> };
  /** Suggestions per client (address group) per minute; more answer 429 (default TYPEAHEAD_PER_MINUTE). */
  typeaheadPerMinute?: number;
}

/**
 * Suggestions one client may ask for per minute. A reader typing sends at most a few a second
 * (public/site.js waits 200 ms after the last key), an office behind one address several
 * readers' worth; a script hammering the search through them is stopped.
 */
export const TYPEAHEAD_PER_MINUTE = 120;

/** Sections a search can be narrowed to, in menu order, children indented. */
function sectionOptions(tree: SectionNode[], depth = 0): SectionOption[] {
  return tree
    .filter((s) => s.kind === 'articles')
    .flatMap((s) => [
      { slug: s.slug, name: s.name, depth },
      ...sectionOptions(s.children, depth + 1),
    ]);
}

/** /tim-kiem?… for the given form values (empty ones left out) and page. */
function searchHref(
  form: SearchForm,
  page: number,
  keep: readonly string[] = Object.values(FIELDS),
): string {
  const params = new URLSearchParams();
  for (const name of keep) {
    const v = form[name as keyof SearchForm].trim();
    if (v && name !== FIELDS.page) params.set(name, v);
  }
  if (page > 1) params.set(FIELDS.page, String(page));
  return `/tim-kiem?${params.toString()}`;
}

/** Public search: the results page and the OpenSearch description for browsers. */
export function searchSiteRoutes(deps: SearchRouteDeps) {
  const app = new Hono();

  app.get('/tim-kiem', async (c) => {
    const form = searchForm((name) => c.req.query(name));
    const parsed = parseSearchForm(form);
    let errors: Record<string, string> = parsed.ok ? {} : parsed.errors;
    let outcome: SearchOutcome | undefined;
    const kind = parsed.ok ? parsed.value.kind : undefined;
    if (parsed.ok && parsed.value.q && kind !== 'van-ban') {
      try {
        outcome = await deps.search.search(parsed.value);
      } catch (err) {
        if (!(err instanceof Validation)) throw err;
        errors = err.fields;
      }
    }
    const sections = sectionOptions(sectionTree(await deps.site.sections()));
    const q = form[FIELDS.q].trim();
    // Văn bản found by number or by their files' text, on the first page of a search.
    // Only documents (loai=van-ban): more of them, and no articles.
    const documents =
      deps.documents &&
      parsed.ok &&
      parsed.value.q &&
      kind !== 'bai-viet' &&
      (outcome?.page ?? 1) === 1
        ? await deps.documents.search(parsed.value.q, kind === 'van-ban' ? 50 : 10)
        : [];
    const filtered = [FIELDS.section, FIELDS.from, FIELDS.to, FIELDS.kind].some(
      (f) => form[f].trim() !== '',
    );
    c.header('Cache-Control', 'no-cache');
    return renderPage(
      c,
      deps,
      (chrome) => (
        <SearchPage
          chrome={chrome}
          meta={{ title: q ? `Tìm kiếm: ${q}` : 'Tìm kiếm', noindex: true }}
          form={form}
          sections={sections}
          errors={errors}
          outcome={outcome}
          pageHref={(n) =>
            searchHref(
              outcome?.correctedTo ? { ...form, [FIELDS.q]: outcome.correctedTo } : form,
              n,
            )
          }
          unfilteredHref={searchHref(form, 1, [FIELDS.q])}
          queryHref={(s) => searchHref({ ...form, [FIELDS.q]: s }, 1)}
          kindHref={(k) => searchHref({ ...form, [FIELDS.kind]: k ?? '' }, 1)}
          kind={kind}
          kinds={deps.documents !== undefined}
          documentCount={documents.length}
          filtered={filtered}
          extra={<DocumentSearchGroup items={documents} q={q} />}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  });

  // Suggestions while typing (public/site.js): JSON, never an error page, whatever is sent.
  const typeaheadLimit = fixedWindowLimiter({
    limit: deps.typeaheadPerMinute ?? TYPEAHEAD_PER_MINUTE,
    windowMs: 60_000,
  });
  app.get('/tim-kiem/goi-y', async (c) => {
    if (!typeaheadLimit.allow(addressGroup(clientAddressOf(c)))) {
      c.header('Cache-Control', 'no-store');
      c.header('Retry-After', String(typeaheadLimit.retryAfter()));
      return c.json({ error: M['search.too_many_suggestions'], items: [] }, 429);
    }
    const raw = c.req.query(FIELDS.q) ?? '';
    if (raw.length > MAX_QUERY)
      return c.json({ error: `Từ khóa quá dài: tối đa ${MAX_QUERY} ký tự.`, items: [] }, 400);
    const items = await deps.search.typeahead(nfc(raw).replace(/\s+/g, ' ').trimStart());
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({ items });
  });

  app.get('/opensearch.xml', async (c) => {
    const settings = await deps.site.settings();
    c.header('Content-Type', 'application/opensearchdescription+xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(openSearchXml(siteOf(c).base, settings));
  });

  return app;
}
