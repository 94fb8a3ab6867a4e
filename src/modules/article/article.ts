/** Workflow states (PRODUCT.md §3); the public site shows only 'published'. */
export type ArticleStatus =
  'draft' | 'review' | 'approval' | 'scheduled' | 'published' | 'unpublished' | 'withdrawn';

/** State names as the newsroom reads them. */
export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Nháp',
  review: 'Chờ biên tập',
  approval: 'Chờ duyệt',
  scheduled: 'Hẹn giờ đăng',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ theo lịch',
  withdrawn: 'Đã gỡ bài',
};

/** An article as the rest of the app sees it. */
export interface Article {
  id: number;
  sectionId: number;
  slug: string;
  title: string;
  lead: string;
  /** Sanitised HTML (lib/html.ts); rendered raw. */
  bodyHtml: string;
  byline: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  readCount: number;
  featured: boolean;
  imageId: number | null;
  authorId: number | null;
  eventId: number | null;
  sourceName: string;
  sourceUrl: string;
  sourceDate: Date | null;
  seoTitle: string;
  seoDescription: string;
  scheduledAt: Date | null;
  unpublishAt: Date | null;
  withdrawnAt: Date | null;
  withdrawnReason: string;
  lockAccountId: number | null;
  lockUntil: Date | null;
  version: number;
  /** A copy republished from a commune's site (Tin cơ sở): the original article's id. */
  originId?: number | null;
}

/** Canonical public path of an article: the section slug, the title slug and the stable id. */
export function articlePath(sectionSlug: string, a: Pick<Article, 'id' | 'slug'>): string {
  return `/${sectionSlug}/${a.slug}-${a.id}`;
}

/** Splits the last path segment "slug-123" into slug and id; undefined when it has no id. */
export function parseArticleSegment(segment: string): { slug: string; id: number } | undefined {
  const m = /^([a-z0-9-]*?)-?(\d{1,9})$/.exec(segment);
  if (!m?.[2]) return undefined;
  return { slug: m[1] ?? '', id: Number(m[2]) };
}
