import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_FAILED } from '../../src/modules/auth/auth.service.ts';
import { currentTotp } from '../../src/modules/auth/totp.ts';
import { agent } from '../support/agent.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const ADMIN_PW = 'Quản-trị-Điện-Biên-2026!';
const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

describe.each(dialects)('staff accounts and the back office on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let now = new Date('2026-11-27T02:00:00Z');
  const tick = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  let xayDungDang = 0;
  let serial = 0;

  const actions = async () => (await t.deps.audit.list({ limit: 500 })).map((e) => e.action);

  /** An admin account of the test's own (not yet enrolled in the second factor). */
  async function newAdmin() {
    const username = `quantri${++serial}`;
    const created = await t.deps.accounts.create(
      SYSTEM,
      {
        username,
        fullName: 'Nguyễn Văn Quản',
        email: '',
        role: 'admin',
        allSections: false,
        sectionIds: [],
      },
      { password: ADMIN_PW },
    );
    return {
      id: created.account.id,
      username,
      secret: created.totpSecret!,
      recoveryCodes: [] as string[],
    };
  }

  /** An admin of the test's own, enrolled through the real pages; keeps its recovery codes. */
  async function enrolledAdmin() {
    const admin = await newAdmin();
    const a = agent(t.app);
    await a.get('/quan-tri/dang-nhap');
    await a.post('/quan-tri/dang-nhap', { username: admin.username, password: ADMIN_PW });
    await a.get('/quan-tri/bao-mat/hai-lop');
    tick(31_000);
    const ok = await a.post('/quan-tri/bao-mat/hai-lop', { code: currentTotp(admin.secret, now) });
    admin.recoveryCodes = [
      ...ok.text.matchAll(/<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2})<\/code>/g),
    ].map((m) => m[1]!);
    expect(admin.recoveryCodes).toHaveLength(10);
    return admin;
  }
  type Admin = Awaited<ReturnType<typeof newAdmin>>;

  /** A reporter of the test's own in Xây dựng Đảng, with a known password already chosen. */
  async function newReporter(fullName = 'Lò Minh Thùy') {
    const username = `minhthuy${++serial}`;
    const password = 'Bản tin Mường Thanh 2026';
    const created = await t.deps.accounts.create(
      SYSTEM,
      {
        username,
        fullName,
        email: '',
        role: 'reporter',
        allSections: false,
        sectionIds: [xayDungDang],
      },
      { password },
    );
    return { id: created.account.id, username, password };
  }

  /** Logs `admin` in, answering the second-factor step. */
  async function adminSession(admin: Admin, code?: string) {
    const a = agent(t.app);
    await a.get('/quan-tri/dang-nhap');
    const r = await a.post('/quan-tri/dang-nhap', { username: admin.username, password: ADMIN_PW });
    expect(r.location).toBe('/quan-tri/xac-thuc');
    await a.get('/quan-tri/xac-thuc');
    tick(31_000); // a fresh TOTP step each time
    const done = await a.post('/quan-tri/xac-thuc', {
      code: code ?? currentTotp(admin.secret, now),
    });
    expect(done.location).toBe('/quan-tri');
    await a.get('/quan-tri');
    return a;
  }

  beforeAll(async () => {
    t = await testApp(dialect, { clock: () => now });
    xayDungDang = (await t.deps.site.sections()).find((s) => s.slug === 'xay-dung-dang')!.id;
  });
  // Each test in a new 15-minute window of the login rate limit: none spends another's logins.
  beforeEach(() => tick(16 * 60_000));
  afterAll(async () => {
    await t?.close();
  });

  it('admin: password, then mandatory enrolment from the QR page, then the dashboard', async () => {
    const { username, secret: adminSecret } = await newAdmin();
    const a = agent(t.app);
    const login = await a.get('/quan-tri/dang-nhap');
    expect(login.text).toContain('Đăng nhập quản trị');
    expect(login.headers.get('cache-control')).toBe('no-store');
    const r = await a.post('/quan-tri/dang-nhap', { username, password: ADMIN_PW });
    expect(r.status).toBe(303);
    expect(r.location).toBe('/quan-tri/bao-mat/hai-lop');
    // Any other page sends the person back to enrolment.
    expect((await a.get('/quan-tri/nguoi-dung')).location).toBe('/quan-tri/bao-mat/hai-lop');
    const enrol = await a.get('/quan-tri/bao-mat/hai-lop');
    expect(enrol.text).toContain('<svg');
    expect(enrol.text).toContain(adminSecret);
    const wrong = await a.post('/quan-tri/bao-mat/hai-lop', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Mã xác thực không đúng');
    const ok = await a.post('/quan-tri/bao-mat/hai-lop', { code: currentTotp(adminSecret, now) });
    expect(ok.status).toBe(200);
    const recoveryCodes = [
      ...ok.text.matchAll(/<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2})<\/code>/g),
    ].map((m) => m[1]!);
    expect(recoveryCodes).toHaveLength(10);
    const dash = await a.get('/quan-tri');
    expect(dash.status).toBe(200);
    expect(dash.text).toContain('Xin chào');
    expect(await actions()).toEqual(expect.arrayContaining(['auth.totp_enrolled', 'auth.login']));
  });

  it('admin creates a reporter limited to one section', async () => {
    const admin = await enrolledAdmin();
    const a = await adminSession(admin);
    await a.get('/quan-tri/nguoi-dung/moi');
    const bad = await a.post('/quan-tri/nguoi-dung/moi', {
      username: 'X',
      fullName: '',
      role: 'reporter',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Tên đăng nhập gồm');
    expect(bad.text).toContain('Vui lòng nhập họ và tên.');
    const r = await a.post('/quan-tri/nguoi-dung/moi', {
      username: 'minhthuy',
      fullName: 'Lò Minh Thùy',
      email: 'thuy@example.vn',
      role: 'reporter',
      sectionIds: String(xayDungDang),
    });
    expect(r.status).toBe(200);
    expect(r.text).toMatch(/data-testid="temp-password">[^<]{14,}</);
    const reporter = (await t.deps.accounts.list()).find((x) => x.username === 'minhthuy')!;
    expect(reporter.role).toBe('reporter');
    expect(reporter.sectionIds).toEqual([xayDungDang]);
    expect(reporter.mustChangePassword).toBe(true);
    const audit = (await t.deps.audit.list({ action: 'account.created', limit: 5 }))[0]!;
    expect(audit.summary).toContain('Lò Minh Thùy');
    expect(audit.actorName).toContain(admin.username);
  });

  it('the reporter enrols the mandatory second factor, must change the temporary password, and cannot manage users', async () => {
    // Created by an admin through the form: a temporary password to change at first login.
    const a0 = await adminSession(await enrolledAdmin());
    await a0.get('/quan-tri/nguoi-dung/moi');
    const username = `phongvien${++serial}`;
    const made = await a0.post('/quan-tri/nguoi-dung/moi', {
      username,
      fullName: 'Quàng Văn Pọm',
      role: 'reporter',
      sectionIds: String(xayDungDang),
    });
    const reporterPw = /data-testid="temp-password">([^<]+)</
      .exec(made.text)![1]!
      .replace(/&amp;/g, '&');
    const a = agent(t.app);
    await a.get('/quan-tri/dang-nhap');
    const r = await a.post('/quan-tri/dang-nhap', { username, password: reporterPw });
    expect(r.location).toBe('/quan-tri/bao-mat/hai-lop');
    const enrol = await a.get('/quan-tri/bao-mat/hai-lop');
    const reporterSecret = /data-testid="totp-secret">\s*([A-Z2-7]+)/.exec(enrol.text)![1]!;
    tick(31_000);
    const enrolled = await a.post('/quan-tri/bao-mat/hai-lop', {
      code: currentTotp(reporterSecret, now),
    });
    expect(enrolled.status).toBe(200);
    expect((await a.get('/quan-tri')).location).toBe('/quan-tri/tai-khoan?doi-mat-khau=1');
    // The forced change shows no menu: every other page would lead back here (issue #13).
    const forced = await a.get('/quan-tri/tai-khoan');
    expect(forced.text).not.toContain('href="/quan-tri/bai-viet"');
    expect(forced.text).not.toContain('aria-label="Menu quản trị"');
    const weak = await a.post('/quan-tri/tai-khoan/mat-khau', {
      current: reporterPw,
      next: 'password12345678',
      confirm: 'password12345678',
    });
    expect(weak.status).toBe(400);
    const next = 'Bản tin Mường Thanh 2026';
    const ok = await a.post('/quan-tri/tai-khoan/mat-khau', {
      current: reporterPw,
      next,
      confirm: next,
    });
    expect(ok.location).toBe('/quan-tri/tai-khoan?da-doi=1');
    expect((await a.get('/quan-tri')).status).toBe(200);
    expect((await a.get('/quan-tri/nguoi-dung')).status).toBe(403);
    expect((await a.get('/quan-tri/nhat-ky')).status).toBe(403);
  });

  it('a wrong password fails with one message and the 5th failure locks the account', async () => {
    const { id: reporterId, username, password: reporterPw } = await newReporter();
    const boss = await enrolledAdmin();
    const a = agent(t.app);
    await a.get('/quan-tri/dang-nhap');
    for (let i = 1; i <= 4; i++) {
      const r = await a.post('/quan-tri/dang-nhap', {
        username,
        password: `sai-mat-khau-${i}`,
      });
      expect(r.status).toBe(400);
      expect(r.text).toContain(LOGIN_FAILED);
    }
    const fifth = await a.post('/quan-tri/dang-nhap', {
      username,
      password: 'sai-lan-5',
    });
    expect(fifth.text).toContain(LOGIN_FAILED);
    expect((await t.deps.accounts.byId(reporterId))!.lockedUntil).not.toBeNull();
    const right = await a.post('/quan-tri/dang-nhap', {
      username,
      password: reporterPw,
    });
    expect(right.status).toBe(400);
    expect(right.text).toContain(LOGIN_FAILED);
    const unknown = await a.post('/quan-tri/dang-nhap', { username: 'khongco', password: 'gì đó' });
    expect(unknown.text).toContain(LOGIN_FAILED);
    const lockouts = await t.deps.audit.list({ action: 'auth.lockout', limit: 50 });
    expect(lockouts.filter((x) => x.targetId === String(reporterId))).toHaveLength(1);
    // The admin can force a password change.
    const forcer = await adminSession(boss);
    await forcer.get(`/quan-tri/nguoi-dung/${reporterId}`);
    expect(
      (await forcer.post(`/quan-tri/nguoi-dung/${reporterId}/buoc-doi-mat-khau`, {})).status,
    ).toBe(303);
    expect((await t.deps.accounts.byId(reporterId))!.mustChangePassword).toBe(true);
    await t.db.kysely
      .updateTable('account')
      .set({ mustChangePassword: 0 })
      .where('id', '=', reporterId)
      .execute();
    // An admin unlocks; the reporter gets in again.
    const admin = await adminSession(boss);
    await admin.get(`/quan-tri/nguoi-dung/${reporterId}`);
    expect((await admin.post(`/quan-tri/nguoi-dung/${reporterId}/mo-khoa`, {})).status).toBe(303);
    expect((await a.post('/quan-tri/dang-nhap', { username, password: reporterPw })).location).toBe(
      '/quan-tri/bao-mat/hai-lop',
    );
    expect(await actions()).toContain('account.unlocked');
    // A lockout that runs out by itself is logged too.
    const b = agent(t.app);
    await b.get('/quan-tri/dang-nhap');
    for (let i = 0; i < 5; i++) await b.post('/quan-tri/dang-nhap', { username, password: 'sai' });
    tick(31 * 60_000);
    expect((await b.post('/quan-tri/dang-nhap', { username, password: reporterPw })).location).toBe(
      '/quan-tri/bao-mat/hai-lop',
    );
    expect(await actions()).toContain('account.lock_expired');
  });

  it('TOTP: a wrong code is refused, a right one accepted, a replayed one refused', async () => {
    const { username, secret: adminSecret } = await enrolledAdmin();
    const a = agent(t.app);
    await a.get('/quan-tri/dang-nhap');
    await a.post('/quan-tri/dang-nhap', { username, password: ADMIN_PW });
    await a.get('/quan-tri/xac-thuc');
    const wrong = await a.post('/quan-tri/xac-thuc', { code: '123456' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Mã xác thực không đúng');
    tick(31_000);
    const code = currentTotp(adminSecret, now);
    expect((await a.post('/quan-tri/xac-thuc', { code })).location).toBe('/quan-tri');
    const b = agent(t.app);
    await b.get('/quan-tri/dang-nhap');
    await b.post('/quan-tri/dang-nhap', { username, password: ADMIN_PW });
    await b.get('/quan-tri/xac-thuc');
    expect((await b.post('/quan-tri/xac-thuc', { code })).status).toBe(400);
    expect(await actions()).toContain('auth.totp_failed');
  });

  it('an admin makes new recovery codes with a current code; the old ones stop working', async () => {
    const admin = await enrolledAdmin();
    const a = await adminSession(admin);
    await a.get('/quan-tri/tai-khoan');
    expect((await a.post('/quan-tri/tai-khoan/ma-khoi-phuc', { code: '000000' })).status).toBe(400);
    tick(31_000);
    const r = await a.post('/quan-tri/tai-khoan/ma-khoi-phuc', {
      code: currentTotp(admin.secret, now),
    });
    const fresh = [...r.text.matchAll(/<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2})<\/code>/g)].map(
      (m) => m[1]!,
    );
    expect(fresh).toHaveLength(10);
    const b = agent(t.app);
    await b.get('/quan-tri/dang-nhap');
    await b.post('/quan-tri/dang-nhap', { username: admin.username, password: ADMIN_PW });
    await b.get('/quan-tri/xac-thuc');
    expect((await b.post('/quan-tri/xac-thuc', { code: admin.recoveryCodes[1]! })).status).toBe(
      400,
    );
    expect(await actions()).toContain('auth.recovery_regenerated');
  });

  it('a recovery code works once only', async () => {
    const { username, recoveryCodes } = await enrolledAdmin();
    const code = recoveryCodes[0]!;
    const a = agent(t.app);
    await a.get('/quan-tri/dang-nhap');
    await a.post('/quan-tri/dang-nhap', { username, password: ADMIN_PW });
    await a.get('/quan-tri/xac-thuc');
    expect((await a.post('/quan-tri/xac-thuc', { code: code.toUpperCase() })).location).toBe(
      '/quan-tri',
    );
    const b = agent(t.app);
    await b.get('/quan-tri/dang-nhap');
    await b.post('/quan-tri/dang-nhap', { username, password: ADMIN_PW });
    await b.get('/quan-tri/xac-thuc');
    expect((await b.post('/quan-tri/xac-thuc', { code })).status).toBe(400);
    expect(await actions()).toContain('auth.recovery_used');
  });

  it('the session locks after 15 idle minutes; a form posted then is kept and offered again', async () => {
    const admin = await enrolledAdmin();
    const a = await adminSession(admin);
    await a.get('/quan-tri/nguoi-dung/moi');
    tick(14 * 60_000);
    expect((await a.get('/quan-tri/nguoi-dung/moi')).status).toBe(200);
    tick(16 * 60_000);
    const r = await a.post('/quan-tri/nguoi-dung/moi', {
      username: 'thuha',
      fullName: 'Phạm Thu Hà',
      role: 'editor',
      sectionIds: String(xayDungDang),
    });
    expect(r.status).toBe(303);
    expect(r.location).toMatch(
      /^\/quan-tri\/dang-nhap\?tiep=%2Fquan-tri%2Fnguoi-dung%2Fmoi&het-han=1$/,
    );
    expect((await t.deps.accounts.list()).some((x) => x.username === 'thuha')).toBe(false);
    const login = await a.follow(r);
    expect(login.text).toContain('Nội dung bạn vừa gửi đã được giữ lại');
    expect(a.jar.get('nhap')).toMatch(/^[\w-]{43}$/);
    const params = new URLSearchParams(r.location!.split('?')[1]);
    const li = await a.post('/quan-tri/dang-nhap', {
      tiep: params.get('tiep')!,
      username: admin.username,
      password: ADMIN_PW,
    });
    expect(li.location).toBe('/quan-tri/xac-thuc');
    await a.get('/quan-tri/xac-thuc');
    tick(31_000);
    await a.post('/quan-tri/xac-thuc', { code: currentTotp(admin.secret, now) });
    const offered = await a.get('/quan-tri');
    expect(offered.text).toContain('Gửi lại');
    expect(offered.text).toContain('Phạm Thu Hà');
    const resent = await a.post('/quan-tri/nguoi-dung/moi', {
      username: 'thuha',
      fullName: 'Phạm Thu Hà',
      role: 'editor',
      sectionIds: String(xayDungDang),
    });
    expect(resent.status).toBe(200);
    expect((await t.deps.accounts.list()).some((x) => x.username === 'thuha')).toBe(true);
    expect(await actions()).toContain('auth.session_expired');
  });

  it('refuses a form without a token, with a wrong token, or from another origin, and changes nothing', async () => {
    const admin = await enrolledAdmin();
    const a = await adminSession(admin);
    await a.get('/quan-tri/nguoi-dung/moi');
    const fields = { username: 'gia.mao', fullName: 'Giả Mạo', role: 'admin' };
    const none = await a.post('/quan-tri/nguoi-dung/moi', fields, { csrf: null });
    expect(none.status).toBe(403);
    expect(none.text).toContain('Biểu mẫu đã hết hạn hoặc không hợp lệ');
    expect(none.text).toContain('value="Giả Mạo"');
    const wrong = await a.post('/quan-tri/nguoi-dung/moi', fields, { csrf: 'x'.repeat(32) });
    expect(wrong.status).toBe(403);
    const foreign = await a.post('/quan-tri/nguoi-dung/moi', fields, {
      origin: 'https://ke-gian.example.com',
    });
    expect(foreign.status).toBe(403);
    const loginForged = await agent(t.app).post(
      '/quan-tri/dang-nhap',
      { username: admin.username, password: ADMIN_PW },
      { csrf: null },
    );
    expect(loginForged.status).toBe(403);
    expect((await t.deps.accounts.list()).some((x) => x.username === 'gia.mao')).toBe(false);
    expect(
      (await actions()).filter((x) => x === 'security.csrf_rejected').length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('the audit viewer lists and filters the trail, and exports CSV', async () => {
    await newReporter('Lò Minh Thùy');
    const a = await adminSession(await enrolledAdmin());
    const page = await a.get('/quan-tri/nhat-ky?hanh-dong=account.created');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Lò Minh Thùy');
    expect(page.text).toContain('<td>Tạo tài khoản</td>');
    expect(page.text).not.toContain('<td>Đăng nhập</td>');
    const csv = await a.get('/quan-tri/nhat-ky.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await t.deps.audit.csv({})).charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('Tạo tài khoản');
    expect((await a.get('/quan-tri/nhat-ky?tu=31-02-2026')).status).toBe(400);
    expect((await a.get('/quan-tri/nhat-ky?tu=27-11-2026')).status).toBe(200);
  });

  it('the audit trail refuses UPDATE and DELETE in the database', async () => {
    await newReporter();
    await expect(sql`update audit_log set action = 'x'`.execute(t.db.kysely)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log`.execute(t.db.kysely)).rejects.toThrow(/append-only/);
    expect((await t.deps.audit.list({ limit: 1 })).length).toBe(1);
  });

  it('log out everywhere ends every session of the account', async () => {
    const admin = await enrolledAdmin();
    const a = await adminSession(admin);
    const b = await adminSession(admin);
    await a.get('/quan-tri/tai-khoan');
    expect((await a.post('/quan-tri/tai-khoan/dang-xuat-moi-noi', {})).location).toBe(
      '/quan-tri/dang-nhap?da-thoat=1',
    );
    expect((await b.get('/quan-tri')).location).toMatch(/^\/quan-tri\/dang-nhap/);
  });

  it('the scheduled job disables accounts unused for 45 days', async () => {
    const { id: reporterId, username, password: reporterPw } = await newReporter();
    tick(44 * 86_400_000);
    await t.deps.jobs.tick();
    expect((await t.deps.accounts.byId(reporterId))!.disabledAt).toBeNull();
    tick(2 * 86_400_000);
    await t.deps.jobs.tick();
    const r = (await t.deps.accounts.byId(reporterId))!;
    expect(r.disabledAt).not.toBeNull();
    expect(r.disabledReason).toContain('45 ngày');
    expect(await actions()).toContain('account.auto_disabled');
    const a = agent(t.app);
    await a.get('/quan-tri/dang-nhap');
    expect(
      (await a.post('/quan-tri/dang-nhap', { username, password: reporterPw })).text,
    ).toContain(LOGIN_FAILED);
  });
});
