import type { Readable } from 'node:stream';

/** What a stored file is, for serving it: its size and when it was written. */
export interface StoredFile {
  size: number;
  modified: Date;
}

/**
 * Where media files live: the local disk (storage.local.ts) or an S3-compatible object store
 * (storage.s3.ts), chosen by configuration (storage.open.ts). An unsafe key (assertSafeKey) is
 * refused: writes and `localPath` throw, reads answer "none" without touching the store. A store
 * that cannot be reached or written throws a StorageError.
 */
export interface FileStorage {
  /** Writes a file under `key` (a relative path with forward slashes). */
  put(key: string, data: Buffer): Promise<void>;
  /** Whether `key` exists. */
  has(key: string): Promise<boolean>;
  /** Reads a file, or undefined when there is none. */
  get(key: string): Promise<Buffer | undefined>;
  /** Removes a file (no error when there is none): undoes a write whose use failed. */
  remove(key: string): Promise<void>;
  /** Every stored key (backups walk the whole store), in no particular order. */
  keys(): AsyncIterable<string>;
  /** Size and time of a stored file, or undefined when there is none (serving; HEAD). */
  stat(key: string): Promise<StoredFile | undefined>;
  /**
   * The bytes `start`..`end` (inclusive; the whole file without a range) of a stored file as a
   * stream, or undefined when there is none: what `/media/*` sends, without reading it whole.
   */
  stream(key: string, range?: { start: number; end: number }): Promise<Readable | undefined>;
  /**
   * Absolute path on local disk, for tools that need a file (ffprobe, a backup's copy);
   * undefined for remote stores (callers then use `get`).
   */
  localPath(key: string): string | undefined;
}

/** Rejects keys that could escape the storage root. */
export function assertSafeKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9/_.-]*$/i.test(key) || key.includes('..') || key.includes('//')) {
    throw new Error(`Unsafe storage key: ${key}`);
  }
}

/**
 * The store could not write (disk full, permissions, the object store down): what callers tell
 * a person about, rather than a 500. Nothing is left half written.
 */
export class StorageError extends Error {
  constructor(
    readonly key: string,
    cause: unknown,
  ) {
    super(`Could not store ${key}`, { cause });
    this.name = 'StorageError';
  }
}
