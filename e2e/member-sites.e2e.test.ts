import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { currentTotp } from '../src/modules/auth/totp.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { launchBrowser, seriousA11yViolations } from './browser.ts';
import { SHOTS } from './site-under-test.ts';

const PASSWORD = 'Bảo-mật-Tỉnh-ủy-2026!';
const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/** A free local port: with several sites, the province answers only on BASE_URL's host. */
async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('the system admin creates a commune site in the browser', () => {
  let server: RunningServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let dir: string;
  let page: Page;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-sites-'));
    const port = await freePort();
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        BASE_URL: `http://127.0.0.1:${port}`,
        DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
        MEDIA_DIR: TEST_MEDIA_DIR,
      }),
    );
    browser = await launchBrowser();
    fs.mkdirSync(SHOTS, { recursive: true });
    const created = await server.deps.accounts.create(
      SYSTEM,
      {
        username: 'quantri',
        fullName: 'Nguyễn Văn Quản',
        email: '',
        role: 'admin',
        allSections: false,
        sectionIds: [],
      },
      { password: PASSWORD },
    );
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/quan-tri/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri\/bao-mat\/hai-lop$/);
    await page.getByLabel('Mã xác thực').fill(currentTotp(created.totpSecret!, new Date()));
    await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    await page.getByRole('link', { name: 'Tôi đã lưu, tiếp tục' }).click();
    await page.waitForURL(/\/quan-tri$/);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('picks Mường Nhé on the map, creates its site with its first admin, and opens it', async () => {
    await expect(page.locator('#h-member-sites').innerText()).resolves.toBe('Các trang thành viên');
    await page.getByRole('link', { name: 'Trang thành viên', exact: true }).click();
    await page.getByRole('link', { name: 'Tạo trang Đảng bộ xã, phường' }).click();
    await page.waitForURL(/\/quan-tri\/trang\/moi$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The map picker works with the keyboard: focus the unit, Enter picks it.
    await page.locator('svg.unit-picker a[href$="don-vi=03160"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/don-vi=03160$/);
    await expect(page.getByLabel('Đơn vị hành chính', { exact: true }).inputValue()).resolves.toBe(
      '03160',
    );
    await expect(page.getByLabel('Đường dẫn', { exact: true }).inputValue()).resolves.toBe(
      '/xa/muong-nhe',
    );
    await page.locator('#f-adminUsername').fill('qt.muongnhe');
    await page.getByLabel('Họ và tên (tài khoản mới)').fill('Lò Văn Pấng');
    await page.screenshot({ path: path.join(SHOTS, 'member-site-new-1280.png'), fullPage: true });
    await page.getByRole('button', { name: 'Tạo trang' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Đã tạo trang');
    await expect(page.locator('code.one-time').innerText()).resolves.toMatch(/^\S{16}$/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Mở trang' }).first().click();
    await page.waitForURL(`${server.url}/xa/muong-nhe/`);
    await expect(page.locator('.brand-name').innerText()).resolves.toBe(
      'TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ MƯỜNG NHÉ',
    );
    await expect(page.locator('svg.unit-outline title').textContent()).resolves.toBe(
      'Ranh giới Xã Mường Nhé',
    );
    // Its own menu, under its prefix: Giới thiệu › Chức năng, nhiệm vụ opens its page.
    await page.goto(`${server.url}/xa/muong-nhe/gioi-thieu/chuc-nang-nhiem-vu`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Chức năng, nhiệm vụ');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'member-site-home-1280.png'), fullPage: false });
    // The province's unit page links to it.
    await page.goto(`${server.url}/ban-do/xa-muong-nhe-03160`);
    await page
      .getByRole('link', { name: 'Trang thông tin điện tử của Đảng bộ xã Mường Nhé' })
      .click();
    await page.waitForURL(`${server.url}/xa/muong-nhe`);
  });
});
