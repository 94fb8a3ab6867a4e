/** Workflow states; the public site shows only 'published'. */
export type ArticleStatus = 'draft' | 'published';

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
