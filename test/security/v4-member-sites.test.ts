/**
 * ASVS 4.0.3 V4 (access control) and V5 (validation) on the member sites' back office: only the
 * system admin (admin on the province) manages sites, never from a commune's back office; no
 * state change without the session's CSRF token or from a foreign Origin; hostile values are
 * refused in Vietnamese, never a 500, never reflected unescaped, and nothing is saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, XSS_MARKERS } from '../support/fuzz.ts';
import type { agent } from '../support/agent.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const PROVINCE = 'https://dangbo.example.vn';
const FIELDS = [
  'unitCode',
  'address',
  'pathPrefix',
  'host',
  'adminMode',
  'adminUsername',
  'adminFullName',
  'adminEmail',
];

describe.each(dialects)('member sites under attack, on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock();
  let admin: ReturnType<typeof agent>;
  let demoted: ReturnType<typeof agent>;
  let demotedId: number;

  const valid = (over: Record<string, string> = {}) => ({
    unitCode: '03160',
    address: 'prefix',
    pathPrefix: '/xa/muong-nhe',
    host: '',
    adminMode: 'new',
    adminUsername: 'qt.muongnhe',
    adminFullName: 'Lò Văn Pấng',
    adminEmail: '',
    ...over,
  });

  async function siteCount(): Promise<number> {
    const r = await t.db.kysely
      .selectFrom('site')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    admin = await (await makeStaff(t, clock, 'hethong', 'admin')).login();
    // An admin account whose grant on the province says otherwise (roles per site).
    const d = await makeStaff(t, clock, 'quantri.xa', 'admin');
    demotedId = d.id;
    demoted = await d.login();
    await t.db.kysely
      .updateTable('accountSite')
      .set({ role: 'editor' })
      .where('accountId', '=', demotedId)
      .where('siteId', '=', 1)
      .execute();
  });
  afterAll(async () => t?.close());

  it('refuses a form without the token, with another token, or from a foreign Origin', async () => {
    await admin.get(`${PROVINCE}/quan-tri/trang/moi`);
    const token = admin.csrf();
    const tries = [
      await admin.post(`${PROVINCE}/quan-tri/trang/moi`, valid(), { csrf: null }),
      await admin.post(`${PROVINCE}/quan-tri/trang/moi`, valid(), { csrf: 'x'.repeat(43) }),
      await admin.post(`${PROVINCE}/quan-tri/trang/moi`, valid(), {
        csrf: token,
        origin: 'https://ke-gian.example',
      }),
    ];
    for (const r of tries) {
      expect(r.status).not.toBe(200);
      expect(r.status).toBeLessThan(500);
    }
    expect(await siteCount()).toBe(1);
  });

  it('refuses an admin whose grant on the province is not admin', async () => {
    await demoted.get(`${PROVINCE}/quan-tri/tai-khoan`);
    expect((await demoted.get(`${PROVINCE}/quan-tri/trang`)).status).toBe(403);
    const r = await demoted.post(`${PROVINCE}/quan-tri/trang/moi`, valid());
    expect(r.status).toBe(403);
    expect(r.text).toContain('Chỉ quản trị hệ thống');
    expect(await siteCount()).toBe(1);
  });

  it('answers every hostile value of every field in Vietnamese, without a 500 or a saved site', async () => {
    for (const field of FIELDS)
      for (const h of CORPUS) {
        await admin.get(`${PROVINCE}/quan-tri/trang/moi`);
        let value: string;
        try {
          value = decodeURIComponent(h.raw);
        } catch {
          value = h.raw;
        }
        // Keep the form invalid whatever the field: no first admin's name (or username).
        const anchor: Record<string, string> =
          field === 'adminFullName' ? { adminUsername: '' } : { adminFullName: '' };
        const fields = { ...valid(anchor), [field]: value };
        const r = await admin.post(`${PROVINCE}/quan-tri/trang/moi`, fields);
        expect(r.status, `${field} ${h.id}`).toBeLessThan(500);
        if (r.status === 400)
          expect(r.text, `${field} ${h.id}`).toMatch(/Chưa tạo được|không hợp lệ/);
        for (const m of XSS_MARKERS) expect(r.text, `${field} ${h.id}`).not.toContain(m);
        if (h.id === 'long') clock.tick(61_000);
      }
    expect(await siteCount()).toBe(1);
  });

  it('escapes the suspension reason on the notice page', async () => {
    await admin.get(`${PROVINCE}/quan-tri/trang/moi`);
    const made = await admin.post(`${PROVINCE}/quan-tri/trang/moi`, valid());
    expect(made.status).toBe(200);
    const id = t.deps.platform.directory().sites.find((s) => s.unitCode === '03160')!.id;
    clock.tick(61_000);
    await admin.get(`${PROVINCE}/quan-tri/trang/${id}`);
    const r = await admin.post(`${PROVINCE}/quan-tri/trang/${id}/tam-ngung`, {
      reason: XSS_MARKERS[0]!,
    });
    expect(r.status).toBe(303);
    const res = await t.app.request(`${PROVINCE}/xa/muong-nhe`);
    const text = await res.text();
    expect(res.status).toBe(503);
    expect(text).not.toContain(XSS_MARKERS[0]);
    expect(text).toContain('&#60;script&#62;');
    // The back office of the suspended site still works for its staff; the province is untouched.
    expect((await t.app.request(`${PROVINCE}/`)).status).toBe(200);
    // A commune's back office never manages sites, not even for the system admin.
    const fromCommune = await admin.get(`${PROVINCE}/xa/muong-nhe/quan-tri/trang`);
    expect([403, 404]).toContain(fromCommune.status);
  });
});
