import type { Generated } from 'kysely';

/** `setting`: one JSON value per key (site name, footer fields, …). */
export interface SettingTable {
  key: string;
  value: string;
}

/** `section`: the site's sections (chuyên mục), a tree via parent_id. */
export interface SectionTable {
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
