import type { Generated } from 'kysely';

/** `setting`: one JSON value per key (site name, footer fields, …). */
export interface SettingTable {
  /** The site that owns this row (1: the province). */
  siteId: number;
  key: string;
  value: string;
}

/** `section`: the site's sections (chuyên mục), a tree via parent_id. */
export interface SectionTable {
  /** The site that owns this row (1: the province). */
  siteId: number;
  id: Generated<number>;
  parentId: number | null;
  slug: string;
  name: string;
  description: Generated<string>;
  /** 'articles' lists articles; 'pages' holds static pages (Giới thiệu). */
  kind: Generated<string>;
  position: Generated<number>;
  showOnHome: Generated<number>;
  createdAt: string;
}

/** `page`: a static page inside a 'pages' section. */
export interface PageTable {
  id: Generated<number>;
  sectionId: number;
  slug: string;
  title: string;
  bodyHtml: string;
  position: Generated<number>;
  updatedAt: string;
}

/** `menu_item`: one entry of the main or footer menu (a tree via parent_id). */
export interface MenuItemTable {
  /** The site that owns this row (1: the province). */
  siteId: number;
  id: Generated<number>;
  /** 'main' | 'footer'. */
  menu: string;
  parentId: number | null;
  position: Generated<number>;
  /** Empty: the target's own name (a renamed section renames its menu entry). */
  label: Generated<string>;
  /** 'home' | 'section' | 'page' | 'map' | 'url'. */
  kind: string;
  /** Section or page id, for those kinds. */
  targetId: number | null;
  url: Generated<string>;
  newTab: Generated<number>;
}

/** `page_translation`: a static page in another language (English), per site. */
export interface PageTranslationTable {
  pageId: number;
  /** 'en'. */
  language: string;
  siteId: number;
  title: string;
  bodyHtml: string;
  updatedAt: string;
  /** The Vietnamese page's `updated_at` when this translation was saved (another one now: stale). */
  sourceUpdatedAt: string;
}
