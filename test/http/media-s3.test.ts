import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.tsx';
import { loadConfig } from '../../src/config/config.ts';
import { connect, type Db } from '../../src/db/connect.ts';
import type { MediaJson } from '../../src/modules/media/media.json.ts';
import { MEDIA_MESSAGES as M } from '../../src/modules/media/media.messages.ts';
import { mediaSiteRoutes } from '../../src/modules/media/media.site-routes.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { buildDeps } from '../../src/services.ts';
import { localStorage } from '../../src/storage/storage.local.ts';
import * as fx from '../support/media-fixtures.ts';
import { startS3, type TestS3 } from '../support/s3-server.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { dialects, freshDb, type TestDb } from '../support/test-db.ts';

type Result =
  | { file: string; ok: true; existing: boolean; item: MediaJson }
  | { file: string; ok: false; error: string };

const s3 = await startS3();
afterAll(() => s3?.stop());

/** The app on `db` with the given environment, as `npm start` builds it (no demo content). */
async function instance(db: Db, url: string, env: Record<string, string>, mediaDir: string) {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    MEDIA_DIR: mediaDir,
    BASE_URL: 'https://dangbo.example.vn',
    ...env,
  });
  const deps = buildDeps(config, db, { clock: clock.now });
  await deps.platform.load();
  return { deps, app: createApp(deps) };
}

const clock = manualClock(new Date());

/** A port on loopback where nothing listens. */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** The headers that matter to a reader's browser and caches (not the date). */
function served(res: Response): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const h of [
    'content-type',
    'content-length',
    'content-range',
    'content-disposition',
    'cache-control',
    'accept-ranges',
    'x-content-type-options',
    'etag',
    'last-modified',
  ])
    out[h] = res.headers.get(h);
  return out;
}

describe.runIf(s3).each(dialects)('media on an S3-compatible store, on %s', (dialect) => {
  const store = s3 as TestS3;
  let tdb: TestDb;
  let otherDb: Db | undefined;
  let mediaDir: string;
  let a: Awaited<ReturnType<typeof instance>>;
  let b: Awaited<ReturnType<typeof instance>>;
  let reporter: Awaited<ReturnType<Awaited<ReturnType<typeof makeStaff>>['login']>>;
  const env = () => store.env(`${dialect}-${Date.now().toString(36)}/`);
  let storeEnv: Record<string, string>;

  beforeAll(async () => {
    tdb = await freshDb(dialect);
    mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-s3-disk-'));
    storeEnv = env();
    a = await instance(tdb.db, tdb.url, storeEnv, mediaDir);
    // The second instance: its own connection on PostgreSQL (in-memory SQLite has one database
    // per connection, so there it shares A's), its own caches, the same bucket.
    otherDb = dialect === 'postgres' ? connect(tdb.url, { poolSize: 2 }) : undefined;
    b = await instance(otherDb ?? tdb.db, tdb.url, storeEnv, mediaDir);
    const staff = await makeStaff(a as never, clock, 'phongvien', 'reporter');
    reporter = await staff.login();
    await reporter.get('/quan-tri/thu-vien');
  });
  afterAll(async () => {
    await a?.deps.stats.stop();
    await b?.deps.stats.stop();
    await otherDb?.close();
    await tdb?.drop();
    if (mediaDir) await fs.rm(mediaDir, { recursive: true, force: true });
  });

  async function upload(name: string, data: Buffer, type: string): Promise<MediaJson> {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(data)], { type }), name);
    const r = await reporter.multipart('/quan-tri/api/media', form, { csrf: 'header' });
    expect(r.status, r.text).toBe(200);
    const [result] = (JSON.parse(r.text) as { results: Result[] }).results;
    if (!result?.ok) throw new Error(result ? result.error : 'no result');
    return result.item;
  }

  it('an image uploaded in the back office of one instance is served by the other, whole and in ranges, with the headers of the disk', async () => {
    const item = await upload('Lễ khánh thành cầu.jpg', await fx.jpeg(1000, 700, 17), 'image/jpeg');
    const key = item.url.slice('/media/'.length);
    // In the bucket, not on this machine's disk.
    expect(a.deps.storage.localPath(key)).toBeUndefined();
    expect(await fs.readdir(mediaDir)).toEqual([]);
    const bytes = (await b.deps.storage.get(key))!;
    expect(bytes.length).toBeGreaterThan(1000);
    for (const v of item.variants)
      expect(await b.deps.storage.has(v.url.slice(7)), v.url).toBe(true);

    const whole = await b.app.request(item.url);
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(bytes);
    expect(served(whole)).toMatchObject({
      'content-type': 'image/jpeg',
      'content-length': String(bytes.length),
      'cache-control': 'public, max-age=31536000, immutable',
      'accept-ranges': 'bytes',
      'x-content-type-options': 'nosniff',
    });

    const part = await b.app.request(item.url, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200));
    const first = await b.app.request(item.url, { headers: { range: 'bytes=0-0' } });
    expect(first.status).toBe(206);
    expect(Buffer.from(await first.arrayBuffer())).toEqual(bytes.subarray(0, 1));
    const tail = await b.app.request(item.url, { headers: { range: 'bytes=-10' } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 10));
    const beyond = await b.app.request(item.url, {
      headers: { range: `bytes=${bytes.length}-` },
    });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
    const head = await b.app.request(item.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);

    // The same file on the local disk is answered with exactly the same headers.
    const disk = localStorage(await fs.mkdtemp(path.join(os.tmpdir(), 'portal-disk-')));
    await disk.put(key, bytes);
    const local = new Hono().route('/', mediaSiteRoutes({ storage: disk }));
    const asked: Record<string, string>[] = [
      {},
      { range: 'bytes=100-199' },
      { range: 'bytes=-10' },
    ];
    for (const headers of asked) {
      const fromDisk = await local.request(item.url, { headers });
      const fromBucket = await b.app.request(item.url, { headers });
      expect(served(fromBucket), JSON.stringify(headers)).toEqual(served(fromDisk));
      expect(Buffer.from(await fromBucket.arrayBuffer())).toEqual(
        Buffer.from(await fromDisk.arrayBuffer()),
      );
    }
  });

  it('a video seeks and a document downloads from the bucket as from the disk', async () => {
    const video = await upload('Phóng sự.mp4', fx.mp4(200_000), 'video/mp4');
    const mid = await b.app.request(video.url, { headers: { range: 'bytes=150000-150099' } });
    expect(mid.status).toBe(206);
    expect(mid.headers.get('content-type')).toBe('video/mp4');
    expect(mid.headers.get('content-range')).toBe('bytes 150000-150099/200000');
    expect(Buffer.from(await mid.arrayBuffer())).toEqual(
      fx.mp4(200_000).subarray(150_000, 150_100),
    );

    const doc = await upload('Nghị quyết.pdf', fx.pdf(), 'application/pdf');
    const file = await b.app.request(doc.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(fx.pdf());
  });

  it('an unknown or unsafe media address is a 404, not a store call gone wrong', async () => {
    for (const p of [
      '/media/2026/12/khong-co.jpg',
      '/media/..%2F..%2Fetc%2Fpasswd.jpg',
      '/media/a%2F%2Fb.jpg',
      '/media/%E0%A4%A.jpg',
      '/media/2026/12/x.exe',
    ]) {
      const r = await b.app.request(p);
      expect(r.status, p).toBe(404);
    }
  });

  it('a store that cannot be reached: uploads refused in Vietnamese with nothing recorded, media answer 503', async () => {
    const down = await instance(
      tdb.db,
      tdb.url,
      {
        ...storeEnv,
        S3_ENDPOINT: `http://127.0.0.1:${await deadPort()}`,
        S3_TIMEOUT_MS: '2000',
      },
      mediaDir,
    );
    const [out] = await down.deps.media.upload(
      { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' },
      [{ name: 'Ảnh mất kết nối.jpg', data: await fx.jpeg(600, 400, 99) }],
    );
    expect(out).toMatchObject({ ok: false, error: M['media.store_failed'] });
    expect((await a.deps.media.list({ q: 'mat ket noi', page: 1, perPage: 5 })).total).toBe(0);

    const r = await down.app.request('/media/2026/12/abc/anh.jpg');
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('30');
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(await r.text()).toContain('Vui lòng thử lại');
    await down.deps.stats.stop();
  });
});

/**
 * Over real sockets: two servers as `npm start` runs them, on one PostgreSQL and one bucket; a
 * file uploaded through one streams from the other through the HTTP server (not app.request).
 */
describe.runIf(s3 && dialects.includes('postgres'))('two servers on one bucket', () => {
  const store = s3 as TestS3;
  let tdb: TestDb;
  let servers: RunningServer[] = [];

  beforeAll(async () => {
    tdb = await freshDb('postgres');
    const env = store.env(`servers-${Date.now().toString(36)}/`);
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: tdb.url,
      MIGRATE_AT_START: '0',
      SEED_DEMO: '0',
      MEDIA_DIR: path.join(os.tmpdir(), 'portal-s3-unused'),
      ...env,
    });
    servers = [await startServer(config), await startServer(config)];
  }, 120_000);
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await tdb?.drop();
  });

  it('a video uploaded on one streams from the other, whole and from the middle', async () => {
    const [one, other] = servers as [RunningServer, RunningServer];
    const data = fx.mp4(3 * 1024 * 1024);
    const [up] = await one.deps.media.upload(
      { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' },
      [{ name: 'Phóng sự dài.mp4', data }],
    );
    if (!up?.ok) throw new Error(up?.error ?? 'no result');
    const url = `${other.url}/media/${up.media.key}`;
    const whole = await fetch(url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-length')).toBe(String(data.length));
    expect(Buffer.from(await whole.arrayBuffer()).equals(data)).toBe(true);
    const mid = await fetch(url, { headers: { range: 'bytes=2000000-2000999' } });
    expect(mid.status).toBe(206);
    expect(mid.headers.get('content-range')).toBe(`bytes 2000000-2000999/${data.length}`);
    expect(Buffer.from(await mid.arrayBuffer())).toEqual(data.subarray(2_000_000, 2_001_000));
    // A reader who goes away mid-file costs nothing: the next request is served as usual.
    const aborted = new AbortController();
    const gone = await fetch(url, { signal: aborted.signal });
    const reader = gone.body!.getReader();
    await reader.read();
    aborted.abort();
    await reader.cancel().catch(() => undefined);
    const again = await fetch(url, { headers: { range: 'bytes=0-9' } });
    expect(Buffer.from(await again.arrayBuffer())).toEqual(data.subarray(0, 10));
  });
});
