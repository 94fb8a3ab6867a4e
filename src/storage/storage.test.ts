import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3 } from '../../test/support/s3-server.ts';
import { loadConfig } from '../config/config.ts';
import { localStorage } from './storage.local.ts';
import { openStorage } from './storage.open.ts';
import { s3Storage } from './storage.s3.ts';
import { StorageError, type FileStorage } from './storage.ts';

const s3 = await startS3();
afterAll(() => s3?.stop());

async function read(stream: Readable | undefined): Promise<string | undefined> {
  if (!stream) return undefined;
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('latin1');
}

async function allKeys(store: FileStorage): Promise<string[]> {
  const out: string[] = [];
  for await (const k of store.keys()) out.push(k);
  return out.sort();
}

/** A port on loopback where nothing listens: a store that cannot be reached. */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

interface Subject {
  /** A new, empty store of this kind. */
  fresh(): Promise<FileStorage>;
  /** A store of this kind whose every write fails. */
  broken(): Promise<FileStorage>;
  remote: boolean;
}

const subjects: [string, Subject | undefined][] = [
  [
    'the local disk',
    {
      remote: false,
      fresh: async () => localStorage(await fs.mkdtemp(path.join(os.tmpdir(), 'portal-store-'))),
      async broken() {
        // Its root is a file: no folder can be made under it.
        const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'portal-store-')), 'x');
        await fs.writeFile(file, '');
        return localStorage(file);
      },
    },
  ],
  [
    `an S3-compatible store (${process.env.TEST_S3_ENDPOINT ?? 's3rver'})`,
    s3 && {
      remote: true,
      // Each store a folder (S3_PREFIX) of one bucket, as configured: also proves prefixes isolate.
      fresh: async () =>
        openStorage(
          loadConfig({ ...s3.env(`t${Math.random().toString(36).slice(2)}/`) }).mediaStore,
        ),
      broken: async () =>
        s3Storage({
          endpoint: s3.endpoint,
          bucket: 'no-such-bucket',
          region: 'us-east-1',
          prefix: '',
          accessKeyId: s3.accessKeyId,
          secretAccessKey: s3.secretAccessKey,
          forcePathStyle: true,
        }),
    },
  ],
];

describe.each(subjects)('the media store contract on %s', (_name, subject) => {
  if (!subject) {
    it.skip('needs an S3-protocol server (s3rver)', () => undefined);
    return;
  }
  let store: FileStorage;
  beforeAll(async () => {
    store = await subject.fresh();
  });

  it('stores, reads, answers has(), overwrites and removes (idempotently)', async () => {
    expect(await allKeys(store)).toEqual([]);
    expect(await store.has('2026/12/a1/anh.jpg')).toBe(false);
    expect(await store.get('2026/12/a1/anh.jpg')).toBeUndefined();
    expect(await store.stat('2026/12/a1/anh.jpg')).toBeUndefined();
    expect(await store.stream('2026/12/a1/anh.jpg')).toBeUndefined();

    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10, 0x80, 0x7f, 0xfe]);
    await store.put('2026/12/a1/anh.jpg', bytes);
    expect(await store.has('2026/12/a1/anh.jpg')).toBe(true);
    expect(await store.get('2026/12/a1/anh.jpg')).toEqual(bytes);
    const stat = await store.stat('2026/12/a1/anh.jpg');
    expect(stat?.size).toBe(8);
    expect(Math.abs(stat!.modified.getTime() - Date.now())).toBeLessThan(120_000);

    await store.put('2026/12/a1/anh.jpg', Buffer.from('thay thế', 'utf8'));
    expect((await store.get('2026/12/a1/anh.jpg'))!.toString('utf8')).toBe('thay thế');

    await store.remove('2026/12/a1/anh.jpg');
    await store.remove('2026/12/a1/anh.jpg'); // no error the second time
    expect(await store.has('2026/12/a1/anh.jpg')).toBe(false);
    expect(await store.get('2026/12/a1/anh.jpg')).toBeUndefined();
  });

  it('streams a whole file and any byte range of it', async () => {
    const text = '0123456789abcdefghij';
    await store.put('range/so.vtt', Buffer.from(text));
    expect(await read(await store.stream('range/so.vtt'))).toBe(text);
    expect(await read(await store.stream('range/so.vtt', { start: 0, end: 0 }))).toBe('0');
    expect(await read(await store.stream('range/so.vtt', { start: 5, end: 9 }))).toBe('56789');
    expect(await read(await store.stream('range/so.vtt', { start: 15, end: 19 }))).toBe('fghij');
    // A large file is streamed in pieces, not cut short.
    const big = Buffer.alloc(3 * 1024 * 1024 + 7, 0x61);
    big[big.length - 1] = 0x7a;
    await store.put('range/lon.mp4', big);
    const tail = await read(
      await store.stream('range/lon.mp4', { start: big.length - 3, end: big.length - 1 }),
    );
    expect(tail).toBe('aaz');
    expect((await read(await store.stream('range/lon.mp4')))!.length).toBe(big.length);
    expect((await store.stat('range/lon.mp4'))!.size).toBe(big.length);
  });

  it('lists every key, nested or not, and nothing removed', async () => {
    const other = await subject.fresh();
    for (const k of ['a.jpg', 'x/b.webp', 'x/y/c.avif', 'x/y/d.pdf'])
      await other.put(k, Buffer.from(k));
    await other.remove('x/y/d.pdf');
    expect(await allKeys(other)).toEqual(['a.jpg', 'x/b.webp', 'x/y/c.avif']);
    // Another store (another folder of the bucket) sees none of them.
    expect(await allKeys(await subject.fresh())).toEqual([]);
  });

  it('lists more keys than one page of the store holds', async () => {
    const many = await subject.fresh();
    const keys = Array.from({ length: 1005 }, (_, i) => `n/${String(i).padStart(4, '0')}.jpg`);
    // 1005 keys: more than the 1000 a listing page holds.
    for (let i = 0; i < keys.length; i += 50)
      await Promise.all(keys.slice(i, i + 50).map((k) => many.put(k, Buffer.from('x'))));
    expect(await allKeys(many)).toEqual(keys);
  }, 120_000);

  it('refuses keys that could leave the store: writes throw, reads find nothing', async () => {
    await store.put('an-toan.jpg', Buffer.from('x'));
    for (const bad of [
      '../ngoai.jpg',
      'a/../../ngoai.jpg',
      '/tuyet-doi.jpg',
      'a//b.jpg',
      '.an.jpg',
      'a\\b.jpg',
      'a/b.jpg?x=1',
      'tệp.jpg',
      './an-toan.jpg',
      '',
    ]) {
      await expect(store.put(bad, Buffer.from('x')), bad).rejects.toThrow(/Unsafe storage key/);
      await expect(store.remove(bad), bad).rejects.toThrow(/Unsafe storage key/);
      expect(() => store.localPath(bad), bad).toThrow(/Unsafe storage key/);
      expect(await store.get(bad), bad).toBeUndefined();
      expect(await store.has(bad), bad).toBe(false);
      expect(await store.stat(bad), bad).toBeUndefined();
      expect(await store.stream(bad), bad).toBeUndefined();
    }
    expect(await store.has('an-toan.jpg')).toBe(true);
  });

  it('a store that cannot write throws a StorageError and keeps nothing', async () => {
    const broken = await subject.broken();
    const err = await broken.put('2026/12/hong.jpg', Buffer.from('x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).key).toBe('2026/12/hong.jpg');
    expect(await allKeys(broken)).toEqual([]);
  });

  it.runIf(subject.remote)(
    'a store that cannot be reached throws StorageError from every read, not a crash',
    async () => {
      const down = s3Storage({
        endpoint: `http://127.0.0.1:${await deadPort()}`,
        bucket: 'portal-media',
        region: 'us-east-1',
        prefix: '',
        accessKeyId: 'portal',
        secretAccessKey: 'portal',
        forcePathStyle: true,
        timeoutMs: 2000,
      });
      for (const call of [
        () => down.put('a.jpg', Buffer.from('x')),
        () => down.get('a.jpg'),
        () => down.has('a.jpg'),
        () => down.stat('a.jpg'),
        () => down.stream('a.jpg'),
        () => down.remove('a.jpg'),
        () => allKeys(down),
      ])
        await expect(call()).rejects.toBeInstanceOf(StorageError);
    },
  );

  it.runIf(subject.remote)('has no local path: callers read through get()', () => {
    expect(store.localPath('2026/12/a1/anh.jpg')).toBeUndefined();
  });

  it.runIf(!subject.remote)('gives the file on disk for tools that need one', async () => {
    await store.put('d/tep.pdf', Buffer.from('%PDF'));
    expect(await fs.readFile(store.localPath('d/tep.pdf')!, 'utf8')).toBe('%PDF');
  });
});

describe('the media store configuration', () => {
  it('is the local disk by default and an S3 bucket when MEDIA_STORE=s3', () => {
    expect(loadConfig({ MEDIA_DIR: '/srv/media' }).mediaStore).toEqual({
      kind: 'local',
      dir: '/srv/media',
    });
    expect(
      loadConfig({
        MEDIA_STORE: 's3',
        S3_ENDPOINT: 'https://s3.example.vn/',
        S3_BUCKET: 'dangbo-media',
        S3_REGION: 'hn-1',
        S3_ACCESS_KEY_ID: 'AK',
        S3_SECRET_ACCESS_KEY: 'SK',
      }).mediaStore,
    ).toEqual({
      kind: 's3',
      endpoint: 'https://s3.example.vn',
      bucket: 'dangbo-media',
      region: 'hn-1',
      prefix: '',
      accessKeyId: 'AK',
      secretAccessKey: 'SK',
      forcePathStyle: true, // an endpoint of one's own: path-style unless told otherwise
      timeoutMs: 10_000,
    });
    const aws = loadConfig({ MEDIA_STORE: 's3', S3_BUCKET: 'dangbo-media' }).mediaStore;
    expect(aws).toMatchObject({ kind: 's3', region: 'us-east-1', forcePathStyle: false });
  });

  it('lists what is wrong with an S3 configuration', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (err) {
        return (err as { problems: string[] }).problems;
      }
    };
    expect(problems({ MEDIA_STORE: 's3' })).toEqual(['S3_BUCKET: is required when MEDIA_STORE=s3']);
    expect(problems({ MEDIA_STORE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'AK' })[0]).toMatch(
      /^S3_BUCKET: must be a bucket name/,
    );
    expect(problems({ MEDIA_STORE: 's3', S3_BUCKET: 'bkt', S3_ACCESS_KEY_ID: 'AK' })).toEqual([
      expect.stringMatching(/^S3_SECRET_ACCESS_KEY: .*go together/),
    ]);
    expect(problems({ MEDIA_STORE: 'ftp' })[0]).toMatch(/^MEDIA_STORE:/);
    expect(problems({ MEDIA_STORE: 's3', S3_BUCKET: 'bkt', S3_ENDPOINT: 'ftp://x' })[0]).toMatch(
      /^S3_ENDPOINT:/,
    );
    expect(problems({ MEDIA_STORE: 's3', S3_BUCKET: 'bkt', S3_PREFIX: '../x/' })[0]).toMatch(
      /^S3_PREFIX:/,
    );
  });
});
