/** Where an album stands in the workflow (the article workflow without scheduling). */
export type AlbumStatus = 'draft' | 'review' | 'approval' | 'published' | 'withdrawn';

export const ALBUM_STATUSES: readonly AlbumStatus[] = [
  'draft',
  'review',
  'approval',
  'published',
  'withdrawn',
];

/** Vietnamese names of the states. */
export const ALBUM_STATUS_LABELS: Record<AlbumStatus, string> = {
  draft: 'Bản nháp',
  review: 'Chờ biên tập',
  approval: 'Chờ duyệt',
  published: 'Đã xuất bản',
  withdrawn: 'Đã gỡ',
};

/** A photo album as the rest of the app sees it. */
export interface Album {
  id: number;
  slug: string;
  title: string;
  description: string;
  /** "YYYY-MM-DD" or ''. */
  takenOn: string;
  /** The map unit's 5-digit code or ''. */
  unitCode: string;
  credit: string;
  tags: string[];
  eventThreadId: number | null;
  coverItemId: number | null;
  status: AlbumStatus;
  authorId: number | null;
  /** The latest public correction notice, or the reason of a withdrawal. */
  correction: string;
  version: number;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One photo of an album: a library image and the text of this use. */
export interface AlbumItem {
  id: number;
  albumId: number;
  mediaId: number;
  position: number;
  caption: string;
  credit: string;
  alt: string;
}

/** Most photos one album holds. */
export const MAX_ITEMS = 200;

/** Public address of an album. */
export function albumHref(a: Pick<Album, 'slug' | 'id'>): string {
  return `/thu-vien-anh/${a.slug}-${a.id}`;
}

/** Parses "<slug>-<id>" from an album address; undefined when it has no usable id. */
export function parseAlbumSegment(segment: string): { slug: string; id: number } | undefined {
  const m = /^(?:([a-z0-9-]*)-)?([0-9]{1,9})$/.exec(segment);
  if (!m) return undefined;
  const id = Number(m[2]);
  return id > 0 ? { slug: m[1] ?? '', id } : undefined;
}

/** "2026-12-01" → "01/12/2026" ('' stays ''). */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-');
  return day ? `${d}/${m}/${y}` : '';
}

/** Labels typed as "a, b, c": NFC, trimmed, unique (ignoring case), at most 20 of 60 characters. */
export function parseTags(raw: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of raw.normalize('NFC').split(',')) {
    const t = part.replace(/\s+/g, ' ').trim().slice(0, 60);
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
    if (out.length === 20) break;
  }
  return out;
}

/** Why an album cannot be published yet ([] when it can): photos, each with its alt text. */
export function publishProblems(items: Pick<AlbumItem, 'alt'>[]): string[] {
  const out: string[] = [];
  if (items.length === 0) out.push('Album chưa có ảnh nào.');
  const missing = items.filter((i) => !i.alt.trim()).length;
  if (missing) out.push(`${missing} ảnh chưa có mô tả ảnh (alt) — bắt buộc để xuất bản.`);
  return out;
}
