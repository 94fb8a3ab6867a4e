import { Readable, Transform } from 'node:stream';
import type * as Sdk from '@aws-sdk/client-s3';
import { assertSafeKey, StorageError, type FileStorage } from './storage.ts';

/** Where the objects are: any store speaking the S3 protocol (AWS, a Vietnamese cloud, MinIO…). */
export interface S3StorageOptions {
  /** The store's address (`https://s3.example.vn`); none: AWS itself, from the region. */
  endpoint?: string;
  bucket: string;
  region: string;
  /** Folder inside the bucket holding the keys (`portal/`), or '' for the bucket's root. */
  prefix: string;
  /** Both or neither: none takes the SDK's usual sources (environment, instance role). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `endpoint/bucket/key` addresses rather than `bucket.endpoint/key` (most on-premise stores). */
  forcePathStyle: boolean;
  /** How long a request may take before the store counts as unreachable, in ms. */
  timeoutMs?: number;
}

/** Whether a key may name a stored file (reads of any other answer "none"; writes throw). */
function isSafe(key: string): boolean {
  try {
    assertSafeKey(key);
    return true;
  } catch {
    return false;
  }
}

/** Skips `skip` bytes of a stream, then passes on `take` bytes and ends. */
function slice(skip: number, take: number): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (take <= 0) return done();
      const from = Math.min(skip, chunk.length);
      skip -= from;
      const part = chunk.subarray(from, from + take);
      take -= part.length;
      done(null, part.length ? part : undefined);
    },
  });
}

let loading: Promise<typeof Sdk> | undefined;
/**
 * The AWS SDK, loaded on the first use of an S3 store: an install on the local disk never pays
 * for it (about 0.3 s and 20 MB at start).
 */
const sdk = (): Promise<typeof Sdk> => (loading ??= import('@aws-sdk/client-s3'));

/** Whether the store answered that the object (or its bucket) is not there. */
function isMissing(err: unknown): boolean {
  if (!(err instanceof Error) || !('$metadata' in err)) return false; // not the store's answer
  const meta = err.$metadata as { httpStatusCode?: number } | undefined;
  return (
    err.name === 'NotFound' ||
    err.name === 'NoSuchKey' ||
    meta?.httpStatusCode === 404 ||
    // A ranged read past the end of an object that shrank (never, keys are content-hashed).
    err.name === 'InvalidRange'
  );
}

/**
 * Files as objects of an S3-compatible bucket. A PUT is atomic (the object appears whole or
 * not at all), so nothing is ever half written; every failure to reach or use the store is a
 * StorageError, which callers tell a person about rather than answering 500.
 */
export function s3Storage(opts: S3StorageOptions): FileStorage {
  let connecting: Promise<{ s3: Sdk.S3Client; m: typeof Sdk }> | undefined;
  const connect = async (): Promise<{ s3: Sdk.S3Client; m: typeof Sdk }> => {
    const m = await sdk();
    const s3 = new m.S3Client({
      endpoint: opts.endpoint,
      region: opts.region,
      forcePathStyle: opts.forcePathStyle,
      credentials:
        opts.accessKeyId && opts.secretAccessKey
          ? { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey }
          : undefined,
      // Checksums only where S3 requires them: the default trailing CRC32 (aws-chunked
      // uploads) is not understood by many S3-compatible stores.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 2,
      requestHandler: {
        connectionTimeout: Math.min(opts.timeoutMs ?? 10_000, 5000),
        requestTimeout: opts.timeoutMs ?? 10_000,
        // A video being watched holds its connection for as long as it streams: room for many
        // readers (the SDK's default is 50) before other reads queue.
        httpAgent: { keepAlive: true, maxSockets: 256 },
        httpsAgent: { keepAlive: true, maxSockets: 256 },
      },
    });
    return { s3, m };
  };
  const client = () => (connecting ??= connect());
  const Bucket = opts.bucket;
  const prefix = opts.prefix;
  const Key = (key: string): string => {
    assertSafeKey(key);
    return `${prefix}${key}`;
  };
  /** Runs a store call; a failure other than "not there" becomes a StorageError. */
  const call = async <T>(
    key: string,
    fn: (c: { s3: Sdk.S3Client; m: typeof Sdk }) => Promise<T>,
    missing: T,
  ): Promise<T> => {
    try {
      return await fn(await client());
    } catch (err) {
      if (isMissing(err)) return missing;
      throw new StorageError(key, err);
    }
  };

  return {
    async put(key, data) {
      const k = Key(key);
      try {
        const { s3, m } = await client();
        await s3.send(
          new m.PutObjectCommand({ Bucket, Key: k, Body: data, ContentLength: data.length }),
        );
      } catch (err) {
        throw new StorageError(key, err); // a missing bucket too
      }
    },
    async has(key) {
      if (!isSafe(key)) return false;
      const k = Key(key);
      return call(
        key,
        async ({ s3, m }) => (await s3.send(new m.HeadObjectCommand({ Bucket, Key: k })), true),
        false,
      );
    },
    async get(key) {
      if (!isSafe(key)) return undefined;
      const k = Key(key);
      return call(
        key,
        async ({ s3, m }) => {
          const r = await s3.send(new m.GetObjectCommand({ Bucket, Key: k }));
          return r.Body ? Buffer.from(await r.Body.transformToByteArray()) : Buffer.alloc(0);
        },
        undefined,
      );
    },
    async remove(key) {
      const k = Key(key);
      await call(
        key,
        ({ s3, m }) => s3.send(new m.DeleteObjectCommand({ Bucket, Key: k })),
        undefined,
      );
    },
    async *keys() {
      // ListObjects (version 1) paged by Marker, the last key seen: the listing every
      // S3-compatible store pages alike (s3rver, the tests' server, cannot page version 2).
      let marker: string | undefined;
      for (;;) {
        const page = await call(
          prefix || '(bucket)',
          ({ s3, m }) =>
            s3.send(
              new m.ListObjectsCommand({ Bucket, Prefix: prefix || undefined, Marker: marker }),
            ),
          undefined,
        );
        if (!page) return; // no bucket: nothing stored
        const contents = page.Contents ?? [];
        for (const o of contents) {
          const key = o.Key?.slice(prefix.length);
          if (key) yield key;
        }
        marker = contents.at(-1)?.Key;
        if (!page.IsTruncated || !marker) return;
      }
    },
    async stat(key) {
      if (!isSafe(key)) return undefined;
      const k = Key(key);
      return call(
        key,
        async ({ s3, m }) => {
          const r = await s3.send(new m.HeadObjectCommand({ Bucket, Key: k }));
          return { size: r.ContentLength ?? 0, modified: r.LastModified ?? new Date(0) };
        },
        undefined,
      );
    },
    async stream(key, range) {
      if (!isSafe(key)) return undefined;
      const k = Key(key);
      return call(
        key,
        async ({ s3, m }) => {
          const r = await s3.send(
            new m.GetObjectCommand({
              Bucket,
              Key: k,
              Range: range ? `bytes=${range.start}-${range.end}` : undefined,
            }),
          );
          if (!r.Body) return Readable.from([]);
          // The SDK's body on Node is a Readable (the HTTP response), streamed on as it comes.
          const body =
            r.Body instanceof Readable
              ? r.Body
              : Readable.fromWeb(r.Body.transformToWebStream() as never);
          if (!range) return body;
          // A store may answer a range with more than was asked, or ignore it (HTTP allows a
          // 200 with the whole object): cut out exactly the bytes asked for.
          const sent = /^bytes (\d+)-(\d+)\//.exec(r.ContentRange ?? '');
          const from = sent ? Number(sent[1]) : 0;
          const to = sent ? Number(sent[2]) : from + (r.ContentLength ?? 0) - 1;
          if (from === range.start && to === range.end) return body;
          return body.pipe(slice(range.start - from, range.end - range.start + 1));
        },
        undefined,
      );
    },
    localPath(key) {
      assertSafeKey(key);
      return undefined;
    },
  };
}
