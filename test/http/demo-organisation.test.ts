import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnDayKey } from '../../src/lib/date.ts';
import { formatWeek, shiftWeek, weekOf } from '../../src/modules/schedule/week.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

/** The links of the main menu's "Giới thiệu" drop-down, in order, as the public layout draws them. */
function aboutMenu(html: string): { href: string; label: string }[] {
  const nav = /<ul class="menu">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  const about = /<a href="\/gioi-thieu"[\s\S]*?<ul class="submenu">([\s\S]*?)<\/ul>/.exec(nav)?.[1];
  return [
    ...(about ?? '').matchAll(/<a href="([^"]+)"[^>]*><span class="menu-label">([^<]+)</g),
  ].map((m) => ({ href: m[1]!, label: m[2]! }));
}

describe.each(dialects)(
  'the demo organisation, schedule and their menu entries on %s',
  (dialect) => {
    let t: Awaited<ReturnType<typeof testApp>>;
    // The demo schedule is written around the real day the site is first started.
    const clock = manualClock(new Date());
    const thisWeek = weekOf(vnDayKey(new Date()));
    let admin: TestStaff;
    let approver: TestStaff;

    beforeAll(async () => {
      t = await testApp(dialect, { clock: clock.now });
      admin = await makeStaff(t, clock, 'quantri', 'admin');
      approver = await makeStaff(t, clock, 'lanhdao', 'approver');
    });
    afterAll(async () => {
      await t?.close();
    });

    it('Giới thiệu leads to the live Cơ cấu tổ chức and Lịch công tác, the prose page only once', async () => {
      const home = await t.get('/');
      const about = aboutMenu(home.text);
      expect(about.map((l) => l.label)).toEqual([
        'Giới thiệu chung',
        'Lịch sử Đảng bộ tỉnh',
        'Ban Chấp hành – Ban Thường vụ Tỉnh ủy',
        'Cơ cấu tổ chức',
        'Lịch công tác',
      ]);
      expect(about.find((l) => l.label === 'Cơ cấu tổ chức')?.href).toBe('/co-cau-to-chuc');
      expect(about.find((l) => l.label === 'Lịch công tác')?.href).toBe('/lich-cong-tac');
      // The prose page is still there for whoever links to it.
      expect((await t.get('/gioi-thieu/co-cau-to-chuc')).status).toBe(200);
    });

    it('the menu editor offers both as entries of their own', async () => {
      const a = await admin.login();
      const editor = await a.get('/quan-tri/cai-dat/menu/moi?menu=main');
      expect(editor.text).toContain('value="organisation"');
      expect(editor.text).toContain('value="schedule"');
      const r = await a.post('/quan-tri/cai-dat/menu/moi?menu=footer', {
        kind: 'schedule',
        label: 'Lịch làm việc',
      });
      expect(r.status).toBe(303);
      expect((await t.get('/')).text).toMatch(
        /<a href="\/lich-cong-tac"[^>]*><span class="menu-label">Lịch làm việc<\/span>/,
      );
      // An unknown kind is refused in Vietnamese, nothing saved.
      const bad = await a.post('/quan-tri/cai-dat/menu/moi?menu=main', { kind: 'schedules' });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('lang="vi"');
    });

    it('Cơ cấu tổ chức shows the XV term leadership, the offices with contacts, and keeps a past post', async () => {
      const page = await t.get('/co-cau-to-chuc');
      expect(page.status).toBe(200);
      for (const text of [
        'Giàng A Dình',
        'Bí thư Tỉnh ủy',
        'Lò Thị Hương',
        'Phó Bí thư Thường trực Tỉnh ủy',
        'Văn phòng Tỉnh ủy',
        '0215 3825 112',
        'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      ])
        expect(page.text).toContain(text);
      const people = await t.deps.organisation.people();
      const khiem = people.find((p) => p.fullName === 'Quàng Văn Khiêm')!;
      expect(await t.deps.organisation.titleOn(khiem.id, '2024-06-01')).toBe(
        'Phó Trưởng Ban Tổ chức Tỉnh ủy',
      );
      expect(await t.deps.organisation.titleOn(khiem.id, '2025-12-01')).toBe(
        'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy',
      );
    });

    it('a past term stays viewable: its line-up with the dates each post was held', async () => {
      const now = (await t.get('/co-cau-to-chuc')).text;
      expect(now).toContain('href="/co-cau-to-chuc?khoa=khoa-xv-2025-2030"');
      expect(now).toContain('href="/co-cau-to-chuc?khoa=khoa-xiv-2020-2025"');
      expect(now).not.toContain('Phó Trưởng Ban Tổ chức Tỉnh ủy');
      const past = await t.get('/co-cau-to-chuc?khoa=khoa-xiv-2020-2025');
      expect(past.status).toBe(200);
      expect(past.text).toContain('Cơ cấu tổ chức Khóa XIV (2020–2025)');
      expect(past.text).toMatch(
        /Quàng Văn Khiêm<\/a>,\s*Phó Trưởng Ban Tổ chức Tỉnh ủy<span class="muted"> \(từ 01\/03\/2021 đến 09\/10\/2025\)/,
      );
      expect(past.text).not.toContain('Giàng A Dình');
      expect(past.text).toContain('aria-current="page">Khóa XIV (2020–2025)</a>');
      expect((await t.get('/co-cau-to-chuc?khoa=khoa-xv-2025-2030')).text).toContain(
        'Giàng A Dình',
      );
      // Unknown or hostile terms: a Vietnamese 404, never a 500.
      for (const bad of ['khoa-ix', '', '%3Cscript%3E', 'a'.repeat(500), '__proto__']) {
        const r = await t.get(`/co-cau-to-chuc?khoa=${bad}`);
        expect(r.status, bad).toBe(404);
        expect(r.text).toContain('Không tìm thấy trang');
      }
    });

    it("this week's schedule is public with its chairs; next Friday waits for the approver", async () => {
      const week = await t.get(`/lich-cong-tac?tuan=${formatWeek(thisWeek)}`);
      expect(week.status).toBe(200);
      expect(week.text).toContain('Giao ban Thường trực Tỉnh ủy');
      expect(week.text).toContain('Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
      expect(week.text).toContain('Đ/c Giàng A Dình, Bí thư Tỉnh ủy');
      expect(week.text).toContain('Trực lãnh đạo Tỉnh ủy');

      const next = formatWeek(shiftWeek(thisWeek, 1));
      const nextPublic = await t.get(`/lich-cong-tac?tuan=${next}`);
      expect(nextPublic.text).toContain('Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ');
      expect(nextPublic.text).not.toContain('Giải quyết công việc thường xuyên');
      const a = await approver.login();
      const office = await a.get(`/quan-tri/lich-cong-tac?tuan=${next}`);
      expect(office.text).toMatch(/Duyệt và công bố 2 mục/);
    });
  },
);
