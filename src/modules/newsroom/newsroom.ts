import type { ArticleStatus } from '../article/article.ts';

/** Everything an editor can change on an article (one revision snapshot). */
export interface ArticleDraft {
  title: string;
  lead: string;
  /** Sanitised HTML (the rendering source of truth). */
  bodyHtml: string;
  /** The editor's structured document (ProseMirror JSON), when written with the rich editor. */
  bodyJson: string | null;
  byline: string;
  sectionId: number;
  secondarySectionIds: number[];
  tags: string[];
  eventName: string;
  authorIds: number[];
  sourceName: string;
  sourceUrl: string;
  sourceDate: Date | null;
  imageId: number | null;
  seoTitle: string;
  seoDescription: string;
  /** Posting time shown on the page; empty means "when published". */
  publishedAt: Date | null;
  featured: boolean;
}

/** A revision as listed. */
export interface Revision {
  id: number;
  articleId: number;
  number: number;
  createdAt: Date;
  accountName: string;
  reason: string;
  snapshot: ArticleDraft;
}

/** Why a revision was written. */
export const REVISION_REASONS: Record<string, string> = {
  create: 'Tạo bài',
  save: 'Lưu',
  autosave: 'Tự động lưu',
  correction: 'Đính chính',
  restore: 'Khôi phục phiên bản',
  submit: 'Gửi biên tập',
  forward: 'Chuyển duyệt',
  return: 'Trả lại',
  publish: 'Xuất bản',
};

/** A workflow note (Trả lại, Đính chính, Gỡ bài…). */
export interface ArticleNote {
  id: number;
  kind: string;
  text: string;
  accountName: string;
  fromStatus: ArticleStatus | '';
  toStatus: ArticleStatus | '';
  createdAt: Date;
}

/** A row of the newsroom queue. */
export interface QueueItem {
  id: number;
  title: string;
  status: ArticleStatus;
  sectionId: number;
  authorName: string;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  readCount: number;
}

/** Filters of the queue page. */
export interface QueueFilter {
  statuses?: ArticleStatus[];
  sectionIds?: number[];
  authorId?: number;
  from?: Date;
  to?: Date;
  /** Folded title search. */
  q?: string;
  /** Drafts shown: only `authorId`'s own, except in `openSectionIds` (all drafts there). */
  drafts?: { authorId: number; openSectionIds: number[] };
  limit: number;
  offset: number;
}
