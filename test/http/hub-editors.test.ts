/**
 * Chuyên đề, second step (#22): each hub's own editors (enforced on the server, audited), the
 * accent colour from the theme's list, and the blocks its editors arrange without script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsroomRepository } from '../../src/modules/newsroom/newsroom.repository.ts';
import { enterDocument } from '../support/document-fixtures.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

describe.each(dialects)('Chuyên đề editors, accent and blocks on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock();
  let approver: TestStaff;
  let editorA: TestStaff;
  let editorB: TestStaff;
  let reporter: TestStaff;
  let admin: TestStaff;
  let hubA = 0;
  let hubB = 0;
  let threadId = 0;
  let docId = 0;
  const articles: { id: number; title: string; path: string }[] = [];
  const HREF_A = '/chuyen-de/dai-hoi-xv-thu-nghiem';

  const auditOf = async (hubId: number) =>
    (
      await t.db.kysely
        .selectFrom('auditLog')
        .select(['action', 'actorId'])
        .where('targetType', '=', 'hub')
        .where('targetId', '=', String(hubId))
        .orderBy('id')
        .execute()
    ).map((x) => x.action);

  beforeAll(async () => {
    t = await testApp(dialect, { clock: () => clock.now() });
    approver = await makeStaff(t, clock, 'bbt', 'approver', ['tin-trong-tinh'], 'Lãnh đạo Ban');
    editorA = await makeStaff(t, clock, 'btva', 'editor', ['tin-trong-tinh'], 'Nguyễn Văn An');
    editorB = await makeStaff(t, clock, 'btvb', 'editor', ['tin-trong-tinh'], 'Lò Thị Bình');
    reporter = await makeStaff(t, clock, 'pv', 'reporter', ['tin-trong-tinh'], 'Phóng viên');
    admin = await makeStaff(t, clock, 'qtht', 'admin');
    threadId = await newsroomRepository(t.db).ensureEvent(
      'Đại hội XV thử nghiệm',
      'dai-hoi-xv-thu-nghiem',
      clock.now(),
    );
    for (const a of (await t.deps.articles.home()).latest.slice(0, 3)) {
      await t.db.kysely
        .updateTable('article')
        .set({ eventId: threadId })
        .where('id', '=', a.id)
        .execute();
      articles.push({ id: a.id, title: a.title, path: a.path });
    }
    const a = await approver.login();
    const create = async (title: string, editors: number[]) => {
      await a.get('/quan-tri/chuyen-de/moi');
      const r = await a.post('/quan-tri/chuyen-de/moi', {
        title,
        status: 'archived',
        eventThreadId: String(threadId),
        editorIds: editors.map(String),
      });
      expect(r.status).toBe(303);
      return (await t.deps.hubs.list()).find((h) => h.title === title)!.id;
    };
    hubA = await create('Đại hội XV thử nghiệm', [editorA.id]);
    hubB = await create('Bảo vệ nền tảng tư tưởng của Đảng', [editorB.id]);
    docId = await enterDocument(t, a, {
      number: '01-NQ/ĐH',
      type: 'Nghị quyết',
      issuer: 'Bộ Chính trị',
      summary: 'Nghị quyết Đại hội thử nghiệm',
      pdf: ['NGHI QUYET'],
      publish: true,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('seeds the archived Đại hội XV hub with its articles and milestones, off the home page', async () => {
    const href = '/chuyen-de/dai-hoi-dai-bieu-dang-bo-tinh-dien-bien-lan-thu-xv';
    const page = await t.get(href);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Đại hội đại biểu Đảng bộ tỉnh Điện Biên lần thứ XV');
    expect(page.text).toContain('Lưu trữ');
    expect(page.text).toContain('14/10/2025 – 16/10/2025');
    expect(page.text).toContain('class="hub hub-accent-do-co"');
    expect(page.text).toContain('alt="Hội trường Đại hội với cờ Đảng, cờ Tổ quốc trên sân khấu"');
    // Blocks in the seeded order: milestones, featured, latest from the event thread.
    const at = ['Các mốc của Đại hội', 'Tiêu điểm', 'Tin bài về Đại hội'].map((h) =>
      page.text.indexOf(`<span>${h}</span>`),
    );
    expect(at.every((x) => x > 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(page.text).toContain('Khai mạc Đại hội');
    for (const title of [
      'Hoàn thành đại hội các đảng bộ trực thuộc Tỉnh ủy, nhiệm kỳ 2025 – 2030',
      'Rợp bóng cờ hoa chào mừng Đại hội Đảng bộ tỉnh lần thứ XV',
      'Đại hội đại biểu Đảng bộ tỉnh Điện Biên lần thứ XV, nhiệm kỳ 2025 – 2030 thành công tốt đẹp',
    ])
      expect(page.text).toContain(title);
    expect((await t.get(`${href}/rss`)).text).toContain('Rợp bóng cờ hoa');
    // Archived: neither the menu nor the home page shows it.
    const home = (await t.get('/')).text;
    expect(home).not.toContain(href);
    expect(home).not.toContain('Rợp bóng cờ hoa');
  });

  it('lets a hub’s own editor edit it, and refuses an editor of another hub (403, Vietnamese, audited)', async () => {
    expect(await t.deps.hubs.editorIds(hubA)).toEqual([editorA.id]);
    const a = await editorA.login();
    // The back-office menu leads to the list, which shows only their hub.
    expect((await a.get('/quan-tri')).text).toContain('href="/quan-tri/chuyen-de"');
    const list = await a.get('/quan-tri/chuyen-de');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`href="/quan-tri/chuyen-de/${hubA}"`);
    expect(list.text).not.toContain(`href="/quan-tri/chuyen-de/${hubB}"`);
    expect(list.text).not.toContain('Tạo chuyên đề');
    const page = await a.get(`/quan-tri/chuyen-de/${hubA}`);
    expect(page.status).toBe(200);
    // Editors are chosen by the Ban biên tập only: no checkboxes on an editor's form.
    expect(page.text).not.toContain('name="editorIds"');
    const save = await a.post(`/quan-tri/chuyen-de/${hubA}`, {
      title: 'Đại hội XV thử nghiệm',
      intro: 'Sửa bởi biên tập viên của chuyên đề.',
      status: 'archived',
      eventThreadId: String(threadId),
      accent: 'xanh-lam',
      // Trying to add themselves another editor changes nothing.
      editorIds: [String(editorA.id), String(editorB.id)],
    });
    expect(save.status).toBe(303);
    expect(await t.deps.hubs.editorIds(hubA)).toEqual([editorA.id]);
    // The state is the Ban biên tập's too: an editor's "active" leaves the hub archived.
    await a.get(`/quan-tri/chuyen-de/${hubA}`);
    expect(
      (
        await a.post(`/quan-tri/chuyen-de/${hubA}`, {
          title: 'Đại hội XV thử nghiệm',
          intro: 'Sửa bởi biên tập viên của chuyên đề.',
          status: 'active',
          eventThreadId: String(threadId),
          accent: 'xanh-lam',
        })
      ).status,
    ).toBe(303);
    expect((await t.deps.hubs.hub(hubA)).status).toBe('archived');
    expect((await t.deps.hubs.hub(hubA)).intro).toBe('Sửa bởi biên tập viên của chuyên đề.');

    // Editor B, reporter: someone else's hub → 403 in Vietnamese, and nothing changes.
    for (const who of [editorB, reporter]) {
      const o = await who.login();
      const get = await o.get(`/quan-tri/chuyen-de/${hubA}`);
      expect(get.status).toBe(403);
      expect(get.text).toContain('Bạn không phải biên tập viên của chuyên đề này');
      await o.get('/quan-tri/chuyen-de');
      const post = await o.post(`/quan-tri/chuyen-de/${hubA}`, {
        title: 'Chiếm quyền',
        status: 'active',
      });
      expect(post.status).toBe(403);
      expect((await o.post(`/quan-tri/chuyen-de/${hubA}/khoi`, { kind: 'links' })).status).toBe(
        403,
      );
      // Creating and ordering hubs are the Ban biên tập's.
      expect((await o.get('/quan-tri/chuyen-de/moi')).status).toBe(403);
      expect((await o.post(`/quan-tri/chuyen-de/${hubA}/len`, {})).status).toBe(403);
    }
    expect((await t.deps.hubs.hub(hubA)).title).toBe('Đại hội XV thử nghiệm');
    expect(await t.deps.hubs.editorIds(hubA)).toEqual([editorA.id]);
    const trail = await auditOf(hubA);
    expect(trail).toContain('hub.updated');
    expect(trail.filter((x) => x === 'hub.refused').length).toBeGreaterThanOrEqual(2);

    // The system admin manages people, never content; naming them grants nothing.
    const q = await admin.login();
    expect((await q.get(`/quan-tri/chuyen-de/${hubA}`)).status).toBe(403);
    // An editor name the policy refuses (the admin) is rejected on the Ban biên tập's form.
    const b = await approver.login();
    await b.get(`/quan-tri/chuyen-de/${hubA}`);
    const bad = await b.post(`/quan-tri/chuyen-de/${hubA}`, {
      title: 'Đại hội XV thử nghiệm',
      status: 'archived',
      editorIds: [String(admin.id)],
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Chỉ chọn được tài khoản biên tập đang hoạt động của trang này.');

    // The Ban biên tập moves the hub to editor B: A loses it, B gains it (audited).
    await b.get(`/quan-tri/chuyen-de/${hubA}`);
    const moved = await b.post(`/quan-tri/chuyen-de/${hubA}`, {
      title: 'Đại hội XV thử nghiệm',
      status: 'archived',
      eventThreadId: String(threadId),
      accent: 'xanh-lam',
      editorIds: [String(editorB.id), String(editorA.id)],
    });
    expect(moved.status).toBe(303);
    expect(await t.deps.hubs.editorIds(hubA)).toEqual(
      [editorA.id, editorB.id].sort((x, y) => x - y),
    );
    expect(await auditOf(hubA)).toContain('hub.editors');
    const o = await editorB.login();
    expect((await o.get(`/quan-tri/chuyen-de/${hubA}`)).status).toBe(200);
  });

  it('takes an accent only from the theme’s list and shows it as a class, not an inline style', async () => {
    const a = await editorA.login();
    for (const accent of ['#ff0000', 'red', 'xanh-lam;}body{x', 'XANH-LAM']) {
      await a.get(`/quan-tri/chuyen-de/${hubA}`);
      const r = await a.post(`/quan-tri/chuyen-de/${hubA}`, {
        title: 'Đại hội XV thử nghiệm',
        status: 'archived',
        accent,
      });
      expect(r.status, accent).toBe(400);
      expect(r.text).toContain('Hãy chọn một màu nhấn trong danh sách của giao diện.');
    }
    expect((await t.deps.hubs.hub(hubA)).accent).toBe('xanh-lam');
    const page = await t.get(HREF_A);
    expect(page.text).toContain('class="hub hub-accent-xanh-lam"');
    expect(page.text).not.toMatch(/<article[^>]*style=/);
  });

  it('arranges blocks with plain POST forms and renders them in that order', async () => {
    // No blocks yet: the default layout (the thread's timeline).
    const before = await t.get(HREF_A);
    expect(before.text).toContain('<ol class="hub-timeline">');

    const a = await editorA.login();
    const blockIds: Record<string, number> = {};
    for (const kind of ['milestones', 'featured', 'media', 'documents', 'links', 'latest']) {
      await a.get(`/quan-tri/chuyen-de/${hubA}`);
      const r = await a.post(`/quan-tri/chuyen-de/${hubA}/khoi`, { kind });
      expect(r.status, kind).toBe(303);
      blockIds[kind] = Number(/#khoi-(\d+)/.exec(r.location ?? '')?.[1]);
    }
    const fill = async (kind: string, heading: string, body: string) => {
      await a.get(`/quan-tri/chuyen-de/${hubA}`);
      return a.post(`/quan-tri/chuyen-de/${hubA}/khoi/${blockIds[kind]}`, { heading, body });
    };
    expect(
      (
        await fill(
          'milestones',
          '',
          `16/10/2025 | Bế mạc Đại hội\n14/10/2025 | Khai mạc Đại hội | ${articles[0]!.path}`,
        )
      ).status,
    ).toBe(303);
    expect(
      (await fill('featured', 'Bài nổi bật', `${articles[2]!.path}\n${articles[1]!.id}`)).status,
    ).toBe(303);
    expect((await fill('documents', '', `/van-ban/nghi-quyet-${docId}`)).status).toBe(303);
    expect(
      (await fill('links', 'Trang liên quan', 'Cổng TTĐT tỉnh | https://dienbien.gov.vn')).status,
    ).toBe(303);

    // A bad line is refused with its number, the typed text kept, in Vietnamese.
    const wrong = await fill(
      'featured',
      'Bài nổi bật',
      `${articles[2]!.path}\n/tin/khong-co-999999`,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Dòng 2: không tìm thấy nội dung đã xuất bản ở địa chỉ này.');
    expect(wrong.text).toContain('/tin/khong-co-999999');
    const evil = await fill('links', '', 'X | javascript:alert(1)');
    expect(evil.status).toBe(400);
    expect(evil.text).toContain('không an toàn');
    const unknownDoc = await fill('documents', '', '/van-ban/khong-co-987654');
    expect(unknownDoc.status).toBe(400);

    // Move "latest" up to the top, one step at a time (no script), and remove "media".
    for (let i = 0; i < 5; i++) {
      await a.get(`/quan-tri/chuyen-de/${hubA}`);
      expect(
        (await a.post(`/quan-tri/chuyen-de/${hubA}/khoi/${blockIds.latest}/len`, {})).status,
      ).toBe(303);
    }
    await a.get(`/quan-tri/chuyen-de/${hubA}`);
    expect(
      (await a.post(`/quan-tri/chuyen-de/${hubA}/khoi/${blockIds.media}/xoa`, {})).status,
    ).toBe(303);

    const page = (await t.get(HREF_A)).text;
    expect(page).not.toContain('<ol class="hub-timeline">');
    const order = [
      'Tin mới nhất',
      'Các mốc thời gian',
      'Bài nổi bật',
      'Văn bản',
      'Trang liên quan',
    ];
    const at = order.map((h) => page.indexOf(`<span>${h}</span>`));
    for (const x of at) expect(x).toBeGreaterThan(0);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(page).not.toContain('<span>Ảnh và video</span>');
    // Milestones sorted by day, linked when given.
    expect(page.indexOf('14/10/2025')).toBeLessThan(page.indexOf('16/10/2025'));
    expect(page).toContain(`<a href="${articles[0]!.path}">Khai mạc Đại hội</a>`);
    // Featured articles in the editor's order; the document by its number.
    expect(page.indexOf(articles[2]!.path)).toBeLessThan(page.lastIndexOf(articles[1]!.path));
    expect(page).toContain('Nghị quyết số 01-NQ/ĐH');
    expect(page).toContain('href="https://dienbien.gov.vn/"');

    const trail = await auditOf(hubA);
    for (const x of ['hub.block_added', 'hub.block_saved', 'hub.block_moved', 'hub.block_removed'])
      expect(trail).toContain(x);
  });

  it('refuses block changes without CSRF, from another origin, or on another hub’s block', async () => {
    const a = await editorA.login();
    const [block] = (
      await t.deps.hubs.forEditing(
        { id: null, name: 'test', ip: '', userAgent: '' },
        { id: 0, role: 'approver', allSections: true, sectionIds: [], disabledAt: null },
        hubA,
      )
    ).blocks;
    await a.get(`/quan-tri/chuyen-de/${hubA}`);
    const path = `/quan-tri/chuyen-de/${hubA}/khoi/${block!.id}`;
    expect((await a.post(path, { heading: 'x', body: '' }, { csrf: null })).status).toBe(403);
    expect(
      (await a.post(path, { heading: 'x', body: '' }, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await a.post(`${path}/xoa`, {}, { csrf: 'sai' })).status).toBe(403);
    // Block ids of hub A under hub B (the approver may edit both): not found, nothing moves.
    const b = await approver.login();
    await b.get(`/quan-tri/chuyen-de/${hubB}`);
    expect((await b.post(`/quan-tri/chuyen-de/${hubB}/khoi/${block!.id}/xoa`, {})).status).toBe(
      404,
    );
    expect(
      (await b.post(`/quan-tri/chuyen-de/${hubB}/khoi/${block!.id}`, { body: '' })).status,
    ).toBe(404);
    expect((await b.post(`/quan-tri/chuyen-de/${hubB}/khoi/${block!.id}/len`, {})).status).toBe(
      404,
    );
    // Bad kinds, bad ids, huge bodies: a Vietnamese 4xx, never a 500.
    for (const kind of ['', 'script', '<b>', 'latest\u0000']) {
      const r = await b.post(`/quan-tri/chuyen-de/${hubB}/khoi`, { kind });
      expect(r.status, kind).toBe(400);
    }
    for (const p of [
      `/quan-tri/chuyen-de/99999999999/khoi`,
      `/quan-tri/chuyen-de/${hubB}/khoi/99999999999`,
      `/quan-tri/chuyen-de/${hubB}/khoi/0/xoa`,
    ]) {
      const r = await b.post(p, { kind: 'links', body: '' });
      expect(r.status, p).toBeGreaterThanOrEqual(400);
      expect(r.status, p).toBeLessThan(500);
    }
    await b.get(`/quan-tri/chuyen-de/${hubB}`);
    const big = await b.post(`/quan-tri/chuyen-de/${hubB}/khoi`, { kind: 'links' });
    const bid = Number(/#khoi-(\d+)/.exec(big.location ?? '')?.[1]);
    await b.get(`/quan-tri/chuyen-de/${hubB}`);
    const r = await b.post(`/quan-tri/chuyen-de/${hubB}/khoi/${bid}`, {
      body: 'X | https://a.vn\n'.repeat(900),
    });
    expect(r.status).toBe(400);
    expect(r.text).toContain('Tối đa');
    expect((await t.get('/chuyen-de/bao-ve-nen-tang-tu-tuong-cua-dang')).status).toBe(200);
  });
});
