/**
 * ASVS 4.0.3 V7 (error handling and logging), L2: 7.1.1/7.1.2 (no credentials, session tokens or
 * secrets in logs), 7.1.3/7.1.4 (security events logged with who, when, what and from where),
 * 7.3.3/7.3.4 (the log is protected from change: append-only in the database itself),
 * 7.4.1 (a generic error page with an id, no stack trace or internals).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { currentTotp } from '../../src/modules/auth/totp.ts';
import { agent, formsOf, makeStaff, manualClock } from '../support/security.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import type { TestStaff } from '../support/staff.ts';

/** The address the requests of this file come from (a documentation range, RFC 5737). */
const SOURCE = '203.0.113.7';
const LEAK = /\bat .+:\d+:\d+|node_modules|\/work\/|\/src\/|boom-internal|TypeError|"stack"/;

describe.each(dialects)('V7 logging and error handling (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock();
  let admin: TestStaff;
  let reporter: TestStaff;
  /** The app as reached from SOURCE (the socket address the audit trail records). */
  let remote: Pick<Hono, 'request'>;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    admin = await makeStaff(t, clock, 'log_admin', 'admin');
    reporter = await makeStaff(t, clock, 'log_reporter', 'reporter', ['tin-trong-tinh']);
    remote = {
      request: ((path: string, init?: RequestInit) =>
        t.app.request(path, init, {
          incoming: { socket: { remoteAddress: SOURCE } },
        })) as Hono['request'],
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Signs in through the real forms from SOURCE (password, then the second factor when asked). */
  async function signIn(s: TestStaff, password = s.password) {
    const a = agent(remote);
    await a.get('/quan-tri/dang-nhap');
    const r = await a.post('/quan-tri/dang-nhap', { username: s.username, password });
    for (const step of ['/quan-tri/bao-mat/hai-lop', '/quan-tri/xac-thuc'])
      if (r.location === step) {
        await a.get(step);
        clock.tick(31_000);
        await a.post(step, { code: currentTotp(s.totpSecret!, clock.now()) });
      }
    return { a, r };
  }

  const rows = () => t.db.kysely.selectFrom('auditLog').selectAll().orderBy('id').execute();

  it('records logins, failures, lockout, logout and role changes with account, time, action and source', async () => {
    const start = clock.now().toISOString();
    // A failed login, then a lockout after repeated failures, for the reporter.
    for (let i = 0; i < 6; i++) {
      clock.tick(1_000);
      await signIn(reporter, `Sai mật khẩu số ${i} ${'x'.repeat(i)}`);
    }
    // The admin signs in, changes the reporter's role, signs out.
    const { a } = await signIn(admin);
    const page = await a.get(`/quan-tri/nguoi-dung/${reporter.id}`);
    const form = formsOf(page.text, `/quan-tri/nguoi-dung/${reporter.id}`).find(
      (f) => f.action === `/quan-tri/nguoi-dung/${reporter.id}`,
    )!;
    const fields: Record<string, string[]> = {};
    for (const [k, v] of form.fields) if (k !== '_csrf') (fields[k] ??= []).push(v);
    fields.role = ['editor'];
    const saved = await a.post(`/quan-tri/nguoi-dung/${reporter.id}`, fields);
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    await a.get('/quan-tri');
    await a.post('/quan-tri/dang-xuat', {});

    const log = (await rows()).filter((r) => r.at >= start);
    const find = (action: string) => log.find((r) => r.action === action);
    for (const action of [
      'auth.login_failed',
      'auth.lockout',
      'auth.login',
      'account.updated',
      'auth.logout',
    ]) {
      const row = find(action);
      expect(row, `${action} is audited`).toBeDefined();
      expect(Number.isNaN(Date.parse(row!.at)), `${action} has a time`).toBe(false);
      expect(row!.ip, `${action} has the source address`).toBe(SOURCE);
    }
    // Who: the failures name the account tried; the admin's own actions carry the admin's id.
    const failed = find('auth.login_failed')!;
    expect(
      failed.actorId === reporter.id ||
        String(failed.targetId) === String(reporter.id) ||
        `${failed.actorName} ${failed.summary}`.includes(reporter.username),
    ).toBe(true);
    expect(find('auth.login')!.actorId).toBe(admin.id);
    expect(find('auth.logout')!.actorId).toBe(admin.id);
    const changed = log.find(
      (r) => r.action === 'account.updated' && String(r.targetId) === String(reporter.id),
    );
    expect(changed?.actorId).toBe(admin.id);
    expect(changed?.detail).toContain('editor');
  });

  it('keeps passwords, codes, secrets and tokens out of the audit trail', async () => {
    const { a } = await signIn(admin);
    await a.get('/quan-tri/tai-khoan');
    // A password change attempt with a wrong current password (its text must not be logged).
    await a.post('/quan-tri/tai-khoan/mat-khau', {
      current: 'Mật khẩu hiện tại sai 2026!',
      next: 'Mật khẩu mới rất dài 2026 của tôi!',
      confirm: 'Mật khẩu mới rất dài 2026 của tôi!',
    });
    const session = [...a.jar.values()];
    const secrets = [
      admin.password,
      reporter.password,
      'Sai mật khẩu số',
      'Mật khẩu hiện tại sai 2026!',
      'Mật khẩu mới rất dài 2026 của tôi!',
      admin.totpSecret,
      reporter.totpSecret,
      a.csrf(),
      ...session,
      '$argon2',
    ].filter((s): s is string => Boolean(s && s.length >= 8));
    const text = JSON.stringify(await rows());
    for (const s of secrets) expect(text, 'a secret in the audit trail').not.toContain(s);
  });

  it('refuses UPDATE and DELETE on the audit trail (append-only in the database)', async () => {
    const k = t.db.kysely;
    const before = await rows();
    expect(before.length).toBeGreaterThan(0);
    await expect(
      k
        .updateTable('auditLog')
        .set({ summary: 'sửa lén' })
        .where('id', '=', before[0]!.id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      k.deleteFrom('auditLog').where('id', '=', before[0]!.id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(k.deleteFrom('auditLog').execute()).rejects.toThrow(/append-only/);
    expect(await rows()).toEqual(before);
  });

  it('answers an internal failure with a Vietnamese page and a request id, never the stack', async () => {
    const site = t.deps.site as { sections: () => Promise<unknown> };
    const original = site.sections;
    site.sections = () => Promise.reject(new TypeError('boom-internal at /work/src/x.ts:1:2'));
    const errors = console.error;
    console.error = () => {};
    try {
      const { a } = await signIn(admin);
      for (const path of ['/tim-kiem?q=a', '/tin-trong-tinh']) {
        const res = await t.app.request(path);
        const body = await res.text();
        expect(res.status, path).toBe(500);
        expect(body).toMatch(/Đã xảy ra lỗi|sự cố/);
        expect(body).not.toMatch(LEAK);
      }
      const admin500 = await a.get('/quan-tri/bai-viet');
      expect(admin500.text).not.toMatch(LEAK);
    } finally {
      site.sections = original;
      console.error = errors;
    }
    // A refused request does not leak either: a 404 and a 400 are plain Vietnamese pages.
    for (const path of ['/khong-co-trang-nay', '/media/%E0%A4%A', '/tim-kiem?trang=1e400']) {
      const res = await t.app.request(path);
      const body = await res.text();
      expect(res.status, path).toBeLessThan(500);
      expect(body).not.toMatch(LEAK);
    }
  });
});
