/** Where media files live: local disk by default; an S3-compatible store can implement the same. */
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
  /** Absolute path on local disk, for serving; undefined for remote stores. */
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
