import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Media } from '../../src/modules/media/media.ts';
import type { agent } from '../support/agent.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';

const XSS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<a href="javascript:window.__xss=1">bấm</a>',
  '<svg onload="window.__xss=1"></svg>',
  '"><script>window.__xss=1</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
];

describe.each(dialects)('the newsroom on %s', (dialect) => {
  const clock = manualClock();
  let t: Awaited<ReturnType<typeof testApp>>;
  let reporter: TestStaff;
  let editor: TestStaff;
  let approver: TestStaff;
  let image: Media;

  const form = (overrides: Record<string, string | string[]> = {}) => ({
    title: 'Xã Mường Phăng ra quân làm đường giao thông nông thôn',
    lead: 'Sáng 20/11, xã Mường Phăng tổ chức ra quân làm đường bê tông nội đồng.',
    bodyHtml: `<p>Hơn 300 người dân tham gia.</p><figure class="image"><img src="/media/${image.key}" alt="Người dân làm đường"><figcaption>Người dân xã Mường Phăng làm đường bê tông.</figcaption></figure>`,
    byline: 'Tin, ảnh: Quàng Văn Pọm',
    sectionId: String(sectionId('tin-trong-tinh')),
    tags: 'Nông thôn mới, Mường Phăng',
    ...overrides,
  });
  let sectionsBySlug = new Map<string, number>();
  const sectionId = (slug: string) => sectionsBySlug.get(slug)!;

  async function openEditor(a: ReturnType<typeof agent>, id: number) {
    const page = await a.get(`/quan-tri/bai-viet/${id}`);
    const version = /name="version" value="(\d+)"/.exec(page.text)?.[1] ?? '0';
    return { page, version };
  }

  /** This test's signed-in clients, one per staff member (logins are rate-limited per address). */
  let sessions = new Map<TestStaff, ReturnType<typeof agent>>();
  async function signedIn(who: TestStaff): Promise<ReturnType<typeof agent>> {
    const known = sessions.get(who);
    if (known) return known;
    const a = await who.login();
    sessions.set(who, a);
    return a;
  }
  beforeEach(() => {
    sessions = new Map();
    // A new 15-minute window of the login rate limit: no test spends another's logins.
    clock.tick(15 * 60_000);
  });

  /** A reporter's draft in Tin trong tỉnh, saved once with the standard form (and `overrides`). */
  async function draft(overrides: Record<string, string> = {}): Promise<number> {
    const a = await signedIn(reporter);
    await a.get('/quan-tri/bai-viet/moi');
    const created = await a.post('/quan-tri/bai-viet/moi', {
      title: form(overrides).title,
      sectionId: String(sectionId('tin-trong-tinh')),
    });
    const id = Number(/(\d+)$/.exec(created.location!)![1]);
    const { version } = await openEditor(a, id);
    await a.post(`/quan-tri/bai-viet/${id}`, { ...form(overrides), version });
    return id;
  }

  /** One workflow step on article `id` by `who`, from the editor page as a person would. */
  async function step(who: TestStaff, id: number, t: string, extra: Record<string, string> = {}) {
    const a = await signedIn(who);
    await openEditor(a, id);
    const r = await a.post(`/quan-tri/bai-viet/${id}/chuyen`, { t, ...extra });
    expect(r.status, `${t}: ${r.text.slice(0, 300)}`).toBe(303);
  }

  /** A published article of the test's own: drafted, submitted, forwarded, published. */
  async function published(overrides: Record<string, string> = {}): Promise<number> {
    const id = await draft(overrides);
    await step(reporter, id, 'submit');
    await step(editor, id, 'forward');
    await step(approver, id, 'publish');
    return id;
  }

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    sectionsBySlug = new Map((await t.deps.site.sections()).map((s) => [s.slug, s.id]));
    reporter = await makeStaff(
      t,
      clock,
      'phongvien',
      'reporter',
      ['tin-trong-tinh'],
      'Quàng Văn Pọm',
    );
    editor = await makeStaff(t, clock, 'bientap', 'editor', ['tin-trong-tinh'], 'Lò Thị Biên');
    approver = await makeStaff(
      t,
      clock,
      'lanhdao',
      'approver',
      ['tin-trong-tinh', 'xay-dung-dang'],
      'Nguyễn Văn Duyệt',
    );
    image = (await t.deps.media.byIds([1])).get(1)!;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a reporter writes a draft only in their own section', async () => {
    const a = await reporter.login();
    await a.get('/quan-tri/bai-viet/moi');
    const refused = await a.post('/quan-tri/bai-viet/moi', {
      title: 'Bài sai chuyên mục',
      sectionId: String(sectionId('van-ban')),
    });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('không có quyền');
    const r = await a.post('/quan-tri/bai-viet/moi', {
      title: 'Xã Mường Phăng ra quân',
      sectionId: String(sectionId('tin-trong-tinh')),
    });
    expect(r.status).toBe(303);
    const articleId = Number(/\/quan-tri\/bai-viet\/(\d+)$/.exec(r.location!)![1]);
    const { version } = await openEditor(a, articleId);
    const saved = await a.post(`/quan-tri/bai-viet/${articleId}`, { ...form(), version });
    expect(saved.location).toBe(`/quan-tri/bai-viet/${articleId}?da-luu`);
    const stored = (await t.deps.newsroom.byId(articleId))!;
    expect(stored.status).toBe('draft');
    expect(stored.bodyHtml).toMatch(
      /<img src="\/media\/[^"]+" alt="Người dân làm đường" srcset="[^"]+480w/,
    );
    // Not public yet.
    expect((await t.get(`/tin-trong-tinh/${stored.slug}-${articleId}`)).status).toBe(404);
    // A save from a stale version is refused and keeps what was typed.
    const stale = await a.post(`/quan-tri/bai-viet/${articleId}`, {
      ...form({ title: 'Tiêu đề gõ dở' }),
      version: '1',
    });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('value="Tiêu đề gõ dở"');
  });

  it('submit → the editor returns it with a note → the reporter fixes and resubmits → forward → publish', async () => {
    const articleId = await draft();
    const r = await reporter.login();
    await openEditor(r, articleId);
    expect((await r.post(`/quan-tri/bai-viet/${articleId}/chuyen`, { t: 'submit' })).status).toBe(
      303,
    );
    expect((await t.deps.newsroom.byId(articleId))!.status).toBe('review');

    const e = await editor.login();
    const queue = await e.get('/quan-tri/bai-viet?trang-thai=review');
    expect(queue.text).toContain('Xã Mường Phăng ra quân làm đường');
    expect(queue.text).toMatch(/Chờ biên tập <span class="count">1<\/span>/);
    await openEditor(e, articleId);
    const noNote = await e.post(`/quan-tri/bai-viet/${articleId}/chuyen`, {
      t: 'return',
      note: '',
    });
    expect(noNote.status).toBe(400);
    expect(
      (
        await e.post(`/quan-tri/bai-viet/${articleId}/chuyen`, {
          t: 'return',
          note: 'Bổ sung số liệu km đường',
        })
      ).status,
    ).toBe(303);
    expect((await t.deps.newsroom.byId(articleId))!.status).toBe('draft');

    const page = await r.get(`/quan-tri/bai-viet/${articleId}`);
    expect(page.text).toContain('Bổ sung số liệu km đường');
    const version = /name="version" value="(\d+)"/.exec(page.text)![1]!;
    await r.post(`/quan-tri/bai-viet/${articleId}`, {
      ...form({ bodyHtml: `${form().bodyHtml}<p>Đã hoàn thành 2,5 km đường.</p>` }),
      version,
    });
    await r.get(`/quan-tri/bai-viet/${articleId}`);
    await r.post(`/quan-tri/bai-viet/${articleId}/chuyen`, { t: 'submit' });

    await openEditor(e, articleId);
    expect((await e.post(`/quan-tri/bai-viet/${articleId}/chuyen`, { t: 'forward' })).status).toBe(
      303,
    );
    // The editor cannot publish.
    expect((await e.post(`/quan-tri/bai-viet/${articleId}/chuyen`, { t: 'publish' })).status).toBe(
      400,
    );

    const ap = await approver.login();
    await openEditor(ap, articleId);
    expect((await ap.post(`/quan-tri/bai-viet/${articleId}/chuyen`, { t: 'publish' })).status).toBe(
      303,
    );
    const a = (await t.deps.newsroom.byId(articleId))!;
    expect(a.status).toBe('published');
    expect(a.publishedAt?.getTime()).toBe(clock.now().getTime());

    const pub = await t.get(`/tin-trong-tinh/${a.slug}-${articleId}`);
    expect(pub.status).toBe(200);
    expect(pub.text).toContain('Đã hoàn thành 2,5 km đường.');
    expect(pub.text).toContain(
      '<figcaption>Người dân xã Mường Phăng làm đường bê tông.</figcaption>',
    );
    expect(pub.text).toContain('<p class="byline">Tin, ảnh: Quàng Văn Pọm</p>');
    expect((await t.get('/')).text).toContain(
      'Xã Mường Phăng ra quân làm đường giao thông nông thôn',
    );
    const audit = (await t.deps.audit.list({ limit: 200 })).map((x) => x.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        'article.created',
        'article.submit',
        'article.return',
        'article.forward',
        'article.publish',
      ]),
    );
  });

  it('a correction needs a note and shows it dated on the public page', async () => {
    const articleId = await published();
    const ap = await approver.login();
    const { version } = await openEditor(ap, articleId);
    const noNote = await ap.post(`/quan-tri/bai-viet/${articleId}`, {
      ...form({ lead: 'Sapo đã sửa.' }),
      version,
    });
    expect(noNote.status).toBe(400);
    expect(noNote.text).toContain('cần ghi nội dung đính chính');
    const ok = await ap.post(`/quan-tri/bai-viet/${articleId}`, {
      ...form({ lead: 'Sáng 21/11, xã Mường Phăng tổ chức ra quân.' }),
      version,
      correctionNote: 'Sửa ngày ra quân từ 20/11 thành 21/11.',
    });
    expect(ok.location).toBe(`/quan-tri/bai-viet/${articleId}?da-dinh-chinh`);
    const a = (await t.deps.newsroom.byId(articleId))!;
    const pub = await t.get(`/tin-trong-tinh/${a.slug}-${articleId}`);
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      clock.now(),
    );
    expect(pub.text).toContain(
      `Đính chính ngày ${today}:</strong> Sửa ngày ra quân từ 20/11 thành 21/11.`,
    );
    expect(pub.text).toContain('Sáng 21/11, xã Mường Phăng');
    // The reporter cannot edit the published article.
    const r = await reporter.login();
    const page = await r.get(`/quan-tri/bai-viet/${articleId}`);
    expect(page.text).toContain('không thể sửa nội dung');
  });

  it('revisions: a readable diff between two, and restore', async () => {
    // The whole story of one article: returned once, fixed, published, then corrected.
    const articleId = await draft();
    await step(reporter, articleId, 'submit');
    await step(editor, articleId, 'return', { note: 'Bổ sung số liệu km đường' });
    const w = await signedIn(reporter);
    await w.post(`/quan-tri/bai-viet/${articleId}`, {
      ...form({ bodyHtml: `${form().bodyHtml}<p>Đã hoàn thành 2,5 km đường.</p>` }),
      version: (await openEditor(w, articleId)).version,
    });
    await step(reporter, articleId, 'submit');
    await step(editor, articleId, 'forward');
    await step(approver, articleId, 'publish');
    const c = await signedIn(approver);
    const corrected = await c.post(`/quan-tri/bai-viet/${articleId}`, {
      ...form({ lead: 'Sáng 21/11, xã Mường Phăng tổ chức ra quân.' }),
      version: (await openEditor(c, articleId)).version,
      correctionNote: 'Sửa ngày ra quân từ 20/11 thành 21/11.',
    });
    expect(corrected.location).toBe(`/quan-tri/bai-viet/${articleId}?da-dinh-chinh`);
    const revs = await t.deps.newsroom.revisions(articleId);
    expect(revs.map((r) => r.reason)).toEqual(
      expect.arrayContaining([
        'create',
        'save',
        'submit',
        'return',
        'forward',
        'publish',
        'correction',
      ]),
    );
    const ap = await approver.login();
    const published = revs.find((r) => r.reason === 'publish')!.number;
    const diff = await ap.get(
      `/quan-tri/bai-viet/${articleId}/phien-ban?tu=${published}&den=current`,
    );
    expect(diff.status).toBe(200);
    expect(diff.text).toMatch(/<del>[^<]*2,5 km[^<]*<\/del>/);
    expect(diff.text).toMatch(/<ins>[^<]*21[^<]*<\/ins>/);

    const r = await reporter.login();
    await r.get('/quan-tri/bai-viet/moi');
    const created = await r.post('/quan-tri/bai-viet/moi', {
      title: 'Bản A',
      sectionId: String(sectionId('tin-trong-tinh')),
    });
    const id = Number(/(\d+)$/.exec(created.location!)![1]);
    let v = (await openEditor(r, id)).version;
    await r.post(`/quan-tri/bai-viet/${id}`, {
      ...form({ title: 'Bản A', bodyHtml: '<p>Nội dung bản A</p>' }),
      version: v,
    });
    v = (await openEditor(r, id)).version;
    await r.post(`/quan-tri/bai-viet/${id}`, {
      ...form({ title: 'Bản B', bodyHtml: '<p>Nội dung bản B</p>' }),
      version: v,
    });
    const a = (await t.deps.newsroom.revisions(id)).find(
      (x) => x.snapshot.title === 'Bản A' && x.reason === 'save',
    )!;
    await r.get(`/quan-tri/bai-viet/${id}/phien-ban`);
    const restored = await r.post(`/quan-tri/bai-viet/${id}/phien-ban/${a.number}/khoi-phuc`, {});
    expect(restored.location).toBe(`/quan-tri/bai-viet/${id}/phien-ban?da-khoi-phuc`);
    const now = (await t.deps.newsroom.byId(id))!;
    expect(now.title).toBe('Bản A');
    expect(now.bodyHtml).toContain('Nội dung bản A');
    const after = await t.deps.newsroom.revisions(id);
    expect(after[0]!.reason).toBe('restore');
    expect(after.some((x) => x.snapshot.title === 'Bản B')).toBe(true);
  });

  it('a diff shows a literal "&lt;" typed by the writer as "&lt;", not "<"', async () => {
    const r = await reporter.login();
    await r.get('/quan-tri/bai-viet/moi');
    const created = await r.post('/quan-tri/bai-viet/moi', {
      title: 'Bài về mã HTML',
      sectionId: String(sectionId('tin-trong-tinh')),
    });
    const id = Number(/(\d+)$/.exec(created.location!)![1]);
    for (const tail of ['.', ' chữ.']) {
      const { version } = await openEditor(r, id);
      await r.post(`/quan-tri/bai-viet/${id}`, {
        ...form({
          title: 'Bài về mã HTML',
          bodyHtml: `<p>Gõ &amp;lt;b&amp;gt; để in đậm${tail}</p>`,
        }),
        version,
      });
    }
    const [to, from] = (await t.deps.newsroom.revisions(id))
      .filter((x) => x.reason === 'save')
      .map((x) => x.number);
    const diff = await r.get(`/quan-tri/bai-viet/${id}/phien-ban?tu=${from}&den=${to}`);
    expect(diff.status).toBe(200);
    const body = /<h3>Nội dung <\/h3><p class="diff">(.*?)<\/p>/.exec(diff.text)![1]!;
    expect(body).toContain('<ins>chữ</ins>');
    // Escaped once by the page: the typed "&lt;b&gt;" is "&amp;lt;b&amp;gt;" in the HTML.
    expect(body.replace(/<[^>]*>/g, '')).toBe('Gõ &amp;lt;b&amp;gt; để in đậm chữ.');
  });

  it('withdrawal needs a reason and the public URL answers 410 with a notice', async () => {
    const title = 'Tin sẽ gỡ: xã Mường Phăng ra quân làm đường';
    const articleId = await published({ title });
    expect((await t.get('/')).text).toContain(title);
    const ap = await approver.login();
    await openEditor(ap, articleId);
    expect(
      (await ap.post(`/quan-tri/bai-viet/${articleId}/chuyen`, { t: 'withdraw', note: '' })).status,
    ).toBe(400);
    expect(
      (
        await ap.post(`/quan-tri/bai-viet/${articleId}/chuyen`, {
          t: 'withdraw',
          note: 'Thông tin chưa được kiểm chứng',
        })
      ).status,
    ).toBe(303);
    const a = (await t.deps.newsroom.byId(articleId))!;
    const gone = await t.get(`/tin-trong-tinh/${a.slug}-${articleId}`);
    expect(gone.status).toBe(410);
    expect(gone.text).toContain('Thông tin chưa được kiểm chứng');
    expect((await t.get('/')).text).not.toContain(title);
    // Nothing is hard-deleted.
    expect(await t.deps.newsroom.byId(articleId)).toBeDefined();
  });

  it('scheduled publish and unpublish happen once, even with two runners', async () => {
    const ap = await approver.login();
    await ap.get('/quan-tri/bai-viet/moi');
    const r = await ap.post('/quan-tri/bai-viet/moi', {
      title: 'Lịch tiếp công dân tháng 12',
      sectionId: String(sectionId('xay-dung-dang')),
    });
    const id = Number(/(\d+)$/.exec(r.location!)![1]);
    const { version } = await openEditor(ap, id);
    await ap.post(`/quan-tri/bai-viet/${id}`, {
      ...form({
        title: 'Lịch tiếp công dân tháng 12',
        sectionId: String(sectionId('xay-dung-dang')),
      }),
      version,
    });
    await ap.get(`/quan-tri/bai-viet/${id}`);
    await ap.post(`/quan-tri/bai-viet/${id}/chuyen`, { t: 'submit' });
    await ap.get(`/quan-tri/bai-viet/${id}`);
    await ap.post(`/quan-tri/bai-viet/${id}/chuyen`, { t: 'forward' });
    await ap.get(`/quan-tri/bai-viet/${id}`);
    const past = await ap.post(`/quan-tri/bai-viet/${id}/chuyen`, {
      t: 'schedule',
      at: '2026-11-01T08:00',
    });
    expect(past.status).toBe(400);
    expect(past.text).toContain('phải ở tương lai');
    expect(
      (await ap.post(`/quan-tri/bai-viet/${id}/chuyen`, { t: 'schedule', at: '2026-11-28T07:30' }))
        .status,
    ).toBe(303);
    expect((await t.deps.newsroom.byId(id))!.status).toBe('scheduled');

    // A second app instance on the same database runs the same job.
    const { buildDeps } = await import('../../src/services.ts');
    const other = buildDeps(t.deps.config, t.db, { clock: clock.now });
    await Promise.all([t.deps.jobs.tick(), other.jobs.tick()]);
    expect((await t.deps.newsroom.byId(id))!.status).toBe('scheduled');
    clock.set(new Date('2026-11-28T00:31:00Z')); // 07:31 in Vietnam
    const [x, y] = await Promise.all([t.deps.newsroom.runSchedule(), other.newsroom.runSchedule()]);
    expect([...x.published, ...y.published]).toEqual([id]);
    const a = (await t.deps.newsroom.byId(id))!;
    expect(a.status).toBe('published');
    expect(a.publishedAt?.toISOString()).toBe('2026-11-28T00:30:00.000Z');
    expect((await t.deps.newsroom.notes(id)).filter((n) => n.kind === 'publish')).toHaveLength(1);

    // Scheduled unpublish.
    const ap2 = await approver.login();
    await ap2.get(`/quan-tri/bai-viet/${id}`);
    await ap2.post(`/quan-tri/bai-viet/${id}/chuyen`, {
      t: 'setUnpublish',
      at: '2026-11-29T08:00',
    });
    clock.set(new Date('2026-11-29T01:01:00Z'));
    const [u1, u2] = await Promise.all([
      t.deps.newsroom.runSchedule(),
      other.newsroom.runSchedule(),
    ]);
    expect([...u1.unpublished, ...u2.unpublished]).toEqual([id]);
    expect((await t.get(`/xay-dung-dang/${a.slug}-${id}`)).status).toBe(410);
  });

  it('edit lock: a second editor sees it read-only and can take over (logged)', async () => {
    const r = await reporter.login();
    await r.get('/quan-tri/bai-viet/moi');
    const created = await r.post('/quan-tri/bai-viet/moi', {
      title: 'Bài để thử khóa',
      sectionId: String(sectionId('tin-trong-tinh')),
    });
    const id = Number(/(\d+)$/.exec(created.location!)![1]);
    await r.get(`/quan-tri/bai-viet/${id}`);
    const e = await editor.login();
    const page = await e.get(`/quan-tri/bai-viet/${id}`);
    expect(page.text).toContain('Quàng Văn Pọm đang chỉnh sửa bài này');
    const version = /name="version" value="(\d+)"/.exec(page.text)![1]!;
    const blocked = await e.post(`/quan-tri/bai-viet/${id}`, {
      ...form({ title: 'Bài để thử khóa' }),
      version,
    });
    expect(blocked.status).toBe(409);
    expect((await e.post(`/quan-tri/bai-viet/${id}/tiep-quan`, {})).location).toBe(
      `/quan-tri/bai-viet/${id}?da-tiep-quan`,
    );
    const mine = await e.get(`/quan-tri/bai-viet/${id}`);
    expect(mine.text).not.toContain('đang chỉnh sửa bài này');
    expect((await t.deps.audit.list({ action: 'article.lock_taken', limit: 5 })).length).toBe(1);
    // The reporter's next save is refused (lock lost) and keeps the typed text.
    const lost = await r.post(`/quan-tri/bai-viet/${id}`, {
      ...form({ title: 'Bản của phóng viên' }),
      version,
    });
    expect(lost.status).toBe(409);
    expect(lost.text).toContain('value="Bản của phóng viên"');
  });

  it('a preview link shows the unpublished page and expires', async () => {
    const articleId = await draft();
    const token = await t.deps.newsroom.previewToken(articleId, 1);
    const page = await t.get(`/xem-truoc/${token}`, { 'user-agent': BROWSER_UA });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Bản xem trước');
    expect(page.text).toContain('noindex');
    expect(
      (await t.get(`/xem-truoc/${token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`)).status,
    ).toBe(404);
    clock.tick(2 * 3600_000);
    expect((await t.get(`/xem-truoc/${token}`)).status).toBe(404);
  });

  it('the statistics page is in the back office for approvers, not for reporters', async () => {
    const ap = await approver.login();
    const page = await ap.get('/quan-tri/thong-ke');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Thống kê truy cập');
    expect(page.text).toContain('Trang quản trị');
    // One title; the period is a segmented control showing the selection; CSV files as buttons.
    expect(page.text.match(/<h1[ >]/g)).toHaveLength(1);
    expect(page.text).toMatch(
      /<ul class="segmented">(?:(?!<\/ul>).)*aria-current="page">30 ngày<\/a>/s,
    );
    expect(page.text).toMatch(
      /<a class="button button-secondary" href="\/quan-tri\/thong-ke\/csv\?bang=ngay/,
    );
    expect(
      (await ap.get('/quan-tri/thong-ke/csv?bang=ngay')).headers.get('content-type'),
    ).toContain('text/csv');
    const r = await reporter.login();
    expect((await r.get('/quan-tri/thong-ke')).status).toBe(403);
    expect((await r.get('/quan-tri/thong-ke/csv?bang=ngay')).status).toBe(403);
  });

  it('the leadership report: by reporter, section and state, exported as .xlsx and .csv', async () => {
    await published();
    const ap = await approver.login();
    const page = await ap.get('/quan-tri/bao-cao?tu=2026-11-01&den=2026-12-31');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Quàng Văn Pọm');
    expect(page.text).toContain('Theo chuyên mục');
    const res = await t.app.request('/quan-tri/bao-cao.xlsx?tu=2026-11-01', {
      headers: { cookie: [...ap.jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Theo người viết',
      'Theo chuyên mục',
      'Theo trạng thái',
      'Danh sách bài',
    ]);
    const titles = wb.getWorksheet('Danh sách bài')!.getColumn(2).values.map(String);
    expect(titles).toContain('Xã Mường Phăng ra quân làm đường giao thông nông thôn');
    expect(titles).not.toContain(
      'Hội thảo khoa học về công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Điện Biên',
    );
    const csv = await ap.get('/quan-tri/bao-cao.csv?tu=2026-11-01');
    expect(csv.text).toContain('Xã Mường Phăng ra quân làm đường giao thông nông thôn');
    expect((await ap.get('/quan-tri/bao-cao?tu=hom-qua')).status).toBe(400);
    const r = await reporter.login();
    expect((await r.get('/quan-tri/bao-cao')).status).toBe(403);
    expect((await r.get('/quan-tri/bao-cao.xlsx')).status).toBe(403);
  });

  it('an XSS corpus in title, lead, body, caption and byline never reaches a page as markup', async () => {
    const r = await reporter.login();
    await r.get('/quan-tri/bai-viet/moi');
    const created = await r.post('/quan-tri/bai-viet/moi', {
      title: 'Thử an toàn',
      sectionId: String(sectionId('tin-trong-tinh')),
    });
    const id = Number(/(\d+)$/.exec(created.location!)![1]);
    const { version } = await openEditor(r, id);
    const evil = XSS.join(' ');
    await r.post(`/quan-tri/bai-viet/${id}`, {
      ...form({
        title: `Tiêu đề ${evil}`,
        lead: `Sapo ${evil}`,
        bodyHtml: `<p>Thân ${evil}</p><figure class="image"><img src="/media/${image.key}" alt="a${XSS[1]}"><figcaption>Chú thích ${evil}</figcaption></figure>`,
        byline: `PV ${evil}`,
      }),
      version,
    });
    const token = await t.deps.newsroom.previewToken(id);
    for (const html of [
      (await t.get(`/xem-truoc/${token}`)).text,
      (await r.get(`/quan-tri/bai-viet/${id}`)).text,
    ]) {
      expect(html).not.toMatch(/<script>window\.__xss/);
      expect(html).not.toMatch(/<img[^>]*onerror=/i);
      expect(html).not.toMatch(/<svg[^>]*onload=/i);
      expect(html).not.toMatch(/href="javascript:/i);
      expect(html).not.toMatch(/<iframe/i);
    }
  });
});
