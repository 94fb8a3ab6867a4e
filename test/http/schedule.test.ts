import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSite } from '../../src/db/site-scope.ts';
import { agent } from '../support/agent.ts';
import { addSite } from '../support/sites.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const BASE = '/quan-tri/lich-cong-tac';
const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/** The public rows (text only) of one day's group in the week table. */
function dayGroup(html: string, dayVn: string): string {
  const start = html.indexOf(`ngày ${dayVn}`);
  if (start < 0) return '';
  const end = html.indexOf('</tbody>', start);
  return html.slice(start, end);
}

describe.each(dialects)('Lịch công tác on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  // Tuesday 02/12/2025, 09:00 in Vietnam: week 2025-W49.
  const clock = manualClock(new Date('2025-12-02T02:00:00Z'));
  let office: TestStaff;
  let approver: TestStaff;
  let reporter: TestStaff;
  let leader: number;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now, seed: false });
    office = await makeStaff(t, clock, 'vanphong', 'editor');
    approver = await makeStaff(t, clock, 'lanhdao', 'approver');
    reporter = await makeStaff(t, clock, 'phongvien', 'reporter');
    const org = t.deps.organisation;
    leader = await org.savePerson(SYSTEM, undefined, {
      fullName: 'Lò Văn Mẫu',
      responsibilities: '',
      phone: '',
      email: '',
    });
    const post = { unitId: null, term: '', leadership: true, position: 0 };
    await org.addPost(SYSTEM, leader, {
      ...post,
      title: 'Phó Bí thư Tỉnh ủy',
      startsOn: '2020-10-15',
      endsOn: '2025-12-03',
    });
    await org.addPost(SYSTEM, leader, {
      ...post,
      title: 'Bí thư Tỉnh ủy',
      startsOn: '2025-12-04',
      endsOn: null,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const entry = (over: Record<string, string> = {}) => ({
    day: '01/12/2025',
    session: 'sang',
    startTime: '8h30',
    endTime: '11:00',
    content: 'Hội nghị Ban Thường vụ Tỉnh ủy',
    participants: 'Các đồng chí Ủy viên Ban Thường vụ',
    place: 'Phòng họp số 1',
    chairPersonId: String(leader),
    chairNote: '',
    highlighted: 'on',
    ...over,
  });

  it('the office drafts, an approver publishes, the week shows it with the title held that day', async () => {
    const o = await office.login();
    expect((await o.get('/quan-tri')).text).toContain(`href="${BASE}"`);
    await o.get(`${BASE}/moi`);
    const monday = await o.post(`${BASE}/moi`, entry());
    expect(monday.status).toBe(303);
    await o.get(`${BASE}/moi`);
    const thursday = await o.post(
      `${BASE}/moi`,
      entry({
        day: '04/12/2025',
        session: 'chieu',
        startTime: '14:00',
        endTime: '',
        content: 'Làm việc với Đảng ủy xã Mường Phăng',
        highlighted: '',
      }),
    );
    expect(thursday.status).toBe(303);

    // Not public before approval.
    const anon = agent(t.app);
    const before = await anon.get('/lich-cong-tac?tuan=2025-W49');
    expect(before.status).toBe(200);
    expect(before.text).not.toContain('Hội nghị Ban Thường vụ Tỉnh ủy');

    // The office may not approve.
    const id = Number(/\/(\d+)\?/.exec(monday.location!)![1]);
    await o.get(`${BASE}/${id}`);
    expect((await o.post(`${BASE}/${id}/duyet`, {})).status).toBe(403);

    const a = await approver.login();
    const week = await a.get(`${BASE}?tuan=2025-W49`);
    expect(week.text).toContain('Duyệt và công bố 2 mục chờ duyệt của tuần');
    const approved = await a.post(`${BASE}/duyet-tuan`, { tuan: '2025-W49' });
    expect(approved.location).toBe(`${BASE}?tuan=2025-W49&da-duyet=2`);

    const page = await anon.get('/lich-cong-tac?tuan=2025-W49');
    expect(page.text).toContain('Tuần thứ 49 (từ ngày 01/12/2025 đến ngày 07/12/2025)');
    expect(page.text).toContain('href="/lich-cong-tac?tuan=2025-W48"');
    expect(page.text).toContain('href="/lich-cong-tac?tuan=2025-W50"');
    const mon = dayGroup(page.text, '01/12/2025');
    expect(mon).toContain('Hội nghị Ban Thường vụ Tỉnh ủy');
    expect(mon).toContain('08:30 – 11:00');
    expect(mon).toContain('Đ/c Lò Văn Mẫu, Phó Bí thư Tỉnh ủy');
    expect(mon).toContain('<strong>Hội nghị Ban Thường vụ Tỉnh ủy</strong>');
    const thu = dayGroup(page.text, '04/12/2025');
    expect(thu).toContain('Đ/c Lò Văn Mẫu, Bí thư Tỉnh ủy');
    // Today (Tuesday) is marked.
    expect(dayGroup(page.text, '02/12/2025')).toContain('(Hôm nay)');
    expect(page.text).toContain('aria-current="date"');
    // The sidebar block of today, and the week without a parameter is this week.
    expect((await anon.get('/lich-cong-tac')).text).toContain('Tuần thứ 49 (');
    const audit = await t.db.kysely
      .selectFrom('auditLog')
      .select('action')
      .where('action', 'like', 'schedule.%')
      .execute();
    expect(audit.filter((r) => r.action === 'schedule.approved')).toHaveLength(2);
  });

  it('a change after publication shows "Điều chỉnh lúc" and the previous values; drafters cannot change it', async () => {
    const [e] = (await t.deps.schedule.week({ year: 2025, week: 49 })).days[0]!.entries;
    const o = await office.login();
    await o.get(`${BASE}/${e!.id}`);
    const refused = await o.post(`${BASE}/${e!.id}`, {
      ...entry({ place: 'Hội trường lớn' }),
      version: String(e!.version),
    });
    expect(refused.status).toBe(403);

    clock.set(new Date('2025-12-02T07:45:00Z')); // 14:45 in Vietnam
    const a = await approver.login();
    await a.get(`${BASE}/${e!.id}`);
    const changed = await a.post(`${BASE}/${e!.id}`, {
      ...entry({ place: 'Hội trường lớn', startTime: '09:00' }),
      version: String(e!.version),
    });
    expect(changed.status).toBe(303);
    const page = await agent(t.app).get('/lich-cong-tac?tuan=2025-W49');
    const mon = dayGroup(page.text, '01/12/2025');
    expect(mon).toMatch(/Điều chỉnh lúc \d{2}:\d{2} 02\/12\/2025/);
    expect(mon).toContain('Địa điểm: <del>Phòng họp số 1</del>');
    expect(mon).toContain('Thời gian: <del>08:30 – 11:00</del>');
    expect(mon).toContain('Hội trường lớn');

    // A stale form (the version loaded before) is refused without losing what was typed.
    const stale = await a.post(`${BASE}/${e!.id}`, {
      ...entry({ place: 'Phòng khác' }),
      version: String(e!.version),
    });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Phòng khác');
    expect((await t.deps.schedule.entry(e!.id)).place).toBe('Hội trường lớn');
  });

  it('answers bad input with Vietnamese messages, never a 500', async () => {
    const o = await office.login();
    await o.get(`${BASE}/moi`);
    const bad = await o.post(`${BASE}/moi`, {
      day: '31/02/2025',
      session: 'dem',
      startTime: '25:00',
      endTime: '07:00',
      content: '',
      chairPersonId: '99999999999',
      place: 'x'.repeat(5000),
    });
    expect(bad.status).toBe(400);
    for (const m of [
      'Ngày không hợp lệ',
      'Hãy chọn buổi',
      'Giờ bắt đầu không hợp lệ',
      'Vui lòng nhập nội dung',
      'Tối đa 500 ký tự',
    ])
      expect(bad.text).toContain(m);
    const unknownChair = await o.post(`${BASE}/moi`, entry({ chairPersonId: '424242' }));
    expect(unknownChair.status).toBe(400);
    expect(unknownChair.text).toContain('Hãy chọn người chủ trì');
    for (const q of ['2025-W53', 'abc', '9'.repeat(30), '2025-W00', '%00'])
      expect((await agent(t.app).get(`/lich-cong-tac?tuan=${q}`)).status).toBe(400);
    expect((await agent(t.app).get('/lich-cong-tac?tuan=01/12/2025')).text).toContain(
      'Tuần thứ 49 (',
    );
    expect((await o.get(`${BASE}/2147483647`)).status).toBe(404);
    expect((await o.get(`${BASE}?tuan=<script>`)).text).not.toContain('<script>');
  });

  it('keeps a chair in the directory while the schedule names them', async () => {
    const o = await office.login();
    await o.get(`/quan-tri/co-cau-to-chuc/can-bo/${leader}`);
    const refused = await o.post(`/quan-tri/co-cau-to-chuc/can-bo/${leader}/xoa`, {});
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('đang là người chủ trì trong lịch công tác');
    expect((await t.deps.organisation.person(leader)).fullName).toBe('Lò Văn Mẫu');
  });

  it('a reporter has no schedule rights', async () => {
    const r = await reporter.login();
    expect((await r.get(BASE)).status).toBe(403);
    expect((await r.get('/quan-tri')).text).not.toContain(`href="${BASE}"`);
  });

  it('the signed PDF is stored byte for byte; only a PDF is accepted', async () => {
    const a = await approver.login();
    await a.get(`${BASE}?tuan=2025-W49`);
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.from([0, 1, 2, 255, 254, 13, 10]),
      Buffer.from('\n%%EOF\n'),
    ]);
    const form = new FormData();
    form.set('tuan', '2025-W49');
    form.set('file', new File([pdf], 'Lịch tuần 49 <đã ký>.pdf', { type: 'application/pdf' }));
    const up = await a.multipart(`${BASE}/tep`, form);
    expect(up.status).toBe(303);
    const page = await agent(t.app).get('/lich-cong-tac?tuan=2025-W49');
    const href = /href="(\/lich-cong-tac\/tep\/\d+)"/.exec(page.text)![1]!;
    const res = await t.app.request(`https://dangbo.example.vn${href}`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
    await a.get(`${BASE}?tuan=2025-W49`);
    const notPdf = new FormData();
    notPdf.set('tuan', '2025-W49');
    notPdf.set('file', new File(['<html>'], 'x.pdf'));
    const refused = await a.multipart(`${BASE}/tep`, notPdf);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Tệp phải là PDF');
    // Beyond 10 MB the body is refused before anything reads it.
    await a.get(`${BASE}?tuan=2025-W49`);
    const huge = new FormData();
    huge.set('tuan', '2025-W49');
    huge.set('file', new File([Buffer.alloc(11 * 1024 * 1024, 0x25)], 'lon.pdf'));
    const tooBig = await a.multipart(`${BASE}/tep`, huge);
    expect(tooBig.status).toBe(413);
    expect(tooBig.text).toContain('Tệp gửi lên quá lớn');
    expect((await t.deps.schedule.week({ year: 2025, week: 49 })).files).toHaveLength(1);
  });

  it('the .ics feed lists published entries in UTC with escaped text', async () => {
    const res = await t.app.request('https://dangbo.example.vn/lich-cong-tac.ics');
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART:20251201T020000Z'); // 09:00 in Vietnam
    expect(ics).toContain('DTSTART:20251204T070000Z');
    expect(ics).toContain('LOCATION:Hội trường lớn');
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });

  it('the week across the year boundary: page, print view and .ics agree', async () => {
    const id = await t.deps.schedule.create(SYSTEM, {
      day: '2025-12-31',
      session: 'toi',
      startTime: '19:30',
      endTime: '',
      content: 'Gặp mặt đầu xuân',
      participants: '',
      place: 'Nhà văn hóa tỉnh',
      chairPersonId: leader,
      chairNote: 'Các đồng chí Phó Bí thư',
      highlighted: false,
      unitId: null,
    });
    await t.deps.schedule.approve(SYSTEM, id);
    for (const path of ['/lich-cong-tac?tuan=2026-W01', '/lich-cong-tac/in?tuan=2026-W01']) {
      const page = await agent(t.app).get(path);
      expect(page.status, path).toBe(200);
      expect(page.text).toContain('Tuần thứ 1 (từ ngày 29/12/2025 đến ngày 04/01/2026)');
      const day = dayGroup(page.text, '31/12/2025');
      expect(day).toContain('Gặp mặt đầu xuân');
      expect(day).toContain('Tối');
      expect(day).toContain('Đ/c Lò Văn Mẫu, Bí thư Tỉnh ủy; Các đồng chí Phó Bí thư');
      expect(page.text).toContain('Chủ nhật, ngày 04/01/2026');
    }
    expect((await agent(t.app).get('/lich-cong-tac/in?tuan=2025-W99')).status).toBe(404);
    const ics = await (await t.app.request('https://dangbo.example.vn/lich-cong-tac.ics')).text();
    expect(ics).toContain('DTSTART:20251231T123000Z');
    // Unfolded (long lines are folded at 75 octets).
    expect(ics.replace(/\r\n /g, '')).toContain(
      'DESCRIPTION:Chủ trì: Đ/c Lò Văn Mẫu\\, Bí thư Tỉnh ủy\\; Các đồng chí Phó',
    );
  });

  it('the RSS feed lists this week with its adjustment, escaped', async () => {
    const res = await t.app.request('https://dangbo.example.vn/lich-cong-tac/rss');
    expect(res.headers.get('content-type')).toContain('application/rss+xml');
    const xml = await res.text();
    expect(xml).toContain(
      '<title>Thứ Hai 01/12/2025, sáng 09:00 – 11:00: Hội nghị Ban Thường vụ Tỉnh ủy</title>',
    );
    expect(xml).toContain('#muc-');
    expect(xml).toMatch(/Điều chỉnh lúc \d{2}:\d{2} 02\/12\/2025\. Trước điều chỉnh: /);
  });

  it("a site's schedule never shows or opens on another site", async () => {
    const other = await addSite(t.db, {
      slug: 'muong-cha',
      name: 'Xã Mường Chà',
      pathPrefix: '/xa/muong-cha',
    });
    await t.deps.platform.load();
    const page = await agent(t.app).get('/xa/muong-cha/lich-cong-tac?tuan=2025-W49');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('Hội trường lớn');
    expect(page.text).toContain('Chưa có lịch công tác được công bố');
    const [e] = (await t.deps.schedule.week({ year: 2025, week: 49 })).days[0]!.entries;
    await expect(withSite(other.id, () => t.deps.schedule.entry(e!.id))).rejects.toThrow();
    const files = (await t.deps.schedule.week({ year: 2025, week: 49 })).files;
    expect((await agent(t.app).get(`/xa/muong-cha/lich-cong-tac/tep/${files[0]!.id}`)).status).toBe(
      404,
    );
    expect((await agent(t.app).get(`/xa/muong-cha/co-cau-to-chuc/${leader}`)).status).toBe(404);
    expect((await agent(t.app).get('/xa/muong-cha/co-cau-to-chuc')).text).not.toContain(
      'Lò Văn Mẫu',
    );
    const ics = await (
      await t.app.request('https://dangbo.example.vn/xa/muong-cha/lich-cong-tac.ics')
    ).text();
    expect(ics).not.toContain('VEVENT');
    const rss = await (
      await t.app.request('https://dangbo.example.vn/xa/muong-cha/lich-cong-tac/rss')
    ).text();
    expect(rss).not.toContain('<item>');
  });
});
