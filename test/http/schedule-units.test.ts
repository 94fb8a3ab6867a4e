import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const BASE = '/quan-tri/lich-cong-tac';
const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

describe.each(dialects)('Lịch công tác per unit, and days kept back, on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  // Tuesday 02/12/2025, 09:00 in Vietnam: week 2025-W49 (01/12–07/12).
  const clock = manualClock(new Date('2025-12-02T02:00:00Z'));
  let office: TestStaff;
  let approver: TestStaff;
  let ban: number;
  let vanPhong: number;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now, seed: false });
    office = await makeStaff(t, clock, 'vanphong', 'editor');
    approver = await makeStaff(t, clock, 'lanhdao', 'approver');
    const unit = { parentId: null, description: '', phone: '', email: '', address: '' };
    ban = await t.deps.organisation.saveUnit(SYSTEM, undefined, {
      ...unit,
      name: 'Ban Tổ chức Tỉnh ủy',
      position: 2,
    });
    vanPhong = await t.deps.organisation.saveUnit(SYSTEM, undefined, {
      ...unit,
      name: 'Văn phòng Tỉnh ủy',
      position: 1,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const entry = (over: Record<string, string>) => ({
    day: '01/12/2025',
    session: 'sang',
    startTime: '08:00',
    endTime: '',
    content: 'Họp',
    participants: '',
    place: '',
    chairPersonId: '',
    chairNote: '',
    unitId: '',
    ...over,
  });

  it('the office files entries under a unit; each unit has its own week, feeds and print view', async () => {
    const o = await office.login();
    const form = await o.get(`${BASE}/moi?tuan=2025-W49&don-vi=${ban}`);
    expect(form.text).toContain('<label for="f-unitId">Lịch của</label>');
    expect(form.text).toMatch(new RegExp(`<option value="${ban}" selected="?"?>Ban Tổ chức`));
    for (const e of [
      entry({ content: 'Giao ban Thường trực Tỉnh ủy' }),
      entry({ content: 'Thẩm định hồ sơ nhân sự', unitId: String(ban), day: '02/12/2025' }),
      entry({ content: 'Kiểm tra công tác văn thư', unitId: String(vanPhong), day: '03/12/2025' }),
    ]) {
      await o.get(`${BASE}/moi`);
      expect((await o.post(`${BASE}/moi`, e)).status).toBe(303);
    }
    await o.get(`${BASE}/moi`);
    const bad = await o.post(`${BASE}/moi`, entry({ unitId: '999999' }));
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Hãy chọn một đơn vị trong danh sách.');
    const week = await o.get(`${BASE}?tuan=2025-W49`);
    expect(week.text).toContain('(Lịch của Ban Tổ chức Tỉnh ủy)');
    const a = await approver.login();
    await a.get(`${BASE}?tuan=2025-W49`);
    expect((await a.post(`${BASE}/duyet-tuan`, { tuan: '2025-W49' })).status).toBe(303);

    // The leadership's week has only its own entries, and offers the units that have a schedule.
    const lead = (await t.get('/lich-cong-tac?tuan=2025-W49')).text;
    expect(lead).toContain('Giao ban Thường trực Tỉnh ủy');
    expect(lead).not.toContain('Thẩm định hồ sơ nhân sự');
    expect(lead).toContain('<nav class="schedule-units" aria-label="Lịch công tác của">');
    const vp = lead.indexOf(`?tuan=2025-W49&amp;don-vi=${vanPhong}`);
    const tc = lead.indexOf(`?tuan=2025-W49&amp;don-vi=${ban}`);
    expect(vp).toBeGreaterThan(0);
    expect(tc).toBeGreaterThan(vp); // the order of Cơ cấu tổ chức

    const unit = await t.get(`/lich-cong-tac?tuan=2025-W49&don-vi=${ban}`);
    expect(unit.status).toBe(200);
    expect(unit.text).toContain('Lịch công tác<span class="schedule-unit"> – Ban Tổ chức Tỉnh ủy');
    expect(unit.text).toContain('Thẩm định hồ sơ nhân sự');
    expect(unit.text).not.toContain('Giao ban Thường trực Tỉnh ủy');
    expect(unit.text).not.toContain('Kiểm tra công tác văn thư');
    expect(unit.text).toMatch(
      new RegExp(
        `<link rel="canonical" href="https?://[^/]+/lich-cong-tac\\?tuan=2025-W49&amp;don-vi=${ban}"`,
      ),
    );
    expect(unit.text).toContain(`href="/lich-cong-tac?tuan=2025-W50&amp;don-vi=${ban}" rel="next"`);
    expect(unit.text).toContain(`<input type="hidden" name="don-vi" value="${ban}"/>`);

    const print = (await t.get(`/lich-cong-tac/in?tuan=2025-W49&don-vi=${ban}`)).text;
    expect(print).toContain('Lịch công tác – Ban Tổ chức Tỉnh ủy');
    expect(print).toContain('Thẩm định hồ sơ nhân sự');
    expect(print).not.toContain('Giao ban Thường trực Tỉnh ủy');
    const ics = (await t.get(`/lich-cong-tac.ics?don-vi=${ban}`)).text;
    expect(ics).toContain('Thẩm định hồ sơ nhân sự');
    expect(ics).not.toContain('Giao ban Thường trực');
    const rss = (await t.get(`/lich-cong-tac/rss?don-vi=${vanPhong}`)).text;
    expect(rss).toContain('Lịch công tác - Văn phòng Tỉnh ủy');
    expect(rss).toContain('Kiểm tra công tác văn thư');
    expect(rss).not.toContain('Thẩm định hồ sơ nhân sự');
    expect((await t.get('/lich-cong-tac.ics')).text).not.toContain('Thẩm định hồ sơ nhân sự');

    for (const bad of ['999999', 'abc', '-1', '1e3', `${ban} `]) {
      const r = await t.get(`/lich-cong-tac?don-vi=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(404);
    }
  });

  it('a unit with its own schedule cannot be removed from Cơ cấu tổ chức', async () => {
    const o = await office.login();
    await o.get(`/quan-tri/co-cau-to-chuc/don-vi/${ban}`);
    const r = await o.post(`/quan-tri/co-cau-to-chuc/don-vi/${ban}/xoa`, {});
    expect(r.status).toBe(400);
    expect(r.text).toContain('Không xóa được: đơn vị này có lịch công tác riêng.');
    expect(await t.deps.organisation.unit(ban)).toBeTruthy();
  });

  it('days beyond the setting stay hidden from the week, the print view and the feeds', async () => {
    await t.deps.schedule.create(SYSTEM, {
      day: '2025-12-05',
      session: 'chieu',
      startTime: '14:00',
      endTime: '',
      content: 'Làm việc tại xã Mường Phăng',
      participants: '',
      place: '',
      chairPersonId: null,
      chairNote: '',
      highlighted: false,
      unitId: null,
    });
    await t.deps.schedule.approveWeek(SYSTEM, { year: 2025, week: 49 });
    expect((await t.get('/lich-cong-tac?tuan=2025-W49')).text).toContain(
      'Làm việc tại xã Mường Phăng',
    );

    // One day ahead: today (02/12) and 03/12 are public, 04/12 onwards is kept back.
    await t.deps.settings.update(SYSTEM, { scheduleDaysAhead: 1 });
    const page = (await t.get('/lich-cong-tac?tuan=2025-W49')).text;
    expect(page).not.toContain('Làm việc tại xã Mường Phăng');
    expect(page).toContain('lịch công tác từ ngày 04/12/2025 được công bố gần ngày');
    expect(page).toContain('Lịch được công bố sau.');
    expect(page).toContain('Giao ban Thường trực Tỉnh ủy'); // Monday, already past
    expect((await t.get('/lich-cong-tac/in?tuan=2025-W49')).text).not.toContain('Mường Phăng');
    expect((await t.get('/lich-cong-tac.ics')).text).not.toContain('Mường Phăng');
    expect((await t.get('/lich-cong-tac/rss')).text).not.toContain('Mường Phăng');
    const next = (await t.get('/lich-cong-tac?tuan=2025-W50')).text;
    expect(next).toContain('Lịch công tác của tuần này chưa đến thời điểm công bố.');

    // Three days later the day has come near: it shows, without anyone touching it.
    clock.set(new Date('2025-12-04T02:00:00Z'));
    expect((await t.get('/lich-cong-tac?tuan=2025-W49')).text).toContain(
      'Làm việc tại xã Mường Phăng',
    );
    // The office still sees every day.
    const o = await office.login();
    expect((await o.get(`${BASE}?tuan=2025-W50`)).status).toBe(200);
    expect((await o.get(`${BASE}?tuan=2025-W49`)).text).toContain('Làm việc tại xã Mường Phăng');
    await t.deps.settings.update(SYSTEM, { scheduleDaysAhead: -1 });
  });
});
