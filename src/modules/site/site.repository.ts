import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type { Page, PageLink, PageTranslation, Section } from './site.ts';
import type { PageTable, SectionTable } from '../../db/tables/site.table.ts';

/** Maps a section row to the domain type. */
function toSection(row: Selectable<SectionTable>): Section {
  return {
    id: row.id,
    parentId: row.parentId,
    slug: row.slug,
    name: row.name,
    description: row.description,
    kind: row.kind === 'pages' ? 'pages' : 'articles',
    position: row.position,
    showOnHome: row.showOnHome === 1,
  };
}

/** Maps a page row to the domain type. */
function toPage(row: Selectable<PageTable>): Page {
  return { ...row, updatedAt: new Date(row.updatedAt) };
}

/** The only place that queries settings, sections and pages. */
export function siteRepository(db: Db) {
  const k = db.kysely;
  /** Ids of the current site's sections (pages belong to a site through their section). */
  const sectionsOfSite = () =>
    k.selectFrom('section').select('id').where('siteId', '=', currentSiteId());
  return {
    async settings(): Promise<Record<string, unknown>> {
      const rows = await k
        .selectFrom('setting')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .execute();
      return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
    },
    async putSetting(key: string, value: unknown): Promise<void> {
      const v = JSON.stringify(value);
      await k
        .insertInto('setting')
        .values({ siteId: currentSiteId(), key, value: v })
        .onConflict((oc) => oc.columns(['siteId', 'key']).doUpdateSet({ value: v }))
        .execute();
    },
    async sections(): Promise<Section[]> {
      const rows = await k
        .selectFrom('section')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toSection);
    },
    async insertSection(s: Omit<Section, 'id'>): Promise<number> {
      const row = await k
        .insertInto('section')
        .values({
          siteId: currentSiteId(),
          parentId: s.parentId,
          slug: s.slug,
          name: s.name,
          description: s.description,
          kind: s.kind,
          position: s.position,
          showOnHome: s.showOnHome ? 1 : 0,
          createdAt: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async pagesOf(sectionId: number): Promise<Page[]> {
      const rows = await k
        .selectFrom('page')
        .selectAll()
        .where('sectionId', '=', sectionId)
        .where('sectionId', 'in', sectionsOfSite())
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toPage);
    },
    /** Every page's id, section, slug and title (no body): what menus need. */
    async pageLinks(): Promise<PageLink[]> {
      return k
        .selectFrom('page')
        .select(['id', 'sectionId', 'slug', 'title', 'position'])
        .where('sectionId', 'in', sectionsOfSite())
        .orderBy('position')
        .orderBy('id')
        .execute();
    },
    /** One stored setting (parsed JSON), or undefined. */
    async setting(key: string): Promise<unknown> {
      const row = await k
        .selectFrom('setting')
        .select('value')
        .where('siteId', '=', currentSiteId())
        .where('key', '=', key)
        .executeTakeFirst();
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },
    async allPages(): Promise<Page[]> {
      const rows = await k
        .selectFrom('page')
        .selectAll()
        .where('sectionId', 'in', sectionsOfSite())
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toPage);
    },
    /** A page of the current site by id. */
    async pageById(id: number): Promise<Page | undefined> {
      const row = await k
        .selectFrom('page')
        .selectAll()
        .where('id', '=', id)
        .where('sectionId', 'in', sectionsOfSite())
        .executeTakeFirst();
      return row && toPage(row);
    },
    /** Saves a page's text if nobody saved it since `seen` (its updated time); false otherwise. */
    async updatePage(
      id: number,
      title: string,
      bodyHtml: string,
      seen: Date,
      at: Date,
    ): Promise<boolean> {
      const r = await k
        .updateTable('page')
        .set({ title, bodyHtml, updatedAt: at.toISOString() })
        .where('id', '=', id)
        .where('sectionId', 'in', sectionsOfSite())
        .where('updatedAt', '=', seen.toISOString())
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** The current site's translations into `language`, with their pages' times. */
    async translations(language: 'en'): Promise<PageTranslation[]> {
      const rows = await k
        .selectFrom('pageTranslation as t')
        .innerJoin('page as p', 'p.id', 't.pageId')
        .select([
          't.pageId',
          't.title',
          't.bodyHtml',
          't.updatedAt',
          't.sourceUpdatedAt',
          'p.updatedAt as pageUpdatedAt',
        ])
        .where('t.siteId', '=', currentSiteId())
        .where('t.language', '=', language)
        .execute();
      return rows.map((r) => ({
        pageId: r.pageId,
        language,
        title: r.title,
        bodyHtml: r.bodyHtml,
        updatedAt: new Date(r.updatedAt),
        stale: r.pageUpdatedAt !== r.sourceUpdatedAt,
      }));
    },
    async putTranslation(
      page: Page,
      language: 'en',
      title: string,
      bodyHtml: string,
      at: Date,
    ): Promise<void> {
      const values = {
        title,
        bodyHtml,
        updatedAt: at.toISOString(),
        sourceUpdatedAt: page.updatedAt.toISOString(),
      };
      await k
        .insertInto('pageTranslation')
        .values({ pageId: page.id, language, siteId: currentSiteId(), ...values })
        .onConflict((oc) => oc.columns(['pageId', 'language']).doUpdateSet(values))
        .execute();
    },
    async insertPage(p: Omit<Page, 'id' | 'updatedAt'>): Promise<number> {
      const row = await k
        .insertInto('page')
        .values({ ...p, updatedAt: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export type SiteRepository = ReturnType<typeof siteRepository>;
