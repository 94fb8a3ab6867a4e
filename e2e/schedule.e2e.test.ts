import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { vnDayKey } from '../src/lib/date.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { daysOf, dayVn, formatWeek, shiftWeek, weekOf } from '../src/modules/schedule/week.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { launchBrowser, seriousA11yViolations } from './browser.ts';
import { clearDemoSchedule } from './site-under-test.ts';
import { enrolAndSignIn } from './staff.ts';

const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
const PW = 'Sông Đà mùa lũ năm 2026!';

describe('Lịch công tác in the browser: drafted, approved, adjusted, read on a phone', () => {
  let server: RunningServer;
  let dir: string;
  const browsers: { context: BrowserContext; close: () => Promise<void> }[] = [];
  const secrets = new Map<string, string>();
  const next = formatWeek(shiftWeek(weekOf(vnDayKey(new Date())), 1));
  const nextMonday = daysOf(shiftWeek(weekOf(vnDayKey(new Date())), 1))[0]!;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-schedule-'));
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
        MEDIA_DIR: TEST_MEDIA_DIR,
      }),
    );
    for (const [username, role] of [
      ['vanphong', 'editor'],
      ['lanhdao', 'approver'],
    ] as const) {
      const made = await server.deps.accounts.create(
        SYSTEM,
        { username, fullName: username, email: '', role, allSections: true, sectionIds: [] },
        { password: PW },
      );
      secrets.set(username, made.totpSecret!);
    }
    await clearDemoSchedule(server);
    const org = server.deps.organisation;
    const leader = await org.savePerson(SYSTEM, undefined, {
      fullName: 'Mùa A Mẫu',
      responsibilities: '',
      phone: '',
      email: '',
    });
    await org.addPost(SYSTEM, leader, {
      title: 'Bí thư Tỉnh ủy',
      unitId: null,
      term: 'Khóa XV (2025–2030)',
      startsOn: '2025-10-01',
      endsOn: null,
      leadership: true,
      position: 0,
    });
  });
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const signIn = async (username: string) => {
    const b = await launchBrowser();
    browsers.push(b);
    return enrolAndSignIn(b.context, server.url, username, PW, secrets.get(username)!);
  };

  it('the office enters next week, an approver publishes it, a change shows its mark', async () => {
    const office = await signIn('vanphong');
    await office.getByRole('link', { name: 'Lịch công tác', exact: true }).click();
    await office.getByRole('link', { name: 'Tuần sau →' }).click();
    await office.getByRole('link', { name: 'Thêm mục lịch' }).click();
    await office.getByLabel('Ngày', { exact: true }).fill(dayVn(nextMonday));
    await office.getByLabel('Buổi').selectOption('sang');
    await office.getByLabel('Giờ bắt đầu').fill('7h30');
    await office.getByLabel('Nội dung').fill('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5');
    await office.getByLabel('Thành phần').fill('Các đồng chí Tỉnh ủy viên');
    await office.getByLabel('Địa điểm').fill('Hội trường Tỉnh ủy');
    await office
      .getByLabel('Chủ trì (cán bộ trong Cơ cấu tổ chức)')
      .selectOption({ label: 'Mùa A Mẫu (Bí thư Tỉnh ủy)' });
    await office.getByRole('button', { name: 'Thêm (chờ duyệt)' }).click();
    await office.waitForURL(/da-luu=1/);
    await expect(office.getByText('Chờ duyệt').first().isVisible()).resolves.toBe(true);

    const approver = await signIn('lanhdao');
    await approver.goto(`${server.url}/quan-tri/lich-cong-tac?tuan=${next}`);
    await approver.getByRole('button', { name: /Duyệt và công bố 1 mục/ }).click();
    await approver.waitForURL(/da-duyet=1/);
    await approver
      .getByRole('link', { name: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5' })
      .click();
    await approver.getByLabel('Địa điểm').fill('Trung tâm Hội nghị tỉnh');
    await approver.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await approver.waitForURL(/da-luu=1/);

    const html = await (await fetch(`${server.url}/lich-cong-tac?tuan=${next}`)).text();
    expect(html).toMatch(/Điều chỉnh lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect(html).toContain('Địa điểm: <del>Hội trường Tỉnh ủy</del>');
    expect(html).toContain('Đ/c Mùa A Mẫu, Bí thư Tỉnh ủy');
  });

  it('reads on a 360 px phone without JavaScript: stacked rows, no sideways scroll, axe clean', async () => {
    const b = await launchBrowser();
    browsers.push(b);
    // Without JavaScript: every script the page asks for is refused (the CSP allows no inline one).
    await b.context.route(/\.js(\?|$)/, (route) => route.abort());
    const target = await b.context.newPage();
    await target.setViewportSize({ width: 360, height: 780 });
    await target.goto(`${server.url}/lich-cong-tac?tuan=${next}`);
    await expect(
      target.getByText('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5').isVisible(),
    ).resolves.toBe(true);
    const overflow = await target.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(target)).toEqual([]);
    // The GET form works without script: the year boundary week.
    await target.getByLabel(/Xem tuần/).fill('2026-W01');
    await target.getByRole('button', { name: 'Xem', exact: true }).click();
    await target.waitForURL(/tuan=2026-W01/);
    await expect(
      target.getByText('Tuần thứ 1 (từ ngày 29/12/2025 đến ngày 04/01/2026)').isVisible(),
    ).resolves.toBe(true);
    await target.emulateMedia({ media: 'print' });
    expect(await seriousA11yViolations(target)).toEqual([]);
  });
});
