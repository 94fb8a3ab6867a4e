import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agent } from '../support/agent.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { addSite } from '../support/sites.ts';
import { withSite } from '../../src/db/site-scope.ts';

const HOST_A = 'https://muongnhe.example.vn';
const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

describe.each(dialects)('Thăm dò ý kiến on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  // 09:00 in Vietnam.
  const clock = manualClock(new Date('2026-12-08T02:00:00Z'));
  let approver: TestStaff;
  let id = 0;
  /** The reader who voted, the form token and choices they were given. */
  const reader = () => voter;
  let voter: ReturnType<typeof agent>;
  let token = '';
  let choices: string[] = [];

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    approver = await makeStaff(t, clock, 'duyet', 'approver');
  });
  afterAll(async () => {
    await t?.close();
  });

  const poll = {
    question: 'Bạn thường đọc tin của Đảng bộ tỉnh qua kênh nào?',
    choices: 'Trang thông tin điện tử\nBáo in\nMạng xã hội',
    opensAt: '08/12/2026 08:00',
    closesAt: '15/12/2026 17:00',
  };

  it('the demo site shows no poll block until a poll is open', async () => {
    expect((await t.get('/')).text).not.toContain('block-poll');
  });

  it('staff create a poll; bad input is refused in Vietnamese and kept', async () => {
    const s = await approver.login();
    expect((await s.get('/quan-tri/tham-do')).status).toBe(200);
    const bad = await s.post('/quan-tri/tham-do', {
      question: '',
      choices: 'Chỉ một',
      opensAt: '15/12/2026 08:00',
      closesAt: '08/12/2026 08:00',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng nhập câu hỏi.');
    expect(bad.text).toContain('Cần từ 2 đến 10 phương án trả lời');
    expect(bad.text).toContain('Chỉ một');
    await s.get('/quan-tri/tham-do');
    const order = await s.post('/quan-tri/tham-do', { ...poll, closesAt: '01/12/2026 08:00' });
    expect(order.text).toContain('Thời điểm đóng phải sau thời điểm mở.');
    await s.get('/quan-tri/tham-do');
    const dup = await s.post('/quan-tri/tham-do', { ...poll, choices: 'Có\ncó' });
    expect(dup.text).toContain('không được trùng nhau');
    await s.get('/quan-tri/tham-do');
    const ok = await s.post('/quan-tri/tham-do', poll);
    expect(ok.status).toBe(303);
    id = Number(/\/quan-tri\/tham-do\/(\d+)/.exec(ok.location ?? '')![1]);
    const home = await t.get('/');
    expect(home.text).toContain('block-poll');
    expect(home.text).toContain(poll.question);
    expect(home.text).toContain(`href="/tham-do/${id}"`);
  });

  it('a reader votes once without JavaScript; the results show N and the closing date', async () => {
    const a = agent(t.app);
    voter = a;
    const form = await a.get(`/tham-do/${id}`);
    token = a.csrf();
    expect(form.status).toBe(200);
    expect(form.headers.get('cache-control')).toContain('no-store');
    expect(form.text).toContain('type="radio"');
    expect(form.text).not.toContain('Tổng số lượt bình chọn');
    choices = [...form.text.matchAll(/name="choice" value="(\d+)"/g)].map((m) => m[1]!);
    expect(choices).toHaveLength(3);
    // Too fast for a person.
    expect((await a.post(`/tham-do/${id}`, { choice: choices[0]! })).status).toBe(400);
    clock.tick(5000);
    await a.get(`/tham-do/${id}`);
    clock.tick(5000);
    const none = await a.post(`/tham-do/${id}`, { choice: '' });
    expect(none.status).toBe(400);
    expect(none.text).toContain('Vui lòng chọn một phương án.');
    clock.tick(5000);
    const r = await a.post(`/tham-do/${id}`, { choice: choices[0]! });
    expect(r.status).toBe(303);
    const res = await a.follow(r);
    expect(res.text).toContain('Cảm ơn bạn đã bình chọn.');
    expect(res.text).toMatch(/Tổng số lượt bình chọn: <strong>1<\/strong>/);
    expect(res.text).toContain('15/12/2026');
    expect(res.text).not.toContain('type="radio"');
    // A repeat (another tab's form) is refused, counted once.
    clock.tick(5000);
    const twice = await a.post(`/tham-do/${id}`, { choice: choices[1]! }, { csrf: token });
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('Bạn đã bình chọn trong cuộc thăm dò này');
    const rows = await t.db.kysely.selectFrom('pollChoice').selectAll().execute();
    expect(rows.map((x) => x.votes).reduce((n, v) => n + v, 0)).toBe(1);
    // Nothing personal: only a keyed hash, never the address or the choice.
    const voters = await t.db.kysely.selectFrom('pollVoter').selectAll().execute();
    expect(voters).toHaveLength(1);
    expect(Object.keys(voters[0]!).sort()).toEqual(['pollId', 'reader', 'siteId']);
    expect(JSON.stringify(voters)).not.toMatch(/127\.0\.0\.1|::1/);
  });

  it('refuses forged, foreign, malformed and misplaced votes, changing nothing', async () => {
    const a = reader();
    const choice = choices[1]!;
    clock.tick(5000);
    expect((await a.post(`/tham-do/${id}`, { choice }, { csrf: null })).status).toBe(403);
    expect((await a.post(`/tham-do/${id}`, { choice }, { csrf: 'x.y' })).status).toBe(403);
    expect(
      (await a.post(`/tham-do/${id}`, { choice }, { csrf: token, origin: 'https://evil.example' }))
        .status,
    ).toBe(403);
    // Another browser's token (its cookie differs) is refused.
    const other = agent(t.app);
    await other.get(`/tham-do/${id}`);
    expect((await other.post(`/tham-do/${id}`, { choice }, { csrf: token })).status).toBe(403);
    const bad = await a.post(`/tham-do/${id}`, { choice: 'abc' }, { csrf: token });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng chọn một phương án.');
    expect((await a.post(`/tham-do/${id}`, { choice: '999999' }, { csrf: token })).status).toBe(
      400,
    );
    expect((await a.post(`/tham-do/${id}`, { choice, website: 'x' }, { csrf: token })).status).toBe(
      400,
    );
    expect((await t.get('/tham-do/999999')).status).toBe(404);
    expect((await t.get('/tham-do/abc')).status).toBe(404);
    const rows = await t.db.kysely.selectFrom('pollChoice').selectAll().execute();
    expect(rows.map((x) => x.votes).reduce((n, v) => n + v, 0)).toBe(1);
  });

  it('choices are locked once voted; only poll.manage may keep polls', async () => {
    const s = await approver.login();
    await s.get(`/quan-tri/tham-do/${id}`);
    const r = await s.post(`/quan-tri/tham-do/${id}`, { ...poll, choices: 'Có\nKhông' });
    expect(r.status).toBe(400);
    expect(r.text).toContain('không đổi được các phương án');
    await s.get(`/quan-tri/tham-do/${id}`);
    const ok = await s.post(`/quan-tri/tham-do/${id}`, { ...poll, question: 'Kênh đọc tin?' });
    expect(ok.status).toBe(303);
    const editor = await makeStaff(t, clock, 'bientap', 'editor');
    const e = await editor.login();
    expect((await e.get('/quan-tri/tham-do')).status).toBe(403);
    await e.get('/quan-tri');
    expect((await e.post(`/quan-tri/tham-do/${id}/xoa`, {})).status).toBe(403);
    expect((await agent(t.app).get('/quan-tri/tham-do')).status).not.toBe(200);
  });

  it('after the closing date the form is closed with a Vietnamese message and the results stay', async () => {
    const a = reader();
    // Another day: the daily hash is new, so the form shows again while the poll is open.
    clock.set(new Date('2026-12-15T09:00:00Z'));
    const form = await a.get(`/tham-do/${id}`);
    expect(form.text).toContain('type="radio"');
    clock.tick(2 * 3600_000);
    const closed = await a.post(`/tham-do/${id}`, { choice: choices[0]! });
    expect(closed.status).toBe(409);
    expect(closed.text).toContain('Cuộc thăm dò này đã kết thúc');
    const page = await a.get(`/tham-do/${id}`);
    expect(page.text).toContain('Đã kết thúc lúc');
    expect(page.text).toMatch(/Tổng số lượt bình chọn: <strong>1<\/strong>/);
    expect(page.text).not.toContain('type="radio"');
  });

  it('keeps sites apart: a poll of site A is not shown, voted or edited on the province', async () => {
    const siteA = (
      await addSite(t.db, { slug: 'muong-nhe', name: 'Xã Mường Nhé', host: 'muongnhe.example.vn' })
    ).id;
    await t.deps.platform.load();
    const now = clock.now();
    const idA = await withSite(siteA, () =>
      t.deps.polls.create(SYSTEM, {
        question: 'Câu hỏi của xã Mường Nhé',
        choices: ['Có', 'Không'],
        opensAt: new Date(now.getTime() - 3600_000),
        closesAt: new Date(now.getTime() + 3600_000),
      }),
    );
    const onA = await t.app.request(`${HOST_A}/`);
    expect(await onA.text()).toContain('Câu hỏi của xã Mường Nhé');
    expect((await t.get('/')).text).not.toContain('Câu hỏi của xã Mường Nhé');
    expect((await t.get(`/tham-do/${idA}`)).status).toBe(404);
    const a = agent(t.app);
    await a.get(`/tham-do/${id}`);
    clock.tick(5000);
    expect(
      (await a.post(`/tham-do/${idA}`, { choice: '1' }, { csrf: a.csrf() || token })).status,
    ).toBe(404);
    const s = await approver.login();
    expect((await s.get('/quan-tri/tham-do')).text).not.toContain('Câu hỏi của xã Mường Nhé');
    expect((await s.get(`/quan-tri/tham-do/${idA}`)).status).toBe(404);
    await s.get('/quan-tri/tham-do');
    expect((await s.post(`/quan-tri/tham-do/${idA}/xoa`, {})).status).toBe(404);
    expect(
      (await t.db.kysely.selectFrom('poll').select('id').where('id', '=', idA).execute()).length,
    ).toBe(1);
  });

  it('deleting a poll removes its votes', async () => {
    const s = await approver.login();
    await s.get(`/quan-tri/tham-do/${id}`);
    expect((await s.post(`/quan-tri/tham-do/${id}/xoa`, {})).status).toBe(303);
    expect(await t.db.kysely.selectFrom('pollVoter').selectAll().execute()).toHaveLength(0);
    expect((await t.get(`/tham-do/${id}`)).status).toBe(404);
  });

  it('the cached home page shows the poll block when a poll opens and drops it when it closes, with no edit', async () => {
    // Polls are the only thing on these pages that changes by the clock alone: the page cache
    // must not keep the block past the closing instant, nor keep it hidden past the opening one.
    clock.set(new Date('2026-12-20T01:00:00Z')); // 08:00 in Vietnam
    const s = await approver.login();
    await s.get('/quan-tri/tham-do');
    const later = { ...poll, opensAt: '20/12/2026 09:00', closesAt: '20/12/2026 11:00' };
    expect((await s.post('/quan-tri/tham-do', later)).status).toBe(303);
    const before = await t.get('/');
    expect(before.text).not.toContain('block-poll');
    expect((await t.get('/')).headers.get('x-cache')).toBe('HIT');
    clock.set(new Date('2026-12-20T02:00:01Z')); // 09:00:01
    expect((await t.get('/')).text).toContain('block-poll');
    clock.set(new Date('2026-12-20T04:00:01Z')); // 11:00:01
    expect((await t.get('/')).text).not.toContain('block-poll');
  });
});
