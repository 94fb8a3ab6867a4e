import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statsAdminRoutes } from '../../src/modules/stats/stats.admin-routes.tsx';
import { reportCsv } from '../../src/modules/stats/stats.report.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const DESKTOP_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

describe.each(dialects)('statistics report on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let now = new Date('2026-11-20T03:00:00Z');
  let ids: number[];
  const admin = new Hono();

  beforeAll(async () => {
    t = await testApp(dialect, { clock: () => now });
    admin.route('/quan-tri/thong-ke', statsAdminRoutes(t.deps, { basePath: '/quan-tri/thong-ke' }));
    const rows = await t.db.kysely
      .selectFrom('article')
      .select('id')
      .orderBy('id')
      .limit(3)
      .execute();
    ids = rows.map((r) => r.id);
    await t.db.kysely
      .updateTable('article')
      .set({ title: '=HYPERLINK("http://x")' })
      .where('id', '=', ids[2]!)
      .execute();
    // Three days of history: 20/11 (2 readers), 21/11 (1 reader + a bot), 26/11 (3 readers).
    const read = (ip: string, id: number, ua = BROWSER_UA, r?: string) =>
      t.deps.stats.record({ siteId: 1, ip, userAgent: ua, articleId: id, referrer: r });
    await read('203.0.113.1', ids[0]!, BROWSER_UA, 'https://www.google.com/');
    await read('203.0.113.2', ids[0]!, DESKTOP_UA);
    now = new Date('2026-11-21T03:00:00Z');
    await read('203.0.113.1', ids[1]!, BROWSER_UA, 'https://zalo.me/');
    await t.deps.stats.record({
      siteId: 1,
      ip: '66.249.66.1',
      userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)',
    });
    now = new Date('2026-11-26T03:00:00Z');
    await read('203.0.113.3', ids[0]!, DESKTOP_UA, 'https://www.google.com/');
    await read('203.0.113.4', ids[2]!);
    await read('203.0.113.5', ids[2]!);
    await t.deps.stats.flush();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('builds the report: days, top articles, sections, referrers, devices; the sidebar shows the same numbers', async () => {
    const r = await t.deps.statsReport.build(30);
    expect(r.from).toBe('2026-10-28');
    expect(r.to).toBe('2026-11-26');
    expect(r.days).toHaveLength(30);
    expect(r.days.filter((d) => d.visits > 0).map((d) => [d.day, d.visits])).toEqual([
      ['2026-11-20', 2],
      ['2026-11-21', 1],
      ['2026-11-26', 3],
    ]);
    expect(r.totals).toEqual({ visits: 6, pageViews: 6, bots: 1 });
    expect(r.articles.map((a) => [a.id, a.reads])).toEqual([
      [ids[0], 3],
      [ids[2], 2],
      [ids[1], 1],
    ]);
    expect(r.articles[0]!.allTimeReads).toBeGreaterThan(3);
    expect(r.sections.reduce((s, x) => s + x.reads, 0)).toBe(6);
    expect(r.sections.every((x) => !x.name.startsWith('Chuyên mục #'))).toBe(true);
    expect(r.referrers).toEqual([
      { domain: 'google.com', visits: 2 },
      { domain: 'zalo.me', visits: 1 },
    ]);
    expect(r.devices).toEqual([
      { device: 'mobile', label: 'Điện thoại', visits: 4 },
      { device: 'desktop', label: 'Máy tính', visits: 2 },
    ]);
    expect(r.summary).toMatchObject({ today: 3, yesterday: 0, month: 6 });
    const sidebar = (await t.get('/')).text;
    const dd = (label: string) =>
      new RegExp(`<dt>${label}</dt><dd>([\\d.]+)</dd>`).exec(sidebar)?.[1];
    expect(dd('Hôm nay:')).toBe(String(r.summary.today));
    expect(dd('Tháng này:')).toBe(String(r.summary.month));
    expect(dd('Tổng truy cập:')).toBe(r.summary.total.toLocaleString('de-DE'));
  });

  it('exports CSV with a byte-order mark, Vietnamese headers and neutralised formulas', async () => {
    const r = await t.deps.statsReport.build(90);
    const days = reportCsv(r, 'ngay');
    expect(
      days.startsWith('\uFEFFNgày,Lượt truy cập,Lượt xem trang,Lượt truy cập của bot\r\n'),
    ).toBe(true);
    expect(days.split('\r\n')).toHaveLength(92);
    expect(days).toContain('\r\n2026-11-21,1,1,1\r\n');
    const articles = reportCsv(r, 'bai-viet');
    expect(articles).toContain(`${ids[2]},"'=HYPERLINK(""http://x"")",2,`);
    expect(reportCsv(r, 'nguon')).toContain('google.com,2');
  });

  it('the ready-to-mount statistics page renders charts and serves the CSV files', async () => {
    const page = await admin.request('/quan-tri/thong-ke?khoang=90');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Lượt truy cập theo ngày (90 ngày)');
    expect(html.match(/role="img"/g)).toHaveLength(5);
    expect(html.match(/<rect class="bar"/g)?.length).toBeGreaterThanOrEqual(3 + 2 + 2);
    expect(html).toContain(
      '<a href="/quan-tri/thong-ke?khoang=90" aria-current="page">90 ngày</a>',
    );
    expect(html).toContain('href="/quan-tri/thong-ke/csv?bang=thiet-bi&amp;khoang=90"');
    expect((await admin.request('/quan-tri/thong-ke?khoang=7')).status).toBe(400);
    const csv = await admin.request('/quan-tri/thong-ke/csv?bang=thiet-bi&khoang=30');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="thong-ke-thiet-bi-2026-10-28-2026-11-26.csv"',
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, for spreadsheets
    expect(new TextDecoder().decode(bytes)).toBe(
      'Thiết bị,Lượt truy cập\r\nĐiện thoại,4\r\nMáy tính,2\r\n',
    );
    const bad = await admin.request('/quan-tri/thong-ke/csv?bang=khac');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('Bảng số liệu không hợp lệ.');
  });
});
