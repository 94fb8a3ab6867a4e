import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSite } from '../../src/db/site-scope.ts';
import { statsAdminRoutes } from '../../src/modules/stats/stats.admin-routes.tsx';
import { STAFF_SESSION_COOKIE } from '../../src/modules/stats/stats.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { countingFixture, muongNhe, storedReads } from '../support/stats-fixtures.ts';

const HOST = 'https://dangbo.example.vn';
const BOT_UA = 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)';
const ua = (n: number) => BROWSER_UA.replace('Chrome/126', `Chrome/${100 + n}`);

/** Counting on two sites through real HTTP: the province and a commune under /xa/muong-nhe. */
describe.each(dialects)('counting per site on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const now = new Date('2026-11-26T03:00:00Z');
  let site2: number;
  let id2: number;
  let articlePath: string;
  let provinceArticle: number;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: () => now });
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
});
