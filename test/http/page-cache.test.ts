import zlib from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/modules/newsroom/newsroom.service.ts';
import type { Account } from '../../src/modules/account/account.ts';
import { hasSlots } from '../../src/modules/cache/cache.live.ts';
import { STAFF_SESSION_COOKIE } from '../../src/modules/stats/stats.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
const TITLE = 'Điện Biên khánh thành cầu treo bản Huổi Lếch';

describe.each(dialects)('the page cache on %s', (dialect) => {
  const clock = manualClock();
  let t: Awaited<ReturnType<typeof testApp>>;
  let approver: Account;
  let refPath: string;

  /** GET with the raw body (compressed when asked), status, headers and the decoded text. */
  async function get(path: string, headers: Record<string, string> = {}) {
    const res = await t.app.request(path, { headers: { 'user-agent': BROWSER_UA, ...headers } });
    const raw = Buffer.from(await res.arrayBuffer());
    const enc = res.headers.get('content-encoding');
    const text = (
      enc === 'br' ? zlib.brotliDecompressSync(raw) : enc === 'gzip' ? zlib.gunzipSync(raw) : raw
    ).toString('utf8');
    expect(hasSlots(text)).toBe(false);
    return {
      status: res.status,
      headers: res.headers,
      raw,
      text,
      cache: res.headers.get('x-cache'),
    };
  }

  /** Requests a page until it is served from the cache; returns that cached answer. */
  async function cached(path: string) {
    await get(path);
    const hit = await get(path);
    expect(hit.cache, path).toBe('HIT');
    return hit;
  }

  const shown = (html: string) => Number(/class="reads" data-article="\d+">(\d+)</.exec(html)?.[1]);
  const pages = () => [
    '/',
    '/tin-trong-tinh',
    '/tin-tuc-su-kien',
    '/rss',
    '/rss/tin-trong-tinh',
    refPath,
  ];

  /** A new article in Tin trong tỉnh, not yet public; its public address once published. */
  async function newArticle(title: string) {
    const draft = {
      ...emptyDraft(0, 'Tin: Lò Văn Hùng'),
      title,
      lead: 'Cầu treo dài 120 m nối bản Huổi Lếch với trung tâm xã.',
      bodyHtml: '<p>Cây cầu do Nhân dân góp công xây dựng.</p>',
    };
    draft.sectionId = (await t.deps.site.sections()).find((s) => s.slug === 'tin-trong-tinh')!.id;
    const id = await t.deps.newsroom.create(ACTOR, approver, draft);
    for (const step of ['submit', 'forward'] as const)
      await t.deps.newsroom.transition(ACTOR, approver, id, step);
    const { slug } = (await t.deps.newsroom.byId(id))!;
    return { id, path: `/tin-trong-tinh/${slug}-${id}` };
  }

  /** A published article of the test's own (each test that changes one makes its own). */
  async function publishedArticle(title: string) {
    const a = await newArticle(title);
    await t.deps.newsroom.transition(ACTOR, approver, a.id, 'publish');
    return a;
  }

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    const staff = await makeStaff(
      t,
      clock,
      'lanhdao',
      'approver',
      ['tin-trong-tinh'],
      'Nguyễn Văn Duyệt',
    );
    approver = (await t.deps.accounts.byId(staff.id))!;
    refPath = /href="(\/tin-trong-tinh\/hoi-thao-khoa-hoc[^"]+)"/.exec((await get('/')).text)![1]!;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves a page from the cache the second time, tagged for browsers and shared caches, and answers 304', async () => {
    // A page no other test asks for, so this first request is the one that fills the cache.
    const first = await get('/xay-dung-dang');
    const hit = await get('/xay-dung-dang');
    expect([first.cache, hit.cache]).toEqual(['MISS', 'HIT']);
    expect(hit.text).toBe(first.text);
    expect(hit.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60');
    expect(hit.headers.get('cdn-cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=60',
    );
    expect(hit.headers.get('vary')).toBe('Accept-Encoding');
    expect(hit.headers.get('content-security-policy')).toContain("default-src 'self'");
    const etag = hit.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await t.app.request('/xay-dung-dang', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    expect(
      (await t.app.request('/xay-dung-dang', { headers: { 'if-none-match': 'W/"other"' } })).status,
    ).toBe(200);
  });

  it('brotli and gzip answers decode to the very bytes of the plain answer', async () => {
    const plain = await get(refPath);
    for (const encoding of ['br', 'gzip']) {
      const r = await get(refPath, { 'accept-encoding': `${encoding}, identity` });
      expect(r.headers.get('content-encoding')).toBe(encoding);
      expect(r.raw.length).toBeLessThan(plain.raw.length / 2);
      expect(r.text).toBe(plain.text);
      expect(r.headers.get('etag')).toBe(plain.headers.get('etag'));
    }
    expect(
      (await get(refPath, { 'accept-encoding': 'gzip;q=0, deflate' })).headers.get(
        'content-encoding',
      ),
    ).toBeNull();
  });

  it('compresses a first answer fast and a page hit again better, each sent with its own length', async () => {
    const { path } = await publishedArticle('Tủa Chùa mở lớp dạy chữ Mông cho cán bộ xã');
    const br = { 'accept-encoding': 'br' };
    const miss = await get(path, br);
    const hit = await get(path, br);
    const again = await get(path, br);
    expect([miss.cache, hit.cache, again.cache]).toEqual(['MISS', 'HIT', 'HIT']);
    expect(hit.text).toBe(miss.text);
    expect(hit.raw.length).toBeLessThan(miss.raw.length);
    expect(again.raw.equals(hit.raw)).toBe(true);
    for (const r of [miss, hit, again])
      expect(r.headers.get('content-length')).toBe(String(r.raw.length));
  });

  it('a cached article page shows its read count going up, before and after the counts are written', async () => {
    const before = shown((await cached(refPath)).text);
    const id = Number(/-(\d+)$/.exec(refPath)![1]);
    const beacon = await t.app.request('/api/dem', {
      method: 'POST',
      body: JSON.stringify({ t: 'article', a: id }),
      headers: { 'user-agent': BROWSER_UA, 'content-type': 'text/plain' },
    });
    expect(beacon.status).toBe(204);
    const pending = await get(refPath);
    expect(pending.cache).toBe('HIT');
    expect(shown(pending.text)).toBe(before + 1);
    await t.deps.stats.flush();
    const written = await get(refPath);
    expect(written.cache).toBe('HIT');
    expect(shown(written.text)).toBe(before + 1);
    expect(written.text).toMatch(/<dt>Hôm nay:<\/dt><dd>[1-9]/);
    // Someone else's count (another instance, a console) is read from the database too.
    await t.db.kysely
      .updateTable('article')
      .set({ readCount: sql`read_count + 10` })
      .where('id', '=', id)
      .execute();
    expect(shown((await get(refPath)).text)).toBe(before + 11);
  });

  it('publishing shows the article at once on the home page, its sections, the feeds, and its own page', async () => {
    for (const p of pages()) await cached(p);
    const { id: articleId } = await newArticle(TITLE);
    // Not yet public: nothing changes.
    for (const p of pages()) expect((await get(p)).text, p).not.toContain(TITLE);
    await t.deps.newsroom.transition(ACTOR, approver, articleId, 'publish');
    for (const p of pages()) {
      const r = await get(p);
      expect(r.cache, p).not.toBe('HIT');
      if (p !== refPath) expect(r.text, p).toContain(TITLE);
    }
    const articlePath = /href="(\/tin-trong-tinh\/dien-bien-khanh-thanh[^"]+)"/.exec(
      (await get('/tin-trong-tinh')).text,
    )![1]!;
    expect((await get(articlePath)).text).toContain(
      `<h1 id="article-title" class="article-title">${TITLE}</h1>`,
    );
    expect((await get(refPath)).text).toContain(TITLE); // "Tin cùng chuyên mục"
  });

  it('a correction shows its new text and dated note at once, and nothing stale is served after it', async () => {
    const title = 'Mường Chà khánh thành cầu treo bản Nậm Piền';
    const { id: articleId, path: articlePath } = await publishedArticle(title);
    for (const p of [...pages(), articlePath]) await cached(p);
    const a = (await t.deps.newsroom.byId(articleId))!;
    const d = await t.deps.newsroom.draftOf(a);
    await t.deps.newsroom.save(
      ACTOR,
      approver,
      articleId,
      { ...d, title: `${title} (đã sửa)`, lead: 'Cầu treo dài 125 m.' },
      a.version,
      { correctionNote: 'Sửa chiều dài cầu: 125 m.' },
    );
    const page = await get(articlePath);
    expect(page.text).toContain('Cầu treo dài 125 m.');
    expect(page.text).toMatch(
      /Đính chính ngày \d\d\/\d\d\/\d{4}:<\/strong> Sửa chiều dài cầu: 125 m\./,
    );
    for (const p of pages()) expect((await get(p)).text, p).toContain(`${title} (đã sửa)`);
  });

  it('a withdrawal answers 410 at once and the article leaves every list', async () => {
    const title = 'Tủa Chùa khánh thành cầu treo bản Háng Tày';
    const { id: articleId, path: articlePath } = await publishedArticle(title);
    for (const p of [...pages(), articlePath]) await cached(p);
    expect((await get('/')).text).toContain(title);
    await t.deps.newsroom.transition(ACTOR, approver, articleId, 'withdraw', {
      note: 'Theo yêu cầu của cơ quan chủ quản.',
    });
    expect((await get(articlePath)).status).toBe(410);
    for (const p of pages()) expect((await get(p)).text, p).not.toContain(title);
  });

  it('an article’s change drops its page, its section’s article pages and the listings, and keeps the other sections’ article pages', async () => {
    const title = 'Nậm Pồ khánh thành trường bán trú bản Nà Hỳ';
    const { id, path } = await publishedArticle(title);
    const home = (await get('/')).text;
    const other = /href="(\/(?!tin-trong-tinh\/)[a-z0-9-]+\/[a-z0-9-]+-\d+)"/.exec(home)![1]!;
    for (const p of [...pages(), path, other]) await cached(p);
    const a = (await t.deps.newsroom.byId(id))!;
    const d = await t.deps.newsroom.draftOf(a);
    await t.deps.newsroom.save(ACTOR, approver, id, { ...d, title: `${title} (sửa)` }, a.version, {
      correctionNote: 'Sửa tên bản.',
    });
    const kept = await get(other);
    expect(kept.cache, other).toBe('HIT');
    expect(kept.text).not.toContain(`${title} (sửa)`);
    for (const p of [...pages(), path]) {
      const r = await get(p);
      expect(r.cache, p).toBe('MISS');
      expect(r.text, p).toContain(`${title} (sửa)`);
    }
    // Anything but an article (a setting here) still drops every page of the site.
    await cached(other);
    await t.db.kysely
      .insertInto('setting')
      .values({ siteId: 1, key: 'cache-test', value: '1' })
      .execute();
    expect((await get(other)).cache).toBe('MISS');
  });

  it('a setting, a section, a menu entry and a web link show at once on every page that shows them', async () => {
    for (const p of pages()) await cached(p);
    await t.deps.settings.update(ACTOR, { siteName: 'TRANG TIN THỬ NGHIỆM BỘ NHỚ ĐỆM' });
    for (const p of pages().filter((x) => !x.startsWith('/rss')))
      expect((await get(p)).text, p).toContain('TRANG TIN THỬ NGHIỆM BỘ NHỚ ĐỆM');

    for (const p of pages()) await cached(p);
    // Any change reaches the pages, even one made outside the app's code.
    await t.db.kysely
      .updateTable('section')
      .set({ name: 'Tin trong tỉnh Điện Biên' })
      .where('slug', '=', 'tin-trong-tinh')
      .execute();
    for (const p of pages().filter((x) => x !== '/rss'))
      expect((await get(p)).text, p).toContain('Tin trong tỉnh Điện Biên');

    for (const p of pages()) await cached(p);
    await t.deps.menus.create(ACTOR, 'footer', {
      label: 'Đường dây nóng',
      kind: 'url',
      url: 'https://example.vn/duong-day-nong',
      targetId: null,
      parentId: null,
      newTab: false,
    });
    for (const p of pages().filter((x) => !x.startsWith('/rss')))
      expect((await get(p)).text, p).toContain('Đường dây nóng');

    for (const p of pages()) await cached(p);
    const link = (await t.deps.weblinks.activeGroups())[0]!.links[0]!;
    await t.db.kysely
      .updateTable('weblink')
      .set({ title: 'Cổng Dịch vụ công tỉnh' })
      .where('id', '=', link.id)
      .execute();
    for (const p of pages().filter((x) => !x.startsWith('/rss')))
      expect((await get(p)).text, p).toContain('Cổng Dịch vụ công tỉnh');
  });

  it('an article with a later posting time appears when its time comes, with no change in the database', async () => {
    const { id: articleId } = await newArticle('Bài sẽ hẹn giờ');
    const later = new Date(clock.now().getTime() + 3_600_000);
    await t.db.kysely
      .updateTable('article')
      .set({ title: 'Bài hẹn giờ bằng thời điểm đăng', publishedAt: later.toISOString() })
      .where('id', '=', articleId)
      .execute();
    await t.db.kysely
      .updateTable('article')
      .set({ status: 'published' })
      .where('id', '=', articleId)
      .execute();
    await cached('/tin-trong-tinh');
    expect((await get('/tin-trong-tinh')).text).not.toContain('Bài hẹn giờ bằng thời điểm đăng');
    clock.tick(3_600_000);
    expect((await get('/tin-trong-tinh')).text).toContain('Bài hẹn giờ bằng thời điểm đăng');
  });

  it('shows the day of now, whatever day the page was cached on', async () => {
    clock.set(new Date('2026-11-27T16:59:00Z')); // 23:59 on Friday in Vietnam
    expect((await cached('/')).text).toContain('Thứ Sáu, 27/11/2026');
    clock.set(new Date('2026-11-27T17:00:30Z'));
    expect((await get('/')).text).toContain('Thứ Bảy, 28/11/2026');
  });

  it('never caches a staff member’s request nor an unknown parameter; ignores tracking parameters', async () => {
    await cached('/');
    const staff = await get('/', { cookie: `${STAFF_SESSION_COOKIE}=abc` });
    expect(staff.cache).toBe('BYPASS');
    expect(staff.headers.get('cache-control')).toBe('private, no-cache');
    expect((await get('/?utm_source=facebook&fbclid=x')).cache).toBe('HIT');
    expect((await get('/?xyz=1')).cache).toBe('BYPASS');
    await get('/tin-trong-tinh?trang=1');
    expect((await get('/tin-trong-tinh?trang=1')).cache).toBe('HIT');
    expect((await get('/tin-trong-tinh?trang=abc')).cache).toBe('BYPASS');
    expect((await get('/tim-kiem?q=hội+thảo')).status).toBe(200);
    expect((await get('/tim-kiem?q=hội+thảo')).cache).toBe('HIT');
    expect((await get('/khong-co-trang-nay')).cache).toBe('BYPASS');
  });

  it('fills the live parts of a staff preview outside the public pages too', async () => {
    const { id: articleId } = await publishedArticle('Nậm Pồ khánh thành cầu treo bản Nà Khoa');
    const a = await (await makeStaff(t, clock, 'bientap2', 'approver', ['tin-trong-tinh'])).login();
    const preview = await a.get(`/quan-tri/bai-viet/${articleId}/xem-truoc`);
    expect(preview.status).toBe(200);
    expect(hasSlots(preview.text)).toBe(false);
    expect(preview.text).toMatch(
      /Lượt đọc:<\/span> <span class="reads" data-article="\d+">\d+<\/span>/,
    );
  });
});
