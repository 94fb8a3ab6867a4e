/**
 * Every old address kept (#21): after a NukeViet import, real-shaped old addresses of the
 * portal answer 301 to the new pages (articles in every form NukeViet links them, lists, tags
 * with percent-encoded Vietnamese, RSS, static pages, files under /uploads and /assets, the
 * reference portal's /GioiThieu/<Alias>), on a site with its own host and on one reached by a
 * path prefix; unknown old addresses are a 404 with a search box; the redirect table of one
 * site never answers for another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSite } from '../support/sites.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { FIXTURE_DIR, nukevietDb, requireMariadb } from './mariadb.ts';

const HAVE_MARIADB = await requireMariadb();
const A = 'https://muongnhe.example.vn';
const B = 'https://muongcha.example.vn';
const PREFIXED = 'https://dangbo.example.vn/xa/tua-chua';

/** The old articles: id, category alias and alias as NukeViet wrote them in links. */
const OLD = [
  { id: 1, cat: 'Tin-tuc-Su-kien', alias: 'Hoi-nghi-Ban-Chap-hanh-Dang-bo-tinh-lan-thu-12' },
  { id: 2, cat: 'xay-dung-dang', alias: 'nang-cao-chat-luong-sinh-hoat-chi-bo' },
  { id: 3, cat: 'Tin-tuc-Su-kien', alias: 'bai-da-go' },
  { id: 5, cat: 'xay-dung-dang', alias: 'Hoan-thanh-ke-hoach-nam-2014' },
  { id: 6, cat: 'Tin-tuc-Su-kien', alias: 'bai-cu-thu-hai' },
];

/** Ten forms of each article's old address (50 in all). */
function articleForms(o: (typeof OLD)[number]): string[] {
  const tail = `${o.cat}/${o.alias}-${o.id}`;
  return [
    `/index.php?language=vi&nv=news&op=${tail}`,
    `/index.php?language=vi&nv=news&op=${tail}.html`,
    `/vi/news/${tail}.html`,
    `/news/${tail}.html`,
    `/${tail}.html`,
    `/index.php/vi/news/${tail}.html`,
    `/vi/news/print/${tail}.html`,
    `/vi/news/savefile/${tail}.html`,
    `/vi/news/sendmail/${tail}.html`,
    `/vi/news/${o.cat.toUpperCase()}/doi-ten-roi-${o.id}.html`,
  ];
}

describe.skipIf(!HAVE_MARIADB).each(dialects)('old addresses after an import, on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let nv: Awaited<ReturnType<typeof nukevietDb>>;
  const sites: Record<string, number> = {};
  const paths = new Map<number, string>();

  beforeAll(async () => {
    nv = await nukevietDb();
    t = await testApp(dialect, { seed: false });
    sites.a = (
      await addSite(t.db, { slug: 'muong-nhe', name: 'Mường Nhé', host: 'muongnhe.example.vn' })
    ).id;
    sites.b = (
      await addSite(t.db, { slug: 'muong-cha', name: 'Mường Chà', host: 'muongcha.example.vn' })
    ).id;
    sites.p = (
      await addSite(t.db, { slug: 'tua-chua', name: 'Tủa Chùa', pathPrefix: '/xa/tua-chua' })
    ).id;
    await t.deps.platform.load();
    for (const site of [sites.a, sites.p]) {
      const id = await t.deps.imports.start({
        siteId: site,
        url: nv.url,
        uploadsDir: `${FIXTURE_DIR}/uploads`,
        prefix: 'nv4',
        oldHosts: [],
        dryRun: false,
        startedBy: null,
      });
      const report = await t.deps.imports.runNow(id);
      expect(report.error).toBeUndefined();
      expect(report.redirects).toBeGreaterThan(10);
    }
    const items = await t.db.kysely
      .selectFrom('importItem')
      .innerJoin('article', 'article.id', 'importItem.targetId')
      .innerJoin('section', 'section.id', 'article.sectionId')
      .select(['importItem.sourceId', 'article.id', 'article.slug', 'section.slug as s'])
      .where('importItem.kind', '=', 'article')
      .where('importItem.siteId', '=', sites.a)
      .execute();
    for (const i of items) paths.set(Number(i.sourceId.split(':')[1]), `/${i.s}/${i.slug}-${i.id}`);
  });
  afterAll(async () => {
    await t?.close();
    await nv?.drop();
  });

  const request = (url: string) => t.app.request(url, { redirect: 'manual' });

  it('50 old article addresses answer 301 to the article (the alias and its case ignored)', async () => {
    let checked = 0;
    for (const o of OLD.filter((x) => paths.has(x.id)))
      for (const form of articleForms(o)) {
        const res = await request(`${A}${form}`);
        expect.soft(res.status, form).toBe(301);
        expect.soft(res.headers.get('location'), form).toBe(paths.get(o.id));
        checked++;
      }
    expect(checked).toBe(50);
    // The new address answers; a withdrawn article answers 410 there.
    expect((await request(`${A}${paths.get(1)}`)).status).toBe(200);
    expect((await request(`${A}${paths.get(3)}`)).status).toBe(410);
  });

  it('lists, tags (percent-encoded Vietnamese), RSS, static pages and files answer 301', async () => {
    const cases: [string, RegExp][] = [
      ['/vi/news/Tin-tuc-Su-kien/', /^\/tin-tuc-su-kien$/],
      ['/vi/news/xay-dung-dang/page-2/', /^\/xay-dung-dang$/],
      ['/news/xay-dung-dang/', /^\/xay-dung-dang$/],
      ['/vi/news/tag/x%C3%A2y-d%E1%BB%B1ng-%C4%91%E1%BA%A3ng', /^\/tu-khoa\/xay-dung-dang$/],
      ['/news/tag/h%E1%BB%99i-ngh%E1%BB%8B/page-8', /^\/tu-khoa\/hoi-nghi$/],
      ['/vi/news/rss/xay-dung-dang/', /^\/rss\/xay-dung-dang$/],
      ['/vi/news/rss/', /^\/rss$/],
      ['/vi/about/Lich-su-Dang-bo.html', /^\/gioi-thieu\/lich-su-dang-bo$/],
      ['/index.php?language=vi&nv=about&op=Lich-su-Dang-bo', /^\/gioi-thieu\/lich-su-dang-bo$/],
      ['/vi/about/', /^\/gioi-thieu$/],
      ['/GioiThieu/LichSuDangBo', /^\/gioi-thieu\/lich-su-dang-bo$/],
      ['/uploads/news/2023_03/dai-bieu.png', /^\/media\/nhap\/\d+\/news\/2023-03\/dai-bieu\.png$/],
      [
        '/assets/news/2023_03/anh-hoi-nghi.jpg',
        /^\/media\/nhap\/\d+\/news\/2023-03\/anh-hoi-nghi\.jpg$/,
      ],
      ['/vi/news/', /^\/$/],
      ['/index.php?language=vi', /^\/$/],
    ];
    for (const [old, want] of cases) {
      const res = await request(`${A}${old}`);
      expect.soft(res.status, old).toBe(301);
      expect.soft(res.headers.get('location') ?? '', old).toMatch(want);
    }
    // The file's new address gives the same bytes.
    const res = await request(`${A}/uploads/news/2023_03/dai-bieu.png`);
    const file = await request(`${A}${res.headers.get('location')!}`);
    expect(file.status).toBe(200);
  });

  it('unknown old addresses are a 404 page with a search box', async () => {
    for (const old of [
      '/vi/news/Tin-tuc-Su-kien/khong-co-999999.html',
      '/vi/news/tag/khong-co',
      '/vi/about/khong-co.html',
      '/GioiThieu/KhongCo',
      '/uploads/news/2023_03/khong-co.jpg',
      '/uploads/../../etc/passwd',
      '/index.php?nv=news&op=%00',
      `/vi/news/${'a'.repeat(5000)}-1.html`,
    ]) {
      const res = await request(`${A}${old}`);
      expect.soft([400, 404], old).toContain(res.status);
      if (res.status === 404) expect(await res.text()).toContain('action="/tim-kiem"');
    }
  });

  it('a site reached by a path prefix redirects under its prefix; another site has no redirects', async () => {
    const res = await request(`${PREFIXED}/vi/news/Tin-tuc-Su-kien/Hoi-nghi-1.html`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toMatch(
      /^\/xa\/tua-chua\/tin-tuc-su-kien\/hoi-nghi-[a-z0-9-]+-\d+$/,
    );
    // Site B imported nothing: the same old addresses are not found there.
    expect((await request(`${B}/vi/news/Tin-tuc-Su-kien/Hoi-nghi-1.html`)).status).toBe(404);
    expect((await request(`${B}/uploads/news/2023_03/dai-bieu.png`)).status).toBe(404);
  });
});
