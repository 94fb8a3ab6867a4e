import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ID, withSite } from '../src/db/site-scope.ts';
import { draftWithConsultation } from '../test/support/consultation.ts';
import { seriousA11yViolations } from './browser.ts';
import { SHOTS, siteUnderTest } from './site-under-test.ts';
import { enrolAndSignIn } from './staff.ts';

const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'e2e' };

/** Issue #20: a draft collects comments per section until its deadline; the unit exports the .xlsx. */
describe('Lấy ý kiến dự thảo (browser)', () => {
  let site: Awaited<ReturnType<typeof siteUnderTest>>;
  let draft: Awaited<ReturnType<typeof draftWithConsultation>>;
  let closesAt: Date;

  beforeAll(async () => {
    site = await siteUnderTest('portal-e2e-lay-y-kien-');
    const now = Date.now();
    // A short window: comments go in now, the form closes itself within the test.
    closesAt = new Date(now + 40_000);
    draft = await draftWithConsultation(
      { db: site.server.deps.db, deps: site.server.deps },
      { opensAt: new Date(now - 60_000), closesAt, number: 'Dự thảo 01-NQ/TU' },
    );
  });
  afterAll(async () => {
    await site?.stop();
  });

  it('is reached from the main menu, takes one comment per section until the deadline, then closes; staff export the .xlsx', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.server.url}/`);
    // The main menu: "Lấy ý kiến dự thảo" under "Liên hệ – góp ý" (a drop-down, no script needed).
    await page.locator('.mainnav .menu > li.has-sub', { hasText: 'Liên hệ – góp ý' }).hover();
    await page.getByRole('link', { name: 'Lấy ý kiến dự thảo' }).first().click();
    await page.waitForURL(/\/lay-y-kien$/);
    await page.locator(`main a[href="/lay-y-kien/${draft.id}"]`).click();
    await page.waitForURL((u) => u.pathname === `/lay-y-kien/${draft.id}`);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const comment = async (p: {
      section: string;
      stance: string;
      group: string;
      body?: string;
    }) => {
      await page.getByLabel('Phần, mục góp ý').selectOption({ label: p.section });
      await page.getByLabel(p.stance, { exact: true }).check();
      await page.getByLabel(p.group, { exact: true }).check();
      if (p.body) await page.getByLabel('Nội dung góp ý').fill(p.body);
      // A person takes more than a few seconds; faster posts are refused as robots'.
      await page.waitForTimeout(3200);
      await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
      await page.waitForLoadState();
    };
    const sectionOptions = await page
      .getByLabel('Phần, mục góp ý')
      .locator('option')
      .allInnerTexts();
    const dieu1 = sectionOptions.find((o) => o.includes('Điều 1'))!;
    const dieu2 = sectionOptions.find((o) => o.includes('Điều 2'))!;

    await comment({ section: dieu1, stance: 'Tán thành', group: 'Nhân dân' });
    await expect(page.locator('.notice').first().innerText()).resolves.toContain(
      'Đã nhận ý kiến của bạn',
    );
    await comment({
      section: dieu2,
      stance: 'Không tán thành',
      group: 'Cán bộ, đảng viên',
      body: 'Đề nghị bổ sung mục tiêu giảm nghèo bền vững ở các xã biên giới.',
    });
    await expect(page.locator('.notice').first().innerText()).resolves.toContain(
      'Đã nhận ý kiến của bạn',
    );
    // One response per reader and section: a second one on Điều 1 is refused, in Vietnamese.
    await comment({
      section: dieu1,
      stance: 'Đồng ý một phần',
      group: 'Nhân dân',
      body: 'Lần hai',
    });
    await expect(page.locator('body').innerText()).resolves.toContain(
      'Bạn đã gửi ý kiến về phần, mục này hôm nay',
    );
    // Only counts are public.
    await page.goto(`${site.server.url}/lay-y-kien/${draft.id}`);
    const counts = await page.locator('section[aria-labelledby="lyk-so-lieu"]').innerText();
    expect(counts).toContain('Điều 1');
    expect(counts).not.toContain('giảm nghèo bền vững');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The deadline passes: the form closes by itself.
    const wait = closesAt.getTime() - Date.now() + 1500;
    if (wait > 0) await page.waitForTimeout(wait);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Gửi ý kiến' }).count()).resolves.toBe(0);
    await expect(page.locator('body').innerText()).resolves.toContain(
      'Đợt lấy ý kiến đã kết thúc lúc',
    );
    await page.screenshot({
      path: path.join(SHOTS, 'lay-y-kien-da-dong-1280.png'),
      fullPage: true,
    });

    // The unit's staff export the summary from the back office.
    const password = 'Sông Đà mùa lũ năm 2026 số 7!';
    const created = await withSite(DEFAULT_SITE_ID, () =>
      site.server.deps.accounts.create(
        SYSTEM,
        {
          username: 'tonghop',
          fullName: 'Lò Văn Tổng',
          email: '',
          role: 'editor',
          allSections: false,
          sectionIds: [],
        },
        { password },
      ),
    );
    const staff = await enrolAndSignIn(
      site.context,
      site.server.url,
      'tonghop',
      password,
      created.totpSecret!,
    );
    await staff.goto(`${site.server.url}/quan-tri/lay-y-kien/${draft.id}`);
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('link', { name: 'Tải bản tổng hợp (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = path.join(SHOTS, 'lay-y-kien-tong-hop.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as never);
    const sum = wb.getWorksheet('Tổng hợp')!;
    const rows: unknown[][] = [];
    sum.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const row1 = rows.find((r) => r[0] === 'Điều 1')!;
    const row2 = rows.find((r) => r[0] === 'Điều 2')!;
    // Columns: section, title, then per stance (cán bộ, nhân dân, tổ chức, cộng), then the total.
    expect(row1[2 + 1]).toBe(1); // Tán thành × Nhân dân
    expect(row1.at(-1)).toBe(1);
    expect(row2[2 + 4]).toBe(1); // Không tán thành × Cán bộ, đảng viên
    expect(rows.find((r) => r[0] === 'Tổng cộng')!.at(-1)).toBe(2);
    const texts: string[] = [];
    wb.getWorksheet('Toàn văn ý kiến')!.eachRow((r) => texts.push(JSON.stringify(r.values)));
    expect(texts.join('\n')).toContain('giảm nghèo bền vững ở các xã biên giới');
    expect(texts.join('\n')).not.toContain('Lần hai');
  });
});
