import {
  DEFAULT_SETTINGS,
  sectionTree,
  type Page,
  type PageLink,
  type Section,
  type SectionNode,
  type SiteSettings,
} from './site.ts';
import type { SiteRepository } from './site.repository.ts';

/** Settings, sections and static pages for the public site. */
export function siteService(repo: SiteRepository) {
  return {
    async settings(): Promise<SiteSettings> {
      const stored = await repo.settings();
      const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
      for (const key of Object.keys(DEFAULT_SETTINGS)) {
        const v = stored[key];
        if (typeof v === typeof merged[key]) merged[key] = v;
      }
      return merged as unknown as SiteSettings;
    },
    async saveSettings(patch: Partial<SiteSettings>): Promise<void> {
      for (const [key, value] of Object.entries(patch)) await repo.putSetting(key, value);
    },
    sections: (): Promise<Section[]> => repo.sections(),
    async menu(): Promise<SectionNode[]> {
      return sectionTree(await repo.sections());
    },
    /** A static page by its section and page slugs, with the section. */
    async page(
      sectionSlug: string,
      pageSlug: string,
    ): Promise<{ section: Section; page: Page; siblings: Page[] } | undefined> {
      const section = (await repo.sections()).find(
        (s) => s.slug === sectionSlug && s.kind === 'pages',
      );
      if (!section) return undefined;
      const siblings = await repo.pagesOf(section.id);
      const page = siblings.find((p) => p.slug === pageSlug);
      return page && { section, page, siblings };
    },
    pagesOf: (sectionId: number): Promise<Page[]> => repo.pagesOf(sectionId),
    pageLinks: (): Promise<PageLink[]> => repo.pageLinks(),
  };
}

export type SiteService = ReturnType<typeof siteService>;
