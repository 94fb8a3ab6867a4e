/**
 * OWASP ASVS 4.0.3, chapter V3 (session management), level 2: adversarial probes of staff
 * sessions and of the form kept when a session ends mid-edit. Runs on SQLite and PostgreSQL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IDLE_LIMIT_MS } from '../../src/modules/auth/auth.ts';
import { currentTotp } from '../../src/modules/auth/totp.ts';
import { agent } from '../support/agent.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

type TestApp = Awaited<ReturnType<typeof testApp>>;

/** Make this reporter an admin: what an attacker would like an admin to submit. */
const ESCALATE = {
  username: 'ke.gian',
  fullName: 'Kẻ Gian',
  role: 'admin',
  allSections: 'on',
};

const stashRows = (t: TestApp) => t.db.kysely.selectFrom('formStash').selectAll().execute();

/**
 * Signs in (password, then a code) through the login page a link led to, posting every field
 * that page carries, as a person following that link would.
 */
async function loginThrough(
  a: ReturnType<typeof agent>,
  url: string,
  s: TestStaff,
  clock: ReturnType<typeof manualClock>,
): Promise<void> {
  const page = await a.get(url);
  const hidden = Object.fromEntries(
    [...page.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)]
      .filter((m) => m[1] !== '_csrf')
      .map((m) => [m[1]!, m[2]!]),
  );
  const r = await a.post('/quan-tri/dang-nhap', {
    ...hidden,
    username: s.username,
    password: s.password,
  });
  expect(r.location).toBe('/quan-tri/xac-thuc');
  await a.get('/quan-tri/xac-thuc');
  clock.tick(31_000);
  await a.post('/quan-tri/xac-thuc', { code: currentTotp(s.totpSecret!, clock.now()) });
}

describe.each(dialects)('V3 sessions on %s', (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  describe('the form kept when a session ends (items 1 and 2)', () => {
    it('an anonymous post is never kept, and a login link cannot plant one on an admin', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { clock: clock.now });
      const admin = await makeStaff(t, clock, 'quantri', 'admin');
      await admin.login();
      // The stranger has no session at all and prepares "make me an admin".
      const stranger = agent(t.app);
      const posted = await stranger.post('/quan-tri/nguoi-dung/moi', ESCALATE, { csrf: null });
      expect(posted.status).toBe(303);
      expect(posted.location).not.toMatch(/nhap=[\w-]{8,}/);
      expect(await stashRows(t)).toEqual([]);
      // The admin follows the stranger's link to the login page and signs in.
      const victim = agent(t.app);
      await loginThrough(victim, posted.location!, admin, clock);
      const page = await victim.get('/quan-tri');
      expect(page.status).toBe(200);
      expect(page.text).not.toContain('Gửi lại');
      expect(page.text).not.toContain('Kẻ Gian');
    });

    it('a session that ended keeps its form for its own account, in the browser that posted it only', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { clock: clock.now });
      const admin = await makeStaff(t, clock, 'quantri', 'admin');
      const other = await makeStaff(t, clock, 'quantri2', 'admin');
      const a = await admin.login();
      await a.get('/quan-tri/nguoi-dung/moi');
      clock.tick(IDLE_LIMIT_MS + 60_000);
      const fields = {
        username: 'thuha',
        fullName: 'Phạm Thu Hà',
        role: 'editor',
        allSections: 'on',
      };
      const r = await a.post('/quan-tri/nguoi-dung/moi', fields);
      expect(r.status).toBe(303);
      expect(r.location).not.toMatch(/nhap=[\w-]{8,}/);
      const rows = await stashRows(t);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.accountId).toBe(admin.id);
      expect(a.jar.get('nhap')).toBeTruthy();

      // Another admin signing in with that browser's cookie is not offered it (it stays for its owner).
      const ob = await other.login();
      ob.jar.set('nhap', a.jar.get('nhap')!);
      expect((await ob.get('/quan-tri')).text).not.toContain('Phạm Thu Hà');
      // The owner in another browser is not offered it either.
      const elsewhere = await admin.login();
      expect((await elsewhere.get('/quan-tri')).text).not.toContain('Phạm Thu Hà');
      // The owner in the browser that posted it is.
      await a.get('/quan-tri/dang-nhap');
      const li = await a.post('/quan-tri/dang-nhap', {
        username: admin.username,
        password: admin.password,
      });
      expect(li.location).toBe('/quan-tri/xac-thuc');
      await a.get('/quan-tri/xac-thuc');
      clock.tick(31_000);
      await a.post('/quan-tri/xac-thuc', { code: currentTotp(admin.totpSecret!, clock.now()) });
      const offered = await a.get('/quan-tri');
      expect(offered.text).toContain('Gửi lại');
      expect(offered.text).toContain('Phạm Thu Hà');
      expect(await stashRows(t)).toEqual([]);
    });

    it('is kept only with the ended session’s own form token, up to a size, a rate and an age', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { clock: clock.now });
      const admin = await makeStaff(t, clock, 'quantri', 'admin');
      const expire = async () => {
        const a = await admin.login();
        await a.get('/quan-tri/nguoi-dung/moi');
        clock.tick(IDLE_LIMIT_MS + 60_000);
        return a;
      };
      // A forged token (a form made elsewhere, sent with the victim's cookie): not kept.
      const forged = await expire();
      await forged.post('/quan-tri/nguoi-dung/moi', ESCALATE, { csrf: 'x'.repeat(32) });
      expect(await stashRows(t)).toEqual([]);
      // Too large: not kept.
      const big = await expire();
      await big.post('/quan-tri/nguoi-dung/moi', { fullName: 'x'.repeat(300 * 1024) });
      expect(await stashRows(t)).toEqual([]);
      // One per account: a second replaces the first.
      for (const name of ['Một', 'Hai']) {
        const a = await expire();
        await a.post('/quan-tri/nguoi-dung/moi', { fullName: name });
      }
      const rows = await stashRows(t);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.fields).toContain('Hai');
      // Older than an hour: no longer offered.
      const late = await expire();
      await late.post('/quan-tri/nguoi-dung/moi', { fullName: 'Quá hạn' });
      clock.tick(2 * 3_600_000);
      const cookie = late.jar.get('nhap');
      const fresh = await admin.login();
      if (cookie) fresh.jar.set('nhap', cookie);
      expect((await fresh.get('/quan-tri')).text).not.toContain('Quá hạn');
      // At most ten per account per hour.
      let kept = 0;
      for (let i = 0; i < 12; i++)
        if (await t.deps.auth.stashForm(admin.id, '/quan-tri/nguoi-dung/moi', { i: String(i) }))
          kept++;
      expect(kept).toBeLessThanOrEqual(10);
      expect(kept).toBeGreaterThan(0);
    });

    it('nothing anonymous writes more than a bounded amount (stash, audit trail)', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { seed: false, clock: clock.now });
      const count = async (table: 'auditLog' | 'formStash') =>
        Number(
          (
            await t!.db.kysely
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count('auditLog');
      const stranger = agent(t.app);
      for (let i = 0; i < 60; i++) {
        await stranger.post(
          '/quan-tri/nguoi-dung/moi',
          { fullName: `x${i}`.repeat(1000) },
          { csrf: null },
        );
        await stranger.post('/quan-tri/dang-nhap', { username: 'a' }, { csrf: null });
        await stranger.post('/quan-tri/trang', { a: 'b' }, { origin: 'https://ke-gian.example' });
      }
      expect(await count('formStash')).toBe(0);
      expect((await count('auditLog')) - before).toBeLessThanOrEqual(31);
    });
  });

  describe('V3.3 sessions end when an admin changes the account (item 5)', () => {
    type Change = (a: ReturnType<typeof agent>, id: number, section: number) => Promise<unknown>;
    const changes: [string, string, Change][] = [
      [
        'second factor reset',
        'account.totp_reset',
        (a, id) => a.post(`/quan-tri/nguoi-dung/${id}/dat-lai-2fa`, {}),
      ],
      [
        'password reset',
        'account.password_reset',
        (a, id) => a.post(`/quan-tri/nguoi-dung/${id}/dat-lai-mat-khau`, {}),
      ],
      [
        'disabling',
        'account.disabled',
        (a, id) => a.post(`/quan-tri/nguoi-dung/${id}/vo-hieu`, {}),
      ],
      [
        'role change',
        'account.updated',
        (a, id, section) =>
          a.post(`/quan-tri/nguoi-dung/${id}`, {
            fullName: 'nguoibidoi',
            role: 'editor',
            sectionIds: String(section),
          }),
      ],
      [
        'section change',
        'account.updated',
        (a, id) =>
          a.post(`/quan-tri/nguoi-dung/${id}`, {
            fullName: 'nguoibidoi',
            role: 'reporter',
            allSections: 'on',
          }),
      ],
    ];
    it.each(changes)('%s ends every session of the account', async (_name, action, change) => {
      const clock = manualClock();
      t = await testApp(dialect, { clock: clock.now });
      const admin = await makeStaff(t, clock, 'quantri', 'admin');
      const target = await makeStaff(t, clock, 'nguoibidoi', 'reporter', ['xay-dung-dang']);
      const section = (await t.deps.site.sections()).find((s) => s.slug === 'xay-dung-dang')!.id;
      const one = await target.login();
      const two = await target.login();
      expect((await one.get('/quan-tri')).status).toBe(200);
      const a = await admin.login();
      await a.get(`/quan-tri/nguoi-dung/${target.id}`);
      await change(a, target.id, section);
      const audit = (await t.deps.audit.list({ action, limit: 1 }))[0]!;
      expect(audit.actorName).toContain('quantri');
      expect(audit.targetId).toBe(String(target.id));
      for (const s of [one, two]) {
        const r = await s.get('/quan-tri');
        expect(r.status).toBe(303);
        expect(r.location).toMatch(/^\/quan-tri\/dang-nhap/);
      }
      // The stolen session never sees a new second-factor secret.
      const enrol = await one.get('/quan-tri/bao-mat/hai-lop');
      expect(enrol.text).not.toContain('data-testid="totp-secret"');
      expect((await a.get('/quan-tri')).status).toBe(200);
    });
  });

  describe('V3.2 / V3.4 the session cookie', () => {
    it('under https it is __Host-: Secure, HttpOnly, Path=/, no Domain; the id changes at each step', async () => {
      const clock = manualClock();
      t = await testApp(dialect, { seed: false, clock: clock.now });
      const admin = await makeStaff(t, clock, 'quantri', 'admin');
      const a = agent(t.app);
      await a.get('/quan-tri/dang-nhap');
      const r = await a.post('/quan-tri/dang-nhap', {
        username: admin.username,
        password: admin.password,
      });
      const line = r.headers.getSetCookie().find((c) => c.startsWith('__Host-phien='));
      expect(line).toBeDefined();
      expect(line).toMatch(/;\s*Secure/i);
      expect(line).toMatch(/;\s*HttpOnly/i);
      expect(line).toMatch(/;\s*Path=\/(;|$)/);
      expect(line).not.toMatch(/Domain=/i);
      expect(line).not.toMatch(/Max-Age|Expires/i);
      expect(r.headers.getSetCookie().some((c) => /^phien=/.test(c))).toBe(false);
      const first = a.jar.get('__Host-phien');
      await a.get('/quan-tri/bao-mat/hai-lop');
      await a.post('/quan-tri/bao-mat/hai-lop', {
        code: currentTotp(admin.totpSecret!, clock.now()),
      });
      expect(a.jar.get('__Host-phien')).toBeTruthy();
      expect(a.jar.get('__Host-phien')).not.toBe(first);
      // A plain `phien` cookie with the same token is not accepted under https.
      const token = a.jar.get('__Host-phien')!;
      const plain = agent(t.app);
      plain.jar.set('phien', token);
      expect((await plain.get('/quan-tri')).location).toMatch(/^\/quan-tri\/dang-nhap/);
    });

    it('under plain http (development) it is `phien`, not Secure', async () => {
      const clock = manualClock();
      t = await testApp(dialect, {
        seed: false,
        clock: clock.now,
        env: { BASE_URL: 'http://localhost:3000' },
      });
      const admin = await makeStaff(t, clock, 'quantri', 'admin');
      const a = agent(t.app, 'http://localhost:3000');
      await a.get('/quan-tri/dang-nhap');
      const r = await a.post('/quan-tri/dang-nhap', {
        username: admin.username,
        password: admin.password,
      });
      const line = r.headers.getSetCookie().find((c) => c.startsWith('phien='));
      expect(line).toBeDefined();
      expect(line).not.toMatch(/Secure/i);
    });
  });
});
