import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.tsx';
import { loadConfig } from '../../src/config/config.ts';
import { connect } from '../../src/db/connect.ts';
import { isDatabaseUnavailable } from '../../src/db/faults.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { epochMigrationHooks } from '../../src/modules/cache/cache.epoch.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { MEDIA_MESSAGES } from '../../src/modules/media/media.messages.ts';
import { buildDeps } from '../../src/services.ts';
import { localStorage } from '../../src/storage/storage.local.ts';
import { StorageError, type FileStorage } from '../../src/storage/storage.ts';
import { jpeg } from '../support/media-fixtures.ts';
import { agent } from '../support/agent.ts';
import { manualClock, makeStaff } from '../support/staff.ts';
import { TEST_MEDIA_DIR } from '../support/test-app.ts';
import { dialects, freshDb, type TestDb } from '../support/test-db.ts';
import { MAX_AGE_MS } from '../../src/modules/cache/cache.epoch.notify.ts';

/**
 * A TCP proxy between the app and PostgreSQL that the test can cut (every connection dropped,
 * new ones refused) and mend: the database becomes unreachable as a network fault, for real.
 */
async function cuttableProxy(target: URL) {
  let open = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    mend() {
      open = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('isDatabaseUnavailable', () => {
  it('tells an absent or slow database from a bug', () => {
    const coded = (code: string) => Object.assign(new Error('x'), { code });
    for (const code of ['ECONNREFUSED', '08006', '57P01', '57014', '53300', 'SQLITE_BUSY'])
      expect(isDatabaseUnavailable(coded(code)), code).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: coded('ECONNREFUSED') }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new AggregateError([coded('ECONNREFUSED')]))).toBe(true);
    for (const e of [
      coded('23505'),
      coded('SQLITE_CONSTRAINT_UNIQUE'),
      new TypeError('x is undefined'),
      'text',
      null,
    ])
      expect(isDatabaseUnavailable(e)).toBe(false);
  });
});

describe.runIf(dialects.includes('postgres'))('when PostgreSQL goes away or hangs', () => {
  let tdb: TestDb;
  let proxy: Awaited<ReturnType<typeof cuttableProxy>>;
  let server: RunningServer;
  const get = (p: string) => fetch(`${server.url}${p}`, { redirect: 'manual' });

  beforeAll(async () => {
    tdb = await freshDb('postgres', { migrate: false });
    proxy = await cuttableProxy(new URL(tdb.url));
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: proxy.url,
        MIGRATE_AT_START: '1',
        MEDIA_DIR: TEST_MEDIA_DIR,
        PAGE_STALE_IF_ERROR: '2',
        DB_STATEMENT_TIMEOUT_MS: '500',
      }),
    );
  }, 120_000);
  afterAll(async () => {
    proxy?.mend();
    await server?.stop();
    await proxy?.close();
    await tdb?.drop();
  });

  it('serves cached pages for a bounded time, a Vietnamese 503 otherwise, fails /readyz, and recovers without restart', async () => {
    expect((await get('/')).status).toBe(200);
    const home = await get('/');
    expect(home.headers.get('x-cache')).toBe('HIT');
    const homeHtml = await home.text();
    expect((await get('/readyz')).status).toBe(200);

    proxy.cut();
    // The epoch is kept in memory from notifications for up to MAX_AGE_MS (1 s): until it must
    // be read again, a cached page is still a plain hit; then it is served as stale.
    let stale = await get('/');
    const cutAt = Date.now();
    while (stale.headers.get('x-cache') === 'HIT' && Date.now() - cutAt < MAX_AGE_MS + 500) {
      expect(stale.status).toBe(200);
      await stale.arrayBuffer();
      await sleep(100);
      stale = await get('/');
    }
    expect(stale.status).toBe(200);
    expect(stale.headers.get('x-cache')).toBe('STALE');
    expect(stale.headers.get('cache-control')).toBe('no-cache');
    const staleHtml = await stale.text();
    expect(staleHtml).toContain('<title>');
    expect(staleHtml.match(/<title>[^<]*<\/title>/)![0]).toBe(
      homeHtml.match(/<title>[^<]*<\/title>/)![0],
    );

    const search = await get('/tim-kiem?q=dien+bien');
    expect(search.status).toBe(503);
    expect(search.headers.get('retry-after')).toBe('30');
    expect(await search.text()).toContain('Hệ thống đang tạm gián đoạn');
    const api = await get('/tim-kiem/goi-y?q=dien');
    expect(api.status).toBe(503);
    expect((await get('/readyz')).status).toBe(503);
    expect((await get('/healthz')).status).toBe(200);

    // The bound: two seconds after the database was last read, the kept page is not served.
    await sleep(2100);
    const late = await get('/');
    expect(late.status).toBe(503);
    expect(await late.text()).toContain('Hệ thống đang tạm gián đoạn');

    proxy.mend();
    let ready = 0;
    for (let i = 0; i < 100 && ready !== 200; i++) {
      ready = (await get('/readyz')).status;
      if (ready !== 200) await sleep(100);
    }
    expect(ready).toBe(200);
    expect((await get('/')).status).toBe(200);
    expect((await get('/tim-kiem?q=dien+bien')).status).toBe(200);
  }, 60_000);

  it('a slow database: statements time out, requests answer 503 rather than pile up, then recover', async () => {
    const locker = new pg.Client({ connectionString: tdb.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE cache_epoch IN ACCESS EXCLUSIVE MODE');
      // More requests than the pool has connections: each ends with the statement timeout.
      const answers = await Promise.all(
        Array.from({ length: 15 }, (_, i) => get(`/tim-kiem?q=lang+${i}`)),
      );
      for (const a of answers) {
        expect(a.status).toBe(503);
        expect(await a.text()).toContain('tạm gián đoạn');
      }
      await locker.query('ROLLBACK');
      expect((await get('/tim-kiem?q=lang')).status).toBe(200);
    } finally {
      await locker.end();
    }
  }, 60_000);
});

describe('when SQLite stays locked by another writer', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-busy-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('a write waits the busy timeout, then answers a Vietnamese 503; reads go on', async () => {
    const file = path.join(dir, 'portal.db');
    const url = `sqlite:${file}`;
    const db = connect(url, { busyTimeoutMs: 100 });
    await migrateToLatest(db, epochMigrationHooks);
    const clock = manualClock(new Date());
    const deps = buildDeps(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: url,
        MEDIA_DIR: path.join(dir, 'media'),
        BASE_URL: 'https://dangbo.example.vn',
      }),
      db,
      { clock: clock.now },
    );
    const app = createApp(deps);
    const t = { app, deps, db, get: undefined as never, close: undefined as never };
    const staff = await makeStaff(t, clock, 'bientap', 'editor');
    const other = new SQLite(file);
    try {
      const a = agent(app);
      await a.get('/quan-tri/dang-nhap');
      other.exec('BEGIN IMMEDIATE');
      const r = await a.post('/quan-tri/dang-nhap', {
        username: staff.username,
        password: staff.password,
      });
      expect(r.status).toBe(503);
      expect(r.text).toContain('Hệ thống đang tạm gián đoạn');
      expect((await app.request('/')).status).toBe(200);
      other.exec('ROLLBACK');
      await staff.login();
    } finally {
      other.close();
      await deps.stats.stop();
      await db.close();
    }
  }, 60_000);
});

describe('the local store on a write error', () => {
  it('leaves neither the file nor its temp file, and says StorageError', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-store-'));
    try {
      await fs.writeFile(path.join(dir, '2026'), 'a file where a folder should be');
      const store = localStorage(dir);
      await expect(store.put('2026/12/a.jpg', Buffer.from('x'))).rejects.toBeInstanceOf(
        StorageError,
      );
      const keys: string[] = [];
      for await (const k of store.keys()) keys.push(k);
      expect(keys).toEqual(['2026']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe.each(dialects)('an upload when the media store fails, on %s', (dialect) => {
  it('tells the reporter in Vietnamese and writes nothing: no item, no file; it works once the disk is freed', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-full-'));
    const tdb = await freshDb(dialect);
    const disk = localStorage(dir);
    let room = 2; // files that still fit
    const full: FileStorage = {
      ...disk,
      async put(key, data) {
        if (room-- <= 0)
          throw new StorageError(
            key,
            Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
          );
        await disk.put(key, data);
      },
    };
    const clock = manualClock(new Date());
    const deps = buildDeps(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: tdb.url,
        MEDIA_DIR: dir,
        BASE_URL: 'https://dangbo.example.vn',
      }),
      tdb.db,
      { clock: clock.now, storage: full },
    );
    const app = createApp(deps);
    try {
      const t = { app, deps, db: tdb.db, get: undefined as never, close: undefined as never };
      const reporter = await (await makeStaff(t, clock, 'phongvien', 'reporter')).login();
      const form = () => {
        const f = new FormData();
        f.append(
          'files',
          new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }),
          'Hội nghị.jpg',
        );
        return f;
      };
      const photo = await jpeg(640, 480, 77);
      const r = await reporter.multipart('/quan-tri/api/media', form(), { csrf: 'header' });
      expect(r.status).toBeLessThan(500);
      const results = (JSON.parse(r.text) as { results: { ok: boolean; error?: string }[] })
        .results;
      expect(results).toEqual([
        { ok: false, file: 'Hội nghị.jpg', error: MEDIA_MESSAGES['media.store_failed'] },
      ]);
      const keys = async () => {
        const out: string[] = [];
        for await (const k of disk.keys()) out.push(k);
        return out;
      };
      expect(await keys()).toEqual([]);
      expect(await tdb.db.kysely.selectFrom('media').select('id').execute()).toEqual([]);
      expect((await deps.audit.list({ action: 'media.refused', limit: 1 }))[0]?.summary).toContain(
        'ổ đĩa đầy',
      );

      room = Infinity;
      const again = await reporter.multipart('/quan-tri/api/media', form(), { csrf: 'header' });
      expect((JSON.parse(again.text) as { results: { ok: boolean }[] }).results[0]!.ok).toBe(true);
      expect((await keys()).length).toBeGreaterThan(2);
    } finally {
      await deps.stats.stop();
      await tdb.drop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.each(dialects)('a logo or banner upload when the media store fails, on %s', (dialect) => {
  it('re-renders the form with a Vietnamese message (400, never a 500) and changes nothing', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-full-logo-'));
    const tdb = await freshDb(dialect);
    const disk = localStorage(dir);
    let full = true;
    const store: FileStorage = {
      ...disk,
      async put(key, data) {
        if (full)
          throw new StorageError(
            key,
            Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
          );
        await disk.put(key, data);
      },
    };
    const clock = manualClock(new Date());
    const deps = buildDeps(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: tdb.url,
        MEDIA_DIR: dir,
        BASE_URL: 'https://dangbo.example.vn',
      }),
      tdb.db,
      { clock: clock.now, storage: store },
    );
    const app = createApp(deps);
    try {
      const t = { app, deps, db: tdb.db, get: undefined as never, close: undefined as never };
      const admin = await (await makeStaff(t, clock, 'quantri', 'admin')).login();
      const photo = await jpeg(1200, 300, 12);
      const send = (to: string) => {
        const f = new FormData();
        f.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'logo.jpg');
        return admin.multipart(to, f, { csrf: 'header' });
      };
      const before = await deps.site.settings();
      for (const to of [
        '/quan-tri/cai-dat/logo',
        '/quan-tri/cai-dat/bieu-tuong',
        '/quan-tri/cai-dat/anh-dau-trang',
      ]) {
        const r = await send(to);
        expect(r.status, to).toBe(400);
        expect(r.text, to).toContain('Không lưu được ảnh vào kho lưu trữ (ổ đĩa đầy hoặc lỗi ghi)');
      }
      expect(await deps.site.settings()).toEqual(before);
      const keys: string[] = [];
      for await (const k of disk.keys()) keys.push(k);
      expect(keys).toEqual([]);

      full = false;
      expect((await send('/quan-tri/cai-dat/logo')).status).toBe(303);
      expect((await deps.site.settings()).logoKey).not.toBe('');
    } finally {
      await deps.stats.stop();
      await tdb.drop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
