import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.tsx';
import { loadConfig } from '../../src/config/config.ts';
import { connect } from '../../src/db/connect.ts';
import { loadAssets } from '../../src/http/assets.ts';
import { siteCacheKey } from '../../src/modules/cache/cache.middleware.ts';
import { purger } from '../../src/modules/cache/cache.purge.ts';
import { emptyDraft } from '../../src/modules/newsroom/newsroom.service.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { MAX_AGE_MS } from '../../src/modules/cache/cache.epoch.notify.ts';
import { buildDeps } from '../../src/services.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { BROWSER_UA, TEST_MEDIA_DIR, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/** A raw GET over HTTP (no automatic decoding): status, headers, body bytes. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'user-agent': BROWSER_UA, ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

/** A local stand-in for a CDN's purge endpoint: records every request. */
async function purgeEndpoint() {
  const seen: { method: string; url: string; body: string }[] = [];
  let notify = () => {};
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', body });
      res.end('ok');
      notify();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`,
    seen,
    /** Resolves once `n` requests have arrived. */
    until: (n: number) =>
      new Promise<void>((resolve) => {
        notify = () => seen.length >= n && resolve();
        notify();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const shown = (html: string) => Number(/class="reads" data-article="\d+">(\d+)</.exec(html)?.[1]);

describe('the page cache in a running server (SQLite file: cached pages answered before the framework)', () => {
  let dir: string;
  let server: RunningServer;
  let refPath: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cache-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
      MEDIA_DIR: TEST_MEDIA_DIR,
    });
    server = await startServer(config);
    refPath = /href="(\/tin-trong-tinh\/hoi-thao-khoa-hoc[^"]+)"/.exec(
      (await rawGet(`${server.url}/`)).body.toString(),
    )![1]!;
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a cached page with the same headers and bytes as the app, and follows changes and counts', async () => {
    const url = `${server.url}${refPath}`;
    const id = Number(/-(\d+)$/.exec(refPath)![1]);
    // Start from a change, so the first request renders the page whatever was cached before.
    await server.deps.db.kysely
      .updateTable('article')
      .set({ title: 'Hội thảo khoa học (bản thử bộ nhớ đệm)' })
      .where('id', '=', id)
      .execute();
    const miss = await rawGet(url, { 'accept-encoding': 'br' });
    const hitsBefore = server.deps.pages.stats().hits;
    const hit = await rawGet(url, { 'accept-encoding': 'br' });
    expect(miss.headers['x-cache']).toBe('MISS');
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(server.deps.pages.stats().hits).toBe(hitsBefore + 1);
    for (const h of [
      'content-type',
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'cache-control',
      'cdn-cache-control',
      'etag',
      'vary',
      'content-encoding',
    ]) {
      expect(hit.headers[h], h).toBe(miss.headers[h]);
    }
    // The same page; the hit compressed better than the first answer (cache.service `answer`).
    expect(zlib.brotliDecompressSync(hit.body).equals(zlib.brotliDecompressSync(miss.body))).toBe(
      true,
    );
    expect(hit.headers['content-length']).toBe(String(hit.body.length));
    const before = shown(zlib.brotliDecompressSync(hit.body).toString());

    // A read through the beacon, written to the database, shows on the cached page.
    const beacon = await fetch(`${server.url}/api/dem`, {
      method: 'POST',
      body: JSON.stringify({ t: 'article', a: id }),
      headers: { 'user-agent': BROWSER_UA, 'content-type': 'text/plain' },
    });
    expect(beacon.status).toBe(204);
    expect(shown((await rawGet(url)).body.toString())).toBe(before + 1);
    await server.deps.stats.flush();
    const counted = await rawGet(url);
    expect(counted.headers['x-cache']).toBe('HIT');
    expect(shown(counted.body.toString())).toBe(before + 1);

    // A change made in the database shows on the next request.
    await server.deps.db.kysely
      .updateTable('article')
      .set({ title: 'Hội thảo khoa học (tiêu đề mới)' })
      .where('id', '=', id)
      .execute();
    const changed = await rawGet(url);
    expect(changed.headers['x-cache']).toBe('MISS');
    expect(changed.body.toString()).toContain('Hội thảo khoa học (tiêu đề mới)');
    expect((await rawGet(url, { 'if-none-match': String(changed.headers.etag) })).status).toBe(304);
  });

  it('keeps an article page with its CSS and JavaScript under 60 KB compressed, images aside', async () => {
    const page = await rawGet(`${server.url}${refPath}`, { 'accept-encoding': 'br, gzip' });
    const html = zlib.brotliDecompressSync(page.body).toString();
    const assets = [...html.matchAll(/(?:href|src)="(\/static\/[^"]+\.(?:css|js))"/g)].map(
      (m) => m[1]!,
    );
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    let total = page.body.length;
    for (const a of new Set(assets))
      total += (await rawGet(`${server.url}${a}`, { 'accept-encoding': 'br, gzip' })).body.length;
    expect(total).toBeLessThan(60 * 1024);
    // Images carry their dimensions; only the lead image loads at once.
    for (const img of html.match(/<img [^>]*>/g) ?? [])
      expect(img).toMatch(/width="\d+" height="\d+"/);
    expect((html.match(/loading="eager"/g) ?? []).length).toBeLessThanOrEqual(1);
  });
});

describe('static files', () => {
  it('are named by their content (a change gets a new name) and served immutable, pre-compressed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-assets-'));
    try {
      const css = `${'.x { color: #a50f1e; }\n'.repeat(200)}`;
      fs.writeFileSync(path.join(dir, 'site.css'), css);
      const first = loadAssets(dir).css;
      fs.writeFileSync(path.join(dir, 'site.css'), `${css}.y { color: #000; }\n`);
      const second = loadAssets(dir).css;
      expect(first).toMatch(/^\/static\/site\.[0-9a-f]{10}\.css$/);
      expect(second).not.toBe(first);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const t = await testApp('sqlite', { seed: false });
    try {
      const url = t.deps.assets.css;
      const plain = await t.app.request(url);
      const body = Buffer.from(await plain.arrayBuffer());
      expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      for (const encoding of ['br', 'gzip']) {
        const r = await t.app.request(url, { headers: { 'accept-encoding': encoding } });
        expect(r.headers.get('content-encoding')).toBe(encoding);
        expect(r.headers.get('vary')).toBe('Accept-Encoding');
        const raw = Buffer.from(await r.arrayBuffer());
        expect(
          (encoding === 'br' ? zlib.brotliDecompressSync(raw) : zlib.gunzipSync(raw)).equals(body),
        ).toBe(true);
      }
    } finally {
      await t.close();
    }
  });
});

describe.each(dialects)('the proxy purge on %s', (dialect) => {
  it('tells the configured endpoint which pages a publication changed (POST with the paths, or PURGE per path)', async () => {
    const endpoint = await purgeEndpoint();
    const clock = manualClock();
    const t = await testApp(dialect, { clock: clock.now });
    try {
      const config = {
        ...t.deps.config,
        pageCache: { ...t.deps.config.pageCache, purgeUrl: endpoint.url },
      };
      const deps = buildDeps(config, t.db, { clock: clock.now });
      const staff = await makeStaff(t, clock, 'lanhdao', 'approver', ['tin-trong-tinh']);
      const account = (await t.deps.accounts.byId(staff.id))!;
      const section = (await t.deps.site.sections()).find((s) => s.slug === 'tin-trong-tinh')!;
      const id = await deps.newsroom.create(ACTOR, account, {
        ...emptyDraft(section.id, 'PV'),
        title: 'Bản Mường Phăng đón khách',
        lead: 'Sapo.',
        bodyHtml: '<p>Nội dung.</p>',
        tags: ['Du lịch'],
      });
      for (const step of ['submit', 'forward', 'publish'] as const)
        await deps.newsroom.transition(ACTOR, account, id, step);
      await endpoint.until(1);
      const sent = endpoint.seen[0]!;
      expect(sent.method).toBe('POST');
      const body = JSON.parse(sent.body) as { paths: string[]; urls: string[] };
      expect(body.paths).toEqual(
        expect.arrayContaining([
          '/',
          '/tin-trong-tinh',
          '/tin-tuc-su-kien',
          `/tin-trong-tinh/ban-muong-phang-don-khach-${id}`,
          '/tu-khoa/du-lich',
        ]),
      );
      expect(body.urls).toContain(
        `https://dangbo.example.vn/tin-trong-tinh/ban-muong-phang-don-khach-${id}`,
      );

      const purge = purger(
        { ...config, pageCache: { ...config.pageCache, purgeMethod: 'PURGE' } },
        async () => ['/', '/tin-trong-tinh'],
        t.deps.log,
      );
      await purge.article(id);
      expect(
        endpoint.seen
          .slice(1)
          .map((r) => `${r.method} ${r.url}`)
          .sort(),
      ).toEqual(['PURGE /purge/', 'PURGE /purge/tin-trong-tinh']);
    } finally {
      await t.close();
      await endpoint.close();
    }
  });
});

describe.skipIf(!dialects.includes('postgres'))(
  'two app instances on one PostgreSQL database',
  () => {
    it('see a change made through the other at once (the epoch is in the database)', async () => {
      const a = await testApp('postgres');
      const db = connect(a.deps.config.databaseUrl, { poolSize: 2 });
      try {
        const b = createApp(buildDeps(a.deps.config, db));
        const get = async (app: typeof b, p: string) => {
          const r = await app.request(p);
          return { cache: r.headers.get('x-cache'), text: await r.text() };
        };
        await get(b, '/');
        expect((await get(b, '/')).cache).toBe('HIT');
        await a.deps.settings.update(ACTOR, { siteName: 'TÊN MỚI ĐỔI Ở PHIÊN BẢN A' });
        const seen = await get(b, '/');
        expect(seen.cache).toBe('MISS');
        expect(seen.text).toContain('TÊN MỚI ĐỔI Ở PHIÊN BẢN A');
        // And the other way round, for an article.
        await get(a.app, '/tin-trong-tinh');
        await db.kysely
          .updateTable('article')
          .set({ title: 'Tiêu đề đổi ở phiên bản B' })
          .where('slug', 'like', 'hoi-thao-khoa-hoc%')
          .execute();
        expect((await get(a.app, '/tin-trong-tinh')).text).toContain('Tiêu đề đổi ở phiên bản B');
      } finally {
        await db.close();
        await a.close();
      }
    });

    it('keep the epoch in memory from notifications: a hit reads nothing, a change shows at once here and within a second there', async () => {
      const a = await testApp('postgres');
      const db = connect(a.deps.config.databaseUrl, { poolSize: 2 });
      const bDeps = buildDeps(a.deps.config, db);
      await a.deps.pages.start();
      await bDeps.pages.start();
      try {
        const b = createApp(bDeps);
        const get = async (app: typeof b, p: string) => {
          const r = await app.request(p);
          return { cache: r.headers.get('x-cache'), text: await r.text() };
        };
        const home = await get(b, '/');
        expect((await get(b, '/')).cache).toBe('HIT');
        // The epoch is at hand without the database (what the listener before Hono uses).
        expect(bDeps.pages.currentNow({ siteId: 1, prefix: '' })).toBeDefined();
        // So is every live value of a cached article page, its read count included: a hit
        // is answered without waiting (respondNow), no round trip.
        const articlePath = /href="(\/tin-trong-tinh\/[^"]+-\d+)"/.exec(home.text)![1]!;
        await get(b, articlePath);
        expect((await get(b, articlePath)).cache).toBe('HIT');
        const sk = { siteId: 1, prefix: '' };
        const state = bDeps.pages.currentNow(sk)!;
        const entry = bDeps.pages.lookup(siteCacheKey(sk, articlePath), state)!;
        expect(entry.template.slots.some((s) => s.startsWith('reads:'))).toBe(true);
        expect(
          bDeps.pages.respondNow(
            { acceptEncoding: undefined, ifNoneMatch: undefined },
            entry,
            state,
            { xcache: 'HIT' },
          ),
        ).toBeDefined();
        await get(a.app, '/');
        expect((await get(a.app, '/')).cache).toBe('HIT');
        await a.deps.settings.update(ACTOR, { siteName: 'TÊN ĐỔI QUA THÔNG BÁO' });
        // Here (the process that wrote): at once.
        expect((await get(a.app, '/')).text).toContain('TÊN ĐỔI QUA THÔNG BÁO');
        // There: when the notification arrives, within the stated bound (MAX_AGE_MS) at worst.
        const t0 = Date.now();
        let seen = await get(b, '/');
        while (!seen.text.includes('TÊN ĐỔI QUA THÔNG BÁO') && Date.now() - t0 < MAX_AGE_MS + 500) {
          await new Promise((r) => setTimeout(r, 20));
          seen = await get(b, '/');
        }
        expect(seen.text).toContain('TÊN ĐỔI QUA THÔNG BÁO');
        expect(Date.now() - t0).toBeLessThan(MAX_AGE_MS + 500);
      } finally {
        await bDeps.pages.stop();
        await a.deps.pages.stop();
        await db.close();
        await a.close();
      }
    });
  },
);
