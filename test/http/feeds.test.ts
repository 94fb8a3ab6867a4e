import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceArticle } from '../../src/seed/reference-article.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const BASE = 'https://dangbo.example.vn';
const REF_PATH =
  /^\/tin-trong-tinh\/hoi-thao-khoa-hoc-ve-cong-tac-dao-tao-boi-duong-can-bo-o-truong-chinh-tri-tinh-dien-bien-\d+$/;
const RFC822_VN =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0700$/;

type Xml = Record<string, unknown>;
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'item', 'image:image'].includes(name),
});

/** Parses a document after checking it is well-formed XML. */
function parseXml(text: string): Xml {
  expect(XMLValidator.validate(text)).toBe(true);
  return xmlParser.parse(text) as Xml;
}

const feedParser = new Parser<Record<string, never>, { creator?: string }>();

describe.each(dialects)('feeds and discovery on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let refPath: string;

  beforeAll(async () => {
    t = await testApp(dialect);
    const home = await t.get('/');
    refPath = new RegExp(`<a href="(/tin-trong-tinh/[^"]+)">${referenceArticle.title}</a>`).exec(
      home.text,
    )![1]!;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the site feed is valid RSS 2.0 that a feed reader parses, with every item field', async () => {
    const res = await t.get('/rss');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const raw = parseXml(res.text) as {
      rss: { '@_version': string; '@_xmlns:atom': string; channel: Xml };
    };
    expect(raw.rss['@_version']).toBe('2.0');
    expect(raw.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(raw.rss.channel['atom:link']).toMatchObject({
      '@_href': `${BASE}/rss`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(raw.rss.channel.lastBuildDate).toMatch(RFC822_VN);

    const feed = await feedParser.parseString(res.text);
    expect(feed.title).toBe('Đảng bộ tỉnh Điện Biên');
    expect(feed.link).toBe(`${BASE}/`);
    expect(feed.language).toBe('vi');
    expect(feed.items).toHaveLength(30);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(new RegExp(`^${BASE}/[a-z0-9-]+/[a-z0-9-]+-\\d+$`));
      expect(item.guid).toMatch(new RegExp(`^${BASE}/bai-viet/\\d+$`));
      expect(item.pubDate).toMatch(RFC822_VN);
      expect(item.content).toBeTruthy();
      expect(item.enclosure).toMatchObject({ type: 'image/jpeg' });
      expect(item.enclosure?.url).toMatch(new RegExp(`^${BASE}/media/.+\\.jpg$`));
      expect(Number(item.enclosure?.length)).toBeGreaterThan(1000);
    }
    const dates = feed.items.map((i) => Date.parse(i.isoDate ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('a section feed includes its sub-sections and carries the reference article', async () => {
    for (const slug of ['tin-trong-tinh', 'tin-tuc-su-kien']) {
      const res = await t.get(`/rss/${slug}`);
      expect(res.status).toBe(200);
      const feed = await feedParser.parseString(res.text);
      const ref = feed.items.find((i) => i.title === referenceArticle.title);
      expect(ref, slug).toBeDefined();
      expect(ref!.link).toBe(`${BASE}${refPath}`);
      expect(ref!.pubDate).toBe('Thu, 09 Mar 2023 15:03:54 +0700');
      expect(new Date(ref!.isoDate!).toISOString()).toBe('2023-03-09T08:03:54.000Z');
      expect(ref!.content).toBe(referenceArticle.lead);
      expect(ref!.categories).toEqual(['Tin trong tỉnh']);
      expect(ref!.creator).toBe('Minh Thùy');
      expect(ref!.enclosure?.url).toMatch(/\/1-hoi-thao-khoa-hoc\.jpg$/);
    }
    const own = parseXml((await t.get('/rss/tin-trong-tinh')).text) as { rss: { channel: Xml } };
    expect(own.rss.channel['atom:link']).toMatchObject({ '@_href': `${BASE}/rss/tin-trong-tinh` });
    expect((await t.get('/rss/khong-co-muc-nay')).status).toBe(404);
    expect((await t.get('/rss/gioi-thieu')).status).toBe(404);
  });

  it('the guid is a stable address that redirects to the article', async () => {
    const feed = await feedParser.parseString((await t.get('/rss/tin-trong-tinh')).text);
    const guid = feed.items.find((i) => i.title === referenceArticle.title)!.guid!;
    const res = await t.app.request(guid.replace(BASE, ''));
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(refPath);
  });

  it('sitemap.xml is a sitemap index of the paged article sitemaps, the pages and the news sitemap', async () => {
    const res = await t.get('/sitemap.xml');
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const index = parseXml(res.text) as {
      sitemapindex: { '@_xmlns': string; sitemap: { loc: string }[] };
    };
    expect(index.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(index.sitemapindex.sitemap.map((s) => s.loc)).toEqual([
      `${BASE}/sitemaps/trang.xml`,
      `${BASE}/sitemaps/bai-viet-1.xml`,
      `${BASE}/sitemap-news.xml`,
      `${BASE}/sitemaps/van-ban.xml`,
      `${BASE}/sitemaps/thu-vien-anh.xml`,
    ]);
    for (const s of index.sitemapindex.sitemap)
      expect((await t.get(s.loc.replace(BASE, ''))).status).toBe(200);
    expect((await t.get('/sitemaps/bai-viet-2.xml')).status).toBe(404);
  });

  it('the article sitemap lists every public article with lastmod in +07:00 and its image', async () => {
    const doc = parseXml((await t.get('/sitemaps/bai-viet-1.xml')).text) as {
      urlset: {
        '@_xmlns': string;
        '@_xmlns:image': string;
        url: { loc: string; lastmod: string; 'image:image': { 'image:loc': string }[] }[];
      };
    };
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset['@_xmlns:image']).toBe('http://www.google.com/schemas/sitemap-image/1.1');
    const published = await t.db.kysely
      .selectFrom('article')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    expect(doc.urlset.url).toHaveLength(Number(published.n));
    const ref = doc.urlset.url.find((u) => u.loc === `${BASE}${refPath}`);
    expect(ref?.lastmod).toBe('2023-03-09T15:03:54+07:00');
    expect(ref?.['image:image'][0]?.['image:loc']).toMatch(
      new RegExp(`^${BASE}/media/.+1-hoi-thao-khoa-hoc\\.jpg$`),
    );
    for (const u of doc.urlset.url) expect(u.loc.startsWith(`${BASE}/`)).toBe(true);
  });

  it('the pages sitemap lists home, sections, static pages and the site map page', async () => {
    const doc = parseXml((await t.get('/sitemaps/trang.xml')).text) as {
      urlset: { url: { loc: string }[] };
    };
    const locs = doc.urlset.url.map((u) => u.loc);
    for (const p of [
      '/',
      '/tin-trong-tinh',
      '/xay-dung-dang',
      '/gioi-thieu/gioi-thieu-chung',
      '/ban-do',
      '/so-do-trang',
    ]) {
      expect(locs).toContain(`${BASE}${p}`);
    }
  });

  it('robots.txt allows the site and points to the sitemaps', async () => {
    const res = await t.get('/robots.txt');
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(res.text).toContain('User-agent: *\nAllow: /\n');
    expect(res.text).toContain(`Sitemap: ${BASE}/sitemap.xml`);
  });

  it('the HTML site map "Sơ đồ trang" is linked from the footer and lists sections, pages and feeds', async () => {
    expect((await t.get('/')).text).toContain('<a href="/so-do-trang">Sơ đồ trang</a>');
    const res = await t.get('/so-do-trang');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1 class="page-title">Sơ đồ trang</h1>');
    for (const href of [
      '/tin-tuc-su-kien',
      '/tin-trong-tinh',
      '/gioi-thieu/lich-su-dang-bo',
      '/rss/tin-trong-tinh',
      '/ban-do',
      '/sitemap.xml',
      // Reachable even before any album, video or campaign exists (no home strip, no menu item yet).
      '/thu-vien-anh',
      '/video',
      '/chuyen-de',
      // The registry, drafts open for comment, the leaders' week and who is who.
      '/van-ban',
      '/lay-y-kien',
      '/lich-cong-tac',
      '/co-cau-to-chuc',
    ]) {
      expect(res.text).toContain(`href="${href}"`);
    }
  });

  it('the article page carries NewsArticle and BreadcrumbList JSON-LD that parse', async () => {
    const html = (await t.get(refPath)).text;
    const blocks = [
      ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ].map((m) => JSON.parse(m[1]!) as Xml);
    const article = blocks.find((b) => b['@type'] === 'NewsArticle') as Xml & {
      image: { url: string }[];
    };
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: referenceArticle.title,
      datePublished: '2023-03-09T15:03:54+07:00',
      dateModified: '2023-03-09T15:03:54+07:00',
      inLanguage: 'vi',
      url: `${BASE}${refPath}`,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${BASE}${refPath}` },
      author: { '@type': 'Person', name: 'Minh Thùy' },
      articleSection: 'Tin trong tỉnh',
      publisher: {
        '@type': 'Organization',
        name: 'Đảng bộ tỉnh Điện Biên',
        logo: { '@type': 'ImageObject', url: `${BASE}/logo.png`, width: 512, height: 512 },
      },
    });
    expect(article.image[0]?.url).toMatch(new RegExp(`^${BASE}/media/.+\\.jpg$`));
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList') as {
      itemListElement: { position: number; name: string; item: string }[];
    };
    expect(crumbs.itemListElement.map((e) => [e.position, e.name])).toEqual([
      [1, 'Trang chủ'],
      [2, 'Tin tức – Sự kiện'],
      [3, 'Tin trong tỉnh'],
      [4, referenceArticle.title],
    ]);
    const logo = await t.app.request('/logo.png');
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await logo.arrayBuffer()).slice(0, 4)]).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ]);
  });

  it('the article page has complete Open Graph and Twitter cards and links its feeds', async () => {
    const html = (await t.get(refPath)).text;
    for (const tag of [
      '<meta property="og:image:width" content="',
      '<meta property="og:image:alt" content="Đại biểu ngồi dự Hội thảo khoa học',
      '<meta property="article:published_time" content="2023-03-09T15:03:54+07:00"/>',
      '<meta property="article:section" content="Tin trong tỉnh"/>',
      '<meta property="article:tag" content="Hội thảo khoa học"/>',
      `<meta name="twitter:card" content="summary_large_image"/>`,
      `<meta name="twitter:title" content="${referenceArticle.title}"/>`,
      `<meta name="twitter:image" content="${BASE}/media/`,
      '<link rel="alternate" type="application/rss+xml" title="Đảng bộ tỉnh Điện Biên – Tin mới nhất" href="/rss"/>',
      '<link rel="alternate" type="application/rss+xml" title="Tin trong tỉnh (RSS)" href="/rss/tin-trong-tinh"/>',
    ]) {
      expect(html).toContain(tag);
    }
    expect((await t.get('/tin-tuc-su-kien')).text).toContain('href="/rss/tin-tuc-su-kien"');
  });

  it('the print view shows the article with its address and posting time, without the site chrome', async () => {
    const page = (await t.get(refPath)).text;
    expect(page).toContain(`<a href="/in${refPath}" rel="nofollow">In bài</a>`);
    const res = await t.get(`/in${refPath}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(
      `Địa chỉ bài viết: <a href="${BASE}${refPath}">${BASE}${refPath}</a>`,
    );
    expect(res.text).toContain(
      'Thời gian đăng: <time datetime="2023-03-09T08:03:54.000Z">09/03/2023 03:03:54 PM</time>',
    );
    expect(res.text).toContain('<p class="byline">Tin, ảnh: Minh Thùy</p>');
    expect(res.text).toContain('<meta name="robots" content="noindex"/>');
    expect(res.text).toContain(`<link rel="canonical" href="${BASE}${refPath}"/>`);
    expect(res.text).not.toContain('class="sidebar"');
    const id = /-(\d+)$/.exec(refPath)![1];
    const wrong = await t.app.request(`/in/xay-dung-dang/ten-cu-${id}`);
    expect(wrong.status).toBe(301);
    expect(wrong.headers.get('location')).toBe(`/in${refPath}`);
  });

  it('an article that is no longer public leaves the feeds and sitemaps', async () => {
    const id = Number(/-(\d+)$/.exec(refPath)![1]);
    await t.db.kysely
      .updateTable('article')
      .set({ status: 'withdrawn' })
      .where('id', '=', id)
      .execute();
    try {
      expect((await t.get('/rss/tin-trong-tinh')).text).not.toContain(referenceArticle.title);
      expect((await t.get('/sitemaps/bai-viet-1.xml')).text).not.toContain(refPath);
      expect((await t.get(`/tim-kiem?q=hoi+thao+dao+tao+can+bo+dien+bien`)).text).not.toContain(
        refPath,
      );
      expect((await t.get(`/in${refPath}`)).status).toBe(404);
    } finally {
      await t.db.kysely
        .updateTable('article')
        .set({ status: 'published' })
        .where('id', '=', id)
        .execute();
    }
  });
});

describe.each(dialects)('news sitemap on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;

  beforeAll(async () => {
    // The day after the reference article was posted (10/03/2023 09:00 in Vietnam).
    t = await testApp(dialect, { clock: () => new Date('2023-03-10T02:00:00Z') });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists the articles of the last two days with Google news fields', async () => {
    const res = await t.get('/sitemap-news.xml');
    const doc = parseXml(res.text) as {
      urlset: {
        '@_xmlns': string;
        '@_xmlns:news': string;
        url: { loc: string; 'news:news': Record<string, unknown> }[];
      };
    };
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const ref = doc.urlset.url.find((u) => u['news:news']['news:title'] === referenceArticle.title);
    expect(ref?.loc).toMatch(new RegExp(`^${BASE}${REF_PATH.source.slice(1, -1)}$`));
    expect(ref?.['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'Đảng bộ tỉnh Điện Biên', 'news:language': 'vi' },
      'news:publication_date': '2023-03-09T15:03:54+07:00',
    });
    for (const u of doc.urlset.url) {
      const at = Date.parse(u['news:news']['news:publication_date'] as string);
      expect(at).toBeGreaterThanOrEqual(Date.parse('2023-03-08T02:00:00Z'));
      expect(at).toBeLessThanOrEqual(Date.parse('2023-03-10T02:00:00Z'));
    }
  });
});
