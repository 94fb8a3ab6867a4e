import { localStorage } from './storage.local.ts';
import { s3Storage, type S3StorageOptions } from './storage.s3.ts';
import type { FileStorage } from './storage.ts';

/** Which media store to use (config's `mediaStore`, from MEDIA_STORE and MEDIA_DIR / S3_*). */
export type MediaStoreOptions =
  { kind: 'local'; dir: string } | ({ kind: 's3' } & S3StorageOptions);

/** The media store the configuration names: the local disk, or an S3-compatible bucket. */
export function openStorage(opts: MediaStoreOptions): FileStorage {
  return opts.kind === 's3' ? s3Storage(opts) : localStorage(opts.dir);
}
