import type { Generated } from 'kysely';

/** `media`: an uploaded file; `variants` is JSON of MediaVariant[]. */
export interface MediaTable {
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
}
