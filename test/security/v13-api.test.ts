/**
 * ASVS 4.0.3 V13 (API and web service), L2: 13.1.3 (no secrets or internals in answers),
 * 13.2.1 (only the intended methods), 13.2.3 (CSRF on cookie-authenticated JSON), 13.2.5 (the
 * content type is checked), 13.1.4/13.2.6 (authorisation on every API call), plus the size caps
 * of V12/V5. The JSON and beacon endpoints: the read counter (/api/dem, /api/dem.gif), the
 * library API (/quan-tri/api/media), the editor's autosave and lock heartbeat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzWorld } from '../support/fuzz.ts';
import { manualClock } from '../support/security.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const SITE = 'https://dangbo.example.vn';
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;
/** Internals an error must never show: stack frames, SQL, file paths, driver and class names. */
const LEAK =
  /\bat .+:\d+:\d+|node_modules|\/work\/|\/src\/|SELECT |INSERT |sqlite|postgres|kysely|ZodError|TypeError|SyntaxError|"stack"/i;

describe.each(dialects)('V13 API endpoints (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let fw: Awaited<ReturnType<typeof fuzzWorld>>;
  const clock = manualClock();
  let articleId = 0;
  let mediaId = 0;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    fw = await fuzzWorld(t, clock);
    const sample = (p: string) =>
      fw.samples.get(fw.routes.find((r) => r.path === p && r.method === 'GET')!)!;
    articleId = Number(/\d+$/.exec(sample('/quan-tri/bai-viet/:id{[0-9]+}'))![0]);
    mediaId = Number(/\d+$/.exec(sample('/quan-tri/thu-vien/:id{[0-9]+}'))![0]);
  });
  afterAll(async () => {
    await t?.close();
  });

  const beacon = (body: BodyInit | null, headers: Record<string, string> = {}, method = 'POST') =>
    t.app.request('/api/dem', {
      method,
      body,
      headers: { 'user-agent': BROWSER_UA, origin: SITE, ...headers },
    });

  /** The rules of every API error: JSON or Vietnamese text, nothing internal, never 5xx. */
  async function expectCleanError(res: Response, status?: number) {
    const text = await res.text();
    if (status !== undefined) expect(res.status, text).toBe(status);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(text).not.toMatch(LEAK);
    if (res.status !== 404 && res.status !== 405) expect(text).toMatch(VIETNAMESE);
    return text;
  }

  it('the read counter takes only POST of a small JSON object from this site', async () => {
    const ok = await beacon(JSON.stringify({ t: 'home' }), { 'content-type': 'text/plain' });
    expect(ok.status).toBe(204);
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const r = await beacon(JSON.stringify({ t: 'home' }), {}, method);
      expect([404, 405]).toContain(r.status);
    }
    expect([404, 405]).toContain((await t.app.request('/api/dem')).status);
    await expectCleanError(await beacon('{"t":', { 'content-type': 'application/json' }), 400);
    await expectCleanError(
      await beacon('t=home', { 'content-type': 'application/x-www-form-urlencoded' }),
      400,
    );
    await expectCleanError(await beacon(JSON.stringify({ t: 'home', r: 'x'.repeat(5000) })), 413);
    await expectCleanError(await beacon('x'.repeat(2_000_000)), 413);
    for (const body of [
      'null',
      '[]',
      '"home"',
      '1e400',
      '{"t":["home"]}',
      '{"__proto__":{"t":"home"}}',
      '{"t":"article","a":99999999999999999999}',
      '{"t":"article","a":-1}',
      '{"t":"home","r":"a\\u0000b"}',
      `${'['.repeat(3000)}${']'.repeat(3000)}`,
    ])
      await expectCleanError(await beacon(body, { 'content-type': 'application/json' }), 400).catch(
        async () => {
          // A referrer with odd characters may still be counted; it must not break anything.
          expect((await beacon(body)).status).toBeLessThan(500);
        },
      );
    await expectCleanError(
      await beacon(JSON.stringify({ t: 'home' }), { origin: 'https://evil.example' }),
      403,
    );
  });

  it('the counting pixel answers a GIF or a clean 400, whatever the query', async () => {
    const ok = await t.app.request('/api/dem.gif?t=home', {
      headers: { 'user-agent': BROWSER_UA },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/gif');
    for (const q of [
      '',
      '?t=%',
      '?t=article&a=1e400',
      '?t=article&a=99999999999999999999',
      '?t=<script>',
    ])
      await expectCleanError(
        await t.app.request(`/api/dem.gif${q}`, { headers: { 'user-agent': BROWSER_UA } }),
        400,
      );
    const post = await t.app.request('/api/dem.gif', { method: 'POST' });
    expect([404, 405]).toContain(post.status);
  });

  it('the back-office API answers 401 JSON without a session and 403 JSON without a token', async () => {
    const endpoints: [string, string][] = [
      ['GET', '/quan-tri/api/media'],
      ['GET', `/quan-tri/api/media/${mediaId}`],
      ['POST', '/quan-tri/api/media'],
      ['POST', `/quan-tri/api/media/${mediaId}`],
      ['POST', `/quan-tri/api/bai-viet/${articleId}/tu-luu`],
      ['POST', `/quan-tri/api/bai-viet/${articleId}/giu-khoa`],
    ];
    for (const [method, url] of endpoints) {
      const anon = await t.app.request(url, {
        method,
        headers: { origin: SITE, 'content-type': 'application/json' },
        body: method === 'POST' ? '{}' : undefined,
      });
      const text = await expectCleanError(anon, 401);
      expect(anon.headers.get('content-type')).toContain('application/json');
      expect(JSON.parse(text)).toHaveProperty('error');
      if (method !== 'POST') continue;
      const noToken = await fw.send({
        who: 'approver',
        method: 'POST',
        url,
        label: 'api',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      expect(noToken.status, url).toBe(403);
      expect(noToken.type).toContain('application/json');
      expect(noToken.text).not.toMatch(LEAK);
      // A header token does not stand in for the Origin check.
      const foreign = await fw.send({
        who: 'approver',
        method: 'POST',
        url,
        label: 'api',
        body: '{}',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': fw.csrf.approver,
          origin: 'https://evil.example',
        },
      });
      expect(foreign.status, url).toBe(403);
    }
  });

  it('the library API checks methods, content types and sizes, and never leaks internals', async () => {
    const token = fw.csrf.approver;
    const post = (url: string, body: BodyInit, type: string) =>
      fw.send({
        who: 'approver',
        method: 'POST',
        url,
        label: 'api',
        body: body as string,
        headers: { 'content-type': type, 'x-csrf-token': token },
      });
    const listing = await fw.send({
      who: 'approver',
      method: 'GET',
      url: '/quan-tri/api/media?page=1e400&kind=%&q=%E0%A4%A',
      label: 'api',
    });
    expect(listing.status).toBeLessThan(500);
    expect(listing.type).toContain('application/json');
    const one = await fw.send({
      who: 'approver',
      method: 'GET',
      url: '/quan-tri/api/media/99999999',
      label: 'api',
    });
    expect(one.status).toBe(404);
    expect(one.text).not.toMatch(LEAK);
    for (const [body, type] of [
      ['{"alt":', 'application/json'],
      ['[1,2,3]', 'application/json'],
      [JSON.stringify({ alt: 'x'.repeat(100_000) }), 'application/json'],
      [JSON.stringify({ alt: ['a', 'b'], caption: { $ne: 1 } }), 'application/json'],
      ['<x/>', 'application/xml'],
      ['alt=%E0%A4%A', 'application/x-www-form-urlencoded'],
      ['--x\r\n', 'multipart/form-data; boundary=x'],
    ] as const) {
      const r = await post(`/quan-tri/api/media/${mediaId}`, body, type);
      expect(r.status, `${type} ${body.slice(0, 30)}`).toBeLessThan(500);
      expect(r.text).not.toMatch(LEAK);
      if (r.status >= 400) expect(r.type).toContain('application/json');
    }
    const upload = await post('/quan-tri/api/media', 'not multipart', 'text/plain');
    expect(upload.status).toBe(400);
    expect(upload.type).toContain('application/json');
    expect(upload.text).not.toMatch(LEAK);
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const r = await fw.send({
        who: 'approver',
        method: method as 'POST',
        url: `/quan-tri/api/media/${mediaId}`,
        label: 'api',
        headers: { 'x-csrf-token': token },
      });
      expect(r.status, method).toBeGreaterThanOrEqual(400);
      expect(r.status, method).toBeLessThan(500);
    }
  });

  it('a refusal on a JSON endpoint answers { error: { code, message } }, whatever the route', async () => {
    const missing = await fw.send({
      who: 'approver',
      method: 'POST',
      url: '/quan-tri/api/bai-viet/999999/giu-khoa',
      label: 'api',
      body: `_csrf=${encodeURIComponent(fw.csrf.approver)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/json');
    expect(JSON.parse(missing.text)).toEqual({
      error: { code: 'newsroom.not_found', message: 'Không tìm thấy bài viết.' },
    });
    const media = await fw.send({
      who: 'approver',
      method: 'GET',
      url: '/quan-tri/api/media/999999',
      label: 'api',
    });
    expect(media.status).toBe(404);
    expect(JSON.parse(media.text)).toEqual({
      error: { code: 'media.not_found', message: 'Không tìm thấy tệp trong thư viện.' },
    });
  });

  it('autosave and the lock heartbeat answer JSON with Vietnamese messages for bad input', async () => {
    const url = `/quan-tri/api/bai-viet/${articleId}/tu-luu`;
    for (const body of [
      'version=abc&sectionId=x',
      'title=a&title=b',
      'sectionId=99999999999999999999',
      `title=${'x'.repeat(400)}`,
    ]) {
      const r = await fw.send({
        who: 'approver',
        method: 'POST',
        url,
        label: 'api',
        body: `${body}&_csrf=${encodeURIComponent(fw.csrf.approver)}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(r.status, body).toBeGreaterThanOrEqual(400);
      expect(r.status, body).toBeLessThan(500);
      expect(r.type).toContain('application/json');
      expect(r.text).toMatch(VIETNAMESE);
      expect(r.text).not.toMatch(LEAK);
    }
  });
});
