import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../src/modules/auth/totp.ts';
import type { RunningServer } from '../src/server.ts';
import { foreignRequestsVisiting, seriousA11yViolations } from './browser.ts';
import { SHOTS, siteUnderTest } from './site-under-test.ts';

const PASSWORD = 'Bảo-mật-Tỉnh-ủy-2026!';
const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/** Screen coordinates of a point inside a unit on the full map that the pointer really hits. */
async function pointInside(page: Page, href: string): Promise<{ x: number; y: number }> {
  return page.evaluate((h) => {
    const a = document.querySelector(`svg[data-map] a[href="${h}"]`);
    const p = a?.querySelector('path');
    const svg = p?.ownerSVGElement;
    if (!p || !svg) throw new Error(`no unit ${h}`);
    p.scrollIntoView({ block: 'center' });
    const ctm = p.getScreenCTM();
    if (!ctm) throw new Error(`no unit ${h}`);
    const box = p.getBBox();
    for (let i = 1; i < 30; i++) {
      for (let j = 1; j < 30; j++) {
        const pt = svg.createSVGPoint();
        pt.x = box.x + (box.width * i) / 30;
        pt.y = box.y + (box.height * j) / 30;
        if (!p.isPointInFill(pt)) continue;
        const s = pt.matrixTransform(ctm);
        if (document.elementFromPoint(s.x, s.y) === p) return { x: s.x, y: s.y };
      }
    }
    throw new Error(`no visible point inside ${h}`);
  }, href);
}

describe('the map and the site settings in the browser', () => {
  let site: Awaited<ReturnType<typeof siteUnderTest>>;
  let server: RunningServer;
  let browser: { context: BrowserContext };

  beforeAll(async () => {
    site = await siteUnderTest('portal-e2e-site-');
    server = site.server;
    browser = site;
  });

  afterAll(async () => {
    await site?.stop();
  });

  it('a click on a commune of the map lands on its page; hovering names it', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/ban-do`);
    const target = '/ban-do/xa-muong-phang-03325';
    const { x, y } = await pointInside(page, target);
    await page.mouse.move(x, y);
    await expect(page.locator('[data-map-info]').innerText()).resolves.toBe(
      'Xã Mường Phăng · 166,70 km²',
    );
    await page.screenshot({ path: path.join(SHOTS, 'map-1280.png'), fullPage: false });
    await page.mouse.click(x, y);
    await page.waitForURL(`${server.url}${target}`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Xã Mường Phăng');
    await expect(page.locator('.unit-facts').innerText()).resolves.toContain('166,70 km²');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'unit-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.reload();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('reaches every unit of the map with the keyboard alone, and Enter opens it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/ban-do`);
    const units = await page
      .locator('svg[data-map] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(units).toHaveLength(45);
    const reached = new Set<string>();
    for (let i = 0; i < 200 && reached.size < 45; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('svg[data-map]') ? el.getAttribute('href') : null;
      });
      if (href) reached.add(href);
    }
    expect(reached).toEqual(new Set(units));
    // Focus is visible: the focused unit is drawn in the highlight colour.
    await page.keyboard.press('Shift+Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    // (The colour fades in with a CSS transition: wait until it has arrived.)
    await page.waitForFunction(
      () =>
        getComputedStyle(document.activeElement!.querySelector('path')!).fill ===
        'rgb(165, 15, 30)',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}${focused}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no serious accessibility violations on the map page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/ban-do`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it('an admin changes the footer and a menu item; the public site shows them', async () => {
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
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/quan-tri/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri\/bao-mat\/hai-lop$/);
    await page.getByLabel('Mã xác thực').fill(currentTotp(created.totpSecret!, new Date()));
    await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    await page.getByRole('link', { name: 'Tôi đã lưu, tiếp tục' }).click();

    await page.getByRole('link', { name: 'Cài đặt trang' }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Cơ quan chủ quản').fill('Ban Thường vụ Tỉnh ủy Điện Biên');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(page.getByText('Đã lưu. Trang công khai đã cập nhật.').isVisible()).resolves.toBe(
      true,
    );

    await page.getByRole('link', { name: 'Menu', exact: true }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Chuyển sang menu tự chỉnh' }).click();
    await page.getByRole('link', { name: 'Xây dựng Đảng', exact: true }).click();
    await page.getByLabel('Tên hiển thị').fill('Công tác xây dựng Đảng');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('button', { name: /chuyển “Công tác xây dựng Đảng” lên trên/ }).click();
    await page.screenshot({ path: path.join(SHOTS, 'admin-menu.png'), fullPage: true });

    for (const tab of [
      'Khối bên phải',
      'Banner',
      'Liên kết web',
      'Logo, ảnh đầu trang và biểu tượng',
    ]) {
      await page.getByRole('link', { name: tab, exact: true }).click();
      expect(await seriousA11yViolations(page), tab).toEqual([]);
    }

    // The Liên kết web block as a selector: accessible, and moving through it by keyboard never navigates.
    await page.getByRole('link', { name: 'Liên kết web', exact: true }).click();
    await page.getByLabel('Hộp “Chọn liên kết”').check();
    await page.getByRole('button', { name: 'Lưu kiểu hiển thị' }).click();

    await page.goto(`${server.url}/`);
    await expect(page.locator('.footer-info').innerText()).resolves.toContain(
      'Ban Thường vụ Tỉnh ủy Điện Biên',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Chọn liên kết').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(page.url()).toBe(`${server.url}/`);
    await expect(page.getByRole('button', { name: 'Đi đến' }).isVisible()).resolves.toBe(true);
    // The row's entries, then those under "Khác" (the items that do not fit in one row).
    const menu = await page
      .locator('.mainnav .menu > li:not(.more-items) > a, .mainnav .more-items > .submenu > li > a')
      .allInnerTexts();
    expect(menu.map((m) => m.toLowerCase())).toContain('công tác xây dựng đảng');
    expect(menu.findIndex((m) => /công tác xây dựng đảng/i.test(m))).toBeLessThan(
      menu.findIndex((m) => /tin tức/i.test(m)),
    );
    await page.close();
  });

  it('never contacts another origin', async () => {
    const pages = ['/', '/ban-do', '/ban-do/xa-muong-phang-03325', '/quan-tri/dang-nhap'];
    expect(await foreignRequestsVisiting(browser.context, server.url, pages)).toEqual([]);
  });
});
