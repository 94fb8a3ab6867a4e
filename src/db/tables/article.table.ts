import type { Generated } from 'kysely';

/** `article`: a news article; times are ISO-8601 UTC strings. */
export interface ArticleTable {
  /** A republished copy (Tin cơ sở): the original article on its own site. */
  originId: Generated<number | null>;
  /** The site that owns this row (1: the province). */
  siteId: number;
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
  authorId: number | null;
  eventId: number | null;
  bodyJson: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  sourceDate: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  scheduledAt: string | null;
  unpublishAt: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  lockAccountId: number | null;
  lockUntil: string | null;
  /** Bumped by every write; a save based on an older version is a conflict. */
  version: Generated<number>;
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

/** `article_section`: secondary sections an article also appears in. */
export interface ArticleSectionTable {
  articleId: number;
  sectionId: number;
}

/** `article_author`: staff accounts credited for an article. */
export interface ArticleAuthorTable {
  articleId: number;
  accountId: number;
}

/** `event_thread`: a dòng sự kiện grouping articles on one story. */
export interface EventThreadTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: Generated<string>;
  createdAt: string;
}

/** `article_revision`: a frozen snapshot of an article's editable fields (JSON). */
export interface ArticleRevisionTable {
  id: Generated<number>;
  articleId: number;
  number: number;
  createdAt: string;
  accountId: number | null;
  accountName: Generated<string>;
  reason: string;
  snapshot: string;
}

/** `article_note`: workflow notes ("Trả lại" notes, corrections, withdrawals). */
export interface ArticleNoteTable {
  id: Generated<number>;
  articleId: number;
  kind: string;
  text: string;
  accountId: number | null;
  accountName: Generated<string>;
  fromStatus: Generated<string>;
  toStatus: Generated<string>;
  createdAt: string;
}
