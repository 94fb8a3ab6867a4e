import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceArticle } from '../../src/seed/reference-article.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const REF_TITLE = referenceArticle.title;

/** The href of the first link whose text contains `text`. */
function hrefOf(html: string, text: string): string | undefined {
  const i = html.indexOf(`>${text}<`);
  if (i < 0) return undefined;
  const a = html.lastIndexOf('<a ', i);
  return /href="([^"]+)"/.exec(html.slice(a, i))?.[1];
}

function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe.each(dialects)('public portal on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let refPath: string;

  beforeAll(async () => {
    t = await testApp(dialect);
    // The reference article's address (its id depends on the seed), for every test that opens it.
    refPath = hrefOf((await t.get('/')).text, REF_TITLE)!;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('home page shows the site name, menu, sections and links the reference article', async () => {
    const res = await t.get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('<html lang="vi">');
    expect(res.text).toContain('TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH ĐIỆN BIÊN');
    for (const name of [
      'Giới thiệu',
      'Tin tức – Sự kiện',
      'Xây dựng Đảng',
      'Văn bản',
      'Liên hệ – góp ý',
    ]) {
      expect(res.text).toContain(`>${name}<`);
    }
    const href = hrefOf(res.text, REF_TITLE);
    expect(href).toMatch(
      /^\/tin-trong-tinh\/hoi-thao-khoa-hoc-ve-cong-tac-dao-tao-boi-duong-can-bo-o-truong-chinh-tri-tinh-dien-bien-\d+$/,
    );
    expect(res.text).toContain('Tin xem nhiều');
  });

  it('article page has every element of the reference page', async () => {
    const res = await t.get(refPath);
    expect(res.status).toBe(200);
    const text = textOf(res.text);
    expect(res.text).toContain(`<h1 id="article-title" class="article-title">${REF_TITLE}</h1>`);
    // The seed's 12695 reads, plus any a test in this file counted.
    const id = Number(/-(\d+)$/.exec(refPath)![1]);
    const reads = (await t.deps.articles.articlePage(id))!.article.readCount;
    expect(reads).toBeGreaterThanOrEqual(12695);
    expect(text).toContain(`Thời gian đăng: 09/03/2023 03:03:54 PM - Lượt đọc: ${reads}`);
    expect(text).toContain(referenceArticle.lead);
    for (const block of referenceArticle.body) {
      if (block.type === 'p') expect(text).toContain(block.text);
    }
    expect(res.text).toMatch(
      /<figure class="image"><picture><source type="image\/avif" srcset="[^"]+480w[^"]+"[^>]*>(<\/source>)?<source type="image\/webp" srcset="[^"]+480w[^"]+"/,
    );
    expect(res.text).toMatch(
      /<img src="\/media\/2023\/03\/[0-9a-f]{10}\/1-hoi-thao-khoa-hoc\.jpg" srcset="[^"]+ 480w, [^"]+ 800w, [^"]+ 1200w" sizes="[^"]+" width="\d+" height="\d+" alt="[^"]+"/,
    );
    expect(res.text).toContain(
      `<figcaption>Đại biểu tham dự Hội thảo khoa học “Công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Điện Biên - Thành tựu và định hướng phát triển".</figcaption>`,
    );
    expect(res.text).toContain('<p class="byline">Tin, ảnh: Minh Thùy</p>');
    // Breadcrumb "Trang chủ › Tin tức – Sự kiện › Tin trong tỉnh"
    expect(res.text).toMatch(
      /<nav class="breadcrumb"[\s\S]*Trang chủ[\s\S]*Tin tức – Sự kiện[\s\S]*Tin trong tỉnh[\s\S]*<\/nav>/,
    );
    // Sidebar blocks of the reference page.
    for (const block of ['Bản đồ hành chính', 'Liên kết web', 'Thống kê truy cập'])
      expect(res.text).toContain(block);
    for (const label of ['Đang online:', 'Hôm nay:', 'Hôm qua:', 'Tháng này:', 'Tổng truy cập:'])
      expect(text).toContain(label);
    expect(res.text).toContain('Báo điện tử Đảng Cộng sản Việt Nam');
    // Related articles from the same section, canonical URL and Open Graph.
    expect(res.text).toContain('Tin cùng chuyên mục');
    expect(res.text).toContain(
      `<link rel="canonical" href="https://dangbo.example.vn${refPath}"/>`,
    );
    expect(res.text).toContain(`<meta property="og:title" content="${REF_TITLE}"/>`);
    expect(res.text).toContain('<meta property="og:type" content="article"/>');
    // Footer from settings.
    expect(text).toContain('Cơ quan chủ quản:');
    expect(text).toContain('Tỉnh ủy Điện Biên');
  });

  it('the image file is served with the right type', async () => {
    const page = await t.get(refPath);
    const src = /<img src="(\/media\/[^"]+1-hoi-thao-khoa-hoc\.jpg)"/.exec(page.text)?.[1];
    const res = await t.app.request(src!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  });

  it('counts a human read exactly once per reader and never a bot, a HEAD or a prefetch', async () => {
    const id = Number(/-(\d+)$/.exec(refPath)![1]);
    const reads = async () => Number((await t.deps.articles.articlePage(id))!.article.readCount);
    const beacon = (headers: Record<string, string>) =>
      t.app.request('/api/dem', {
        method: 'POST',
        body: JSON.stringify({ t: 'article', a: id }),
        headers,
      });
    const before = await reads();
    await beacon({
      'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    });
    await t.app.request(`/api/dem.gif?t=article&a=${id}`, {
      method: 'HEAD',
      headers: { 'user-agent': BROWSER_UA },
    });
    await beacon({ 'user-agent': BROWSER_UA, 'sec-purpose': 'prefetch' });
    await t.get(refPath, { 'user-agent': BROWSER_UA }); // the page itself never counts (its beacon does)
    await t.deps.stats.flush();
    expect(await reads()).toBe(before);
    await beacon({ 'user-agent': BROWSER_UA });
    await beacon({ 'user-agent': BROWSER_UA });
    const shown = textOf((await t.get(refPath)).text);
    expect(shown).toContain(`Lượt đọc: ${before + 1}`);
    await t.deps.stats.flush();
    expect(await reads()).toBe(before + 1);
  });

  it('redirects a wrong slug to the canonical article URL', async () => {
    const id = /-(\d+)$/.exec(refPath)![1];
    const res = await t.app.request(`/xay-dung-dang/ten-cu-${id}`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(refPath);
  });

  it('section page lists its articles with pagination and a breadcrumb', async () => {
    const res = await t.get('/tin-tuc-su-kien');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1 class="page-title">Tin tức – Sự kiện</h1>');
    expect(res.text).toContain('href="/tin-trong-tinh"');
    expect(res.text).toContain('class="pagination"');
    const page2 = await t.get('/tin-tuc-su-kien?trang=2');
    expect(page2.status).toBe(200);
    expect(page2.text).toContain('<span aria-current="page">2</span>');
    expect((await t.get('/tin-tuc-su-kien?trang=999')).status).toBe(404);
  });

  it('static pages of Giới thiệu are served, and the section redirects to its first page', async () => {
    const res = await t.get('/gioi-thieu/gioi-thieu-chung');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Giới thiệu chung');
    const redirect = await t.app.request('/gioi-thieu');
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/gioi-thieu/gioi-thieu-chung');
    for (const slug of ['lich-su-dang-bo', 'ban-chap-hanh-ban-thuong-vu', 'co-cau-to-chuc']) {
      expect((await t.get(`/gioi-thieu/${slug}`)).status).toBe(200);
    }
  });

  it('an unknown address gives the Vietnamese 404 page', async () => {
    for (const p of [
      '/khong-co-trang-nay',
      '/tin-trong-tinh/khong-co-bai-999999',
      '/gioi-thieu/khong-co',
    ]) {
      const res = await t.get(p);
      expect(res.status).toBe(404);
      expect(res.text).toContain('Không tìm thấy trang');
      expect(res.text).toContain('<html lang="vi">');
    }
  });

  it('the map page lists the 45 units', async () => {
    const res = await t.get('/ban-do');
    expect(res.status).toBe(200);
    expect(res.text.match(/<tr id="dv-\d{5}">/g)?.length).toBe(45);
    expect(res.text).toContain('Phường Điện Biên Phủ');
    expect(res.text).toContain('sapnhap.bando.com.vn');
  });

  it('sends security headers and serves hashed static assets as immutable', async () => {
    const res = await t.app.request('/');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-xss-protection')).toBeNull();
    expect(res.headers.get('x-download-options')).toBeNull();
    const css = /<link rel="stylesheet" href="(\/static\/site\.[0-9a-f]{10}\.css)"/.exec(
      await res.text(),
    )?.[1];
    const asset = await t.app.request(css!);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('a failure gives the Vietnamese 500 page with a request id, and the site recovers', async () => {
    const original = t.deps.articles;
    t.deps.articles = { ...original };
    t.deps.articles.home = () => Promise.reject(new Error('database went away'));
    // A content change: the cached home page is no longer valid and is rendered again.
    await t.deps.site.saveSettings({ slogan: 'Khẩu hiệu mới' });
    try {
      const res = await t.get('/', { 'x-request-id': 'req-abc' });
      expect(res.status).toBe(500);
      expect(res.text).toContain('Đã xảy ra lỗi');
      expect(res.text).toContain('Mã yêu cầu: req-abc');
      expect(res.text).not.toContain('database went away');
    } finally {
      t.deps.articles = original;
    }
    expect((await t.get('/')).status).toBe(200);
  });

  it('answers the health check', async () => {
    expect((await t.get('/healthz')).text).toBe('ok');
  });
});
