import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const BASE = '/quan-tri/co-cau-to-chuc';

describe.each(dialects)('Cơ cấu tổ chức on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock(new Date('2026-11-27T02:00:00Z'));
  let office: TestStaff;
  let reporter: TestStaff;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now, seed: false });
    office = await makeStaff(t, clock, 'vanphong', 'editor');
    reporter = await makeStaff(t, clock, 'phongvien', 'reporter');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the office builds units, a person and posts per term; past days keep the old title', async () => {
    const a = await office.login();
    expect((await a.get('/quan-tri')).text).toContain(`href="${BASE}"`);
    await a.get(`${BASE}/don-vi/moi`);
    const unit = await a.post(`${BASE}/don-vi/moi`, {
      name: 'Ban Thường vụ Tỉnh ủy',
      parentId: '',
      phone: '0215 3825 123',
      email: 'vanphong@dienbien.dcs.vn',
      address: '',
      description: '',
      position: '1',
    });
    expect(unit.status).toBe(303);
    const [btv] = await t.deps.organisation.units();
    await a.get(`${BASE}/can-bo/moi`);
    const made = await a.post(`${BASE}/can-bo/moi`, {
      fullName: 'Nguyễn Văn Mẫu',
      responsibilities: 'Phụ trách công tác tổ chức',
      phone: '',
      email: '',
    });
    expect(made.status).toBe(303);
    const id = Number(/can-bo\/(\d+)/.exec(made.location!)![1]);
    await a.get(made.location!);
    const first = await a.post(`${BASE}/can-bo/${id}/chuc-vu`, {
      title: 'Phó Bí thư Tỉnh ủy',
      unitId: String(btv!.id),
      term: 'Khóa XIV (2020–2025)',
      startsOn: '15/10/2020',
      endsOn: '30/06/2025',
      leadership: 'on',
      position: '2',
    });
    expect(first.status).toBe(303);
    await a.get(`${BASE}/can-bo/${id}`);
    await a.post(`${BASE}/can-bo/${id}/chuc-vu`, {
      title: 'Bí thư Tỉnh ủy',
      unitId: String(btv!.id),
      term: 'Khóa XV (2025–2030)',
      startsOn: '01/07/2025',
      endsOn: '',
      leadership: 'on',
      position: '1',
    });
    const org = t.deps.organisation;
    expect(await org.titleOn(id, '2024-03-09')).toBe('Phó Bí thư Tỉnh ủy');
    expect(await org.titleOn(id, '2025-06-30')).toBe('Phó Bí thư Tỉnh ủy');
    expect(await org.titleOn(id, '2025-07-01')).toBe('Bí thư Tỉnh ủy');
    expect(await org.titleOn(id, new Date('2025-06-30T17:30:00Z'))).toBe('Bí thư Tỉnh ủy');
    expect(await org.titleOn(id, '2019-01-01')).toBeUndefined();

    const page = await a.get('/co-cau-to-chuc');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Nguyễn Văn Mẫu');
    expect(page.text).toContain('Bí thư Tỉnh ủy');
    expect(page.text).not.toContain('Phó Bí thư Tỉnh ủy');
    expect(page.text).toContain('0215 3825 123');
    const person = await a.get(`/co-cau-to-chuc/${id}`);
    expect(person.text).toContain('15/10/2020 – 30/06/2025');
    expect(person.text).toContain('Phó Bí thư Tỉnh ủy');
    expect(person.text).toContain('01/07/2025 – nay');
    const audit = await t.db.kysely
      .selectFrom('auditLog')
      .select('action')
      .where('action', 'like', 'organisation.%')
      .execute();
    expect(audit.map((r) => r.action)).toContain('organisation.post_added');
  });

  it('refuses bad input with Vietnamese messages and keeps what was typed', async () => {
    const a = await office.login();
    await a.get(`${BASE}/don-vi/moi`);
    const bad = await a.post(`${BASE}/don-vi/moi`, {
      name: '',
      parentId: '99999999999',
      phone: '<script>',
      email: 'x',
      position: '-1',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng nhập tên đơn vị.');
    expect(bad.text).toContain('Số điện thoại chỉ gồm');
    expect(bad.text).not.toContain('<script>');
    const [p] = await t.deps.organisation.people();
    await a.get(`${BASE}/can-bo/${p!.id}`);
    const post = await a.post(`${BASE}/can-bo/${p!.id}/chuc-vu`, {
      title: 'Ủy viên',
      unitId: '424242',
      startsOn: '31/02/2025',
      endsOn: '01/01/2020',
    });
    expect(post.status).toBe(400);
    expect(post.text).toContain('Ngày bắt đầu không hợp lệ');
    const wrongUnit = await a.post(`${BASE}/can-bo/${p!.id}/chuc-vu`, {
      title: 'Ủy viên',
      unitId: '424242',
      startsOn: '01/01/2025',
    });
    expect(wrongUnit.status).toBe(400);
    expect(wrongUnit.text).toContain('Hãy chọn một đơn vị trong danh sách.');
    // A unit cannot sit below itself.
    const [u] = await t.deps.organisation.units();
    await a.get(`${BASE}/don-vi/${u!.id}`);
    const loop = await a.post(`${BASE}/don-vi/${u!.id}`, {
      name: u!.name,
      parentId: String(u!.id),
    });
    expect(loop.status).toBe(400);
    expect((await a.get(`${BASE}/don-vi/2147483647`)).status).toBe(404);
    expect((await a.get('/co-cau-to-chuc/2147483647')).status).toBe(404);
  });

  it('refuses a reporter and an anonymous visitor', async () => {
    const r = await reporter.login();
    expect((await r.get(BASE)).status).toBe(403);
    expect((await r.get('/quan-tri')).text).not.toContain(`href="${BASE}"`);
    const posted = await r.post(`${BASE}/don-vi/moi`, { name: 'Ban lạ' });
    expect(posted.status).toBe(403);
    expect((await t.deps.organisation.units()).some((u) => u.name === 'Ban lạ')).toBe(false);
  });
});
