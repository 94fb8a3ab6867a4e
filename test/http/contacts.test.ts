import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactPointsOf } from '../../src/modules/site/site.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

/** Every field of the general settings form as the page fills it (inputs and text areas). */
async function settingsForm(a: Awaited<ReturnType<TestStaff['login']>>) {
  const page = await a.get('/quan-tri/cai-dat');
  expect(page.status).toBe(200);
  const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  const fields: Record<string, string> = {};
  for (const m of page.text.matchAll(/<input id="f-(\w+)" name="\w+" type="\w+" value="([^"]*)"/g))
    fields[m[1]!] = unescape(m[2]!);
  for (const m of page.text.matchAll(/<textarea id="f-(\w+)"[^>]*>([^<]*)<\/textarea>/g))
    fields[m[1]!] = unescape(m[2]!);
  return fields;
}

describe('contact points text', () => {
  it('reads "Name | phone | email" lines, skipping blank ones', () => {
    expect(
      contactPointsOf(
        'Văn phòng Tỉnh ủy | 0215 3825 123 | vp@x.vn\n\n  Ban Tổ chức | 0215 3826 000 ',
      ),
    ).toEqual([
      { name: 'Văn phòng Tỉnh ủy', phone: '0215 3825 123', email: 'vp@x.vn' },
      { name: 'Ban Tổ chức', phone: '0215 3826 000', email: '' },
    ]);
    expect(contactPointsOf('')).toEqual([]);
  });
});

describe.each(dialects)('Đường dây nóng and contact points on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock(new Date('2026-11-27T02:00:00Z'));
  let admin: TestStaff;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now, seed: false });
    admin = await makeStaff(t, clock, 'quantri', 'admin');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the admin sets the hotline and contact points; the footer and Cơ cấu tổ chức show them, audited', async () => {
    const a = await admin.login();
    const fields = await settingsForm(a);
    expect(fields.hotline).toBe('');
    const r = await a.post('/quan-tri/cai-dat', {
      ...fields,
      hotline: '0215 3 830 830',
      contactPoints:
        'Văn phòng Tỉnh ủy | 0215 3825 123 | vanphong@dienbien.gov.vn\r\n\r\n  Ban Tổ chức Tỉnh ủy |  0215 3826 000  \r\nBan Biên tập | | bbt@dienbien.gov.vn',
    });
    expect(r.status).toBe(303);
    const s = await t.deps.site.settings();
    expect(s.contactPoints).toBe(
      'Văn phòng Tỉnh ủy | 0215 3825 123 | vanphong@dienbien.gov.vn\nBan Tổ chức Tỉnh ủy | 0215 3826 000\nBan Biên tập |  | bbt@dienbien.gov.vn',
    );
    const home = (await t.get('/')).text;
    expect(home).toContain(
      '<dt>Đường dây nóng:</dt><dd><a href="tel:02153830830">0215 3 830 830</a></dd>',
    );
    expect(home).toContain('<ul class="footer-contacts" aria-label="Đầu mối liên hệ">');
    expect(home).toContain(
      '<strong>Văn phòng Tỉnh ủy</strong>: <a href="tel:02153825123">0215 3825 123</a> · <a href="mailto:vanphong@dienbien.gov.vn">vanphong@dienbien.gov.vn</a>',
    );
    expect(home).toContain(
      '<strong>Ban Biên tập</strong>: <a href="mailto:bbt@dienbien.gov.vn">bbt@dienbien.gov.vn</a>',
    );
    const org = (await t.get('/co-cau-to-chuc')).text;
    expect(org).toContain('Đường dây nóng và đầu mối liên hệ');
    expect(org).toContain(
      '<strong>Đường dây nóng:</strong> <a href="tel:02153830830">0215 3 830 830</a>',
    );
    expect(org).toContain('<ul class="org-contacts" aria-label="Đầu mối liên hệ">');
    const audit = (await t.deps.audit.list({ action: 'settings.updated', limit: 1 }))[0]!;
    expect(audit.summary).toBe('hotline, contactPoints');

    // The form shows what was saved, and saving it again changes nothing.
    const again = await settingsForm(a);
    expect(again.contactPoints).toBe(s.contactPoints);
    await a.post('/quan-tri/cai-dat', again);
    expect((await t.deps.audit.list({ action: 'settings.updated', limit: 5 })).length).toBe(1);
  });

  it('refuses a line without a name, a bad phone or e-mail, and a bad day count; saves nothing', async () => {
    const a = await admin.login();
    const fields = await settingsForm(a);
    const before = await t.deps.site.settings();
    const cases: [Record<string, string>, string][] = [
      [{ contactPoints: 'Văn phòng | 0215\n | 0215 3826 000' }, 'Dòng 2: ghi theo mẫu'],
      [{ contactPoints: 'Văn phòng | gọi ngay' }, 'Dòng 1: số điện thoại chỉ gồm'],
      [{ contactPoints: 'Văn phòng | | khong-phai-thu' }, 'Dòng 1: địa chỉ thư điện tử'],
      [{ contactPoints: 'A | 1 | a@b.vn | thừa' }, 'Dòng 1: ghi theo mẫu'],
      [{ hotline: 'gọi 113' }, 'Số điện thoại chỉ gồm chữ số'],
      [{ scheduleDaysAhead: '400' }, 'Nhập số ngày từ 0 đến 365'],
      [{ scheduleDaysAhead: '-1' }, 'Nhập số ngày từ 0 đến 365'],
    ];
    for (const [patch, message] of cases) {
      const r = await a.post('/quan-tri/cai-dat', { ...fields, ...patch });
      expect(r.status, JSON.stringify(patch)).toBe(400);
      expect(r.text).toContain(message);
    }
    const many = Array.from({ length: 21 }, (_, i) => `Đầu mối ${i + 1} | 0215 38${i}`).join('\n');
    expect((await a.post('/quan-tri/cai-dat', { ...fields, contactPoints: many })).text).toContain(
      'Tối đa 20 đầu mối liên hệ.',
    );
    expect(await t.deps.site.settings()).toEqual(before);
  });

  it('keeps the days-ahead limit: blank is no limit, a number is stored', async () => {
    const a = await admin.login();
    const fields = await settingsForm(a);
    expect(fields.scheduleDaysAhead).toBe('');
    await a.post('/quan-tri/cai-dat', { ...fields, scheduleDaysAhead: '2' });
    expect((await t.deps.site.settings()).scheduleDaysAhead).toBe(2);
    expect((await settingsForm(a)).scheduleDaysAhead).toBe('2');
    await a.post('/quan-tri/cai-dat', { ...(await settingsForm(a)), scheduleDaysAhead: '' });
    expect((await t.deps.site.settings()).scheduleDaysAhead).toBe(-1);
  });
});
