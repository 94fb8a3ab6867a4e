/**
 * OWASP ASVS 4.0.3, chapter V2 (authentication), level 2: adversarial probes of the staff login.
 * Each probe runs on SQLite and PostgreSQL against the real app (forms, cookies, CSRF tokens).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { addressGroup } from '../../src/http/client-address.ts';
import { currentTotp } from '../../src/modules/auth/totp.ts';
import { agent } from '../support/agent.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

type TestApp = Awaited<ReturnType<typeof testApp>>;

/** The error notice of a page (what a person reads when a login fails). */
function notice(html: string): string {
  return /<div class="notice notice-error" role="alert">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
}

/** A login attempt from a fresh browser: status, where it leads, and the notice shown. */
async function tryLogin(t: TestApp, username: string, password: string) {
  const a = agent(t.app);
  await a.get('/quan-tri/dang-nhap');
  const r = await a.post('/quan-tri/dang-nhap', { username, password });
  return { status: r.status, location: r.location, notice: notice(r.text), agent: a };
}

describe.each(dialects)('V2 authentication on %s', (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  describe('V2.2.1 lockout (item 4): attempts are counted before the slow hash', () => {
    it('a burst of wrong guesses with the right password behind it: the account locks and the right one is refused', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { seed: false, clock: clock.now });
      const app = t;
      const victim = await makeStaff(app, clock, 'nannhan', 'admin');
      const burst = Array.from({ length: 8 }, (_, i) => tryLogin(app, 'nannhan', `sai-${i}`));
      // The right password arrives while the wrong ones are still being hashed (argon2 takes
      // tens of ms each): once they are counted, or after 25 ms at most.
      const until = Date.now() + 25;
      while (Date.now() < until && (await app.deps.accounts.byId(victim.id))!.failedLogins < 8)
        await new Promise((r) => setTimeout(r, 1));
      const right = tryLogin(app, 'nannhan', victim.password);
      const results = await Promise.all([...burst, right]);
      const last = results.at(-1)!;
      expect(results.filter((r) => r.status === 303)).toEqual([]);
      expect(last.status).toBe(400);
      expect((await app.deps.accounts.byId(victim.id))!.lockedUntil).not.toBeNull();
      // Once locked, the right password still gets nowhere.
      expect((await tryLogin(app, 'nannhan', victim.password)).status).toBe(400);
      const lockouts = await app.deps.audit.list({ action: 'auth.lockout', limit: 10 });
      expect(lockouts).toHaveLength(1);
    });

    it('concurrent right passwords alone all sign in, and four wrong guesses before the right one do not lock', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { seed: false, clock: clock.now });
      const app = t;
      const s = await makeStaff(app, clock, 'dongthoi', 'admin');
      const many = await Promise.all(
        Array.from({ length: 3 }, () => tryLogin(app, 'dongthoi', s.password)),
      );
      expect(many.map((r) => r.location)).toEqual(Array(3).fill('/quan-tri/bao-mat/hai-lop'));
      for (let i = 0; i < 4; i++) await tryLogin(app, 'dongthoi', `sai-${i}`);
      expect((await tryLogin(app, 'dongthoi', s.password)).status).toBe(303);
      const after = (await app.deps.accounts.byId(s.id))!;
      expect(after.lockedUntil).toBeNull();
    });
  });

  describe('V2.2 / V2.5 messages (item 10): a failed login reveals nothing about the account', () => {
    it('unknown name, wrong password, locked account and disabled account get the same answer', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { seed: false, clock: clock.now });
      const locked = await makeStaff(t, clock, 'bikhoa', 'editor');
      const disabled = await makeStaff(t, clock, 'vohieu', 'editor');
      const present = await makeStaff(t, clock, 'coton', 'editor');
      for (let i = 0; i < 5; i++) await tryLogin(t, 'bikhoa', `sai-${i}`);
      expect((await t.deps.accounts.byId(locked.id))!.lockedUntil).not.toBeNull();
      await t.deps.accounts.disable(
        { id: null, name: 'Kiểm thử', ip: '', userAgent: '' },
        disabled.id,
        'thử',
      );
      const answers = [
        await tryLogin(t, 'khong-ai-ca', 'Mật khẩu bất kỳ 2026!'),
        await tryLogin(t, 'coton', 'Mật khẩu sai rồi 2026!'),
        await tryLogin(t, 'bikhoa', locked.password),
        await tryLogin(t, 'vohieu', disabled.password),
      ];
      for (const a of answers) {
        expect(a.status).toBe(400);
        expect(a.location).toBeNull();
        expect(a.notice).toBe(answers[0]!.notice);
      }
      expect(answers[0]!.notice).not.toBe('');
      expect(answers[0]!.notice).not.toMatch(/vô hiệu hóa|không tồn tại/);
      expect(present.password).not.toBe('');
    });

    it('an unknown name costs the same password hash as a known one (no timing oracle)', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { seed: false, clock: clock.now });
      await makeStaff(t, clock, 'thoigian', 'editor');
      const time = async (username: string) => {
        const a = agent(t!.app);
        await a.get('/quan-tri/dang-nhap');
        const start = performance.now();
        await a.post('/quan-tri/dang-nhap', { username, password: 'Không phải mật khẩu 1!' });
        return performance.now() - start;
      };
      const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 5; i++) {
        known.push(await time('thoigian'));
        unknown.push(await time(`khong-co-${i}`));
      }
      // Without the dummy hash an unknown name answers in a few ms against ~tens of ms.
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.3);
    });
  });

  describe('V2.8 second factor for every staff account (item 6)', () => {
    it('reporters and editors must enrol TOTP before anything else', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { clock: clock.now });
      for (const role of ['reporter', 'editor'] as const) {
        const s = await makeStaff(t, clock, `hailop-${role}`, role, ['xay-dung-dang']);
        expect(s.totpSecret).not.toBeNull();
        const first = await tryLogin(t, s.username, s.password);
        expect(first.location).toBe('/quan-tri/bao-mat/hai-lop');
        expect((await first.agent.get('/quan-tri/bai-viet')).location).toBe(
          '/quan-tri/bao-mat/hai-lop',
        );
        // Once enrolled, a password alone is never enough.
        await s.login();
        expect((await tryLogin(t, s.username, s.password)).location).toBe('/quan-tri/xac-thuc');
      }
    });

    it('the admin may free reporters/editors only (never admins or approvers): audited, warned on the dashboard, and a short password must then be changed', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { clock: clock.now });
      const admin = await makeStaff(t, clock, 'quantri', 'admin');
      const reporter = await makeStaff(t, clock, 'phongvien', 'reporter', ['xay-dung-dang']);
      const approver = await makeStaff(t, clock, 'lanhdao', 'approver', ['xay-dung-dang']);
      // The reporter enrols, then picks a 10-character password (enough with a second factor).
      const r = await reporter.login();
      await r.get('/quan-tri/tai-khoan');
      const short = 'Ngắn#2026a';
      const changed = await r.post('/quan-tri/tai-khoan/mat-khau', {
        current: reporter.password,
        next: short,
        confirm: short,
      });
      expect(changed.location).toBe('/quan-tri/tai-khoan?da-doi=1');

      const a = await admin.login();
      await a.get('/quan-tri/nguoi-dung');
      const saved = await a.post('/quan-tri/nguoi-dung/hai-lop', {
        khongBatBuoc: ['reporter', 'approver', 'admin'],
      });
      expect(saved.status).toBe(303);
      expect(await t.deps.accounts.optionalTotpRoles()).toEqual(['reporter']);
      const audit = await t.deps.audit.list({ action: 'security.totp_policy_changed', limit: 5 });
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actorName).toContain('quantri');
      const dash = await a.get('/quan-tri');
      expect(dash.text).toContain('Cảnh báo bảo mật');
      expect(dash.text).toContain('Phóng viên');

      // Approvers still enrol; a new reporter does not.
      expect((await tryLogin(t, approver.username, approver.password)).location).toBe(
        '/quan-tri/bao-mat/hai-lop',
      );
      const fresh = await makeStaff(t, clock, 'phongvien2', 'reporter', ['xay-dung-dang']);
      expect(fresh.totpSecret).toBeNull();
      const freeLogin = await tryLogin(t, fresh.username, fresh.password);
      expect(freeLogin.location).toBe('/quan-tri');

      // The admin resets the reporter's second factor: now the 10-character password alone
      // would open the account, so it must be changed to one of 14 or more first.
      await a.get(`/quan-tri/nguoi-dung/${reporter.id}`);
      await a.post(`/quan-tri/nguoi-dung/${reporter.id}/dat-lai-2fa`, {});
      const again = await tryLogin(t, reporter.username, short);
      expect(again.location).toBe('/quan-tri');
      expect((await again.agent.get('/quan-tri')).location).toBe(
        '/quan-tri/tai-khoan?doi-mat-khau=1',
      );
      await again.agent.get('/quan-tri/tai-khoan');
      const tooShort = await again.agent.post('/quan-tri/tai-khoan/mat-khau', {
        current: short,
        next: 'Vẫn-ngắn#2026',
        confirm: 'Vẫn-ngắn#2026',
      });
      expect(tooShort.status).toBe(400);
      expect(tooShort.text).toContain('ít nhất 14 ký tự');

      // Back to mandatory: the warning goes, the freed reporter must enrol at next login.
      await a.get('/quan-tri/nguoi-dung');
      await a.post('/quan-tri/nguoi-dung/hai-lop', {});
      expect(await t.deps.accounts.optionalTotpRoles()).toEqual([]);
      expect((await a.get('/quan-tri')).text).not.toContain('Cảnh báo bảo mật');
      expect((await tryLogin(t, fresh.username, fresh.password)).location).toBe(
        '/quan-tri/bao-mat/hai-lop',
      );
    });

    it('a reporter cannot change the second-factor setting', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { clock: clock.now });
      const reporter = await makeStaff(t, clock, 'phongvien', 'reporter', ['xay-dung-dang']);
      const r = await reporter.login();
      const tried = await r.post('/quan-tri/nguoi-dung/hai-lop', { khongBatBuoc: 'reporter' });
      expect(tried.status).toBe(403);
      expect(await t.deps.accounts.optionalTotpRoles()).toEqual([]);
    });
  });

  describe('V2.2.1 anti-automation behind the reverse proxy (item 3)', () => {
    /** A request through `port` from the loopback address `from`. */
    function request(
      port: number,
      from: string,
      method: string,
      path: string,
      opts: { headers?: Record<string, string>; body?: string } = {},
    ): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
      return new Promise((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, method, path, localAddress: from, headers: opts.headers },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (d: string) => (text += d));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, text }),
            );
          },
        );
        req.on('error', reject);
        req.end(opts.body);
      });
    }

    /** One login attempt through the proxy from `from`, with a forged X-Forwarded-For. */
    async function loginVia(port: number, from: string, username: string, password: string) {
      const page = await request(port, from, 'GET', '/quan-tri/dang-nhap');
      const cookie = (page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
      return request(port, from, 'POST', '/quan-tri/dang-nhap', {
        headers: {
          cookie,
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': '203.0.113.66',
          'user-agent': 'qua-proxy',
        },
        body: new URLSearchParams({ _csrf: csrf, username, password }).toString(),
      });
    }

    it('an IPv6 client is limited by its /64 network, an IPv4 client by its address', () => {
      expect(addressGroup('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
      expect(addressGroup('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
      expect(addressGroup('2001:db8::1')).toBe('2001:db8:0:0::/64');
      expect(addressGroup('::1')).toBe('0:0:0:0::/64');
      expect(addressGroup('203.0.113.7')).toBe('203.0.113.7');
    });

    it('the audit row and the rate-limit key name the client, not the proxy nor a forged header', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { seed: false, clock: clock.now, env: { TRUST_PROXY: '1' } });
      const staff = await makeStaff(t, clock, 'quaproxy', 'editor');
      const listener = getRequestListener(t.app.fetch);
      const app = http.createServer((req, res) => void listener(req, res));
      // The proxy: forwards everything, appending the address it saw, as nginx does.
      const proxy = http.createServer((req, res) => {
        const seen = req.socket.remoteAddress ?? '';
        const xff = req.headers['x-forwarded-for']?.toString();
        const upstream = http.request(
          {
            host: '127.0.0.1',
            port: (app.address() as AddressInfo).port,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, 'x-forwarded-for': xff ? `${xff}, ${seen}` : seen },
          },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        );
        req.pipe(upstream);
      });
      await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
      await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
      const port = (proxy.address() as AddressInfo).port;
      try {
        const failed = await loginVia(port, '127.0.0.2', 'quaproxy', 'sai mật khẩu');
        expect(failed.status).toBe(400);
        const row = (await t.deps.audit.list({ action: 'auth.login_failed', limit: 1 }))[0]!;
        expect(row.ip).toBe('127.0.0.2');
        const keys = await t.db.kysely.selectFrom('rateLimit').select('key').execute();
        expect(keys.map((k) => k.key)).toContain('login:127.0.0.2');
        expect(keys.map((k) => k.key).filter((k) => /203\.0\.113|127\.0\.0\.1$/.test(k))).toEqual(
          [],
        );
        // One client hammering the login is slowed down; another one behind the same proxy is not.
        for (let i = 0; i < 21; i++) await loginVia(port, '127.0.0.2', 'khong-co', 'x');
        expect((await loginVia(port, '127.0.0.2', 'quaproxy', staff.password)).status).toBe(429);
        const other = await loginVia(port, '127.0.0.3', 'quaproxy', staff.password);
        expect(other.status).toBe(303);
        expect(other.headers.location).toBe('/quan-tri/bao-mat/hai-lop');
      } finally {
        await new Promise((r) => proxy.close(r));
        await new Promise((r) => app.close(r));
      }
    });
  });

  it('V2.8.4 a TOTP code is single-use across concurrent submissions', async () => {
    const clock = manualClock();
    t = await testApp(dialect, { seed: false, clock: clock.now });
    const s = await makeStaff(t, clock, 'motlan', 'editor');
    await s.login();
    const pending = await Promise.all(
      [0, 1, 2].map(async () => {
        const a = agent(t!.app);
        await a.get('/quan-tri/dang-nhap');
        await a.post('/quan-tri/dang-nhap', { username: s.username, password: s.password });
        await a.get('/quan-tri/xac-thuc');
        return a;
      }),
    );
    clock.tick(31_000);
    const code = currentTotp(s.totpSecret!, clock.now());
    const answers = await Promise.all(pending.map((a) => a.post('/quan-tri/xac-thuc', { code })));
    expect(answers.filter((r) => r.location === '/quan-tri')).toHaveLength(1);
  });
});
