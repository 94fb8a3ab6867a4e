/**
 * Moving in from NukeViet 4.x (#21): the fixture database on a real MariaDB, imported into a
 * commune site on SQLite and PostgreSQL. Counts, bodies in both layouts, entities and NFC,
 * read-count baselines, images byte-identical, statuses (withdrawn → 410), the visitor offset,
 * nothing from comments or contact messages, a dry run that writes nothing, an idempotent
 * re-run, a changed row updated, and the other site untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSite } from '../../src/db/site-scope.ts';
import { addSite } from '../support/sites.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { FIXTURE_DIR, nukevietDb, requireMariadb } from './mariadb.ts';

const HAVE_MARIADB = await requireMariadb();
const UPLOADS = path.join(FIXTURE_DIR, 'uploads');
const A_HOST = 'https://muongnhe.example.vn';
const B_HOST = 'https://muongcha.example.vn';

describe.skipIf(!HAVE_MARIADB).each(dialects)('NukeViet import on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let nv: Awaited<ReturnType<typeof nukevietDb>>;
  let a: Awaited<ReturnType<typeof addSite>>;
  let b: Awaited<ReturnType<typeof addSite>>;

  const run = async (siteId: number, dryRun: boolean) => {
    const id = await t.deps.imports.start({
      siteId,
      url: nv.url,
      uploadsDir: UPLOADS,
      prefix: 'nv4',
      oldHosts: ['tinhuy.example.vn'],
      dryRun,
      startedBy: null,
    });
    return t.deps.imports.runNow(id);
  };
  const articles = (siteId: number) =>
    t.db.kysely
      .selectFrom('article')
      .selectAll()
      .where('siteId', '=', siteId)
      .orderBy('id')
      .execute();
  const get = (url: string) => t.app.request(url);

  beforeAll(async () => {
    nv = await nukevietDb();
    t = await testApp(dialect, { seed: false });
    a = await addSite(t.db, { slug: 'muong-nhe', name: 'Mường Nhé', host: 'muongnhe.example.vn' });
    b = await addSite(t.db, {
      slug: 'muong-cha',
      name: 'Mường Chà',
      host: 'muongcha.example.vn',
      articles: ['Tin riêng của Mường Chà'],
    });
    await t.deps.platform.load();
  });
  afterAll(async () => {
    await t?.close();
    await nv?.drop();
  });

  it('a dry run reports what would come in and writes nothing', async () => {
    const report = await run(a.id, true);
    expect(report.error).toBeUndefined();
    expect(report.counts.section.created).toBe(3);
    expect(report.counts.article.created).toBe(6);
    expect(report.counts.page).toMatchObject({ created: 1, skipped: 1 });
    expect(report.counts.weblink).toMatchObject({ created: 2, skipped: 1 });
    const text = report.warnings.map((w) => w.message).join('\n');
    expect(text).toContain('uploads/news/2023_03/khong-co.jpg');
    expect(text).toContain('gia.jpg');
    expect(await articles(a.id)).toHaveLength(0);
    const items = await t.db.kysely.selectFrom('importItem').selectAll().execute();
    expect(items).toHaveLength(0);
  });

  it('imports sections, articles, tags, pages, links and the visitor offset into the site', async () => {
    const report = await run(a.id, false);
    expect(report.error).toBeUndefined();
    expect(report.counts.article).toMatchObject({ created: 6, updated: 0 });
    const rows = await articles(a.id);
    expect(rows).toHaveLength(6);
    const byTitle = (s: string) => rows.find((r) => r.title.startsWith(s))!;

    const first = byTitle('Hội nghị Ban Chấp hành');
    expect(first.status).toBe('published');
    expect(first.slug).toBe('hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12');
    // Entities decoded (&#x002F; &quot;), the byline from `author`, the baseline from `hitstotal`.
    expect(first.lead).toBe('Sáng 5/3, Ban Chấp hành họp "phiên thường kỳ".');
    expect(first.byline).toBe('Minh Anh');
    expect(Number(first.readCount)).toBe(1523);
    expect(first.publishedAt).toBe(new Date(1678000000 * 1000).toISOString());
    // The body: the image became a media figure with its caption; the script is gone; the
    // old-host link is relative (the redirect table answers it).
    expect(first.bodyHtml).toContain('<figure class="image">');
    expect(first.bodyHtml).toContain('<figcaption>Đại biểu dự hội nghị</figcaption>');
    expect(first.bodyHtml).not.toContain('<script');
    expect(first.bodyHtml).toContain(
      'href="/vi/news/xay-dung-dang/nang-cao-chat-luong-sinh-hoat-chi-bo-2.html"',
    );
    expect(first.imageId).not.toBeNull();
    const image = await t.db.kysely
      .selectFrom('media')
      .selectAll()
      .where('id', '=', first.imageId!)
      .executeTakeFirstOrThrow();
    expect(image.caption).toBe('Quang cảnh hội nghị');
    expect(image.siteId).toBe(a.id);

    const second = byTitle('Nâng cao chất lượng');
    expect(second.title).toBe('Nâng cao chất lượng sinh hoạt chi bộ & đảng viên');
    expect(second.sourceUrl).toBe('https://nhandan.vn/bai-goc');
    expect(second.sourceName).toBe('Báo Nhân Dân');
    // The other host's image and the fake image are not in the body.
    expect(second.bodyHtml).not.toContain('other.example.com');
    expect(second.bodyHtml).not.toContain('gia.jpg');

    expect(byTitle('Bài đã gỡ').status).toBe('withdrawn');
    expect(byTitle('Bản nháp').status).toBe('draft');
    // Before 4.0.29: _bodyhtml_1 and _bodytext; an NFD title comes out NFC.
    const old = rows.find((r) => r.slug === 'hoan-thanh-ke-hoach-nam-2014')!;
    expect(old.title).toBe('Hoàn thành kế hoạch năm 2014'.normalize('NFC'));
    expect(old.title).toBe(old.title.normalize('NFC'));
    expect(old.bodyHtml).toContain('<strong>kế hoạch</strong>');
    expect(Number(old.readCount)).toBe(40210);
    expect(byTitle('Bài cũ thứ hai').bodyHtml).toBe(
      '<p>Chỉ có văn bản thuần.</p><p>Dòng thứ hai.</p>',
    );

    // Tags (with diacritics) and secondary sections.
    const tags = await t.db.kysely
      .selectFrom('articleTag')
      .innerJoin('tag', 'tag.id', 'articleTag.tagId')
      .select(['tag.name', 'articleTag.articleId'])
      .where('articleTag.articleId', '=', first.id)
      .orderBy('tag.name')
      .execute();
    expect(tags.map((x) => x.name)).toEqual(['hội nghị', 'xây dựng Đảng']);
    const secondary = await t.db.kysely
      .selectFrom('articleSection')
      .select('sectionId')
      .where('articleId', '=', first.id)
      .execute();
    expect(secondary).toHaveLength(1);

    // Sections of the site, the suspended one's article would be unpublished.
    const sections = await t.db.kysely
      .selectFrom('section')
      .select(['slug', 'name', 'kind'])
      .where('siteId', '=', a.id)
      .orderBy('id')
      .execute();
    expect(sections.map((s) => s.slug)).toEqual(
      expect.arrayContaining(['tin-tuc-su-kien', 'xay-dung-dang', 'chuyen-muc-cu', 'gioi-thieu']),
    );
    // The static page, its image copied; the hidden page stays behind.
    const pages = await t.db.kysely
      .selectFrom('page')
      .innerJoin('section', 'section.id', 'page.sectionId')
      .select(['page.title', 'page.bodyHtml'])
      .where('section.siteId', '=', a.id)
      .execute();
    expect(pages.map((p) => p.title)).toEqual(['Lịch sử Đảng bộ tỉnh']);
    expect(pages[0]!.bodyHtml).toContain('/media/nhap/');
    // Web links: the javascript: one is refused.
    const links = await t.db.kysely
      .selectFrom('weblink')
      .select(['url'])
      .where('siteId', '=', a.id)
      .execute();
    expect(links.map((l) => l.url)).toEqual(['https://dangcongsan.vn']);
    // The visitor counter became the site's total offset.
    const offset = await withSite(a.id, () =>
      t.db.kysely
        .selectFrom('setting')
        .select('value')
        .where('siteId', '=', a.id)
        .where('key', '=', 'visitorTotalOffset')
        .executeTakeFirst(),
    );
    expect(JSON.parse(offset!.value)).toBe(2345678);
    // Nothing from comments or contact messages anywhere.
    const everything = JSON.stringify(await articles(a.id));
    expect(everything).not.toContain('doc@example.vn');
    expect(everything).not.toContain('Bình luận riêng tư');
  });

  it('serves the imported articles on the site, withdrawn ones as 410, images byte-identical', async () => {
    const rows = await articles(a.id);
    const first = rows.find((r) => r.title.startsWith('Hội nghị'))!;
    const section = await t.db.kysely
      .selectFrom('section')
      .select('slug')
      .where('id', '=', first.sectionId)
      .executeTakeFirstOrThrow();
    const page = await get(`${A_HOST}/${section.slug}/${first.slug}-${first.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12');
    expect(html).toContain('Minh Anh');
    const gone = rows.find((r) => r.status === 'withdrawn')!;
    expect((await get(`${A_HOST}/${section.slug}/${gone.slug}-${gone.id}`)).status).toBe(410);
    // The original bytes of a body image answer under /media/nhap/<site>/….
    const original = fs.readFileSync(path.join(UPLOADS, 'news/2023_03/dai-bieu.png'));
    const res = await get(`${A_HOST}/media/nhap/${a.id}/news/2023-03/dai-bieu.png`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(original)).toBe(true);
    // The other site does not show them.
    expect((await get(`${B_HOST}/${section.slug}/${first.slug}-${first.id}`)).status).toBe(404);
  });

  it('a re-run changes nothing and duplicates nothing; a changed row is updated', async () => {
    const before = await articles(a.id);
    const again = await run(a.id, false);
    expect(again.counts.article).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    expect(again.counts.section).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(again.counts.page).toMatchObject({ created: 0, unchanged: 1 });
    expect(await articles(a.id)).toEqual(before);
    const media = await t.db.kysely
      .selectFrom('media')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();

    // Live reads since the import stay; the old site's later reads move the baseline.
    const first = before.find((r) => r.title.startsWith('Hội nghị'))!;
    await t.db.kysely
      .updateTable('article')
      .set({ readCount: Number(first.readCount) + 10 })
      .where('id', '=', first.id)
      .execute();
    await nv.exec(
      "UPDATE nv4_vi_news_rows SET hitstotal = 1600, title = 'Hội nghị Ban Chấp hành (sửa)' WHERE id = 1",
    );
    const third = await run(a.id, false);
    expect(third.counts.article).toMatchObject({ created: 0, updated: 1, unchanged: 5 });
    const after = await t.db.kysely
      .selectFrom('article')
      .selectAll()
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    expect(after.title).toBe('Hội nghị Ban Chấp hành (sửa)');
    expect(Number(after.readCount)).toBe(1600 + 10);
    const mediaAfter = await t.db.kysely
      .selectFrom('media')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(mediaAfter.n)).toBe(Number(media.n));
  });

  it('the same source into another site makes that site its own copies (no cross-site sharing)', async () => {
    const report = await run(b.id, false);
    expect(report.counts.article.created).toBe(6);
    const rowsA = await articles(a.id);
    const rowsB = await articles(b.id);
    expect(rowsB).toHaveLength(7);
    expect(rowsA).toHaveLength(6);
    const idsA = new Set(rowsA.map((r) => r.id));
    expect(rowsB.some((r) => idsA.has(r.id))).toBe(false);
    const mediaB = await t.db.kysely
      .selectFrom('media')
      .select('storageKey')
      .where('siteId', '=', b.id)
      .execute();
    expect(mediaB.length).toBeGreaterThan(0);
    expect(mediaB.every((m) => m.storageKey.startsWith(`nhap/${b.id}/`))).toBe(true);
  });
});
