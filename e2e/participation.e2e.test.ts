import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './browser.ts';
import { SHOTS, siteUnderTest } from './site-under-test.ts';

describe('a reader sends a question through Liên hệ – góp ý (browser)', () => {
  let site: Awaited<ReturnType<typeof siteUnderTest>>;

  beforeAll(async () => {
    site = await siteUnderTest('portal-e2e-gop-y-');
  });
  afterAll(async () => {
    await site?.stop();
  });

  it('reaches the form from the contact page, is told what is missing, sends, and looks the code up', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.server.url}/lien-he-gop-y/thong-tin-lien-he`);
    await page.getByRole('link', { name: 'Gửi ý kiến qua biểu mẫu góp ý' }).click();
    await page.waitForURL(/\/gop-y$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Both consent boxes start unticked.
    expect(await page.locator('#gy-consentReply').isChecked()).toBe(false);
    expect(await page.locator('#gy-consentPublish').isChecked()).toBe(false);

    await page.getByLabel('Họ và tên').fill('Lò Thị Hương');
    await page.getByRole('textbox', { name: 'Tiêu đề' }).fill('Giờ tiếp công dân của Đảng ủy xã');
    await page
      .getByRole('textbox', { name: 'Nội dung' })
      .fill('Xin hỏi giờ tiếp công dân của Đảng ủy xã Mường Nhé?');
    // A person takes more than a few seconds; the form refuses faster robots.
    await page.waitForTimeout(3200);
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.waitForLoadState();
    const errors = page.locator('.form-errors');
    await expect(errors.innerText()).resolves.toContain(
      'Vui lòng nhập thư điện tử hoặc số điện thoại',
    );
    await expect(errors.innerText()).resolves.toContain('Cần đồng ý để chúng tôi xử lý và trả lời');
    // What was typed is still there.
    await expect(page.getByRole('textbox', { name: 'Tiêu đề' }).inputValue()).resolves.toBe(
      'Giờ tiếp công dân của Đảng ủy xã',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.locator('#gy-phone').fill('0215 3825 123');
    await page.locator('#gy-consentReply').check();
    await page.locator('#gy-consentPublish').check();
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.waitForURL(/\/gop-y\/da-gui$/);
    const code = (await page.locator('.receipt-code').innerText()).trim();
    expect(code).toMatch(/^GY-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await page.screenshot({ path: path.join(SHOTS, 'gop-y-da-gui-1280.png'), fullPage: true });

    await page.getByRole('link', { name: 'tra cứu tình trạng' }).click();
    await page.getByLabel('Mã tra cứu').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.waitForLoadState();
    await expect(page.locator('.receipt-status').innerText()).resolves.toBe('Mới');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // At 320 px the form still fits (reflow).
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${site.server.url}/gop-y`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
  });
});
