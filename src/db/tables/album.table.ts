import type { Generated } from 'kysely';

/** `album`: a photo album, through the article workflow (modules/album). */
export interface AlbumTable {
  /** The site that owns this row. */
  siteId: number;
  id: Generated<number>;
  slug: string;
  title: string;
  description: Generated<string>;
  /** "YYYY-MM-DD" or ''. */
  takenOn: Generated<string>;
  /** A map unit's 5-digit code or ''. */
  unitCode: Generated<string>;
  credit: Generated<string>;
  /** Comma-separated labels. */
  tags: Generated<string>;
  eventThreadId: number | null;
  coverItemId: number | null;
  /** draft | review | approval | published | withdrawn. */
  status: Generated<string>;
  authorId: number | null;
  correction: Generated<string>;
  version: Generated<number>;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `album_item`: one photo of an album, in order, with the text of this use. */
export interface AlbumItemTable {
  siteId: number;
  id: Generated<number>;
  albumId: number;
  mediaId: number;
  position: Generated<number>;
  caption: Generated<string>;
  credit: Generated<string>;
  alt: Generated<string>;
}

/** `hub`: a Chuyên đề page over an event thread (modules/hub). */
export interface HubTable {
  siteId: number;
  id: Generated<number>;
  slug: string;
  title: string;
  intro: Generated<string>;
  bannerKey: Generated<string>;
  bannerWidth: Generated<number>;
  bannerHeight: Generated<number>;
  bannerAlt: Generated<string>;
  eventThreadId: number | null;
  /** "YYYY-MM-DD" or ''. */
  startsOn: Generated<string>;
  endsOn: Generated<string>;
  /** active | archived. */
  status: Generated<string>;
  position: Generated<number>;
  /** A key of the theme's accent list ('' = the site's colour). */
  accent: Generated<string>;
  createdAt: string;
  updatedAt: string;
}

/** `video`: a captioned video through the article workflow (modules/video). */
export interface VideoTable {
  siteId: number;
  id: Generated<number>;
  slug: string;
  title: string;
  description: Generated<string>;
  mediaId: number | null;
  posterMediaId: number | null;
  captionsKey: Generated<string>;
  transcript: Generated<string>;
  durationSeconds: Generated<number>;
  credit: Generated<string>;
  eventThreadId: number | null;
  status: Generated<string>;
  authorId: number | null;
  correction: Generated<string>;
  version: Generated<number>;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The video's page on an allowed external host ('' when none). */
  externalUrl: Generated<string>;
}
