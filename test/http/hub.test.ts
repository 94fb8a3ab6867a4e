import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsroomRepository } from '../../src/modules/newsroom/newsroom.repository.ts';
import * as fx from '../support/media-fixtures.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
const APPROVER = {
  id: 1,
  role: 'approver' as const,
  allSections: true,
  sectionIds: [],
  disabledAt: null,
};

describe.each(dialects)('Chuyên đề and Dòng sự kiện on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock();
  let approver: TestStaff;
  let editor: TestStaff;
  let admin: TestStaff;
  let threadId: number;
  const articles: { title: string; path: string }[] = [];
  let albumTitle = '';

  beforeAll(async () => {
    t = await testApp(dialect, { clock: () => clock.now() });
    approver = await makeStaff(t, clock, 'pheduyet', 'approver', ['tin-trong-tinh']);
    editor = await makeStaff(t, clock, 'bientap', 'editor', ['tin-trong-tinh']);
    admin = await makeStaff(t, clock, 'quantri', 'admin');
    threadId = await newsroomRepository(t.db).ensureEvent(
      'Đại hội Đảng bộ tỉnh lần thứ XV',
      'dai-hoi-xv',
      clock.now(),
    );
    // Two published articles join the thread.
    const home = await t.deps.articles.home();
    for (const a of home.latest.slice(0, 2)) {
      await t.db.kysely
        .updateTable('article')
        .set({ eventId: threadId })
        .where('id', '=', a.id)
        .execute();
      articles.push({ title: a.title, path: a.path });
    }
    // A published album in the thread.
    const [up] = await t.deps.media.upload(SYSTEM, [
      { name: 'dh.jpg', data: await fx.jpeg(320, 200, 77) },
    ]);
    if (!up?.ok) throw new Error('upload');
    albumTitle = 'Ảnh Đại hội XV';
    const id = await t.deps.albums.create(SYSTEM, APPROVER, {
      title: albumTitle,
      description: '',
      takenOn: '',
      unitCode: '',
      credit: '',
      tags: [],
      eventThreadId: threadId,
    });
    await t.deps.albums.pick(SYSTEM, APPROVER, id, [up.media.id]);
    await t.db.kysely
      .updateTable('albumItem')
      .set({ alt: 'Hội trường' })
      .where('albumId', '=', id)
      .execute();
    await t.db.kysely
      .updateTable('album')
      .set({ status: 'published', publishedAt: clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists an event thread’s articles and albums on its public page', async () => {
    const page = await t.get('/dong-su-kien/dai-hoi-xv');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Dòng sự kiện: Đại hội Đảng bộ tỉnh lần thứ XV');
    for (const a of articles) expect(page.text).toContain(`href="${a.path}"`);
    expect(page.text).toContain(albumTitle);
    expect((await t.get('/dong-su-kien/khong-co')).status).toBe(404);
  });

  it('an approver creates a hub with a banner; while active it is in the menu and on the home page; archived it keeps its address', async () => {
    const a = await approver.login();
    expect((await a.get('/quan-tri')).text).toContain('href="/quan-tri/chuyen-de"');
    await a.get('/quan-tri/chuyen-de/moi');
    // A banner without alt is refused, with the typed values kept.
    const form = (alt: string) => {
      const f = new FormData();
      f.set('title', 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XV');
      f.set('intro', 'Nhiệm kỳ 2025–2030.');
      f.set('bannerAlt', alt);
      f.set('eventThreadId', String(threadId));
      f.set('startsOn', '14/10/2025');
      f.set('endsOn', '16/10/2025');
      f.set('status', 'active');
      return f;
    };
    const jpeg = await fx.jpeg(1200, 300, 5);
    const noAlt = form('');
    noAlt.set('file', new File([new Uint8Array(jpeg)], 'banner.jpg', { type: 'image/jpeg' }));
    const refused = await a.multipart('/quan-tri/chuyen-de/moi', noAlt);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Ảnh banner cần có mô tả ảnh (alt).');
    expect(refused.text).toContain('value="Đại hội đại biểu Đảng bộ tỉnh lần thứ XV"');
    const ok = form('Hội trường Đại hội XV');
    ok.set('file', new File([new Uint8Array(jpeg)], 'banner.jpg', { type: 'image/jpeg' }));
    expect((await a.multipart('/quan-tri/chuyen-de/moi', ok)).status).toBe(303);

    const href = '/chuyen-de/dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xv';
    const hub = await t.get(href);
    expect(hub.status).toBe(200);
    expect(hub.text).toContain('alt="Hội trường Đại hội XV"');
    expect(hub.text).toContain('Đang diễn ra');
    expect(hub.text).toContain('14/10/2025 – 16/10/2025');
    const timeline = /<ol class="hub-timeline">([\s\S]*?)<\/ol>/.exec(hub.text)?.[1] ?? '';
    for (const x of articles) expect(timeline).toContain(`href="${x.path}"`);
    expect(timeline).toContain(albumTitle);
    expect(timeline).toContain('Album ảnh:');
    // Reachable: the main menu and the home page while active.
    const home = await t.get('/');
    expect(home.text).toContain(`<a href="${href}"`);
    expect(home.text).toContain('aria-label="Chuyên đề đang diễn ra"');
    expect((await t.get('/chuyen-de')).text).toContain(href);

    // Its RSS lists the timeline; the "chuyên trang" address leads to it.
    const rss = await t.get(`${href}/rss`);
    expect(rss.status).toBe(200);
    expect(rss.headers.get('content-type')).toContain('application/rss+xml');
    for (const x of articles) expect(rss.text).toContain(`${x.path}</link>`);
    expect(hub.text).toContain(`${href}/rss`);
    const alias = await t.get('/chuyen-trang/dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xv');
    expect(alias.status).toBe(301);
    expect(alias.headers.get('location')).toBe(href);

    // Archive it: the address stays, the menu and home page drop it.
    // (The demo content brings its own, archived Đại hội XV hub: pick ours by its address.)
    const id = (await t.deps.hubs.list()).find((h) => href.endsWith(h.slug))!.id;
    await a.get(`/quan-tri/chuyen-de/${id}`);
    const archive = form('Hội trường Đại hội XV');
    archive.set('status', 'archived');
    expect((await a.multipart(`/quan-tri/chuyen-de/${id}`, archive)).status).toBe(303);
    const archived = await t.get(href);
    expect(archived.status).toBe(200);
    expect(archived.text).toContain('Lưu trữ');
    expect(archived.text).toContain('alt="Hội trường Đại hội XV"');
    expect((await t.get('/')).text).not.toContain('aria-label="Chuyên đề đang diễn ra"');
    expect((await t.get(`${href}/rss`)).status).toBe(200);
  });

  it('orders hubs, refuses others and answers bad input without a 500', async () => {
    const a = await approver.login();
    await a.get('/quan-tri/chuyen-de/moi');
    const second = new FormData();
    second.set('title', 'Học tập và làm theo tư tưởng Hồ Chí Minh');
    second.set('status', 'active');
    expect((await a.multipart('/quan-tri/chuyen-de/moi', second)).status).toBe(303);
    const [demo, first, next] = await t.deps.hubs.list();
    await a.get('/quan-tri/chuyen-de');
    expect((await a.post(`/quan-tri/chuyen-de/${next!.id}/len`, {})).status).toBe(303);
    expect((await t.deps.hubs.list()).map((h) => h.id)).toEqual([demo!.id, next!.id, first!.id]);

    for (const who of [editor, admin]) {
      const o = await who.login();
      const list = await o.get('/quan-tri/chuyen-de');
      // An editor reaches the list of the hubs naming them (none here); the admin never.
      expect(list.status).toBe(who === editor ? 200 : 403);
      expect(list.text).not.toContain(`/quan-tri/chuyen-de/${first!.id}"`);
      expect((await o.get(`/quan-tri/chuyen-de/${first!.id}`)).status).toBe(403);
      expect(
        (await o.post(`/quan-tri/chuyen-de/${first!.id}`, { title: 'x', status: 'active' })).status,
      ).toBe(403);
    }
    await a.get('/quan-tri/chuyen-de/moi');
    const cases: Record<string, string>[] = [
      { title: '', status: 'active' },
      { title: 'x'.repeat(400), status: 'active' },
      { title: 'Ổn', status: 'xoa' },
      { title: 'Ổn', status: 'active', eventThreadId: '99999999999' },
      { title: 'Ổn', status: 'active', eventThreadId: '777' },
      { title: 'Ổn', status: 'active', startsOn: '31/02/2026' },
      { title: 'Ổn', status: 'active', startsOn: '10/10/2026', endsOn: '01/10/2026' },
      { title: 'Học tập và làm theo tư tưởng Hồ Chí Minh', status: 'active' },
      { title: '<script>alert(1)</script>', status: 'active', bannerAlt: 'x' },
    ];
    for (const body of cases) {
      const r = await a.post('/quan-tri/chuyen-de/moi', body);
      expect(r.status, JSON.stringify(body).slice(0, 60)).toBeLessThan(500);
      expect(r.text).not.toContain('<script>alert(1)</script>');
    }
    expect((await a.get('/quan-tri/chuyen-de/99999999999')).status).toBe(404);
    await a.get('/quan-tri/chuyen-de');
    expect((await a.post('/quan-tri/chuyen-de/424242/len', {})).status).toBe(404);
    expect((await t.get('/chuyen-de/khong-co')).status).toBe(404);
    expect((await t.get('/chuyen-de/%00')).status).toBeLessThan(500);
  });
});
