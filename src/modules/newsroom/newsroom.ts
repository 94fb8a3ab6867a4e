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

/** An article on someone's work list, with the step that put it there. */
export interface WorkItem extends QueueItem {
  /** The latest workflow note (e.g. the editor's reason for returning it). */
  note?: ArticleNote;
}

/** A work list: the first items (oldest waiting first) and how many there are in all. */
export interface WorkList {
  items: WorkItem[];
  total: number;
}

/**
 * "Việc của tôi": what waits for one person on the working site. Lists the person's role cannot
 * act on are absent (a reporter has no approval list).
 */
export interface MyWork {
  /** The person's own drafts sent back by an editor, with the note. */
  returned: WorkList;
  /** The person's other drafts. */
  drafts: WorkList;
  /** Submitted articles waiting for an editor, in the person's sections. */
  toEdit?: WorkList;
  /** Forwarded articles waiting for approval, in the person's sections. */
  toApprove?: WorkList;
  /** Articles that will publish at a set time (the person's own, or in the sections they schedule). */
  scheduled: WorkList;
}
