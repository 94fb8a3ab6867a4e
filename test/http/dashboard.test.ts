import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jobRepository } from '../../src/jobs/job.repository.ts';
import type { agent } from '../support/agent.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';

/** The text of one panel of a page (from its heading to the next panel), tags removed. */
function panel(html: string, heading: string): string {
  const at = html.indexOf(`>${heading}</h2>`);
  if (at < 0) return '';
  const end = html.indexOf('<section class="panel"', at);
  return html
    .slice(at, end < 0 ? undefined : end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe.each(dialects)('work dashboards on %s', (dialect) => {
  const clock = manualClock();
  let t: Awaited<ReturnType<typeof testApp>>;
  let reporter: TestStaff;
  let editor: TestStaff;
  let approver: TestStaff;
  let admin: TestStaff;
  let sectionId: number;
  let sessions = new Map<TestStaff, ReturnType<typeof agent>>();

  async function signedIn(who: TestStaff) {
    const known = sessions.get(who);
    if (known) return known;
    const a = await who.login();
    sessions.set(who, a);
    return a;
  }
  beforeEach(() => {
    sessions = new Map();
    clock.tick(15 * 60_000);
  });

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    sectionId = (await t.deps.site.sections()).find((s) => s.slug === 'tin-trong-tinh')!.id;
    reporter = await makeStaff(t, clock, 'pv', 'reporter', ['tin-trong-tinh'], 'Quàng Văn Pọm');
    editor = await makeStaff(t, clock, 'btv', 'editor', ['tin-trong-tinh'], 'Lò Thị Biên');
    approver = await makeStaff(t, clock, 'ld', 'approver', ['tin-trong-tinh'], 'Vì Văn Duyệt');
    admin = await makeStaff(t, clock, 'qt', 'admin', [], 'Quản Trị');
  });
  afterAll(async () => {
    await t?.close();
  });

  async function create(title: string): Promise<number> {
    const a = await signedIn(reporter);
    await a.get('/quan-tri/bai-viet/moi');
    const r = await a.post('/quan-tri/bai-viet/moi', { title, sectionId: String(sectionId) });
    return Number(/(\d+)$/.exec(r.location!)![1]);
  }
  async function step(who: TestStaff, id: number, step: string, note = '') {
    const a = await signedIn(who);
    await a.get(`/quan-tri/bai-viet/${id}`);
    const r = await a.post(`/quan-tri/bai-viet/${id}/chuyen`, { t: step, note });
    expect(r.status, r.text.slice(0, 300)).toBe(303);
  }
  const dashboard = async (who: TestStaff) => (await (await signedIn(who)).get('/quan-tri')).text;

  it("shows each role its work: the reporter's return with the note, the editor's and approver's queues", async () => {
    const returned = await create('Hội nghị tổng kết công tác dân vận năm 2026');
    const waiting = await create('Mường Phăng đón nhận bằng công nhận xã nông thôn mới');
    await create('Bản nháp chưa gửi về lễ hội hoa ban');
    await step(reporter, returned, 'submit');
    await step(reporter, waiting, 'submit');
    await step(editor, returned, 'return', 'Bổ sung ảnh và nguồn số liệu');
    clock.tick(3 * 3600_000);
    sessions = new Map(); // signed out by the idle timeout meanwhile

    const mine = panel(await dashboard(reporter), 'Việc của tôi');
    expect(mine).toMatch(/Bài bị trả lại 1/);
    expect(mine).toContain('Hội nghị tổng kết công tác dân vận năm 2026');
    expect(mine).toContain('Trả lại bởi Lò Thị Biên');
    expect(mine).toContain('Bổ sung ảnh và nguồn số liệu');
    expect(mine).toMatch(/Bản nháp của tôi 1 .*lễ hội hoa ban/);
    // A reporter neither edits nor approves: those lists are not shown to them.
    expect(mine).not.toContain('Chờ tôi biên tập');
    expect(mine).not.toContain('Chờ tôi duyệt');

    const ed = panel(await dashboard(editor), 'Việc của tôi');
    expect(ed).toMatch(/Chờ tôi biên tập 1 .*Mường Phăng đón nhận bằng công nhận/);
    expect(ed).toMatch(/chờ 3 giờ/);
    expect(ed).not.toContain('Chờ tôi duyệt');
    const link = new RegExp(`href="/quan-tri/bai-viet/${waiting}"`);
    expect(await dashboard(editor)).toMatch(link);

    await step(editor, waiting, 'forward');
    // The approver's workflow panel, grouped by intent: returning (with a note only the writer
    // sees) apart from publishing now or at a time.
    const editorPage = (await (await signedIn(approver)).get(`/quan-tri/bai-viet/${waiting}`)).text;
    const group = (id: string) => {
      const at = editorPage.indexOf(`id="h-wf-${id}"`);
      return at < 0
        ? ''
        : editorPage.slice(at, editorPage.indexOf('class="transition-group"', at) >>> 0);
    };
    expect(group('return')).toContain('name="t" value="return"');
    expect(group('return')).toContain('Bạn đọc không thấy ghi chú');
    expect(group('return')).not.toContain('value="publish"');
    expect(group('publish')).toContain('value="publish"');
    expect(group('publish')).toContain('value="schedule"');
    expect(group('publish')).not.toContain('value="return"');
    const ap = panel(await dashboard(approver), 'Việc của tôi');
    expect(ap).toMatch(/Chờ tôi duyệt 1 .*Mường Phăng đón nhận bằng công nhận/);
    expect(ap).toMatch(/Chờ tôi biên tập 0/);

    // Sent again, the article leaves the reporter's returns and reaches the editor.
    await step(reporter, returned, 'submit');
    expect(panel(await dashboard(reporter), 'Việc của tôi')).toMatch(/Bài bị trả lại 0/);
    expect(panel(await dashboard(editor), 'Việc của tôi')).toMatch(/Chờ tôi biên tập 1 .*dân vận/);
    // The admin manages people, not content: no newsroom lists.
    expect(panel(await dashboard(admin), 'Việc của tôi')).toBe('');
  });

  it('tells the admin what needs them: locked accounts, accounts near the 45-day limit, dead links, failing jobs, disk and database', async () => {
    const quiet = panel(await dashboard(admin), 'Tình trạng hệ thống');
    expect(quiet).toContain('Dung lượng trống');
    expect(quiet).toMatch(/Cơ sở dữ liệu \d/);

    const k = t.deps.db.kysely;
    const now = clock.now();
    await sql`UPDATE account SET locked_until = ${new Date(now.getTime() + 600_000).toISOString()} WHERE id = ${editor.id}`.execute(
      k,
    );
    await sql`UPDATE account SET last_login_at = ${new Date(now.getTime() - 41 * 86_400_000).toISOString()} WHERE id = ${approver.id}`.execute(
      k,
    );
    const group = await t.deps.weblinks.adminGroups();
    const link = group.flatMap((g) => g.links)[0]!;
    await sql`DELETE FROM weblink_check WHERE link_id = ${link.id}`.execute(k);
    await sql`INSERT INTO weblink_check (link_id, checked_at, ok, status_code, detail, failures) VALUES (${link.id}, ${now.toISOString()}, 0, 404, 'HTTP 404', 3)`.execute(
      k,
    );
    const jobs = jobRepository(t.deps.db);
    expect(
      await jobs.acquire('check-weblinks', 'h1', now, new Date(now.getTime() + 60_000), now),
    ).toBe(true);
    await jobs.fail('check-weblinks', 'h1', now, 'connect ETIMEDOUT');

    const p = panel(await dashboard(admin), 'Tình trạng hệ thống');
    expect(p).toMatch(/Tài khoản đang bị khoá do đăng nhập sai \(1\) Lò Thị Biên/);
    expect(p).toMatch(/Tài khoản sắp bị khoá vì không sử dụng .*Vì Văn Duyệt \(ld\) — còn 4 ngày/);
    expect(p).toMatch(
      new RegExp(
        `Liên kết web không phản hồi \\(1\\) ${link.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — HTTP 404 \\(3 lần liên tiếp\\)`,
      ),
    );
    expect(p).toMatch(
      /Tác vụ định kỳ bị lỗi \(1\) Kiểm tra liên kết web — lỗi lúc .*connect ETIMEDOUT/,
    );
    const html = await dashboard(admin);
    expect(html).toContain(`href="/quan-tri/nguoi-dung/${editor.id}"`);
    expect(html).toContain(`href="/quan-tri/cai-dat/lien-ket/${link.id}"`);

    // A success clears the job's failure.
    await jobs.finish('check-weblinks', 'h1', now);
    expect(panel(await dashboard(admin), 'Tình trạng hệ thống')).not.toContain(
      'Tác vụ định kỳ bị lỗi',
    );
  });
});
