import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agent } from '../support/agent.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { outboxMailer } from '../../src/modules/participation/participation.mail.ts';
import { DEFAULT_SITE_ID, withSite } from '../../src/db/site-scope.ts';
import { validForm } from '../support/participation.ts';

describe.each(dialects)('Liên hệ – góp ý, Hỏi đáp on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
  const mail = outboxMailer();
  let approver: TestStaff;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now, mailer: mail });
    approver = await makeStaff(t, clock, 'duyet', 'approver');
  });
  afterAll(async () => {
    await t?.close();
  });

  const rows = () => t.db.kysely.selectFrom('contactMessage').selectAll().execute();

  /** A reader's browser that has loaded the form a human while ago. */
  async function reader() {
    const a = agent(t.app);
    const page = await a.get('/gop-y');
    expect(page.status).toBe(200);
    clock.tick(20_000);
    return a;
  }

  it('the contact page leads to the form; the form has unticked consent boxes and the notice', async () => {
    const contact = await t.get('/lien-he-gop-y/thong-tin-lien-he');
    expect(contact.text).toContain('href="/gop-y"');
    // Every site reaches it from the site map (linked in every page's footer).
    const map = await t.get('/so-do-trang');
    expect(map.text).toContain('href="/gop-y"');
    expect(map.text).toContain('href="/hoi-dap"');
    const a = agent(t.app);
    const page = await a.get('/gop-y');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(page.text).toContain('Thông báo về xử lý dữ liệu cá nhân');
    expect(page.text).toMatch(/name="consentReply" value="on"(?![^>]*checked)/);
    expect(page.text).toMatch(/name="consentPublish" value="on"(?![^>]*checked)/);
    expect(page.text).toContain('name="website"');
    expect(page.text).not.toMatch(/recaptcha|hcaptcha|google/i);
  });

  it('refuses without consent, without a way to reply, with bad e-mail, in Vietnamese, keeping what was typed', async () => {
    const a = await reader();
    const before = (await rows()).length;
    const r = await a.post('/gop-y', validForm({ consentReply: '' }));
    expect(r.status).toBe(400);
    expect(r.text).toContain('Cần đồng ý để chúng tôi xử lý và trả lời');
    expect(r.text).toContain('Thủ tục chuyển sinh hoạt đảng');
    const r2 = await a.post('/gop-y', validForm({ email: '', phone: '' }));
    expect(r2.text).toContain('Vui lòng nhập thư điện tử hoặc số điện thoại');
    const r3 = await a.post('/gop-y', validForm({ email: 'khong-phai-thu', name: '' }));
    expect(r3.text).toContain('Thư điện tử không hợp lệ');
    expect(r3.text).toContain('Vui lòng nhập họ và tên.');
    expect((await rows()).length).toBe(before);
  });

  it('refuses robots: too fast, the honeypot, a missing or foreign token, a foreign origin', async () => {
    const before = (await rows()).length;
    const fast = agent(t.app);
    await fast.get('/gop-y');
    const r = await fast.post('/gop-y', validForm());
    expect(r.status).toBe(400);
    expect(r.text).toContain('gửi quá nhanh');
    const a = await reader();
    expect((await a.post('/gop-y', validForm({ website: 'http://spam.example' }))).status).toBe(
      400,
    );
    expect((await a.post('/gop-y', validForm(), { csrf: null })).status).toBe(403);
    expect((await a.post('/gop-y', validForm(), { csrf: 'x' })).status).toBe(403);
    const b = await reader();
    expect((await b.post('/gop-y', validForm(), { csrf: a.csrf() })).status).toBe(403);
    const c = await reader();
    expect((await c.post('/gop-y', validForm(), { origin: 'https://evil.example' })).status).toBe(
      403,
    );
    expect((await rows()).length).toBe(before);
  });

  let code = '';
  let id = 0;
  it('accepts a message, records consent per purpose, gives a code the reader can look up', async () => {
    const a = await reader();
    const epoch = () =>
      t.db.kysely
        .selectFrom('cacheEpoch')
        .select('n')
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
    const before = await epoch();
    const r = await a.post('/gop-y', validForm());
    expect(r.status).toBe(303);
    expect(r.location).toBe('/gop-y/da-gui');
    // Anyone may write a message: that never empties the site's page cache (publishing does).
    expect(await epoch()).toEqual(before);
    const sent = await a.follow(r);
    code = /class="receipt-code">([A-Z0-9-]+)</.exec(sent.text)?.[1] ?? '';
    expect(code).toMatch(/^HD-/);
    const row = (await rows()).find((x) => x.code === code)!;
    id = row.id;
    expect(row.consentReply).toMatch(/^v1-.*:reply$/);
    expect(row.consentPublish).toMatch(/:publish$/);
    expect(row.consentReplyAt).toBe(clock.now().toISOString());
    expect(JSON.stringify(row)).not.toMatch(/127\.0\.0\.1|::1/);
    // The receipt shows once.
    expect((await a.get('/gop-y/da-gui')).text).not.toContain(code);
    const look = await agent(t.app).post('/gop-y/tra-cuu', { ma: code.toLowerCase() });
    expect(look.status).toBe(200);
    expect(look.text).toContain('Mới');
    expect(look.text).not.toContain('an.nguyen@example.vn');
    const unknown = await agent(t.app).post('/gop-y/tra-cuu', { ma: 'HD-AAAA-AAAA' });
    expect(unknown.text).toContain('Không tìm thấy ý kiến với mã này.');
  });

  it('staff read (audited), reply by mail without back-office links, publish anonymised', async () => {
    const s = await approver.login();
    const inbox = await s.get('/quan-tri/gop-y');
    expect(inbox.text).toContain(code);
    const page = await s.get(`/quan-tri/gop-y/${id}`);
    expect(page.text).toContain('an.nguyen@example.vn');
    const viewed = await t.db.kysely
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'participation.viewed')
      .execute();
    expect(viewed.length).toBeGreaterThan(0);
    const empty = await s.post(`/quan-tri/gop-y/${id}/tra-loi`, { reply: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Vui lòng nhập nội dung trả lời.');
    await s.get(`/quan-tri/gop-y/${id}`);
    const r = await s.post(`/quan-tri/gop-y/${id}/tra-loi`, {
      reply:
        'Đồng chí liên hệ văn phòng Đảng ủy xã. Chi tiết: https://dangbo.example.vn/quan-tri/gop-y/1',
    });
    expect(r.status).toBe(303);
    // The reply waits in the outbox; the job sends it.
    expect(mail.sent.find((x) => x.to === 'an.nguyen@example.vn')).toBeUndefined();
    await withSite(DEFAULT_SITE_ID, () => t.deps.participation.deliverMail());
    const m = mail.sent.find((x) => x.to === 'an.nguyen@example.vn')!;
    expect(m.text).toContain('văn phòng Đảng ủy xã');
    expect(m.text).not.toContain('/quan-tri');
    expect(m.text).not.toContain('duyet');
    const look = await agent(t.app).post('/gop-y/tra-cuu', { ma: code });
    expect(look.text).toContain('Đã trả lời');
    expect(look.text).toContain('văn phòng Đảng ủy xã');

    // The page is cached before publication; publishing reaches it at once.
    expect((await t.get('/hoi-dap')).text).not.toContain('Ông N.V.A.');
    await s.get(`/quan-tri/gop-y/${id}`);
    const pub = await s.post(`/quan-tri/gop-y/${id}/cong-khai`, {
      question: 'Thủ tục chuyển sinh hoạt đảng khi chuyển công tác về xã gồm những gì?',
      asker: 'Ông N.V.A., xã Mường Nhé',
      answer: 'Liên hệ văn phòng Đảng ủy xã để được hướng dẫn.',
    });
    expect(pub.status).toBe(303);
    const list = await t.get('/hoi-dap');
    expect(list.text).toContain('Thủ tục chuyển sinh hoạt đảng');
    expect(list.text).toContain('Ông N.V.A., xã Mường Nhé');
    const href = /href="(\/hoi-dap\/[a-z0-9-]+-\d+)"/.exec(list.text)![1]!;
    const detail = await t.get(href);
    expect(detail.status).toBe(200);
    expect(detail.text).toContain('Liên hệ văn phòng Đảng ủy xã');
    expect(detail.text).not.toContain('Nguyễn Văn An');
    expect(detail.text).not.toContain('an.nguyen@example.vn');
    expect((await t.get('/hoi-dap?q=sinh+hoạt')).text).toContain(href);
    expect((await t.get('/hoi-dap?q=khongcogi')).text).not.toContain(href);
    // Without diacritics, in capitals, with đ typed as d: the same question.
    expect((await t.get('/hoi-dap?q=sinh+hoat+dang')).text).toContain(href);
    expect((await t.get('/hoi-dap?q=MUONG+NHE')).text).toContain(href);
    expect((await t.get('/hoi-dap?q=dang+uy+xa')).text).toContain(href);
    expect((await t.get('/hoi-dap?q=50%25_%5C')).text).not.toContain(href);
  });

  it('never publishes a question whose sender did not consent', async () => {
    const a = await reader();
    await a.post('/gop-y', validForm({ consentPublish: '', subject: 'Không công khai' }));
    const row = (await rows()).find((x) => x.subject === 'Không công khai')!;
    const s = await approver.login();
    await s.get(`/quan-tri/gop-y/${row.id}`);
    await s.post(`/quan-tri/gop-y/${row.id}/tra-loi`, { reply: 'Đã nhận.' });
    await s.get(`/quan-tri/gop-y/${row.id}`);
    const r = await s.post(`/quan-tri/gop-y/${row.id}/cong-khai`, {
      question: 'x',
      asker: '',
      answer: 'y',
    });
    expect(r.status).toBe(400);
    expect(r.text).toContain('Người gửi không đồng ý công khai');
    expect((await t.get('/hoi-dap')).text).not.toContain('Không công khai');
  });

  it('erases personal data after the retention period (the job), keeping the published answer', async () => {
    const s = await approver.login();
    await s.get(`/quan-tri/gop-y/${id}`);
    expect((await s.post(`/quan-tri/gop-y/${id}/trang-thai`, { status: 'dong' })).status).toBe(303);
    clock.tick(11 * 31 * 24 * 3600_000);
    await t.deps.jobs.tick();
    let row = (await rows()).find((x) => x.id === id)!;
    expect(row.senderEmail).toBe('an.nguyen@example.vn');
    clock.tick(2 * 31 * 24 * 3600_000);
    await t.deps.jobs.tick();
    row = (await rows()).find((x) => x.id === id)!;
    expect(row.senderName).toBe('');
    expect(row.senderEmail).toBe('');
    expect(row.senderAddress).toBe('');
    expect(row.body).toBe('');
    expect(row.erasedAt).not.toBeNull();
    expect((await t.get('/hoi-dap')).text).toContain('Ông N.V.A., xã Mường Nhé');
    // Answered but never closed, untouched as long: erased too.
    const open = (await rows()).find((x) => x.subject === 'Không công khai')!;
    expect(open.closedAt).toBeNull();
    expect(open.senderName).toBe('');
    // A message of today keeps its data.
    const a = await reader();
    await a.post('/gop-y', validForm({ subject: 'Mới gửi hôm nay', phone: '0215 3825 123' }));
    await t.deps.jobs.tick();
    const fresh = (await rows()).find((x) => x.subject === 'Mới gửi hôm nay')!;
    expect(fresh.senderName).toBe('Nguyễn Văn An');
    expect(fresh.senderPhone).toBe('02153825123');
  });

  it('the admin sets units and retention, exports and erases a sender’s data on request', async () => {
    // Created now: the clock has moved past the 45 days that disable an unused account.
    const admin = await makeStaff(t, clock, 'quantri', 'admin');
    const s = await admin.login();
    expect((await s.get('/quan-tri/gop-y')).status).toBe(403);
    await s.get('/quan-tri/gop-y/cai-dat');
    const bad = await s.post('/quan-tri/gop-y/don-vi', { name: '', people: '', email: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng nhập tên đơn vị hoặc lĩnh vực.');
    await s.post('/quan-tri/gop-y/don-vi', {
      name: 'Ban Tuyên giáo và Dân vận',
      people: 'Đ/c Lò Văn Minh',
      email: 'btgdv@example.vn',
    });
    await s.get('/quan-tri/gop-y/cai-dat');
    expect((await s.post('/quan-tri/gop-y/luu-giu', { months: '99' })).text).toContain(
      'Thời hạn lưu giữ từ 1 đến 60 tháng.',
    );
    await s.post('/quan-tri/gop-y/luu-giu', { months: '6' });
    expect(await withSite(DEFAULT_SITE_ID, () => t.deps.participation.retentionMonths())).toBe(6);

    const unit = (await withSite(DEFAULT_SITE_ID, () => t.deps.participation.units()))[0]!;
    const a = await reader();
    const sent = await a.post(
      '/gop-y',
      validForm({
        email: 'ha@example.vn',
        unitId: String(unit.id),
        kind: 'gop-y',
        subject: 'Góp ý giao diện',
      }),
    );
    expect(sent.status).toBe(303);
    await withSite(DEFAULT_SITE_ID, () => t.deps.participation.deliverMail());
    const notice = mail.sent.find((x) => x.to === 'btgdv@example.vn')!;
    expect(notice.text).toContain('/quan-tri/gop-y/');
    expect(notice.subject).toContain('Góp ý giao diện');

    await s.get('/quan-tri/gop-y/cai-dat');
    const byPhone = await s.post('/quan-tri/gop-y/nguoi-gui/xuat', { contact: '0215.3825.123' });
    expect((JSON.parse(byPhone.text) as { yKien: unknown[] }).yKien.length).toBeGreaterThan(0);
    await s.get('/quan-tri/gop-y/cai-dat');
    const exp = await s.post('/quan-tri/gop-y/nguoi-gui/xuat', { contact: 'ha@example.vn' });
    expect(exp.status).toBe(200);
    const data = JSON.parse(exp.text) as { yKien: { hoTen: string; dongY: unknown }[] };
    expect(data.yKien).toHaveLength(1);
    expect(data.yKien[0]!.hoTen).toBe('Nguyễn Văn An');
    await s.get('/quan-tri/gop-y/cai-dat');
    const del = await s.post('/quan-tri/gop-y/nguoi-gui/xoa', { contact: 'ha@example.vn' });
    expect(del.location).toBe('/quan-tri/gop-y/cai-dat?da-xoa=1');
    const row = (await rows()).find((x) => x.subject === 'Góp ý giao diện')!;
    expect(row.senderEmail).toBe('');
    const audits = await t.db.kysely
      .selectFrom('auditLog')
      .select('action')
      .where('action', 'in', ['participation.exported', 'participation.erased'])
      .execute();
    expect([...new Set(audits.map((x) => x.action))].sort()).toEqual([
      'participation.erased',
      'participation.exported',
    ]);
  });

  it('limits how many messages one address sends per hour', async () => {
    let last = 0;
    for (let i = 0; i < 7; i++) {
      const a = await reader();
      last = (await a.post('/gop-y', validForm({ subject: `Lần ${i}` }))).status;
    }
    expect(last).toBe(429);
  });
});
