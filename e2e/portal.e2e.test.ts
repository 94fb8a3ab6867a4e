import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { referenceArticle } from '../src/seed/reference-article.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import {
  foreignRequestsVisiting,
  launchBrowser,
  READER_UA,
  seriousA11yViolations,
} from './browser.ts';

const SHOTS = path.join(process.cwd(), 'e2e', 'screenshots');

describe('a reader in the browser', () => {
  let server: RunningServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
      MEDIA_DIR: TEST_MEDIA_DIR,
    });
    server = await startServer(config);
    browser = await launchBrowser();
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('goes from the home page to the reference article and sees every element', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/`);
    await expect(page.locator('.brand-name').textContent()).resolves.toBe(
      'TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH ĐIỆN BIÊN',
    );
    await page.screenshot({ path: path.join(SHOTS, 'home-1280.png'), fullPage: true });
    await page.getByRole('link', { name: referenceArticle.title }).first().click();
    await page.waitForURL(/\/tin-trong-tinh\/hoi-thao-khoa-hoc-/);
    await expect(page.locator('h1').textContent()).resolves.toBe(referenceArticle.title);
    // The count is the seeded 12695 plus any reads other tests made.
    const meta = await page.locator('.article-meta').innerText();
    expect(meta).toMatch(/^Thời gian đăng: 09\/03\/2023 03:03:54 PM - Lượt đọc: \d+$/);
    expect(Number(/\d+$/.exec(meta)![0])).toBeGreaterThanOrEqual(12695);
    await expect(page.locator('.byline').innerText()).resolves.toBe('Tin, ảnh: Minh Thùy');
    const figcaption = await page.locator('.article-body figcaption').first().innerText();
    expect(figcaption).toContain('Đại biểu tham dự Hội thảo khoa học');
    // The figure's image really loaded (decoded with a width).
    const natural = await page
      .locator('.article-body figure img')
      .first()
      .evaluate((img: HTMLImageElement) => {
        img.scrollIntoView();
        return img.decode().then(() => img.naturalWidth);
      });
    expect(natural).toBeGreaterThan(0);
    const crumbs = await page.locator('.breadcrumb').innerText();
    expect(crumbs.replace(/\s+/g, ' ')).toContain('Trang chủ › Tin tức – Sự kiện › Tin trong tỉnh');
    for (const heading of ['Bản đồ hành chính', 'Liên kết web', 'Thống kê truy cập']) {
      await expect(page.getByRole('heading', { name: heading }).isVisible()).resolves.toBe(true);
    }
    await page.screenshot({ path: path.join(SHOTS, 'article-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.reload();
    // No horizontal scrolling at 360 px.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'article-360.png'), fullPage: true });
    await page.close();
  });

  it('counts the browser read: a fresh load later shows one more', async () => {
    // A reader of its own (a browser build no other test uses), so no earlier read hides this one.
    const ua = READER_UA.replace('Chrome/126.0.0.0', `Chrome/126.0.${process.pid % 9000}.42`);
    const reader = await launchBrowser({ userAgent: ua });
    try {
      const page = await reader.context.newPage();
      await page.goto(`${server.url}/`);
      // Reads are counted by the page's beacon (public/dem.js), answered with 204.
      const beacon = page.waitForResponse(
        (r) => r.url().endsWith('/api/dem') && (r.request().postData() ?? '').includes('"article"'),
      );
      await page.getByRole('link', { name: referenceArticle.title }).first().click();
      await page.waitForURL(/hoi-thao-khoa-hoc/);
      const articleUrl = page.url();
      const shown = Number((await page.locator('.reads').innerText()).trim());
      expect((await beacon).status()).toBe(204);
      await server.deps.stats.flush();
      const later = await reader.context.newPage();
      await later.goto(articleUrl);
      expect(Number((await later.locator('.reads').innerText()).trim())).toBe(shown + 1);
      // A load within 30 minutes by the same reader does not count again.
      await server.deps.stats.flush();
      await later.reload();
      expect(Number((await later.locator('.reads').innerText()).trim())).toBe(shown + 1);
    } finally {
      await reader.close();
    }
  });

  it('has no serious accessibility violations on the home, article and map pages', async () => {
    const page = await browser.context.newPage();
    for (const p of ['/', '/tin-trong-tinh', '/ban-do']) {
      await page.goto(`${server.url}${p}`);
      expect(await seriousA11yViolations(page), p).toEqual([]);
    }
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: referenceArticle.title }).first().click();
    await page.waitForURL(/hoi-thao-khoa-hoc/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it('works with the keyboard: the skip link moves focus to the content', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('noi-dung');
    await page.close();
  });

  it('never contacts another origin', async () => {
    const article = /href="(\/tin-trong-tinh\/hoi-thao-khoa-hoc[^"]+)"/.exec(
      await (await fetch(`${server.url}/`)).text(),
    )![1]!;
    const pages = ['/', article, '/tin-trong-tinh', '/ban-do', '/tim-kiem?q=hội thảo'];
    expect(await foreignRequestsVisiting(browser.context, server.url, pages)).toEqual([]);
  });
});
