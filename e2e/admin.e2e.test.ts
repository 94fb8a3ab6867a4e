import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { currentTotp } from '../src/modules/auth/totp.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { launchBrowser, seriousA11yViolations } from './browser.ts';

const PASSWORD = 'Bảo-mật-Tỉnh-ủy-2026!';
const SHOTS = path.join(process.cwd(), 'e2e', 'screenshots');

describe('the first admin in the browser', () => {
  let server: RunningServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let dir: string;
  let dbUrl: string;
  let page: Page;
  let secret = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-admin-'));
    dbUrl = `sqlite:${path.join(dir, 'portal.db')}`;
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: dbUrl,
        MEDIA_DIR: TEST_MEDIA_DIR,
      }),
    );
    browser = await launchBrowser();
    page = await browser.context.newPage();
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is created by the command, which prints the enrolment URI once', () => {
    const out = execFileSync(
      'npm',
      [
        'run',
        '--silent',
        'create-admin',
        '--',
        '--username',
        'quantri',
        '--name',
        'Nguyễn Văn Quản',
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: dbUrl,
          BASE_URL: server.url,
          ADMIN_PASSWORD: PASSWORD,
          CI: '1',
        },
        encoding: 'utf8',
      },
    );
    expect(out).toContain('Đã tạo quản trị hệ thống: Nguyễn Văn Quản (quantri).');
    secret = /secret=([A-Z2-7]+)/.exec(out)?.[1] ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // The same command again refuses a second account with that name.
    expect(() =>
      execFileSync(
        'npm',
        ['run', '--silent', 'create-admin', '--', '--username', 'quantri', '--name', 'X'],
        {
          env: {
            ...process.env,
            DATABASE_URL: dbUrl,
            BASE_URL: server.url,
            ADMIN_PASSWORD: PASSWORD,
            CI: '1',
          },
          stdio: 'pipe',
        },
      ),
    ).toThrow();
  });

  it('logs in, enrols the second factor from the QR page, and logs in again with a generated code', async () => {
    await page.goto(`${server.url}/quan-tri/dang-nhap`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri\/bao-mat\/hai-lop$/);
    await expect(page.locator('figure.qr svg').isVisible()).resolves.toBe(true);
    const shown = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(shown).toBe(secret);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'admin-enrol.png'), fullPage: true });
    await page.getByLabel('Mã xác thực').fill(currentTotp(secret, new Date()));
    await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    await expect(page.getByTestId('recovery-codes').locator('li').count()).resolves.toBe(10);
    await page.getByRole('link', { name: 'Tôi đã lưu, tiếp tục' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Bảng điều khiển');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/da-thoat=1/);

    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri\/xac-thuc$/);
    // The enrolment code used the current 30-second step; the next step's code is accepted now.
    await page.getByLabel('Mã xác thực').fill(currentTotp(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Bảng điều khiển');
  });

  it('creates a reporter limited to one section', async () => {
    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('link', { name: 'Thêm người dùng' }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Tên đăng nhập').fill('minhthuy');
    await page.getByLabel('Họ và tên').fill('Lò Minh Thùy');
    await page.getByLabel('Phóng viên').check();
    await page.getByLabel('Xây dựng Đảng', { exact: true }).check();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByText('Đã tạo tài khoản.').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('temp-password').innerText()).resolves.toMatch(/^.{16}$/);
    await page.getByRole('link', { name: 'Quay lại danh sách' }).click();
    const row = page.getByRole('row', { name: /Lò Minh Thùy/ });
    await expect(row.innerText()).resolves.toMatch(/Phóng viên\s+Xây dựng Đảng/);
    await page.screenshot({ path: path.join(SHOTS, 'admin-users.png'), fullPage: true });
  });

  it('finds each step in the audit viewer', async () => {
    await page.getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    const table = await page.locator('table.audit tbody').innerText();
    for (const label of ['Tạo tài khoản', 'Bật xác thực hai lớp', 'Đăng nhập', 'Đăng xuất'])
      expect(table).toContain(label);
    expect(table).toContain('Lệnh create-admin');
    expect(table).toContain('Lò Minh Thùy (minhthuy), Phóng viên');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'admin-audit.png'), fullPage: true });
  });
});
