import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';

/**
 * Dates and times in the back office are typed and shown as dd/mm/yyyy and 24-hour HH:mm in
 * Vietnam time, by one text field, whatever the browser's language and the server's zone.
 */
describe.each(dialects)('Vietnamese date and time fields on %s', (dialect) => {
  const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
  let t: Awaited<ReturnType<typeof testApp>>;
  let reporter: TestStaff;
  let editor: TestStaff;
  let approver: TestStaff;
  let admin: TestStaff;
  let id = 0;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    reporter = await makeStaff(t, clock, 'phongvien', 'reporter', ['tin-trong-tinh'], 'Pọm');
    editor = await makeStaff(t, clock, 'bientap', 'editor', ['tin-trong-tinh'], 'Biên');
    approver = await makeStaff(t, clock, 'lanhdao', 'approver', ['tin-trong-tinh'], 'Duyệt');
    admin = await makeStaff(t, clock, 'quantri', 'admin', [], 'Quản trị');
    const sectionId = String(
      (await t.deps.site.sections()).find((s) => s.slug === 'tin-trong-tinh')!.id,
    );
    const r = await reporter.login();
    await r.get('/quan-tri/bai-viet/moi');
    const created = await r.post('/quan-tri/bai-viet/moi', { title: 'Mùa hoa ban', sectionId });
    id = Number(/(\d+)$/.exec(created.location!)![1]);
    const page = await r.get(`/quan-tri/bai-viet/${id}`);
    const saved = await r.post(`/quan-tri/bai-viet/${id}`, {
      title: 'Mùa hoa ban',
      lead: 'Tháng Ba, hoa ban nở trắng núi rừng.',
      bodyHtml: '<p>Hoa ban nở khắp các bản.</p>',
      byline: 'Pọm',
      sectionId,
      publishedAt: '06/12/2026 21:05',
      version: /name="version" value="(\d+)"/.exec(page.text)![1]!,
    });
    expect(saved.status).toBe(303);
    await r.get(`/quan-tri/bai-viet/${id}`);
    await r.post(`/quan-tri/bai-viet/${id}/chuyen`, { t: 'submit' });
    const e = await editor.login();
    await e.get(`/quan-tri/bai-viet/${id}`);
    await e.post(`/quan-tri/bai-viet/${id}/chuyen`, { t: 'forward' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores a typed posting time in Vietnam time and shows it back the same way', async () => {
    expect((await t.deps.newsroom.byId(id))!.status).toBe('approval');
    const draft = await t.deps.newsroom.draftOf((await t.deps.newsroom.byId(id))!);
    expect(draft.publishedAt?.toISOString()).toBe('2026-12-06T14:05:00.000Z');
    const page = await (await approver.login()).get(`/quan-tri/bai-viet/${id}`);
    expect(page.text).toContain('value="06/12/2026 21:05"');
    expect(page.text).not.toMatch(/type="(date|datetime-local)"/);
  });

  it('schedules at a dd/mm/yyyy 24-hour time, and refuses an English-style time with a message', async () => {
    const a = await approver.login();
    await a.get(`/quan-tri/bai-viet/${id}`);
    const bad = await a.post(`/quan-tri/bai-viet/${id}/chuyen`, {
      t: 'schedule',
      at: '12/08/2026, 06:00 AM',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('ngày/tháng/năm giờ:phút');
    await a.get(`/quan-tri/bai-viet/${id}`);
    const ok = await a.post(`/quan-tri/bai-viet/${id}/chuyen`, {
      t: 'schedule',
      at: '08/12/2026 18:00',
    });
    expect(ok.status).toBe(303);
    const stored = (await t.deps.newsroom.byId(id))!;
    expect(stored.status).toBe('scheduled');
    expect(stored.scheduledAt?.toISOString()).toBe('2026-12-08T11:00:00.000Z');
    expect((await a.get(`/quan-tri/bai-viet/${id}`)).text).toContain('08/12/2026 18:00');
  });

  it('gives every back-office date filter and the banner dates the same text field', async () => {
    const ad = await admin.login();
    for (const url of ['/quan-tri/nhat-ky?tu=2026-12-01', '/quan-tri/cai-dat/banner/moi']) {
      const page = await ad.get(url);
      expect(page.status, url).toBe(200);
      expect(page.text, url).not.toMatch(/type="(date|datetime-local)"/);
      expect(page.text, url).toContain('placeholder="dd/mm/yyyy"');
    }
    // An old ISO link is shown back as dd/mm/yyyy.
    expect((await ad.get('/quan-tri/nhat-ky?tu=2026-12-01')).text).toContain('value="01/12/2026"');
    const ap = await approver.login();
    for (const url of ['/quan-tri/bai-viet?tu=01/12/2026', '/quan-tri/bao-cao?tu=01/12/2026']) {
      const page = await ap.get(url);
      expect(page.status, url).toBe(200);
      expect(page.text, url).not.toMatch(/type="(date|datetime-local)"/);
      expect(page.text, url).toContain('value="01/12/2026"');
    }
  });
});
