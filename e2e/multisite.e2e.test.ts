import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { referenceArticle } from '../src/seed/reference-article.ts';
import { addSite } from '../test/support/sites.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { CHROMIUM, CHROMIUM_ARGS, READER_UA, seriousA11yViolations } from './browser.ts';

const HOST = 'muongcha.example.vn';

describe('several sites side by side in one process, in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;
  let port: string;
  let nhe: Awaited<ReturnType<typeof addSite>>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-sites-'));
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        BASE_URL: 'http://127.0.0.1',
        DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
        MEDIA_DIR: TEST_MEDIA_DIR,
      }),
    );
    port = new URL(server.url).port;
    nhe = await addSite(server.deps.db, {
      slug: 'muong-nhe',
      name: 'Đảng bộ xã Mường Nhé',
      pathPrefix: '/xa/muong-nhe',
      articles: ['Mường Nhé ra quân làm đường giao thông nông thôn'],
    });
    await addSite(server.deps.db, {
      slug: 'muong-cha',
      name: 'Đảng bộ xã Mường Chà',
      host: HOST,
      articles: ['Mường Chà tổng kết công tác xây dựng Đảng năm 2026'],
    });
    await server.deps.platform.load();
    // The commune's own host name reaches this machine, as DNS would send it to the server.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP *.example.vn 127.0.0.1'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const context = await browser.newContext({ userAgent: READER_UA, locale: 'vi-VN' });
    const page = await context.newPage();
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    return page;
  }

  it("shows each site's own name, menu, articles and statistics, and none of another's", async () => {
    const province = await open(`${server.url}/`);
    const provinceText = await province.locator('body').innerText();
    expect(provinceText).toContain(referenceArticle.title);
    expect(provinceText).not.toContain('Mường Nhé ra quân');
    // innerText follows the stylesheet (block titles are upper case).
    expect(provinceText.toUpperCase()).toContain('THỐNG KÊ TRUY CẬP');

    for (const [url, name, own, other] of [
      [
        `${server.url}/xa/muong-nhe`,
        'ĐẢNG BỘ XÃ MƯỜNG NHÉ',
        'Mường Nhé ra quân làm đường giao thông nông thôn',
        'Mường Chà tổng kết',
      ],
      [
        `http://${HOST}:${port}/`,
        'ĐẢNG BỘ XÃ MƯỜNG CHÀ',
        'Mường Chà tổng kết công tác xây dựng Đảng năm 2026',
        'Mường Nhé ra quân',
      ],
    ] as const) {
      const page = await open(url);
      const text = await page.locator('body').innerText();
      expect(text.toUpperCase(), url).toContain(name);
      expect(text, url).toContain(own);
      expect(text, url).not.toContain(other);
      expect(text, url).not.toContain(referenceArticle.title);
      // Its own menu: its one section, not the province's eleven.
      const menu = await page.locator('nav').first().innerText();
      expect(menu.toUpperCase(), url).toContain('TIN TỨC');
      expect(menu.toUpperCase(), url).not.toContain('TIN TRONG TỈNH');
      expect(text.toUpperCase()).toContain('THỐNG KÊ TRUY CẬP');
      expect(await seriousA11yViolations(page), url).toEqual([]);
      // Its article opens from its home, at its own address.
      await page.getByRole('link', { name: own }).first().click();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url(), url).toContain(
        url.includes('/xa/') ? '/xa/muong-nhe/tin-tuc/' : `${HOST}:${port}/tin-tuc/`,
      );
      expect(await page.locator('h1').first().innerText()).toContain(own);
      expect((await page.locator('body').innerText()).toUpperCase()).toContain('LƯỢT ĐỌC');
      await page.context().close();
    }
    expect(nhe.paths.length).toBe(1);
  });

  it('answers an unknown host with a 404 that shows no site', async () => {
    const context = await browser.newContext({ userAgent: READER_UA });
    const page = await context.newPage();
    const res = await page
      .goto(`http://${HOST.replace('muongcha', 'khongco')}:${port}/`)
      .catch(() => null);
    // The name does not resolve (no DNS here): the request never reaches another site.
    if (res) {
      expect(res.status()).toBe(404);
      expect(await page.locator('body').innerText()).not.toContain(referenceArticle.title);
    }
    await context.close();
  });
});
