import type { Generated } from 'kysely';

/** `article`: a news article; times are ISO-8601 UTC strings. */
export interface ArticleTable {
  id: Generated<number>;
  sectionId: number;
  slug: string;
  title: string;
  lead: Generated<string>;
  /** Sanitised HTML, produced only by lib/html.ts sanitizeBody. */
  bodyHtml: Generated<string>;
  byline: Generated<string>;
  status: Generated<string>;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  readCount: Generated<number>;
  featured: Generated<number>;
  imageId: number | null;
}

/** `tag`: a free keyword attached to articles. */
export interface TagTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

/** `article_tag`: the article ↔ tag link. */
export interface ArticleTagTable {
  articleId: number;
  tagId: number;
}
