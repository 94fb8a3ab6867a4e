import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSite } from '../../src/db/site-scope.ts';
import { siteRepository } from '../../src/modules/site/site.repository.ts';
import { referenceArticle } from '../../src/seed/reference-article.ts';
import { addSite } from '../support/sites.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const PROVINCE = 'https://dangbo.example.vn';
const HOST_SITE = 'https://muongcha.example.vn';

describe.each(dialects)('several sites on one install, on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let nhe: Awaited<ReturnType<typeof addSite>>;
  let cha: Awaited<ReturnType<typeof addSite>>;
  let provincePath: string;

  async function get(url: string, headers: Record<string, string> = {}) {
    const res = await t.app.request(url, { headers: { 'user-agent': BROWSER_UA, ...headers } });
    const raw = Buffer.from(await res.arrayBuffer());
    const enc = res.headers.get('content-encoding');
    const text = (
      enc === 'br' ? zlib.brotliDecompressSync(raw) : enc === 'gzip' ? zlib.gunzipSync(raw) : raw
    ).toString('utf8');
    return { status: res.status, text, headers: res.headers, cache: res.headers.get('x-cache') };
  }

  beforeAll(async () => {
    t = await testApp(dialect);
    nhe = await addSite(t.db, {
      slug: 'muong-nhe',
      name: 'Đảng bộ xã Mường Nhé',
      pathPrefix: '/xa/muong-nhe',
      articles: ['Mường Nhé ra quân làm đường giao thông nông thôn'],
    });
    cha = await addSite(t.db, {
      slug: 'muong-cha',
      name: 'Đảng bộ xã Mường Chà',
      host: 'muongcha.example.vn',
      articles: ['Mường Chà tổng kết công tác xây dựng Đảng năm 2026'],
    });
    await t.deps.platform.load();
    const ref = await get(`${PROVINCE}/`);
    provincePath = /href="(\/[a-z0-9-]+\/[a-z0-9-]+-\d+)"/.exec(ref.text)?.[1] ?? '';
  });
  afterAll(async () => t?.close());

  it('serves each site its own name, sections and articles, and none of the others', async () => {
    const province = await get(`${PROVINCE}/`);
    expect(province.status).toBe(200);
    expect(province.text).toContain(referenceArticle.title);
    expect(province.text).not.toContain('Mường Nhé ra quân');
    expect(province.text).not.toContain('Mường Chà tổng kết');

    const byPrefix = await get(`${PROVINCE}/xa/muong-nhe`);
    expect(byPrefix.status).toBe(200);
    expect(byPrefix.text).toContain('TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ MƯỜNG NHÉ');
    expect(byPrefix.text).toContain('Mường Nhé ra quân làm đường giao thông nông thôn');
    expect(byPrefix.text).not.toContain(referenceArticle.title);
    expect(byPrefix.text).not.toContain('Mường Chà tổng kết');

    const byHost = await get(`${HOST_SITE}/`);
    expect(byHost.status).toBe(200);
    expect(byHost.text).toContain('TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ MƯỜNG CHÀ');
    expect(byHost.text).toContain('Mường Chà tổng kết công tác xây dựng Đảng năm 2026');
    expect(byHost.text).not.toContain(referenceArticle.title);
    expect(byHost.text).not.toContain('Mường Nhé ra quân');
  });

  it("keeps a prefixed site's links, canonical and feeds under its own address", async () => {
    const home = await get(`${PROVINCE}/xa/muong-nhe/`);
    const links = [...home.text.matchAll(/\s(?:href|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const l of links)
      expect(l, l).toMatch(/^\/(xa\/muong-nhe(\/|$)|static\/|media\/|favicon)/);
    expect(home.text).toContain(`<link rel="canonical" href="${PROVINCE}/xa/muong-nhe/"`);

    const article = await get(`${PROVINCE}/xa/muong-nhe${nhe.paths[0]}`);
    expect(article.status).toBe(200);
    expect(article.text).toContain(`${PROVINCE}/xa/muong-nhe${nhe.paths[0]}`);

    const rss = await get(`${PROVINCE}/xa/muong-nhe/rss`);
    expect(rss.status).toBe(200);
    expect(rss.text).toContain(`<link>${PROVINCE}/xa/muong-nhe${nhe.paths[0]}</link>`);
    expect(rss.text).not.toContain(referenceArticle.title);

    const robots = await get(`${HOST_SITE}/robots.txt`);
    expect(robots.text).toContain(`Sitemap: ${HOST_SITE}/sitemap.xml`);
    const sitemap = await get(`${HOST_SITE}/sitemaps/bai-viet-1.xml`);
    expect(sitemap.text).toContain(`${HOST_SITE}${cha.paths[0]}`);
    expect(sitemap.text).not.toContain(PROVINCE);

    // A redirect (non-canonical article address) stays under the prefix.
    const moved = await t.app.request(
      `${PROVINCE}/xa/muong-nhe/tin-tuc/sai-ten-${nhe.articleIds[0]}`,
      { headers: { 'user-agent': BROWSER_UA } },
    );
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`/xa/muong-nhe${nhe.paths[0]}`);
  });

  it("never shows one site's article at another site's address", async () => {
    expect((await get(`${PROVINCE}/xa/muong-nhe${provincePath}`)).status).toBe(404);
    expect((await get(`${HOST_SITE}${provincePath}`)).status).toBe(404);
    expect((await get(`${PROVINCE}${nhe.paths[0]}`)).status).toBe(404);
    expect((await get(`${HOST_SITE}${nhe.paths[0]}`)).status).toBe(404);
    // Each site searches its own articles only.
    const search = (base: string, q: string) =>
      get(`${base}/tim-kiem?q=${encodeURIComponent(q)}`).then((r) => r.text);
    expect(await search(`${PROVINCE}/xa/muong-nhe`, 'ra quân làm đường giao thông')).toContain(
      'bai-muong-nhe-1',
    );
    expect(
      await search(`${PROVINCE}/xa/muong-nhe`, 'tổng kết công tác xây dựng Đảng'),
    ).not.toContain('bai-muong-cha-1');
    expect(await search(HOST_SITE, 'tổng kết công tác xây dựng Đảng')).toContain('bai-muong-cha-1');
    expect(await search(PROVINCE, 'tổng kết công tác xây dựng Đảng')).not.toContain(
      'bai-muong-cha-1',
    );
    expect(await search(HOST_SITE, referenceArticle.title)).not.toContain(provincePath);
  });

  it('answers an unknown host with a 404 of its own, never a site', async () => {
    const res = await get('https://khong-co.example.vn/');
    expect(res.status).toBe(404);
    expect(res.text).toContain('không thuộc trang thông tin điện tử nào');
    expect(res.text).not.toContain(referenceArticle.title);
  });

  it("keeps the province's cached pages when a commune changes", async () => {
    await get(`${PROVINCE}/`);
    expect((await get(`${PROVINCE}/`)).cache).toBe('HIT');
    await get(`${PROVINCE}/xa/muong-nhe/`);
    expect((await get(`${PROVINCE}/xa/muong-nhe/`)).cache).toBe('HIT');
    await withSite(nhe.id, () =>
      siteRepository(t.db).putSetting('slogan', 'Đoàn kết – Dân chủ – Kỷ cương'),
    );
    expect((await get(`${PROVINCE}/`)).cache).toBe('HIT');
    expect((await get(`${HOST_SITE}/`)).status).toBe(200);
    const changed = await get(`${PROVINCE}/xa/muong-nhe/`);
    expect(changed.cache).toBe('MISS');
    // The province's own change reaches its pages.
    await siteRepository(t.db).putSetting('slogan', 'Trang của tỉnh');
    expect((await get(`${PROVINCE}/`)).cache).toBe('MISS');
  });
});
