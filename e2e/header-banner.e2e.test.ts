import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { launchBrowser, seriousA11yViolations } from './browser.ts';
import { enrolAndSignIn } from './staff.ts';

const PASSWORD = 'Quản-trị-Điện-Biên-2026';

/** A plain banner picture of the given size and colour (the test only needs real pixels). */
const banner = (width: number, height: number, rgb: [number, number, number]) =>
  sharp({ create: { width, height, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } })
    .png()
    .toBuffer();

describe('the admin replaces the drawn header with uploaded banners, one per breakpoint (issue #14)', () => {
  let server: RunningServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let dir: string;
  let admin: Page;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-banner-'));
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
      }),
    );
    const created = await server.deps.accounts.create(
      { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' },
      {
        username: 'quantri',
        fullName: 'Quản trị viên',
        email: '',
        role: 'admin',
        allSections: true,
        sectionIds: [],
      },
      { password: PASSWORD },
    );
    browser = await launchBrowser();
    admin = await enrolAndSignIn(
      browser.context,
      server.url,
      'quantri',
      PASSWORD,
      created.totpSecret!,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const visibleBanner = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>('.masthead .header-banner')]
        .filter((img) => img.getBoundingClientRect().width > 0)
        .map((img) => ({
          kind: img.classList.contains('header-desktop') ? 'desktop' : 'phone',
          loaded: img.complete && img.naturalWidth > 0,
          width: Math.round(img.getBoundingClientRect().width),
        })),
    );

  it('uploads both banners under Cài đặt trang, and each breakpoint shows its own', async () => {
    await admin.setViewportSize({ width: 1280, height: 900 });
    await admin.goto(`${server.url}/quan-tri/cai-dat/logo`);
    const desktopPanel = admin.locator('section.panel', {
      has: admin.getByRole('heading', { name: /Ảnh đầu trang trên máy tính/ }),
    });
    await desktopPanel.locator('input[type=file]').setInputFiles({
      name: 'dau-trang.png',
      mimeType: 'image/png',
      buffer: await banner(1400, 180, [178, 34, 34]),
    });
    await Promise.all([
      admin.waitForURL(/\/quan-tri\/cai-dat\/logo\?da-luu=1$/),
      desktopPanel.getByRole('button', { name: 'Tải lên ảnh đầu trang' }).click(),
    ]);
    await admin.goto(`${server.url}/quan-tri/cai-dat/logo`);
    const phonePanel = admin.locator('section.panel', {
      has: admin.getByRole('heading', { name: 'Ảnh đầu trang trên điện thoại' }),
    });
    await phonePanel.locator('input[type=file]').setInputFiles({
      name: 'dau-trang-dt.png',
      mimeType: 'image/png',
      buffer: await banner(640, 88, [160, 20, 20]),
    });
    await Promise.all([
      admin.waitForURL(/\/quan-tri\/cai-dat\/logo\?da-luu=1$/),
      phonePanel.getByRole('button', { name: 'Tải lên ảnh đầu trang' }).click(),
    ]);
    expect(await seriousA11yViolations(admin)).toEqual([]);
    // Each file field is labelled by its own panel's label (four fields named "file" on one page).
    const ids = await admin
      .locator('input[type=file]')
      .evaluateAll((inputs) => inputs.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const label of await admin.locator('label:has-text("Chọn ảnh")').all()) {
      const target = await label.getAttribute('for');
      await expect(
        label.evaluate((l, id) => l.closest('section')!.querySelector(`#${id}`) !== null, target),
      ).resolves.toBe(true);
    }

    const reader = await browser.context.browser()!.newContext();
    try {
      const page = await reader.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${server.url}/`);
      await page.locator('.masthead .header-desktop').waitFor({ state: 'visible' });
      const desktop = await visibleBanner(page);
      expect(desktop.map((b) => b.kind)).toEqual(['desktop']);
      expect(desktop[0]!.loaded).toBe(true);
      // The drawn artwork gives way to the picture, and the page keeps its name for readers.
      await expect(page.locator('.masthead .masthead-art').count()).resolves.toBe(0);
      await expect(page.locator('h1, .brand').first().textContent()).resolves.toMatch(/Điện Biên/);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.setViewportSize({ width: 360, height: 780 });
      await page.reload();
      await page.locator('.masthead .header-phone').waitFor({ state: 'visible' });
      const phone = await visibleBanner(page);
      expect(phone.map((b) => b.kind)).toEqual(['phone']);
      expect(phone[0]!.loaded).toBe(true);
      const header = (await page.locator('.masthead').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(64);
      await expect(
        page.getByRole('button', { name: 'Menu', exact: true }).isVisible(),
      ).resolves.toBe(true);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
      ).toBeLessThanOrEqual(0);
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it('takes the banners away again, and the drawn header returns', async () => {
    await admin.goto(`${server.url}/quan-tri/cai-dat/logo`);
    for (const name of [/Ảnh đầu trang trên máy tính/, /Ảnh đầu trang trên điện thoại/]) {
      await admin.goto(`${server.url}/quan-tri/cai-dat/logo`);
      const panel = admin.locator('section.panel', { has: admin.getByRole('heading', { name }) });
      const remove = panel.locator('form[action$="/xoa"] button');
      await Promise.all([admin.waitForURL(/\/quan-tri\/cai-dat\/logo\?da-luu=1$/), remove.click()]);
    }
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).not.toContain('header-banner');
    expect(html).toContain('<svg class="emblem"');
  });
});
