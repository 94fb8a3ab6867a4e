import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';

/**
 * An S3-protocol server for the tests, started in this process: s3rver (npm, a devDependency),
 * which keeps objects in a temporary folder and checks AWS signatures. Each test file gets its
 * own server and bucket; `env()` is the app's configuration for it, with a folder of its own
 * (S3_PREFIX) when asked, so that two stores share one bucket as two sites would.
 *
 * Outside CI a missing s3rver skips the S3 tests with a warning; in CI (CI=true) it fails them.
 */
export interface TestS3 {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The app's environment for this store (MEDIA_STORE=s3 and the S3_* variables). */
  env(prefix?: string): Record<string, string>;
  /** A bucket of its own, for a test that needs an empty store. */
  newBucket(): Promise<string>;
  stop(): Promise<void>;
}

/** s3rver's fixed credentials (it accepts only these). */
export const S3_KEY = 'S3RVER';
export const S3_SECRET = 'S3RVER';

/**
 * Starts the tests' S3 server, or uses the one at TEST_S3_ENDPOINT (any S3-compatible store, e.g.
 * `moto_server -p 5000` or MinIO, with TEST_S3_ACCESS_KEY_ID / TEST_S3_SECRET_ACCESS_KEY, default
 * `test`): the same tests then run against it.
 */
export async function startS3(): Promise<TestS3 | undefined> {
  const external = process.env.TEST_S3_ENDPOINT;
  if (external) {
    const key = process.env.TEST_S3_ACCESS_KEY_ID ?? 'test';
    const secret = process.env.TEST_S3_SECRET_ACCESS_KEY ?? 'test';
    return serving(external, key, secret, async () => undefined);
  }
  let S3rver: new (o: Record<string, unknown>) => {
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  };
  try {
    S3rver = createRequire(import.meta.url)('s3rver') as never;
  } catch (err) {
    if (process.env.CI === 'true') throw err;
    console.warn('s3rver is not installed: the S3 media store tests are skipped');
    return undefined;
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
  });
  const { port } = await server.run();
  return serving(`http://127.0.0.1:${port}`, S3_KEY, S3_SECRET, async () => {
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  });
}

async function serving(
  endpoint: string,
  accessKeyId: string,
  secretAccessKey: string,
  close: () => Promise<void>,
): Promise<TestS3> {
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
  });
  const bucket = 'portal-media';
  await client.send(new CreateBucketCommand({ Bucket: bucket })).catch((err: unknown) => {
    if (!/BucketAlready/.test((err as Error).name)) throw err;
  });
  let n = 0;
  const env = (bucket: string, prefix = '') => ({
    MEDIA_STORE: 's3',
    S3_ENDPOINT: endpoint,
    S3_BUCKET: bucket,
    S3_REGION: 'us-east-1',
    S3_PREFIX: prefix,
    S3_ACCESS_KEY_ID: accessKeyId,
    S3_SECRET_ACCESS_KEY: secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  });
  return {
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    env: (prefix) => env(bucket, prefix),
    async newBucket() {
      const name = `portal-${process.pid}-${Date.now().toString(36)}-${++n}`;
      await client.send(new CreateBucketCommand({ Bucket: name }));
      return name;
    },
    async stop() {
      client.destroy();
      await close();
    },
  };
}
