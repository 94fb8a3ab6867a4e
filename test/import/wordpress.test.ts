/**
 * Moving in from WordPress (#21): a WXR export written for the tests, with its uploads folder,
 * imported into a site on SQLite and PostgreSQL: categories (with a parent), tags (a
 * percent-encoded Vietnamese slug), authors as bylines, posts (the [caption] shortcode as a
 * figure with its caption, other shortcodes dropped and reported, the featured image, read
 * counts), pages, attachments as media with captions; drafts and trash; comments never read;
 * old permalinks (`/<year>/<month>/<slug>/`, `/?p=N`, `/?page_id=N`, categories, tags, files)
 * answer 301; a dry run writes nothing and a re-run changes nothing.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/lib/paths.ts';
import { readWxr, wxrBodyHtml } from '../../src/modules/import/wordpress.source.ts';
import { addSite } from '../support/sites.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const DIR = path.join(ROOT, 'test/fixtures/wordpress');
const WXR = path.join(DIR, 'export.xml');
const A = 'https://muongnhe.example.vn';

describe('the WXR reader', () => {
  it('streams authors, terms and items, and never hands out comments', async () => {
    const kinds: string[] = [];
    let text = '';
    for await (const e of readWxr(WXR)) {
      kinds.push(e.kind === 'item' ? `item:${e.item.type}` : e.kind);
      text += JSON.stringify(e);
    }
    expect(kinds.filter((k) => k === 'category')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'item:post')).toHaveLength(3);
    expect(kinds).toContain('author');
    expect(text).not.toContain('Bình luận riêng tư');
    expect(text).not.toContain('203.0.113.5');
  });

  it('turns [caption] into an image and its caption, paragraphs as wpautop would', () => {
    const { html, dropped } = wxrBodyHtml(
      'Một.\n\n[caption id="a"]<img src="/x.png" alt=""> Chú thích[/caption]\n\nHai\nba [gallery ids="1"]',
    );
    expect(html).toBe(
      '<p>Một.</p><p><img src="/x.png" alt=""></p><p><em>Chú thích</em></p><p>Hai<br>ba</p>',
    );
    expect(dropped).toEqual(['gallery']);
  });

  it('refuses a file that is not well-formed XML', async () => {
    const bad = path.join(ROOT, 'test/fixtures/nukeviet/nukeviet.sql');
    await expect(async () => {
      for await (const _ of readWxr(bad)) void _;
    }).rejects.toThrow();
  });
});

describe.each(dialects)('WordPress import on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let siteId: number;

  const run = async (dryRun: boolean) => {
    const id = await t.deps.imports.start({
      siteId,
      source: 'wordpress',
      url: WXR,
      uploadsDir: path.join(DIR, 'uploads'),
      prefix: '',
      oldHosts: [],
      dryRun,
      startedBy: null,
    });
    return t.deps.imports.runNow(id);
  };
  const articles = () =>
    t.db.kysely
      .selectFrom('article')
      .selectAll()
      .where('siteId', '=', siteId)
      .orderBy('id')
      .execute();
  const request = (url: string) => t.app.request(url, { redirect: 'manual' });

  beforeAll(async () => {
    t = await testApp(dialect, { seed: false });
    siteId = (
      await addSite(t.db, { slug: 'muong-nhe', name: 'Mường Nhé', host: 'muongnhe.example.vn' })
    ).id;
    await t.deps.platform.load();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a dry run reports and writes nothing', async () => {
    const report = await run(true);
    expect(report.error).toBeUndefined();
    expect(report.counts.section.created).toBe(2);
    expect(report.counts.article).toMatchObject({ created: 2, skipped: 1 });
    expect(report.counts.page.created).toBe(1);
    expect(report.warnings.map((w) => w.message).join('\n')).toContain('[gallery]');
    expect(await articles()).toHaveLength(0);
    expect(await t.db.kysely.selectFrom('importItem').selectAll().execute()).toHaveLength(0);
  });

  it('imports posts, pages, terms, bylines and attachments', async () => {
    const report = await run(false);
    expect(report.error).toBeUndefined();
    expect(report.counts.article).toMatchObject({ created: 2, skipped: 1 });
    expect(report.counts.file.created).toBe(2);
    const rows = await articles();
    expect(rows).toHaveLength(2);
    const post = rows.find((r) => r.title.startsWith('Đại hội'))!;
    expect(post.title).toBe('Đại hội Chi bộ thôn Nậm Pố & nhiệm kỳ mới');
    expect(post.slug).toBe('dai-hoi-chi-bo-thon-nam-po');
    expect(post.status).toBe('published');
    expect(post.byline).toBe('Lò Văn Hùng');
    expect(post.publishedAt).toBe('2023-03-05T01:30:00.000Z');
    expect(post.lead).toBe('Chi bộ thôn Nậm Pố tổ chức đại hội nhiệm kỳ mới.');
    expect(Number(post.readCount)).toBe(342);
    expect(post.bodyHtml).toContain('<p>Sáng 5/3, Chi bộ thôn Nậm Pố tổ chức đại hội.</p>');
    expect(post.bodyHtml).toContain('<figcaption>Các đại biểu dự đại hội</figcaption>');
    expect(post.bodyHtml).not.toContain('[gallery');
    expect(post.bodyHtml).not.toContain('<script');
    expect(post.bodyHtml).not.toContain('dangbo.example.org');
    // A resized copy (src and srcset) shows the imported original, not a missing image.
    expect(post.bodyHtml).not.toContain('300x200');
    expect(post.bodyHtml).not.toContain('1024x683');
    const original = await t.db.kysely
      .selectFrom('media')
      .selectAll()
      .where('originalName', '=', 'hoi-nghi.jpg')
      .executeTakeFirstOrThrow();
    expect(post.bodyHtml).toContain(`src="/media/${original.storageKey}"`);
    expect(post.bodyHtml).toContain('alt="Hội nghị"');
    expect(report.warnings.map((w) => w.message).join('\n')).not.toContain('hoi-nghi');
    const image = await t.db.kysely
      .selectFrom('media')
      .selectAll()
      .where('id', '=', post.imageId!)
      .executeTakeFirstOrThrow();
    expect(image.caption).toBe('Quang cảnh đại hội Chi bộ thôn Nậm Pố');
    // Primary section: the first category; the second is secondary.
    const section = await t.db.kysely
      .selectFrom('section')
      .selectAll()
      .where('id', '=', post.sectionId)
      .executeTakeFirstOrThrow();
    expect(section.name).toBe('Xây dựng Đảng');
    expect(section.parentId).not.toBeNull();
    const draft = rows.find((r) => r.title === 'Bản nháp chưa đăng')!;
    expect(draft.status).toBe('draft');
    expect(draft.byline).toBe('khach');
    const page = await t.db.kysely
      .selectFrom('page')
      .selectAll()
      .where('slug', '=', 'lich-su-dang-bo-xa')
      .executeTakeFirstOrThrow();
    expect(page.title).toBe('Lịch sử Đảng bộ xã');
    expect((await request(`${A}/xay-dung-dang/${post.slug}-${post.id}`)).status).toBe(200);
  });

  it('old permalinks answer 301', async () => {
    const post = (await articles()).find((r) => r.title.startsWith('Đại hội'))!;
    const to = `/xay-dung-dang/${post.slug}-${post.id}`;
    const cases: [string, string | RegExp][] = [
      ['/2023/03/dai-hoi-chi-bo-thon-nam-po/', to],
      ['/2023/03/dai-hoi-chi-bo-thon-nam-po', to],
      ['/?p=12', to],
      ['/index.php?p=12', to],
      ['/?page_id=20', /^\/gioi-thieu\/lich-su-dang-bo-xa$/],
      ['/lich-su-dang-bo-xa/', /^\/gioi-thieu\/lich-su-dang-bo-xa$/],
      // The site already had a Tin tức section: the imported one got the next free slug.
      ['/category/tin-tuc/', /^\/tin-tuc-2$/],
      ['/category/tin-tuc/xay-dung-dang/', '/xay-dung-dang'],
      ['/tag/dai-hoi/', '/tu-khoa/dai-hoi'],
      ['/wp-content/uploads/2023/03/dai-bieu.png', /^\/media\/nhap\/\d+\/2023\/03\/dai-bieu\.png$/],
      [
        '/wp-content/uploads/2023/03/hoi-nghi-300x200.jpg',
        /^\/media\/nhap\/\d+\/2023\/03\/hoi-nghi\.jpg$/,
      ],
    ];
    for (const [old, want] of cases) {
      const res = await request(`${A}${old}`);
      expect.soft(res.status, old).toBe(301);
      if (typeof want === 'string') expect.soft(res.headers.get('location'), old).toBe(want);
      else expect.soft(res.headers.get('location') ?? '', old).toMatch(want);
    }
    for (const old of ['/?p=13', '/?p=999', '/2023/03/khong-co/']) {
      expect.soft((await request(`${A}${old}`)).status, old).not.toBe(301);
    }
  });

  it('a re-run changes nothing', async () => {
    const before = await articles();
    const again = await run(false);
    expect(again.error).toBeUndefined();
    expect(again.counts.article).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(again.counts.section).toMatchObject({ created: 0, unchanged: 2 });
    expect(again.counts.page).toMatchObject({ created: 0, unchanged: 1 });
    expect(await articles()).toEqual(before);
  });
});

describe.each(dialects)('WordPress import from the back office on %s', (dialect) => {
  const PROVINCE = 'https://dangbo.example.vn';
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock();
  let admin: Awaited<ReturnType<Awaited<ReturnType<typeof makeStaff>>['login']>>;
  let siteId: number;

  beforeAll(async () => {
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
  });

  const form = (over: Record<string, string> = {}) => ({
    siteId: String(siteId),
    source: 'wordpress',
    wxrPath: WXR,
    uploadsDir: path.join(DIR, 'uploads'),
    oldHosts: '',
    dryRun: 'on',
    ...over,
  });

  it('the source is chosen on /quan-tri/nhap-du-lieu; a WXR file is imported from there', async () => {
    const page = await admin.get(`${PROVINCE}/quan-tri/nhap-du-lieu`);
    expect(page.text).toContain('WordPress (tệp xuất WXR trên máy chủ)');
    const r = await admin.post(`${PROVINCE}/quan-tri/nhap-du-lieu`, form({ dryRun: '' }));
    expect(r.status).toBe(303);
    await t.deps.imports.idle();
    const report = await admin.get(`${PROVINCE}${r.location}`);
    expect(report.text).toContain('Xong');
    expect(report.text).toContain('export.xml');
    const n = await t.db.kysely
      .selectFrom('article')
      .select((e) => e.fn.countAll().as('n'))
      .where('siteId', '=', siteId)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(2);
  });

  it('refuses a missing, relative or non-XML file with a Vietnamese message (400)', async () => {
    for (const wxrPath of [
      '',
      'export.xml',
      '/etc/passwd',
      '/khong/co/tep.xml',
      `/${'a'.repeat(600)}.xml`,
    ]) {
      await admin.get(`${PROVINCE}/quan-tri/nhap-du-lieu`);
      const r = await admin.post(`${PROVINCE}/quan-tri/nhap-du-lieu`, form({ wxrPath }));
      expect.soft(r.status, wxrPath.slice(0, 40)).toBe(400);
      expect.soft(r.text).toMatch(/Tệp xuất WordPress|Không tìm thấy tệp|Nhập đường dẫn|quá dài/);
    }
  });
});
