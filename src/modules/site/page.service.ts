import type { UnitOfWork } from '../../db/transaction.ts';
import { Conflict, NotFound, Validation } from '../../http/errors.ts';
import { sanitizeBody } from '../../lib/html.ts';
import { cleanLine } from '../../lib/text.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SiteRepository } from './site.repository.ts';
import type { Page, PageTranslation, Section } from './site.ts';
import { say } from './site.messages.ts';

/** What static-page changes write through, bound to one transaction. */
export interface PageWrites {
  repo: SiteRepository;
  audit: AuditService;
}

/** A static page with its English translation, as the back office lists them. */
export interface PageEntry {
  section: Section;
  page: Page;
  english?: PageTranslation;
}

const TITLE_MAX = 200;
const BODY_MAX = 200_000;

/**
 * The current site's static pages (Giới thiệu: introduction, functions and tasks, organisation,
 * contacts) edited in the back office, and their English versions shown under /en/. Every save
 * is audited in its own transaction; a page saved by someone else meanwhile is a Conflict.
 */
export function pageService(deps: {
  repo: SiteRepository;
  tx: UnitOfWork<PageWrites>;
  clock: () => Date;
}) {
  const { repo, tx } = deps;

  function clean(title: string, bodyHtml: string): { title: string; bodyHtml: string } {
    const t = cleanLine(title);
    const errors: Record<string, string> = {};
    if (!t) errors.title = say('site.page_title_required').message;
    else if (t.length > TITLE_MAX) errors.title = say('site.page_title_long').message;
    if (bodyHtml.length > BODY_MAX) errors.bodyHtml = say('site.page_body_long').message;
    const body = sanitizeBody(bodyHtml);
    if (!errors.bodyHtml && !body.replace(/<[^>]+>/g, '').trim())
      errors.bodyHtml = say('site.page_body_required').message;
    if (Object.keys(errors).length) throw new Validation(errors);
    return { title: t, bodyHtml: body };
  }

  async function mustGet(id: number): Promise<Page> {
    const page = await repo.pageById(id);
    if (!page) throw new NotFound(say('site.page_not_found'));
    return page;
  }

  return {
    /** Every static page of the current site with its English version, section by section. */
    async list(): Promise<PageEntry[]> {
      const [sections, english] = await Promise.all([repo.sections(), repo.translations('en')]);
      const byPage = new Map(english.map((t) => [t.pageId, t]));
      const out: PageEntry[] = [];
      for (const section of sections.filter((s) => s.kind === 'pages'))
        for (const page of await repo.pagesOf(section.id))
          out.push({ section, page, english: byPage.get(page.id) });
      return out;
    },

    /** One page of the current site with its English version. */
    async get(id: number): Promise<PageEntry> {
      const page = await mustGet(id);
      const section = (await repo.sections()).find((s) => s.id === page.sectionId)!;
      const english = (await repo.translations('en')).find((t) => t.pageId === id);
      return { section, page, english };
    },

    /** Saves the Vietnamese page (sanitised); `seen` is the page's time when the form was opened. */
    async save(
      actor: Actor,
      id: number,
      title: string,
      bodyHtml: string,
      seen: Date,
    ): Promise<void> {
      const page = await mustGet(id);
      const v = clean(title, bodyHtml);
      await tx(async ({ repo, audit }) => {
        if (!(await repo.updatePage(id, v.title, v.bodyHtml, seen, deps.clock())))
          throw new Conflict(say('site.page_saved_elsewhere'));
        await audit.record(actor, 'page.updated', {
          type: 'page',
          id,
          summary: v.title,
          detail: { before: page.title },
        });
      });
    },

    /** Saves the English version of a page (it is then current with the Vietnamese page). */
    async saveEnglish(actor: Actor, id: number, title: string, bodyHtml: string): Promise<void> {
      const page = await mustGet(id);
      const v = clean(title, bodyHtml);
      await tx(async ({ repo, audit }) => {
        await repo.putTranslation(page, 'en', v.title, v.bodyHtml, deps.clock());
        await audit.record(actor, 'page.translated', {
          type: 'page',
          id,
          summary: `${page.title} → ${v.title}`,
        });
      });
    },

    /** The current site's English pages (for /en/), those whose page still exists. */
    async english(): Promise<{ page: Page; section: Section; english: PageTranslation }[]> {
      const entries = await this.list();
      return entries.flatMap((e) =>
        e.english ? [{ page: e.page, section: e.section, english: e.english }] : [],
      );
    },
  };
}

export type PageService = ReturnType<typeof pageService>;
