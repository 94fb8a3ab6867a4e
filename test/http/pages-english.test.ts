import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';

const SITE = 'https://dangbo.example.vn';

describe.each(dialects)('static pages and their English versions, on %s', (dialect) => {
  const clock = manualClock();
  let t: Awaited<ReturnType<typeof testApp>>;
  let approver: TestStaff;
  let pageId: number;

  const page = async (path: string) => {
    const res = await t.app.request(`${SITE}${path}`, { headers: { 'user-agent': BROWSER_UA } });
    return { status: res.status, text: await res.text() };
  };

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    approver = await makeStaff(t, clock, 'duyet', 'approver', ['tin-trong-tinh']);
    const row = await t.db.kysely
      .selectFrom('page')
      .select('id')
      .where('slug', '=', 'gioi-thieu-chung')
      .executeTakeFirstOrThrow();
    pageId = row.id;
  });
  afterAll(async () => t?.close());

  it('publishes an English page under /en with hreflang pairs, and flags it stale when the Vietnamese page changes', async () => {
    const a = await approver.login();
    const list = await a.get('/quan-tri/trang-gioi-thieu');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Giới thiệu chung');
    expect(list.text).toContain('Chưa có bản tiếng Anh');
    expect((await page('/en/gioi-thieu-chung')).status).toBe(404);

    await a.get(`/quan-tri/trang-gioi-thieu/${pageId}/tieng-anh`);
    const saved = await a.post(`/quan-tri/trang-gioi-thieu/${pageId}/tieng-anh`, {
      title: 'About the Provincial Party Committee',
      bodyHtml: '<p>Dien Bien Provincial Party Committee.</p><script>alert(1)</script>',
      version: '',
    });
    expect(saved.status).toBe(303);

    const index = await page('/en');
    expect(index.status).toBe(200);
    expect(index.text).toContain('<html lang="en"');
    expect(index.text).toContain('href="/en/gioi-thieu-chung"');
    const en = await page('/en/gioi-thieu-chung');
    expect(en.status).toBe(200);
    expect(en.text).toContain('<html lang="en"');
    expect(en.text).toContain('About the Provincial Party Committee');
    expect(en.text).not.toContain('alert(1)');
    expect(en.text).toContain(
      `<link rel="alternate" hreflang="vi" href="${SITE}/gioi-thieu/gioi-thieu-chung"/>`,
    );
    expect(en.text).toContain(
      `<link rel="alternate" hreflang="en" href="${SITE}/en/gioi-thieu-chung"/>`,
    );
    const vi = await page('/gioi-thieu/gioi-thieu-chung');
    expect(vi.text).toContain('<html lang="vi"');
    expect(vi.text).toContain('<a href="/en/gioi-thieu-chung" hreflang="en" lang="en">English</a>');
    expect(vi.text).toContain(
      `<link rel="alternate" hreflang="en" href="${SITE}/en/gioi-thieu-chung"/>`,
    );
    expect((await a.get('/quan-tri/trang-gioi-thieu')).text).toContain('Có bản tiếng Anh');

    // The Vietnamese page changes: the English one is flagged for the editor.
    clock.tick(60_000);
    const form = await a.get(`/quan-tri/trang-gioi-thieu/${pageId}`);
    const seen = /name="version" value="([^"]+)"/.exec(form.text)![1]!;
    const changed = await a.post(`/quan-tri/trang-gioi-thieu/${pageId}`, {
      title: 'Giới thiệu chung',
      bodyHtml: '<p>Đảng bộ tỉnh Điện Biên có 49 đảng bộ trực thuộc.</p>',
      version: seen,
    });
    expect(changed.status).toBe(303);
    expect((await page('/gioi-thieu/gioi-thieu-chung')).text).toContain('49 đảng bộ trực thuộc');
    expect((await a.get('/quan-tri/trang-gioi-thieu')).text).toContain('cũ hơn bản tiếng Việt');
    expect((await a.get(`/quan-tri/trang-gioi-thieu/${pageId}/tieng-anh`)).text).toContain(
      'Bản tiếng Việt đã được sửa sau lần cập nhật bản tiếng Anh',
    );
    await a.post(`/quan-tri/trang-gioi-thieu/${pageId}/tieng-anh`, {
      title: 'About the Provincial Party Committee',
      bodyHtml: '<p>It has 49 Party committees directly under it.</p>',
      version: '',
    });
    expect((await a.get('/quan-tri/trang-gioi-thieu')).text).not.toContain('cũ hơn bản tiếng Việt');

    // A save from a form opened before that change is refused, and the typed text is kept.
    await a.get(`/quan-tri/trang-gioi-thieu/${pageId}`);
    const stale = await a.post(`/quan-tri/trang-gioi-thieu/${pageId}`, {
      title: 'Giới thiệu chung',
      bodyHtml: '<p>Nội dung gõ dở của tôi</p>',
      version: seen,
    });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('vừa được người khác lưu');
    expect(stale.text).toContain('Nội dung gõ dở của tôi');
  });

  it('refuses bad input with Vietnamese messages and keeps other roles out', async () => {
    const a = await approver.login();
    const form = await a.get(`/quan-tri/trang-gioi-thieu/${pageId}`);
    const seen = /name="version" value="([^"]+)"/.exec(form.text)![1]!;
    const empty = await a.post(`/quan-tri/trang-gioi-thieu/${pageId}`, {
      title: '   ',
      bodyHtml: '<p></p>',
      version: seen,
    });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Vui lòng nhập tiêu đề trang.');
    expect(empty.text).toContain('Vui lòng nhập nội dung trang.');
    expect((await a.get('/quan-tri/trang-gioi-thieu/999999')).status).toBe(404);
    const odd = await a.post(`/quan-tri/trang-gioi-thieu/${pageId}`, {
      title: 'x',
      bodyHtml: '<p>y</p>',
      version: 'không phải ngày',
    });
    expect(odd.status).toBe(409);

    for (const [name, role] of [
      ['pv', 'reporter'],
      ['qt', 'admin'],
    ] as const) {
      const s = await (
        await makeStaff(t, clock, name, role, role === 'reporter' ? ['tin-trong-tinh'] : [])
      ).login();
      expect((await s.get('/quan-tri/trang-gioi-thieu')).status).toBe(403);
      await s.get('/quan-tri');
      const w = await s.post(`/quan-tri/trang-gioi-thieu/${pageId}/tieng-anh`, {
        title: 'Hijack',
        bodyHtml: '<p>x</p>',
        version: '',
      });
      expect(w.status).toBe(403);
    }
    expect((await page('/en/gioi-thieu-chung')).text).not.toContain('Hijack');
  });
});
