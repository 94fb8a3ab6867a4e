import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSite } from '../../src/db/site-scope.ts';
import { statsAdminRoutes } from '../../src/modules/stats/stats.admin-routes.tsx';
import { STAFF_SESSION_COOKIE } from '../../src/modules/stats/stats.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { countingFixture, muongNhe, storedReads } from '../support/stats-fixtures.ts';
import { makeStaff, manualClock } from '../support/staff.ts';

const HOST = 'https://dangbo.example.vn';
const BOT_UA = 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)';
const ua = (n: number) => BROWSER_UA.replace('Chrome/126', `Chrome/${100 + n}`);

/** Counting on two sites through real HTTP: the province and a commune under /xa/muong-nhe. */
describe.each(dialects)('counting per site on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock(new Date('2026-11-26T03:00:00Z'));
  let site2: number;
  let id2: number;
  let articlePath: string;
  let provinceArticle: number;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    site2 = await muongNhe(t.db);
    id2 = (await countingFixture(t.db, 1, site2)).articleIds[0] as number;
    await t.deps.platform.load();
    await withSite(1, () => t.deps.site.saveSettings({ visitorTotalOffset: 5000 }));
    await withSite(site2, () => t.deps.site.saveSettings({ visitorTotalOffset: 70 }));
    const list = await t.get('/xa/muong-nhe/tin-1', { host: 'dangbo.example.vn' });
    articlePath = new RegExp(`href="(/xa/muong-nhe/tin-1/[^"]+-${id2})"`).exec(list.text)![1]!;
    const row = await t.db.kysely
      .selectFrom('article')
      .select('id')
      .where('siteId', '=', 1)
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    provinceArticle = row.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const beacon = (prefix: string, body: unknown, headers: Record<string, string> = {}) =>
    t.app.request(`${HOST}${prefix}/api/dem`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: {
        'user-agent': BROWSER_UA,
        'content-type': 'text/plain;charset=UTF-8',
        origin: HOST,
        host: 'dangbo.example.vn',
        ...headers,
      },
    });
  /** The "Thống kê truy cập" figures of a site's home page. */
  const sidebar = async (prefix: string) => {
    const html = (await t.get(`${prefix}/`, { host: 'dangbo.example.vn' })).text;
    const dd = (label: string) => new RegExp(`<dt>${label}</dt><dd>([\\d.]+)</dd>`).exec(html)?.[1];
    return {
      online: dd('Đang online:'),
      today: dd('Hôm nay:'),
      yesterday: dd('Hôm qua:'),
      month: dd('Tháng này:'),
      total: dd('Tổng truy cập:'),
    };
  };

  it("the commune's pages send their beacon and pixel under its prefix", async () => {
    const page = await t.get(articlePath, { host: 'dangbo.example.vn', 'user-agent': ua(1) });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(
      new RegExp(
        `<script src="/static/dem\\.[0-9a-f]{10}\\.js" defer="" data-endpoint="/xa/muong-nhe/api/dem" data-kind="article" data-article="${id2}"></script>`,
      ),
    );
    expect(page.text).toContain(
      `<noscript><img src="/xa/muong-nhe/api/dem.gif?t=article&amp;a=${id2}" alt="" width="1" height="1" hidden=""/></noscript>`,
    );
  });

  it("hits on the commune change only the commune's figures and report; the same reader makes a visit on each site", async () => {
    const province = await sidebar('');
    const provinceReport = await withSite(1, () => t.deps.statsReport.build(30));
    expect(await sidebar('/xa/muong-nhe')).toEqual({
      online: '0',
      today: '0',
      yesterday: '0',
      month: '0',
      total: '70',
    });
    const p = '/xa/muong-nhe';
    for (const n of [1, 2, 3])
      expect((await beacon(p, { t: 'article', a: id2 }, { 'user-agent': ua(n) })).status).toBe(204);
    await beacon(p, { t: 'article', a: id2 }, { 'user-agent': ua(1) }); // a reload: same visit, same read
    await beacon(p, { t: 'home' }, { 'user-agent': BOT_UA }); // a bot of the commune
    await beacon(p, { t: 'home' }, { 'user-agent': ua(4), cookie: `${STAFF_SESSION_COOKIE}=abc` }); // staff
    await beacon(p, { t: 'article', a: provinceArticle }, { 'user-agent': ua(5) }); // not the commune's article
    const pixel = await t.app.request(`${HOST}${p}/api/dem.gif?t=home`, {
      headers: { 'user-agent': ua(6), host: 'dangbo.example.vn' },
    });
    expect(pixel.headers.get('content-type')).toBe('image/gif');
    await t.deps.stats.flush();

    expect(await storedReads(t.db, id2)).toBe(103);
    expect(await sidebar(p)).toEqual({
      online: '4',
      today: '4',
      yesterday: '0',
      month: '4',
      total: '74',
    });
    expect(await sidebar('')).toEqual(province);
    const report = await withSite(site2, () => t.deps.statsReport.build(30));
    expect(report.totals).toEqual({ visits: 4, pageViews: 5, bots: 1 });
    expect(report.summary).toMatchObject({ online: 4, today: 4, month: 4, total: 74 });
    expect(report.articles.map((a) => [a.id, a.reads])).toEqual([[id2, 3]]);
    expect(report.sections.map((s) => s.reads)).toEqual([3]);
    expect(report.sections[0]!.name).toBe('Tin trong tỉnh');
    expect(await withSite(1, () => t.deps.statsReport.build(30))).toEqual(provinceReport);

    // Reader 1 opens the province: a visit there too; the commune's figures stay.
    expect((await beacon('', { t: 'home' }, { 'user-agent': ua(1) })).status).toBe(204);
    await t.deps.stats.flush();
    const after = await withSite(1, () => t.deps.statsReport.build(30));
    expect(after.totals.visits).toBe(provinceReport.totals.visits + 1);
    expect(after.summary.today).toBe(provinceReport.summary.today + 1);
    expect((await sidebar('')).today).toBe(String(provinceReport.summary.today + 1));
    expect(await sidebar(p)).toMatchObject({ online: '4', today: '4', total: '74' });
  });

  it("the statistics page shows the working site's figures", async () => {
    const admin = new Hono();
    admin.use('/quan-tri/*', (_c, next) => withSite(site2, next));
    admin.route('/quan-tri/thong-ke', statsAdminRoutes(t.deps, { basePath: '/quan-tri/thong-ke' }));
    const csv = await admin.request('/quan-tri/thong-ke/csv?bang=bai-viet&khoang=30');
    expect(await csv.text()).toBe(
      `Mã bài,Tiêu đề,Lượt đọc trong kỳ,Tổng lượt đọc\r\n${id2},Bài 0,3,103\r\n`,
    );
    const days = await (await admin.request('/quan-tri/thong-ke/csv?bang=ngay&khoang=30')).text();
    expect(days).toContain('\r\n2026-11-26,4,5,1\r\n');
  });

  it('the roll-up ("Toàn hệ thống") sums every site and lists each one', async () => {
    const one = await withSite(1, () => t.deps.statsReport.build(30));
    const two = await withSite(site2, () => t.deps.statsReport.build(30));
    const all = await withSite(1, () => t.deps.statsReport.build(30, 10, 'toan-he-thong'));
    expect(all.scope).toBe('toan-he-thong');
    expect(all.totals).toEqual({
      visits: one.totals.visits + two.totals.visits,
      pageViews: one.totals.pageViews + two.totals.pageViews,
      bots: one.totals.bots + two.totals.bots,
    });
    expect(all.summary.today).toBe(one.summary.today + two.summary.today);
    expect(all.summary.total).toBe(one.summary.total + two.summary.total);
    expect(all.sites).toEqual([
      { id: site2, name: 'Đảng bộ xã Mường Nhé', visits: 4, pageViews: 5 },
      expect.objectContaining({ id: 1, visits: one.totals.visits }),
    ]);
    expect(all.articles.find((a) => a.id === id2)).toMatchObject({
      title: 'Bài 0 (Đảng bộ xã Mường Nhé)',
      reads: 3,
    });
    expect(all.sections.map((x) => x.name)).toContain('Tin trong tỉnh (Đảng bộ xã Mường Nhé)');
    expect(one.sites).toEqual([]);
  });

  it('only who may roll up sees every site; others get 403, and the sites table needs the roll-up', async () => {
    const mount = (may: boolean) => {
      const admin = new Hono();
      admin.route(
        '/quan-tri/thong-ke',
        statsAdminRoutes(t.deps, { basePath: '/quan-tri/thong-ke', mayRollUp: () => may }),
      );
      return admin;
    };
    const no = mount(false);
    const denied = await no.request('/quan-tri/thong-ke?pham-vi=toan-he-thong');
    expect(denied.status).toBe(403);
    expect(await denied.text()).toBe(
      'Chỉ quản trị hệ thống của tỉnh được xem số liệu toàn hệ thống.',
    );
    expect(
      (await no.request('/quan-tri/thong-ke/csv?bang=ngay&pham-vi=toan-he-thong')).status,
    ).toBe(403);
    const page = await (await no.request('/quan-tri/thong-ke')).text();
    expect(page).not.toContain('Toàn hệ thống');
    expect(page).not.toContain('bang=don-vi');
    expect((await no.request('/quan-tri/thong-ke?pham-vi=khac')).status).toBe(400);
    const yes = mount(true);
    const sitesOnly = await yes.request('/quan-tri/thong-ke/csv?bang=don-vi');
    expect(sitesOnly.status).toBe(400);
    expect(await sitesOnly.text()).toBe('Bảng theo đơn vị chỉ có trong số liệu toàn hệ thống.');
    const html = await (
      await yes.request('/quan-tri/thong-ke?khoang=90&pham-vi=toan-he-thong')
    ).text();
    expect(html).toContain('Thống kê truy cập — Toàn hệ thống');
    expect(html).toContain(
      '<a href="/quan-tri/thong-ke?khoang=90&amp;pham-vi=toan-he-thong" aria-current="page">Toàn hệ thống</a>',
    );
    expect(html).toContain('Lượt truy cập theo đơn vị');
    expect(html).toContain(
      'href="/quan-tri/thong-ke/csv?bang=don-vi&amp;khoang=90&amp;pham-vi=toan-he-thong"',
    );
    const csv = await yes.request(
      '/quan-tri/thong-ke/csv?bang=don-vi&khoang=30&pham-vi=toan-he-thong',
    );
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="thong-ke-toan-he-thong-don-vi-2026-10-28-2026-11-26.csv"',
    );
    expect(await csv.text()).toContain(`\r\n${site2},Đảng bộ xã Mường Nhé,4,5\r\n`);
  });

  it("in the back office the province's system admin may roll up, an approver may not", async () => {
    // The agent's requests go to the province's host (two sites: an unknown host answers 404).
    const onHost = {
      ...t,
      app: {
        request: (p: string, init: RequestInit = {}) =>
          t.app.request(p, {
            ...init,
            headers: { ...(init.headers as Record<string, string>), host: 'dangbo.example.vn' },
          }),
      },
    } as unknown as typeof t;
    const admin = await (await makeStaff(onHost, clock, 'quantri2', 'admin')).login();
    const page = await admin.get('/quan-tri/thong-ke?pham-vi=toan-he-thong');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Lượt truy cập theo đơn vị');
    expect(page.text).toContain('Đảng bộ xã Mường Nhé');
    const approver = await (await makeStaff(onHost, clock, 'duyet2', 'approver')).login();
    expect((await approver.get('/quan-tri/thong-ke')).text).not.toContain('Toàn hệ thống');
    expect((await approver.get('/quan-tri/thong-ke?pham-vi=toan-he-thong')).status).toBe(403);
  });
});
