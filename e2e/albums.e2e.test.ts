import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../src/modules/account/account.ts';
import * as fx from '../test/support/media-fixtures.ts';
import { seriousA11yViolations } from './browser.ts';
import { siteUnderTest, SHOTS } from './site-under-test.ts';
import { enrolAndSignIn } from './staff.ts';

const PASSWORD = 'Phóng-viên-ảnh-Mường-Thanh-2026';
const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

describe('a reporter builds a photo album; readers see it as captioned figures', () => {
  let site: Awaited<ReturnType<typeof siteUnderTest>>;
  let base = '';
  let page: Page;
  let editor: Account;
  let approver: Account;
  let albumId = 0;
  const files: string[] = [];

  beforeAll(async () => {
    site = await siteUnderTest('portal-e2e-albums-');
    base = site.server.url;
    const make = async (username: string, role: 'reporter' | 'editor' | 'approver') =>
      site.server.deps.accounts.create(
        SYSTEM,
        { username, fullName: username, email: '', role, allSections: true, sectionIds: [] },
        { password: PASSWORD },
      );
    const reporter = await make('anhphongvien', 'reporter');
    editor = (await make('anhbientap', 'editor')).account;
    approver = (await make('anhpheduyet', 'approver')).account;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'album-photos-'));
    for (let i = 1; i <= 3; i++) {
      const f = path.join(dir, `hoa-ban-${i}.jpg`);
      fs.writeFileSync(f, await fx.jpeg(640, 420, crypto.randomInt(1, 1e6)));
      files.push(f);
    }
    page = await enrolAndSignIn(site.context, base, 'anhphongvien', PASSWORD, reporter.totpSecret!);
  }, 120_000);
  afterAll(async () => {
    await site?.stop();
  });

  it('creates the album, uploads several photos at once, captions them and reorders by keyboard', async () => {
    await page.getByRole('link', { name: 'Thư viện ảnh' }).click();
    await page.getByRole('link', { name: 'Tạo album ảnh' }).click();
    await page.getByLabel('Tên album').fill('Mùa hoa ban Điện Biên');
    await page.getByLabel('Ngày chụp').fill('15/03/2026');
    await page
      .getByLabel('Địa điểm (đơn vị hành chính)')
      .selectOption({ label: 'Phường Mường Thanh' });
    await page.getByRole('button', { name: 'Tạo album và thêm ảnh' }).click();
    await page.waitForURL(/thu-vien-anh\/[0-9]+/);
    albumId = Number(/thu-vien-anh\/([0-9]+)/.exec(page.url())![1]);

    await page.getByLabel('Chọn một hoặc nhiều ảnh').setInputFiles(files);
    await page.getByRole('button', { name: 'Tải lên và thêm vào album' }).click();
    await page.waitForURL(/da-luu=1/);
    for (let n = 1; n <= 3; n++) {
      await page.getByLabel(`Mô tả ảnh (alt) ảnh ${n}`).fill(`Hoa ban nở trắng, ảnh ${n}`);
      await page.getByLabel(`Chú thích ảnh ${n}`).fill(`Chú thích ảnh ${n}`);
      await page.getByRole('button', { name: `Lưu ảnh ${n}` }).click();
      await page.waitForURL(/da-luu=1/);
    }
    // Keyboard only: focus "Xuống" of the first photo and press Enter.
    await page.getByRole('button', { name: /^Xuống.*Ảnh 1/ }).focus();
    // The form posts and the page comes back reordered (polled: the press only starts it).
    await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
    await page.waitForLoadState('load');
    await expect
      .poll(() => page.getByLabel('Mô tả ảnh (alt) ảnh 1').inputValue(), { timeout: 20_000 })
      .toBe('Hoa ban nở trắng, ảnh 2');
    await page.getByRole('button', { name: 'Gửi biên tập' }).click();
    await page.waitForURL(/da-luu=1/);
    expect(await page.locator('#h-workflow + p').innerText()).toContain('Chờ biên tập');
  }, 120_000);

  it('once published, shows every photo as a figure in order and passes axe', async () => {
    const albums = site.server.deps.albums;
    let a = await albums.album(albumId);
    a = await albums.transition(SYSTEM, editor, albumId, {
      t: 'forward',
      note: '',
      version: a.version,
    });
    await albums.transition(SYSTEM, approver, albumId, {
      t: 'publish',
      note: '',
      version: a.version,
    });

    const reader = await site.context.newPage();
    await reader.goto(`${base}/thu-vien-anh`);
    await reader.getByRole('link', { name: 'Mùa hoa ban Điện Biên' }).click();
    await reader.waitForURL(/mua-hoa-ban-dien-bien-[0-9]+$/);
    const figures = reader.locator('.album-gallery figure');
    expect(await figures.count()).toBe(3);
    expect(
      await figures.locator('img').evaluateAll((els) => els.map((e) => e.getAttribute('alt'))),
    ).toEqual(['Hoa ban nở trắng, ảnh 2', 'Hoa ban nở trắng, ảnh 1', 'Hoa ban nở trắng, ảnh 3']);
    expect(await figures.first().locator('figcaption').innerText()).toContain('Chú thích ảnh 2');
    await reader.screenshot({ path: path.join(SHOTS, 'album-public.png'), fullPage: true });
    expect(await seriousA11yViolations(reader)).toEqual([]);
    // The place links both ways.
    await reader.locator('.album-facts').getByRole('link', { name: 'Phường Mường Thanh' }).click();
    await reader.waitForURL(/ban-do/);
    expect(await reader.getByRole('link', { name: 'Mùa hoa ban Điện Biên' }).count()).toBe(1);
    await reader.close();
  }, 120_000);
});
