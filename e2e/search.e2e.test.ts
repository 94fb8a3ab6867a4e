import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { referenceArticle } from '../src/seed/reference-article.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { dialects, freshDb, type TestDb } from '../test/support/test-db.ts';
import { launchBrowser, seriousA11yViolations } from './browser.ts';

const SHOTS = path.join(process.cwd(), 'e2e', 'screenshots');
const QUERY = 'hoi thao dao tao can bo dien bien';

describe.each(dialects)('a reader searching in the browser (%s)', (dialect) => {
  let server: RunningServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let dir: string;
  let pgDb: TestDb | undefined;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-search-'));
    let url = `sqlite:${path.join(dir, 'portal.db')}`;
    if (dialect === 'postgres') {
      // An empty database of its own: the server migrates and seeds it like a first start.
      pgDb = await freshDb('postgres', { migrate: false });
      url = pgDb.url;
    }
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      MEDIA_DIR: TEST_MEDIA_DIR,
      // A first start: on PostgreSQL the instance migrates only when told to.
      MIGRATE_AT_START: '1',
    });
    server = await startServer(config);
    browser = await launchBrowser();
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await pgDb?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('types the words without diacritics in the header search box and reaches the reference article', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/`);
    // With JavaScript the search box is a combobox (suggestions while typing, public/site.js);
    // Enter without choosing a suggestion still submits the search.
    const box = page.getByRole('combobox', { name: 'Tìm kiếm bài viết trên trang' });
    await box.click();
    await page.keyboard.type(QUERY);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\?q=hoi\+thao/);
    const first = page.locator('.search-result-title a').first();
    await expect(first.innerText()).resolves.toBe(referenceArticle.title);
    // The matched words are highlighted in their original spelling.
    const marked = await page
      .locator('.search-result')
      .first()
      .locator('.search-result-title mark')
      .allInnerTexts();
    expect(marked).toEqual(['Hội', 'thảo', 'đào', 'tạo', 'cán', 'bộ', 'Điện', 'Biên']);
    await page.screenshot({ path: path.join(SHOTS, `search-${dialect}-1280.png`), fullPage: true });
    await first.click();
    await page.waitForURL(/\/tin-trong-tinh\/hoi-thao-khoa-hoc-/);
    await expect(page.locator('h1').textContent()).resolves.toBe(referenceArticle.title);
    const articlePath = new URL(page.url()).pathname;
    // The print view: the article's address and posting time on the page, a print button with JavaScript.
    await page.getByRole('link', { name: 'In bài' }).click();
    await page.waitForURL(/\/in\/tin-trong-tinh\//);
    // The address is the canonical one (BASE_URL; the test server has none, so only the path is checked).
    await expect(page.locator('.print-url').innerText()).resolves.toMatch(
      new RegExp(`^Địa chỉ bài viết: https?://[^/]+${articlePath}$`),
    );
    await expect(page.locator('.article-meta').innerText()).resolves.toContain(
      'Thời gian đăng: 09/03/2023 03:03:54 PM',
    );
    await expect(page.getByRole('button', { name: 'In trang này' }).isVisible()).resolves.toBe(
      true,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(SHOTS, `print-${dialect}.png`), fullPage: true });
    await page.close();
  });

  it('suggests articles while typing and opens one from the keyboard', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/`);
    const box = page.getByRole('combobox', { name: 'Tìm kiếm bài viết trên trang' });
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await box.click();
    await page.keyboard.type('hoi thao dao tao c');
    const list = page.getByRole('listbox', { name: 'Gợi ý tìm kiếm' });
    await list.waitFor();
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    const first = list.getByRole('option').first();
    await expect(first.innerText()).resolves.toContain(referenceArticle.title);
    await page.keyboard.press('Escape');
    await expect(list.isHidden()).resolves.toBe(true);
    await page.keyboard.type('a');
    await list.waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(
      await list.getByRole('option').first().getAttribute('id'),
    );
    await expect(list.getByRole('option').first().getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    await page.screenshot({ path: path.join(SHOTS, `search-typeahead-${dialect}-1280.png`) });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tin-trong-tinh\/hoi-thao-khoa-hoc-/);
    await page.close();
  });

  it('narrows the search with the filters and explains a bad date', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/tim-kiem?q=${encodeURIComponent('Điện Biên')}`);
    await page.getByLabel('Chuyên mục').selectOption('tin-trong-tinh');
    await page.getByLabel('Từ ngày').fill('09/03/2023');
    await page.getByLabel('Đến ngày').fill('09/03/2023');
    await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).last().click();
    await page.waitForURL(/chuyen-muc=tin-trong-tinh/);
    await expect(page.locator('.search-result-title a').allInnerTexts()).resolves.toEqual([
      referenceArticle.title,
    ]);
    await page.getByLabel('Từ ngày').fill('31/02/2023');
    await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).last().click();
    await page.waitForURL(/tu-ngay=31/);
    await expect(page.getByRole('alert').innerText()).resolves.toContain(
      'Ngày bắt đầu không hợp lệ',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no serious accessibility violations on the results, the empty state and the site map, and reflows at 360 px', async () => {
    const page = await browser.context.newPage();
    for (const p of [
      `/tim-kiem?q=${encodeURIComponent(QUERY)}`,
      '/tim-kiem?q=khong+co+gi+nhu+the',
      '/tim-kiem',
      '/so-do-trang',
    ]) {
      await page.goto(`${server.url}${p}`);
      expect(await seriousA11yViolations(page), p).toEqual([]);
    }
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${server.url}/tim-kiem?q=${encodeURIComponent(QUERY)}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, `search-${dialect}-360.png`), fullPage: true });
    await page.close();
  });
});
