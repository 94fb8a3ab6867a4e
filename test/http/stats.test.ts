import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.tsx';
import { STAFF_SESSION_COOKIE } from '../../src/modules/stats/stats.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { countingTablesDump, storedReads } from '../support/stats-fixtures.ts';

const BOT_UA = 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)';
const ua = (n: number) => BROWSER_UA.replace('Chrome/126', `Chrome/${100 + n}`);

describe.each(dialects)('counting endpoints on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let id: number;
  let path: string;

  beforeAll(async () => {
    t = await testApp(dialect);
    const home = await t.get('/');
    path = /href="(\/tin-trong-tinh\/hoi-thao-khoa-hoc[^"]+)"/.exec(home.text)![1]!;
    id = Number(/-(\d+)$/.exec(path)![1]);
  });
  afterAll(async () => {
    await t?.close();
  });

  const beacon = (body: unknown, headers: Record<string, string> = {}, app = t.app) =>
    app.request('/api/dem', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'user-agent': BROWSER_UA, 'content-type': 'text/plain;charset=UTF-8', ...headers },
    });
  const shown = async () =>
    Number(/class="reads" data-article="\d+">(\d+)</.exec((await t.get(path)).text)![1]);

  it('the article page renders its beacon and no-JavaScript pixel, and does not count by itself', async () => {
    const before = await storedReads(t.db, id);
    const page = await t.get(path, { 'user-agent': ua(1) });
    expect(page.text).toMatch(
      new RegExp(
        `<script src="/static/dem\\.[0-9a-f]{10}\\.js" defer="" data-endpoint="/api/dem" data-kind="article" data-article="${id}"></script>`,
      ),
    );
    expect(page.text).toContain(
      `<noscript><img src="/api/dem.gif?t=article&amp;a=${id}" alt="" width="1" height="1" hidden=""/></noscript>`,
    );
    await t.get(path, { 'user-agent': ua(2) });
    await t.deps.stats.flush();
    expect(await storedReads(t.db, id)).toBe(before);
    const js = await t.app.request(/src="(\/static\/dem\.[0-9a-f]{10}\.js)"/.exec(page.text)![1]!);
    expect(await js.text()).toContain('sendBeacon');
    expect((await t.get('/')).text).toContain('data-kind="home"');
    expect((await t.get('/khong-co-trang-nay')).text).not.toContain('/api/dem');
  });

  it('bots, prefetches, HEAD and staff previews do not count; a new reader does, once', async () => {
    const before = await storedReads(t.db, id);
    const daysBefore = await t.deps.stats.snapshot(1);
    expect((await beacon({ t: 'article', a: id }, { 'user-agent': BOT_UA })).status).toBe(204);
    expect(
      (await beacon({ t: 'article', a: id }, { 'user-agent': ua(3), 'sec-purpose': 'prefetch' }))
        .status,
    ).toBe(204);
    expect(
      (await beacon({ t: 'article', a: id }, { 'user-agent': ua(3), purpose: 'prerender' })).status,
    ).toBe(204);
    expect(
      (
        await beacon(
          { t: 'article', a: id },
          { 'user-agent': ua(3), cookie: `${STAFF_SESSION_COOKIE}=abc` },
        )
      ).status,
    ).toBe(204);
    const head = await t.app.request(`/api/dem.gif?t=article&a=${id}`, {
      method: 'HEAD',
      headers: { 'user-agent': ua(3) },
    });
    expect(head.status).toBe(200);
    expect(await shown()).toBe(before);
    expect((await beacon({ t: 'article', a: id }, { 'user-agent': ua(3) })).status).toBe(204);
    expect(await shown()).toBe(before + 1); // shown before the write: stored + pending
    await beacon({ t: 'article', a: id }, { 'user-agent': ua(3) });
    await t.deps.stats.flush();
    expect(await storedReads(t.db, id)).toBe(before + 1);
    expect(await shown()).toBe(before + 1);
    expect((await t.deps.stats.snapshot(1)).today).toBe(daysBefore.today + 1);
  });

  it('the pixel counts readers without JavaScript and is never cached', async () => {
    const before = await storedReads(t.db, id);
    const res = await t.app.request(`/api/dem.gif?t=article&a=${id}`, {
      headers: { 'user-agent': ua(4) },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/gif');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(new Uint8Array(await res.arrayBuffer()).slice(0, 6)).toEqual(
      new TextEncoder().encode('GIF89a'),
    );
    await t.deps.stats.flush();
    expect(await storedReads(t.db, id)).toBe(before + 1);
  });

  it('validates beacons and answers in Vietnamese', async () => {
    const bad = async (body: unknown) => {
      const res = await beacon(body);
      return { status: res.status, text: await res.text() };
    };
    expect(await bad('không phải json')).toEqual({
      status: 400,
      text: 'Dữ liệu không phải JSON hợp lệ.',
    });
    expect(await bad({ t: 'khac' })).toEqual({ status: 400, text: 'Loại trang không hợp lệ.' });
    expect(await bad({ t: 'article', a: -3 })).toEqual({
      status: 400,
      text: 'Mã bài viết không hợp lệ.',
    });
    expect((await bad({ t: 'article' })).status).toBe(400);
    expect((await bad({ t: 'home', a: id })).status).toBe(400);
    expect((await bad({ t: 'home', r: 'x'.repeat(5000) })).status).toBe(413);
    expect((await t.app.request('/api/dem.gif?t=article&a=abc')).status).toBe(400);
  });

  it('refuses cross-site beacons and accepts same-origin ones', async () => {
    const evil = await beacon(
      { t: 'home' },
      { origin: 'https://evil.example', host: 'dangbo.example.vn' },
    );
    expect(evil.status).toBe(403);
    expect(await evil.text()).toBe('Không chấp nhận yêu cầu đếm từ trang khác.');
    expect((await beacon({ t: 'home' }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await beacon({ t: 'home' }, { origin: 'https://dangbo.example.vn' })).status).toBe(204);
    expect(
      (await beacon({ t: 'home' }, { origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }))
        .status,
    ).toBe(204);
  });

  it('limits floods per reader', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++)
      statuses.push((await beacon({ t: 'home' }, { 'user-agent': ua(5) })).status);
    expect(statuses.slice(0, 120).every((s) => s === 204)).toBe(true);
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);
    expect((await beacon({ t: 'home' }, { 'user-agent': ua(6) })).status).toBe(204);
  });

  it('behind a trusted proxy, readers are told apart by X-Forwarded-For; no address is stored', async () => {
    const proxied = createApp({ ...t.deps, config: { ...t.deps.config, trustProxy: 1 } });
    const before = await storedReads(t.db, id);
    for (const ip of ['198.51.100.7', '198.51.100.8', '198.51.100.8']) {
      await beacon(
        { t: 'article', a: id, r: 'https://www.google.com/' },
        { 'x-forwarded-for': `10.9.9.9, ${ip}` },
        proxied,
      );
    }
    await t.deps.stats.flush();
    expect(await storedReads(t.db, id)).toBe(before + 2);
    const dump = await countingTablesDump(t.db);
    expect(dump).toContain('google.com');
    for (const ip of ['198.51.100.7', '198.51.100.8', '10.9.9.9']) expect(dump).not.toContain(ip);
  });
});
