import type { Generated } from 'kysely';

/**
 * `media`: a library item. `variants` is JSON of MediaVariant[]; `search_text` is the folded
 * name, alt, caption and credit (diacritic-insensitive search on both databases).
 */
export interface MediaTable {
  /** The site that owns this row (1: the province). */
  siteId: number;
  id: Generated<number>;
  kind: Generated<string>;
  originalName: string;
  storageKey: string;
  mime: string;
  width: number | null;
  height: number | null;
  byteSize: number;
  alt: Generated<string>;
  caption: Generated<string>;
  credit: Generated<string>;
  variants: Generated<string>;
  createdAt: string;
  updatedAt: string | null;
  uploadedBy: number | null;
  searchText: Generated<string>;
}

/** `upload_intent`: files an unfinished upload may have written (modules/media, recoverUploads). */
export interface UploadIntentTable {
  id: Generated<number>;
  createdAt: string;
  /** JSON array of storage keys. */
  keys: string;
}

/** `media_rendition_queue`: images whose renditions the `media-renditions` job is still to make. */
export interface MediaRenditionQueueTable {
  mediaId: number;
  siteId: number;
  /** Storage key of the original (what pages show until the renditions exist). */
  sourceKey: string;
  /** Base key of the renditions (`<base>.jpg`, `<base>-480w.avif`, …). */
  baseKey: string;
  queuedAt: string;
  attempts: Generated<number>;
  lastError: Generated<string>;
}
