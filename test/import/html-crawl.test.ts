/**
 * Moving in by crawling (#21, source 3): a local HTTP server serves pages shaped like the
 * reference portal (header, menu, list pages with pagination, articles with "Thời gian đăng" and
 * "Lượt đọc", images with captions, the byline "Tin, ảnh: …", a robots.txt that disallows one
 * path, a page that never answers, one too big); the committed rule set for that layout
 * (import-rules/dienbien.dcs.vn.json) crawls it into a site on SQLite and PostgreSQL: dry run,
 * import, old addresses 301, a re-run changes nothing, a stopped crawl resumes.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/lib/paths.ts';
import { loadCrawlConfig } from '../../src/modules/import/html.config.ts';
import { parseRobots, robotsAllows } from '../../src/modules/import/html.fetch.ts';
import { parseReadCount, parseVnDateTime } from '../../src/modules/import/html.parse.ts';
import { addSite } from '../support/sites.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const RULES = path.join(ROOT, 'import-rules/dienbien.dcs.vn.json');

const chrome = (main: string) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Đảng bộ tỉnh Điện Biên</title><script>var x = "<p>not body</p>";</script></head><body>
<div class="header"><h1>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH ĐIỆN BIÊN</h1></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/TinTuc/HoatDong">Tin hoạt động</a></li>
<li><a href="/GioiThieu/LichSuDangBo">Giới thiệu</a><ul><li><a href="/GioiThieu/ChucNangNhiemVu">Chức năng, nhiệm vụ</a></li></ul></li></ul>
<div class="main">${main}</div>
<div class="sidebar"><h3>BẢN ĐỒ HÀNH CHÍNH</h3><h3>Liên kết web</h3><div>Thống kê truy cập<br>Tổng truy cập: 27</div></div>
</body></html>`;

const list = (items: [string, string][], next?: string) =>
  chrome(
    `<div class="list-news">${items
      .map(
        ([href, t]) =>
          `<div class="item"><a class="title" href="${href}">${t}</a><p>Tóm tắt…</p></div>`,
      )
      .join(
        '',
      )}</div><div class="pager">${next ? `<a class="next" href="${next}">Trang sau</a>` : ''}</div>`,
  );

const article = (a: {
  title: string;
  date: string;
  reads: string;
  lead: string;
  body: string;
  byline?: string;
}) =>
  chrome(`<div class="detail"><ul class="news-detail">
<li class="title"><h2>${a.title}</h2></li>
<li class="date">Thời gian đăng: ${a.date} - Lượt đọc: ${a.reads}</li>
<li class="sapo"><strong>${a.lead}</strong></li>
<li class="content">${a.body}${a.byline ? `<p style="text-align: right;"><strong>${a.byline}</strong></p>` : ''}
<div class="share"><a href="https://facebook.com/sharer?u=x">Chia sẻ</a></div></li>
</ul></div>`);

/** A static page of the reference portal (`/GioiThieu/<Alias>`): the detail layout, no date. */
const staticPage = (title: string, body: string) =>
  chrome(`<div class="detail"><ul class="news-detail">
<li class="title"><h2>${title}</h2></li>
<li class="content">${body}<div class="share"><a href="https://facebook.com/sharer?u=x">Chia sẻ</a></div></li>
</ul></div>`);

const PAGES: Record<string, () => string> = {
  '/GioiThieu/LichSuDangBo': () =>
    staticPage(
      'Lịch sử Đảng bộ tỉnh Điện Biên',
      `<p>Đảng bộ tỉnh Điện Biên được thành lập năm 1949.</p>
<p style="text-align: center;"><img src="/Uploads/images/gioithieu/so-do.jpg" alt=""></p>
<p style="text-align: center;"><em>Sơ đồ tổ chức Đảng bộ tỉnh</em></p>`,
    ),
  '/GioiThieu/ChucNangNhiemVu': () =>
    staticPage(
      'Chức năng, nhiệm vụ',
      '<p>Tỉnh ủy Điện Biên lãnh đạo toàn diện các mặt công tác của tỉnh.</p>',
    ),
  '/TinTuc/HoatDong': () =>
    list(
      [
        ['/TinTuc/ChiTiet/hoi-thao-khoa-hoc-1234', 'Hội thảo khoa học'],
        ['/TinTuc/ChiTiet/dai-hoi-chi-bo-1235', 'Đại hội chi bộ'],
        ['/TinTuc/NoiBo/tai-lieu-99', 'Tài liệu nội bộ'],
        ['/TinTuc/ChiTiet/cham-999', 'Trang không trả lời'],
        ['https://other.example.net/TinTuc/ChiTiet/ngoai-1', 'Trang khác'],
      ],
      '/TinTuc/HoatDong?PageIndex=2',
    ),
  '/TinTuc/HoatDong?PageIndex=2': () =>
    list([
      ['/TinTuc/ChiTiet/ra-quan-1236', 'Ra quân'],
      ['/TinTuc/ChiTiet/qua-lon-1237', 'Trang quá lớn'],
      ['/TinTuc/ChiTiet/hoi-thao-khoa-hoc-1234', 'Hội thảo khoa học (lặp lại)'],
    ]),
  '/TinTuc/ChiTiet/hoi-thao-khoa-hoc-1234': () =>
    article({
      title:
        'Hội thảo khoa học về công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Điện Biên',
      date: '09/03/2023 03:03:54 PM',
      reads: '12695',
      lead: 'Ngày 9/3, tại Trường Chính trị tỉnh, Ban Chỉ đạo Hội thảo khoa học cấp tỉnh tổ chức Hội thảo khoa học.',
      body: `<p>Hội thảo được tổ chức là một trong những hoạt động khoa học có ý nghĩa.</p>
<p style="text-align: center;"><img src="/Uploads/images/2023/3/1-hoi-thao-khoa-hoc.jpg" alt="1-hoi-thao-khoa-hoc.jpg"></p>
<p style="text-align: center;"><em>Đại biểu tham dự Hội thảo khoa học “Công tác đào tạo, bồi dưỡng cán bộ”.</em></p>
<p>Xuất phát từ vị trí, chức năng, nhiệm vụ của Trường Chính trị tỉnh. <a href="http://${HOST()}/TinTuc/ChiTiet/ra-quan-1236">Xem thêm</a></p>
<p><img src="https://cdn.other.example.net/quang-cao.jpg" alt="quảng cáo"></p>`,
      byline: 'Tin, ảnh: Minh Thùy',
    }),
  '/TinTuc/ChiTiet/dai-hoi-chi-bo-1235': () =>
    article({
      title: 'Đại hội Chi bộ &amp; nhiệm kỳ mới',
      date: '31/12/2022 12:05:00 AM',
      reads: '1.024',
      lead: 'Chi bộ tổ chức đại hội.',
      body: `<table class="image"><tr><td><img src="/Uploads/images/2022/12/dai-hoi.jpg" alt=""></td></tr><tr><td class="caption">Quang cảnh đại hội</td></tr></table><p>Nội dung đại hội.</p>`,
      byline: 'Bài, ảnh: Lò Văn Hùng',
    }),
  '/TinTuc/ChiTiet/ra-quan-1236': () =>
    article({
      title: 'Ra quân tình nguyện',
      date: 'không rõ',
      reads: '7',
      lead: 'Thanh niên ra quân.',
      body: '<p>Nội dung ra quân.</p>',
    }),
  '/TinTuc/ChiTiet/qua-lon-1237': () => `<html><body>${'x'.repeat(300_000)}</body></html>`,
};

let HOST = () => '';

/** The local old portal: pages above, robots.txt, images; a log of every request. */
async function oldPortal() {
  const jpeg = (w: number, c: { r: number; g: number; b: number }) =>
    sharp({ create: { width: w, height: Math.round(w * 0.6), channels: 3, background: c } })
      .jpeg()
      .toBuffer();
  const images: Record<string, Buffer> = {
    '/Uploads/images/2023/3/1-hoi-thao-khoa-hoc.jpg': await jpeg(900, { r: 200, g: 30, b: 30 }),
    '/Uploads/images/2022/12/dai-hoi.jpg': await jpeg(800, { r: 30, g: 120, b: 200 }),
    '/Uploads/images/gioithieu/so-do.jpg': await jpeg(700, { r: 40, g: 160, b: 60 }),
  };
  const log: { url: string; ua: string; at: number }[] = [];
  const state = { down: false, downAfter: Infinity, served: 0 };
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (state.down || state.served >= state.downAfter) {
      state.down = true;
      req.socket.destroy();
      return;
    }
    log.push({ url, ua: String(req.headers['user-agent'] ?? ''), at: Date.now() });
    if (url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nDisallow: /TinTuc/NoiBo\n\nUser-agent: BadBot\nDisallow: /\n');
      return;
    }
    if (url === '/TinTuc/ChiTiet/cham-999') return; // never answers
    const img = images[url];
    if (img) {
      state.served++;
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': img.length });
      res.end(img);
      return;
    }
    const page = PAGES[url];
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(chrome('<p>Không tìm thấy</p>'));
      return;
    }
    state.served++;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    log,
    state,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** The committed rule set, pointed at the local server and made fast for the test. */
function rulesFor(origin: string, dir: string): string {
  const rules = JSON.parse(fs.readFileSync(RULES, 'utf8')) as Record<string, unknown>;
  rules.startUrls = [{ url: `${origin}/TinTuc/HoatDong`, section: 'Tin hoạt động' }];
  rules.requestsPerSecond = 20;
  rules.timeoutMs = 1500;
  rules.maxPageBytes = 200_000;
  const file = path.join(dir, 'rules.json');
  fs.writeFileSync(file, JSON.stringify(rules));
  return file;
}

describe('crawler building blocks', () => {
  it('reads "Thời gian đăng" in Vietnam time and "Lượt đọc"', () => {
    expect(parseVnDateTime('Thời gian đăng: 09/03/2023 03:03:54 PM')?.toISOString()).toBe(
      '2023-03-09T08:03:54.000Z',
    );
    expect(parseVnDateTime('31/12/2022 12:05:00 AM')?.toISOString()).toBe(
      '2022-12-30T17:05:00.000Z',
    );
    expect(parseVnDateTime('01/01/2024 12:00:00 PM')?.toISOString()).toBe(
      '2024-01-01T05:00:00.000Z',
    );
    expect(parseVnDateTime('30/02/2023 10:00')).toBeUndefined();
    expect(parseVnDateTime('13/13/2023')).toBeUndefined();
    expect(parseVnDateTime('không rõ')).toBeUndefined();
    expect(parseReadCount('Thời gian đăng: 09/03/2023 03:03:54 PM - Lượt đọc: 12695', false)).toBe(
      12695,
    );
    expect(parseReadCount('Lượt xem: 1.024', false)).toBe(1024);
    expect(parseReadCount('09/03/2023 03:03:54 PM', false)).toBeUndefined();
  });

  it('obeys robots.txt: the group naming the agent, else *; longest match wins', () => {
    const text =
      'User-agent: *\nDisallow: /TinTuc/NoiBo\nAllow: /TinTuc/NoiBo/cong-khai\n\nUser-agent: badbot\nDisallow: /';
    const star = parseRobots(text, 'CongThongTinDangBo-NhapDuLieu/1.0');
    expect(robotsAllows(star, '/TinTuc/NoiBo/x')).toBe(false);
    expect(robotsAllows(star, '/TinTuc/NoiBo/cong-khai/1')).toBe(true);
    expect(robotsAllows(star, '/TinTuc/ChiTiet/1')).toBe(true);
    expect(robotsAllows(parseRobots(text, 'BadBot/2'), '/TinTuc/ChiTiet/1')).toBe(false);
    expect(robotsAllows(parseRobots('User-agent: *\nDisallow: /*.pdf$', 'x'), '/a/b.pdf')).toBe(
      false,
    );
    expect(robotsAllows(parseRobots('User-agent: *\nDisallow: /*.pdf$', 'x'), '/a/b.pdfx')).toBe(
      true,
    );
  });

  it('the committed rule set loads; a bad rule file is refused in Vietnamese', () => {
    expect(loadCrawlConfig(RULES).name).toBe('dienbien.dcs.vn');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crawl-rules-'));
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(
      bad,
      JSON.stringify({
        name: 'x',
        startUrls: [{ url: 'ftp://x/', section: 'a' }],
        list: { articleLinks: 'a[' },
        article: { title: 'h1', postedAt: '.d', body: '.c' },
      }),
    );
    expect(() => loadCrawlConfig(bad)).toThrow(/không hợp lệ/);
    fs.writeFileSync(bad, '{not json');
    expect(() => loadCrawlConfig(bad)).toThrow(/Không đọc được tệp quy tắc/);
  });
});

describe.each(dialects)('crawling a reference-shaped portal on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let portal: Awaited<ReturnType<typeof oldPortal>>;
  let rules: string;
  let siteId: number;
  const A = 'https://dienbien.example.vn';

  const run = async (dryRun: boolean, site = siteId) => {
    const id = await t.deps.imports.start({
      siteId: site,
      source: 'html',
      url: rules,
      uploadsDir: '',
      prefix: '',
      oldHosts: [],
      dryRun,
      startedBy: null,
    });
    return { id, report: await t.deps.imports.runNow(id) };
  };
  const articles = (site = siteId) =>
    t.db.kysely
      .selectFrom('article')
      .selectAll()
      .where('siteId', '=', site)
      .orderBy('id')
      .execute();
  const request = (url: string) => t.app.request(url, { redirect: 'manual' });

  beforeAll(async () => {
    portal = await oldPortal();
    HOST = () => portal.host;
    rules = rulesFor(portal.origin, fs.mkdtempSync(path.join(os.tmpdir(), 'crawl-')));
    t = await testApp(dialect, { seed: false });
    siteId = (
      await addSite(t.db, { slug: 'dien-bien', name: 'Điện Biên', host: 'dienbien.example.vn' })
    ).id;
    await t.deps.platform.load();
  });
  afterAll(async () => {
    await t?.close();
    await portal?.close();
  });

  it('a dry run reports what would come in and writes nothing', async () => {
    const { report } = await run(true);
    expect(report.error).toBeUndefined();
    expect(report.counts.section.created).toBe(2);
    expect(report.counts.article.created).toBe(3);
    expect(report.counts.page.created).toBe(2);
    const msgs = report.warnings.map((w) => w.message).join('\n');
    expect(msgs).toContain('robots.txt');
    expect(msgs).toContain('Quá thời gian chờ');
    expect(msgs).toContain('Quá giới hạn dung lượng');
    expect(msgs).toContain('không đọc được “Thời gian đăng”');
    expect(await articles()).toHaveLength(0);
    expect(await t.db.kysely.selectFrom('importItem').selectAll().execute()).toHaveLength(0);
  });

  it('imports articles with their posting time, read counts, bylines and captioned images', async () => {
    portal.log.length = 0;
    const { report } = await run(false);
    expect(report.error).toBeUndefined();
    expect(report.counts.article).toMatchObject({ created: 3 });
    expect(report.counts.page).toMatchObject({ created: 2 });
    expect(report.counts.file.created).toBe(3);
    const rows = await articles();
    expect(rows).toHaveLength(3);
    const a = rows.find((r) => r.title.startsWith('Hội thảo'))!;
    expect(a.publishedAt).toBe('2023-03-09T08:03:54.000Z');
    expect(Number(a.readCount)).toBe(12695);
    expect(a.byline).toBe('Tin, ảnh: Minh Thùy');
    expect(a.lead).toContain('Ngày 9/3, tại Trường Chính trị tỉnh');
    expect(a.bodyHtml).toContain(
      '<figcaption>Đại biểu tham dự Hội thảo khoa học “Công tác đào tạo, bồi dưỡng cán bộ”.</figcaption>',
    );
    expect(a.bodyHtml).toMatch(/<img src="\/media\/nhap\//);
    expect(a.bodyHtml).not.toContain('Tin, ảnh');
    expect(a.bodyHtml).not.toContain('Chia sẻ');
    expect(a.bodyHtml).not.toContain('cdn.other.example.net');
    expect(a.bodyHtml).not.toContain('127.0.0.1');
    expect(a.bodyHtml).toContain('href="/TinTuc/ChiTiet/ra-quan-1236"');
    expect(a.bodyHtml).not.toContain('not body');
    const media = await t.db.kysely
      .selectFrom('media')
      .selectAll()
      .where('id', '=', a.imageId!)
      .executeTakeFirstOrThrow();
    expect(media.caption).toBe(
      'Đại biểu tham dự Hội thảo khoa học “Công tác đào tạo, bồi dưỡng cán bộ”.',
    );
    const b = rows.find((r) => r.title.startsWith('Đại hội'))!;
    expect(b.title).toBe('Đại hội Chi bộ & nhiệm kỳ mới');
    expect(b.publishedAt).toBe('2022-12-30T17:05:00.000Z');
    expect(Number(b.readCount)).toBe(1024);
    expect(b.bodyHtml).toContain('<figcaption>Quang cảnh đại hội</figcaption>');
    expect(b.byline).toBe('Bài, ảnh: Lò Văn Hùng');
    const c = rows.find((r) => r.title === 'Ra quân tình nguyện')!;
    expect(c.byline).toBe('');
    expect(Number(c.readCount)).toBe(7);
    // Politeness: the disallowed path and the other hosts never asked; our user agent; paced.
    const urls = portal.log.map((l) => l.url);
    expect(urls.some((u) => u.startsWith('/TinTuc/NoiBo'))).toBe(false);
    expect(urls).toContain('/robots.txt');
    expect(new Set(portal.log.map((l) => l.ua))).toEqual(
      new Set([
        'CongThongTinDangBo-NhapDuLieu/1.0 (+https://dienbien.example.vn/; chuyen du lieu trang cu)',
      ]),
    );
    expect(urls.filter((u) => u === '/TinTuc/ChiTiet/hoi-thao-khoa-hoc-1234')).toHaveLength(1);
    // Paced: 20 requests a second at most (on average over the crawl: arrival times jitter).
    const log = portal.log;
    const span = log[log.length - 1]!.at - log[0]!.at;
    expect(span / (log.length - 1)).toBeGreaterThanOrEqual(45);
    // The history says where each article came from.
    const notes = await t.db.kysely
      .selectFrom('articleNote')
      .selectAll()
      .where('articleId', '=', a.id)
      .execute();
    expect(notes.map((n) => n.text)).toContain('Nhập từ dienbien.dcs.vn (thu thập trang HTML).');
    // The site serves it.
    const page = await request(`${A}/tin-hoat-dong/${a.slug}-${a.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Hội thảo khoa học về công tác đào tạo');
    expect(html).toContain('Minh Thùy');
  });

  it('/GioiThieu/<Alias> pages become static pages of a Giới thiệu section; their old addresses answer 301', async () => {
    const pages = await t.db.kysely
      .selectFrom('page')
      .innerJoin('section', 'section.id', 'page.sectionId')
      .select(['page.title', 'page.slug', 'page.bodyHtml', 'section.slug as sectionSlug'])
      .select('section.kind')
      .where('section.siteId', '=', siteId)
      .orderBy('page.title')
      .execute();
    expect(pages.map((p) => [p.title, p.kind, p.sectionSlug, p.slug])).toEqual([
      ['Chức năng, nhiệm vụ', 'pages', 'gioi-thieu', 'chuc-nang-nhiem-vu'],
      ['Lịch sử Đảng bộ tỉnh Điện Biên', 'pages', 'gioi-thieu', 'lich-su-dang-bo-tinh-dien-bien'],
    ]);
    const history = pages[1]!;
    expect(history.bodyHtml).toContain('Đảng bộ tỉnh Điện Biên được thành lập năm 1949.');
    expect(history.bodyHtml).toContain('<figcaption>Sơ đồ tổ chức Đảng bộ tỉnh</figcaption>');
    expect(history.bodyHtml).toMatch(/<img src="\/media\/nhap\//);
    expect(history.bodyHtml).not.toContain('Chia sẻ');
    expect(history.bodyHtml).not.toContain('Thời gian đăng');
    for (const [old, want] of [
      ['/GioiThieu/LichSuDangBo', '/gioi-thieu/lich-su-dang-bo-tinh-dien-bien'],
      ['/gioithieu/lichsudangbo/', '/gioi-thieu/lich-su-dang-bo-tinh-dien-bien'],
      ['/GioiThieu/ChucNangNhiemVu', '/gioi-thieu/chuc-nang-nhiem-vu'],
    ]) {
      const res = await request(`${A}${old}`);
      expect.soft(res.status, old).toBe(301);
      expect.soft(res.headers.get('location'), old).toBe(want);
    }
    expect((await request(`${A}/GioiThieu/KhongCo`)).status).toBe(404);
    // The site serves the page.
    const res = await request(`${A}/gioi-thieu/lich-su-dang-bo-tinh-dien-bien`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Đảng bộ tỉnh Điện Biên được thành lập năm 1949.');
  });

  it('old addresses answer 301', async () => {
    const rows = await articles();
    const a = rows.find((r) => r.title.startsWith('Hội thảo'))!;
    const cases: [string, string | RegExp][] = [
      ['/TinTuc/ChiTiet/hoi-thao-khoa-hoc-1234', `/tin-hoat-dong/${a.slug}-${a.id}`],
      ['/tintuc/chitiet/HOI-THAO-KHOA-HOC-1234/', `/tin-hoat-dong/${a.slug}-${a.id}`],
      ['/TinTuc/HoatDong', '/tin-hoat-dong'],
      ['/TinTuc/HoatDong?PageIndex=2', '/tin-hoat-dong'],
      ['/Uploads/images/2023/3/1-hoi-thao-khoa-hoc.jpg', /^\/media\/nhap\/\d+\/html\//],
    ];
    for (const [old, want] of cases) {
      const res = await request(`${A}${old}`);
      expect.soft(res.status, old).toBe(301);
      const loc = res.headers.get('location') ?? '';
      if (typeof want === 'string') expect.soft(loc, old).toBe(want);
      else expect.soft(loc, old).toMatch(want);
    }
    for (const old of [
      '/TinTuc/ChiTiet/khong-co-1',
      '/TinTuc/NoiBo/tai-lieu-99',
      '/TinTuc/HoatDong?PageIndex=3',
    ])
      expect.soft((await request(`${A}${old}`)).status, old).not.toBe(301);
  });

  it('a re-run changes nothing', async () => {
    const before = await articles();
    const mediaBefore = await t.db.kysely.selectFrom('media').select('id').execute();
    const notesBefore = await t.db.kysely.selectFrom('articleNote').select('id').execute();
    const { report } = await run(false);
    expect(report.error).toBeUndefined();
    expect(report.counts.article).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(report.counts.section).toMatchObject({ created: 0, unchanged: 2 });
    expect(report.counts.page).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await articles()).toEqual(before);
    expect(await t.db.kysely.selectFrom('media').select('id').execute()).toHaveLength(
      mediaBefore.length,
    );
    expect(await t.db.kysely.selectFrom('articleNote').select('id').execute()).toHaveLength(
      notesBefore.length,
    );
  });

  it('a crawl stopped midway resumes where it stopped, fetching nothing twice', async () => {
    const other = (
      await addSite(t.db, { slug: 'muong-cha', name: 'Mường Chà', host: 'muongcha.example.vn' })
    ).id;
    await t.deps.platform.load();
    portal.log.length = 0;
    portal.state.served = 0;
    portal.state.downAfter = 3; // the list page, the first article, its image: then the site drops
    const first = await run(false, other);
    expect(first.report.error).toMatch(/Không kết nối được tới trang cũ/);
    const stopped = await t.deps.imports.runs.byId(first.id);
    expect(stopped?.status).toBe('queued');
    expect(await articles(other)).toHaveLength(1);
    portal.state.down = false;
    portal.state.downAfter = Infinity;
    const again = await t.deps.imports.runNow(first.id);
    expect(again.error).toBeUndefined();
    expect(await articles(other)).toHaveLength(3);
    const counts = new Map<string, number>();
    for (const l of portal.log) counts.set(l.url, (counts.get(l.url) ?? 0) + 1);
    expect(counts.get('/TinTuc/HoatDong')).toBe(1);
    expect(counts.get('/TinTuc/ChiTiet/hoi-thao-khoa-hoc-1234')).toBe(1);
    expect((await t.deps.imports.runs.byId(first.id))?.status).toBe('done');
  });
});

describe.each(dialects)('crawl started from the back office on %s', (dialect) => {
  const PROVINCE = 'https://dangbo.example.vn';
  let t: Awaited<ReturnType<typeof testApp>>;
  let portal: Awaited<ReturnType<typeof oldPortal>>;
  let rules: string;
  const clock = manualClock();
  let admin: Awaited<ReturnType<Awaited<ReturnType<typeof makeStaff>>['login']>>;
  let siteId: number;

  beforeAll(async () => {
    portal = await oldPortal();
    HOST = () => portal.host;
    rules = rulesFor(portal.origin, fs.mkdtempSync(path.join(os.tmpdir(), 'crawl-')));
    t = await testApp(dialect, { clock: clock.now, seed: false });
    siteId = (
      await addSite(t.db, { slug: 'muong-nhe', name: 'Mường Nhé', host: 'muongnhe.example.vn' })
    ).id;
    await t.deps.platform.load();
    admin = await (await makeStaff(t, clock, 'hethong', 'admin')).login();
  });
  afterAll(async () => {
    await t?.deps.imports.idle();
    await t?.close();
    await portal?.close();
  });

  const form = (over: Record<string, string> = {}) => ({
    siteId: String(siteId),
    source: 'html',
    configPath: rules,
    dryRun: '',
    ...over,
  });

  it('a crawl is started on /quan-tri/nhap-du-lieu and its report shown', async () => {
    const page = await admin.get(`${PROVINCE}/quan-tri/nhap-du-lieu`);
    expect(page.text).toContain('Trang HTML bất kỳ (thu thập theo tệp quy tắc)');
    const r = await admin.post(`${PROVINCE}/quan-tri/nhap-du-lieu`, form());
    expect(r.status).toBe(303);
    await t.deps.imports.idle();
    const report = await admin.get(`${PROVINCE}${r.location}`);
    expect(report.text).toContain('Xong');
    expect(report.text).toContain('rules.json');
    const n = await t.db.kysely
      .selectFrom('article')
      .select((e) => e.fn.countAll().as('n'))
      .where('siteId', '=', siteId)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(3);
  });

  it('refuses a missing, relative, non-JSON or invalid rule file with a Vietnamese message (400)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crawl-bad-'));
    const invalid = path.join(dir, 'sai.json');
    fs.writeFileSync(invalid, JSON.stringify({ name: 'x', startUrls: [] }));
    for (const configPath of [
      '',
      'rules.json',
      '/etc/passwd',
      '/khong/co/tep.json',
      invalid,
      `/${'a'.repeat(600)}.json`,
    ]) {
      await admin.get(`${PROVINCE}/quan-tri/nhap-du-lieu`);
      const r = await admin.post(`${PROVINCE}/quan-tri/nhap-du-lieu`, form({ configPath }));
      expect.soft(r.status, configPath.slice(0, 40)).toBe(400);
      expect
        .soft(r.text)
        .toMatch(/Tệp quy tắc|Không tìm thấy tệp|Nhập đường dẫn|quá dài|không hợp lệ/);
    }
    const r = await admin.post(`${PROVINCE}/quan-tri/nhap-du-lieu`, form({ siteId: '999999' }));
    expect(r.status).toBe(400);
  });

  it('is for the system admin only', async () => {
    const editor = await (await makeStaff(t, clock, 'bientap', 'editor')).login();
    const r = await editor.post(`${PROVINCE}/quan-tri/nhap-du-lieu`, form());
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });
});
