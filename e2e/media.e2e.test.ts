import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { currentTotp } from '../src/modules/auth/totp.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import * as fx from '../test/support/media-fixtures.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { launchBrowser, seriousA11yViolations } from './browser.ts';

const PASSWORD = 'Phóng-viên-Mường-Thanh-2026';
const SHOTS = path.join(process.cwd(), 'e2e', 'screenshots');

describe('a reporter in the media library', () => {
  let server: RunningServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let dir: string;
  let page: Page;
  let secret = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-media-'));
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
        MEDIA_DIR: TEST_MEDIA_DIR,
      }),
    );
    const section = (await server.deps.site.sections()).find((s) => s.slug === 'xay-dung-dang')!.id;
    const created = await server.deps.accounts.create(
      { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' },
      {
        username: 'minhthuy',
        fullName: 'Lò Minh Thùy',
        email: '',
        role: 'reporter',
        allSections: false,
        sectionIds: [section],
      },
      { password: PASSWORD },
    );
    secret = created.totpSecret!;
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('logs in, enrols the mandatory second factor and opens the library from the menu', async () => {
    await page.goto(`${server.url}/quan-tri/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('minhthuy');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri\/bao-mat\/hai-lop$/);
    await page.getByLabel('Mã xác thực').fill(currentTotp(secret, new Date()));
    await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    await page.getByRole('link', { name: 'Tôi đã lưu, tiếp tục' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Bảng điều khiển');
    await page.getByRole('link', { name: 'Thư viện media' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Thư viện media');
    // The enhancement ran: the drop zone is announced.
    await expect(page.locator('.dnd-hint').isVisible()).resolves.toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('drops two images on the upload form; both upload and appear in the grid, and stay after a reload', async () => {
    const images = [
      {
        name: 'Hội nghị tổng kết.jpg',
        type: 'image/jpeg',
        b64: (await fx.jpeg(1200, 800, 7)).toString('base64'),
      },
      { name: 'Logo Tỉnh ủy.png', type: 'image/png', b64: (await fx.png()).toString('base64') },
    ];
    const dataTransfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list)
        dt.items.add(
          new File([Uint8Array.from(atob(f.b64), (ch) => ch.charCodeAt(0))], f.name, {
            type: f.type,
          }),
        );
      return dt;
    }, images);
    // Every state the progress list and the button go through, recorded as they change.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      const button = document.querySelector<HTMLButtonElement>('form.media-upload button');
      new MutationObserver(() => {
        seen.push(
          `${button?.disabled ? 'khoá' : 'mở'}|${document.querySelector('.upload-progress')?.textContent ?? ''}`,
        );
      }).observe(document.querySelector('form.media-upload')!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await page.dispatchEvent('form.media-upload', 'dragenter', { dataTransfer });
    await page.dispatchEvent('form.media-upload', 'drop', { dataTransfer });
    await page.locator('.upload-progress li.upload-ok').nth(1).waitFor();
    // Sent, the photo shows "đang xử lý" while the server makes its renditions; the button waits
    // for the whole batch and comes back after.
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.some((x) => x.startsWith('khoá|') && x.includes('Đang xử lý ảnh'))).toBe(true);
    expect(
      await page.locator('form.media-upload button').evaluate((b: HTMLButtonElement) => b.disabled),
    ).toBe(false);
    await expect(page.locator('.upload-progress').innerText()).resolves.toMatch(
      /Hội nghị tổng kết\.jpg: Đã tải lên\.[\s\S]*Logo Tỉnh ủy\.png: Đã tải lên\./,
    );
    const names = () => page.getByTestId('media-grid').locator('.media-name').allInnerTexts();
    expect((await names()).slice(0, 2)).toEqual(['Logo Tỉnh ủy.png', 'Hội nghị tổng kết.jpg']);
    await page.reload();
    expect((await names()).slice(0, 2)).toEqual(['Logo Tỉnh ủy.png', 'Hội nghị tổng kết.jpg']);
    // The grid's thumbnails really load (the browser picks a rendition from the srcset).
    const width = await page
      .locator('.media-card img')
      .first()
      .evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
    expect(width).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'media-library.png'), fullPage: true });
  });

  it('shows a refused file with its reason, next to the accepted one, through the file input', async () => {
    await page.locator('#f-tep').setInputFiles([
      { name: 'anh-dep.jpg', mimeType: 'image/jpeg', buffer: fx.elf() },
      { name: 'Nghị quyết.pdf', mimeType: 'application/pdf', buffer: fx.pdf() },
    ]);
    await page.getByRole('button', { name: 'Tải lên' }).click();
    // The page was reloaded: its progress list starts empty.
    await page.locator('.upload-progress li.upload-ok').waitFor();
    await page.locator('.upload-progress li.upload-error').waitFor();
    const progress = await page.locator('.upload-progress').innerText();
    expect(progress).toContain('anh-dep.jpg: Đây là tệp chương trình (tệp thực thi)');
    expect(progress).toContain('Nghị quyết.pdf: Đã tải lên.');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('edits the alt text and caption of an image on its page', async () => {
    await page
      .getByTestId('media-grid')
      .getByRole('link', { name: 'Hội nghị tổng kết.jpg' })
      .click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Hội nghị tổng kết.jpg');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page
      .getByLabel('Mô tả ảnh cho người khiếm thị (alt)')
      .fill('Quang cảnh hội nghị tổng kết năm 2026');
    await page
      .getByLabel('Chú thích', { exact: true })
      .fill('Hội nghị tổng kết công tác xây dựng Đảng năm 2026');
    await page.getByLabel('Tác giả / nguồn').fill('Ảnh: Minh Thùy');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Đã lưu thay đổi.').isVisible()).resolves.toBe(true);
    await expect(page.locator('.media-preview img').getAttribute('alt')).resolves.toBe(
      'Quang cảnh hội nghị tổng kết năm 2026',
    );
    await page.screenshot({ path: path.join(SHOTS, 'media-item.png'), fullPage: true });
  });
});
