import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agent } from '../support/agent.ts';
import { draftWithConsultation } from '../support/consultation.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

describe.each(dialects)('Lấy ý kiến dự thảo on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
  let editor: TestStaff;
  let reporter: TestStaff;
  let draft: Awaited<ReturnType<typeof draftWithConsultation>>;
  // Open from 07/12/2026 08:00 to 10/12/2026 17:00, Vietnam time.
  const opensAt = new Date('2026-12-07T01:00:00Z');
  const closesAt = new Date('2026-12-10T10:00:00Z');

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    editor = await makeStaff(t, clock, 'bientap', 'editor');
    reporter = await makeStaff(t, clock, 'phongvien', 'reporter');
    draft = await draftWithConsultation(t, { opensAt, closesAt });
  });
  afterAll(async () => {
    await t?.close();
  });

  const responses = () => t.db.kysely.selectFrom('consultationResponse').selectAll().execute();
  const page = () => `/lay-y-kien/${draft.id}`;

  /** A reader's browser that has loaded the draft's page a human while ago. */
  async function reader(ua = 'Mozilla/5.0 reader-a') {
    const a = agent(t.app);
    const r = await a.get(page(), { 'user-agent': ua });
    expect(r.status).toBe(200);
    clock.tick(20_000);
    return a;
  }
  const comment = (over: Record<string, string> = {}) => ({
    sectionId: String(draft.sections[0]),
    stance: 'mot-phan',
    group: 'nhan-dan',
    body: 'Đề nghị bổ sung chỉ tiêu về giảm nghèo bền vững ở các xã vùng cao.',
    name: '',
    contact: '',
    ...over,
  });

  it('is reachable: the public list, the document page and the back-office menu link to it', async () => {
    const list = await t.get('/lay-y-kien');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`href="/lay-y-kien/${draft.id}"`);
    expect(list.text).toContain('Đang lấy ý kiến');
    const doc = await t.get(`/van-ban/du-thao-nghi-quyet-${draft.documentId}`);
    expect(doc.status).toBe(200);
    expect(doc.text).toContain('Dự thảo');
    expect(doc.text).toContain(`href="/lay-y-kien/${draft.id}"`);
    const a = await editor.login();
    const home = await a.get('/quan-tri');
    expect(home.text).toContain('href="/quan-tri/lay-y-kien"');
    const p = await t.get(page());
    expect(p.headers.get('cache-control')).toContain('no-store');
    expect(p.text).toContain('Ban Tuyên giáo và Dân vận Tỉnh ủy');
    expect(p.text).toContain('btgdv@dienbien.example.vn');
    expect(p.text).toContain('Điều 1');
    expect(p.text).toMatch(/name="consent" value="on"(?![^>]*checked)/);
  });

  it('refuses robots and forged posts: too fast, honeypot, no or foreign token, foreign origin', async () => {
    const before = (await responses()).length;
    const fast = agent(t.app);
    await fast.get(page());
    const r = await fast.post(page(), comment());
    expect(r.status).toBe(400);
    expect(r.text).toContain('gửi quá nhanh');
    const a = await reader();
    expect((await a.post(page(), comment({ website: 'http://spam.example' }))).status).toBe(400);
    expect((await a.post(page(), comment(), { csrf: null })).status).toBe(403);
    expect((await a.post(page(), comment(), { csrf: 'x' })).status).toBe(403);
    const b = await reader();
    expect((await b.post(page(), comment(), { csrf: a.csrf() })).status).toBe(403);
    const c = await reader();
    const foreign = await c.post(page(), comment(), { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.text).toContain('Biểu mẫu đã hết hạn');
    expect((await responses()).length).toBe(before);
  });

  it('refuses bad input in Vietnamese, keeping what was typed', async () => {
    const a = await reader();
    const r = await a.post(page(), comment({ body: '', stance: 'khong-tan-thanh' }));
    expect(r.status).toBe(400);
    expect(r.text).toContain('Vui lòng ghi nội dung góp ý');
    const r2 = await a.post(page(), comment({ stance: 'hoan-toan', group: '' }));
    expect(r2.status).toBe(400);
    expect(r2.text).toContain('Hãy chọn ý kiến');
    expect(r2.text).toContain('Hãy chọn đối tượng');
    expect(r2.text).toContain('giảm nghèo bền vững');
    const r3 = await a.post(page(), comment({ sectionId: '999999' }));
    expect(r3.status).toBe(400);
    expect(r3.text).toContain('Hãy chọn phần, mục');
    const r4 = await a.post(page(), comment({ name: 'Lò Văn Minh' }));
    expect(r4.status).toBe(400);
    expect(r4.text).toContain('cần đồng ý');
    const r5 = await a.post(page(), comment({ body: 'x'.repeat(5001) }));
    expect(r5.status).toBe(400);
    expect(r5.text).toContain('tối đa 5000 ký tự');
    expect((await responses()).length).toBe(0);
  });

  it('takes one response per reader and section; "Tán thành" needs no text; only counts show', async () => {
    const a = await reader('Mozilla/5.0 reader-b');
    const r = await a.post(
      page(),
      comment({ name: 'Lò Văn Minh', contact: '0912345678', consent: 'on' }),
    );
    expect(r.status).toBe(303);
    expect(r.location).toBe(`${page()}?da-gui=1`);
    const sent = await a.follow(r);
    expect(sent.text).toContain('Đã nhận ý kiến của bạn');
    // The same reader, same section: refused; another section: accepted.
    clock.tick(5_000);
    const again = await a.post(page(), comment());
    expect(again.status).toBe(400);
    expect(again.text).toContain('Bạn đã gửi ý kiến về phần, mục này hôm nay');
    await a.get(page());
    clock.tick(5_000);
    const other = await a.post(
      page(),
      comment({
        sectionId: String(draft.sections[1]),
        stance: 'tan-thanh',
        body: '',
        group: 'can-bo-dang-vien',
      }),
    );
    expect(other.status).toBe(303);
    const rows = await responses();
    expect(rows).toHaveLength(2);
    const withContact = rows.find((x) => x.name)!;
    expect(withContact.consent).toMatch(/^v1-/);
    expect(JSON.stringify(rows)).not.toMatch(/127\.0\.0\.1|::1|reader-b/);
    // The texts are never public; the counts are.
    const p = await t.get(page());
    expect(p.text).not.toContain('giảm nghèo bền vững');
    expect(p.text).toContain('Số ý kiến theo phần, mục');
  });

  it('staff moderate and categorise; rejected ones leave the summary; the .xlsx has the counts and texts', async () => {
    const a = await editor.login();
    const list = await a.get('/quan-tri/lay-y-kien');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`/quan-tri/lay-y-kien/${draft.id}`);
    const d = await a.get(`/quan-tri/lay-y-kien/${draft.id}`);
    expect(d.status).toBe(200);
    expect(d.text).toContain('giảm nghèo bền vững');
    const [first] = await responses();
    const ok = await a.post(`/quan-tri/lay-y-kien/${draft.id}/y-kien/${first!.id}`, {
      status: 'hop-le',
      category: 'Giảm nghèo',
    });
    expect(ok.status).toBe(303);
    const bad = await a.post(`/quan-tri/lay-y-kien/${draft.id}/y-kien/${first!.id}`, {
      status: 'xoa-het',
      category: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Trạng thái xử lý không hợp lệ');
    const x = await t.app.request(
      `https://dangbo.example.vn/quan-tri/lay-y-kien/${draft.id}/tong-hop.xlsx`,
      {
        headers: { cookie: [...a.jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      },
    );
    expect(x.status).toBe(200);
    expect(x.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await x.arrayBuffer()) as never);
    const sum = wb.getWorksheet('Tổng hợp')!;
    const rows: unknown[][] = [];
    sum.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const total = rows.find((r) => r[0] === 'Tổng cộng')!;
    expect(total.at(-1)).toBe(2);
    const dieu1 = rows.find((r) => r[0] === 'Điều 1')!;
    // Tán thành ×3 groups + sum, Không tán thành ×4, then Đồng ý một phần: nhân dân = 1.
    expect(dieu1[2 + 8 + 1]).toBe(1);
    const full = wb.getWorksheet('Toàn văn ý kiến')!;
    expect(full.getRow(2).getCell(5).value).toContain('giảm nghèo bền vững');
    expect(full.getRow(2).getCell(6).value).toBe('Giảm nghèo');
    // No personal data in the summary sent upward.
    const all: string[] = [];
    full.eachRow((r) => all.push(JSON.stringify(r.values)));
    expect(all.join()).not.toContain('0912345678');
    // Rejected: out of the counts.
    await a.get(`/quan-tri/lay-y-kien/${draft.id}`);
    await a.post(`/quan-tri/lay-y-kien/${draft.id}/y-kien/${first!.id}`, {
      status: 'loai',
      category: '',
    });
    const audit = await t.db.kysely
      .selectFrom('auditLog')
      .select('action')
      .where('action', 'like', 'consultation.%')
      .execute();
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining(['consultation.moderated', 'consultation.exported']),
    );
  });

  it('closes itself at the deadline with a clear Vietnamese message', async () => {
    clock.set(new Date(closesAt.getTime() - 60_000));
    const a = await reader('Mozilla/5.0 reader-c');
    // The public list is a cached page: it must turn at the deadline with no edit in between.
    expect((await t.get('/lay-y-kien')).text).toContain('Đang lấy ý kiến');
    expect((await t.get('/lay-y-kien')).headers.get('x-cache')).toBe('HIT');
    clock.set(new Date(closesAt.getTime() + 1000));
    const list = await t.get('/lay-y-kien');
    expect(list.text).toContain('Đã kết thúc');
    expect(list.text).not.toContain('Đang lấy ý kiến');
    const r = await a.post(page(), comment());
    expect(r.status).toBe(409);
    expect(r.text).toContain('Đợt lấy ý kiến đã kết thúc lúc 10/12/2026 17:00');
    expect(r.text).not.toContain('name="stance"');
    const p = await t.get(page());
    expect(p.text).toContain('Đợt lấy ý kiến đã kết thúc');
    expect(p.text).not.toContain('<form method="post" action="/lay-y-kien');
  });

  it('authorises every back-office action on the server and checks its CSRF token', async () => {
    const anon = agent(t.app);
    const r = await anon.get('/quan-tri/lay-y-kien');
    expect([302, 303]).toContain(r.status);
    const rep = await reporter.login();
    expect((await rep.get('/quan-tri/lay-y-kien')).status).toBe(403);
    expect(
      (await rep.post(`/quan-tri/lay-y-kien/${draft.id}/muc`, { label: 'Điều 9', title: '' }))
        .status,
    ).toBe(403);
    const a = await editor.login();
    await a.get(`/quan-tri/lay-y-kien/${draft.id}`);
    const forged = await a.post(
      `/quan-tri/lay-y-kien/${draft.id}/muc`,
      { label: 'Điều 9' },
      { csrf: null },
    );
    expect(forged.status).toBe(403);
    const empty = await a.post(`/quan-tri/lay-y-kien/${draft.id}/muc`, { label: '' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Nhập tên phần, mục');
    const window = await a.post(`/quan-tri/lay-y-kien/${draft.id}`, {
      opensAt: '10/12/2026 08:00',
      closesAt: '09/12/2026 08:00',
      unitName: 'Ban Tuyên giáo',
    });
    expect(window.status).toBe(400);
    expect(window.text).toContain('Thời điểm kết thúc phải sau thời điểm bắt đầu');
    const notDraft = await draftWithConsultation(t, { opensAt, closesAt, effect: 'in-force' });
    await a.get('/quan-tri/lay-y-kien');
    const create = await a.post('/quan-tri/lay-y-kien', {
      documentId: String(notDraft.documentId),
      opensAt: '07/12/2026 08:00',
      closesAt: '20/12/2026 17:00',
      unitName: 'Ban Tuyên giáo',
    });
    expect(create.status).toBe(400);
    expect(create.text).toContain('Chỉ lấy ý kiến được với văn bản có tình trạng “Dự thảo”');
    expect((await a.get('/quan-tri/lay-y-kien/999999')).status).toBe(404);
    const rows = await t.db.kysely.selectFrom('consultationSection').select('label').execute();
    expect(rows.map((r) => r.label)).not.toContain('Điều 9');
  });
});
