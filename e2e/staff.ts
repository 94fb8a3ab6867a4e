import type { BrowserContext, Page } from 'playwright-core';
import { currentTotp } from '../src/modules/auth/totp.ts';

/**
 * Signs a new staff account in through the pages, enrolling its second factor (mandatory for
 * every role) with the secret the account was created with; ends on the dashboard.
 */
export async function enrolAndSignIn(
  context: BrowserContext,
  baseUrl: string,
  username: string,
  password: string,
  totpSecret: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/quan-tri/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/bao-mat\/hai-lop/);
  await page.getByLabel('Mã xác thực').fill(currentTotp(totpSecret, new Date()));
  await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
  await page.getByRole('link', { name: 'Tôi đã lưu, tiếp tục' }).click();
  await page.waitForURL(/\/quan-tri$/);
  return page;
}
