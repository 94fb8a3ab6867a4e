import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { currentTotp } from '../src/modules/auth/totp.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { dialects, freshDb } from '../test/support/test-db.ts';
import { launchBrowser, seriousA11yViolations } from './browser.ts';

const SHOTS = path.join(process.cwd(), 'e2e', 'screenshots');
const TITLE = 'Xã Mường Phăng khánh thành trường mầm non mới';
const IMAGE = path.join(process.cwd(), 'src', 'seed', 'media', 'nha-moi.jpg');
const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

describe.each(dialects)('the newsroom journey in the browser on %s', (dialect) => {
  let server: RunningServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  /** One browser profile per person, so each has their own session cookie. */
  const people: { context: BrowserContext; close: () => Promise<void> }[] = [];
  let dir: string;
  let drop: (() => Promise<void>) | undefined;
  const pw = 'Sông Đà mùa lũ năm 2026!';

  /** Each person's second-factor secret, and the recovery codes shown at enrolment. */
  const secrets = new Map<string, string>();
  const recovery = new Map<string, string[]>();

  /**
   * Signs in through the pages: the first time the person enrols the second factor (mandatory
   * for every role); later, one of their single-use recovery codes answers the code step (a
   * TOTP code of the same 30-second step would be refused as a replay).
   */
  async function login(username: string): Promise<Page> {
    const own = await launchBrowser();
    people.push(own);
    const page = await own.context.newPage();
    await page.goto(`${server.url}/quan-tri/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(pw);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/bao-mat\/hai-lop|xac-thuc/);
    if (page.url().includes('xac-thuc')) {
      await page.getByLabel('Mã xác thực').fill(recovery.get(username)!.shift()!);
      await page.getByRole('button', { name: 'Xác nhận' }).click();
    } else {
      await page.getByLabel('Mã xác thực').fill(currentTotp(secrets.get(username)!, new Date()));
      await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
      const codes = await page.getByTestId('recovery-codes').locator('li').allInnerTexts();
      recovery.set(
        username,
        codes.map((c) => c.trim()),
      );
      await page.getByRole('link', { name: 'Tôi đã lưu, tiếp tục' }).click();
    }
    await page.waitForURL(/\/quan-tri$/);
    return page;
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-news-'));
    let url = `sqlite:${path.join(dir, 'portal.db')}`;
    if (dialect === 'postgres') {
      const db = await freshDb('postgres', { migrate: false });
      url = db.url;
      await db.db.close();
      drop = () => db.drop();
    }
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: url,
        MEDIA_DIR: TEST_MEDIA_DIR,
        // A first start: on PostgreSQL the instance migrates only when told to.
        MIGRATE_AT_START: '1',
      }),
    );
    const sections = await server.deps.site.sections();
    const tinTrongTinh = sections.find((s) => s.slug === 'tin-trong-tinh')!.id;
    const mk = async (
      username: string,
      fullName: string,
      role: 'reporter' | 'editor' | 'approver',
    ) => {
      const created = await server.deps.accounts.create(
        SYSTEM,
        { username, fullName, email: '', role, allSections: false, sectionIds: [tinTrongTinh] },
        { password: pw },
      );
      secrets.set(username, created.totpSecret!);
    };
    await mk('phongvien', 'Quàng Văn Pọm', 'reporter');
    await mk('bientap', 'Lò Thị Biên', 'editor');
    await mk('lanhdao', 'Nguyễn Văn Duyệt', 'approver');
    browser = await launchBrowser();
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    for (const p of people) await p.close();
    await server?.stop();
    await drop?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reporter writes with an image → editor returns → reporter fixes → approver publishes → correction → withdrawal', async () => {
    // The reporter writes an article with an image and its caption.
    const reporter = await login('phongvien');
    await reporter.getByRole('link', { name: /^Bài viết/ }).click();
    await reporter.getByRole('link', { name: 'Viết bài mới' }).click();
    await reporter.getByLabel('Tiêu đề').fill(TITLE);
    await reporter.getByRole('button', { name: 'Tạo bài nháp' }).click();
    await reporter.waitForURL(/\/quan-tri\/bai-viet\/\d+$/);
    const id = Number(/(\d+)$/.exec(reporter.url())![1]);
    await reporter
      .getByLabel('Sapo (phần mở đầu)')
      .fill('Sáng 25/11, xã Mường Phăng khánh thành trường mầm non 6 phòng học.');
    const body = reporter.locator('.ProseMirror');
    await body.click();
    await reporter.keyboard.type('Trường được xây dựng bằng nguồn vốn xã hội hóa.');
    // Every message of the editor's status line, recorded as it changes (upload progress).
    await reporter.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __status: string[] }).__status = seen;
      const el = document.querySelector('.autosave-status')!;
      new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const chooser = reporter.waitForEvent('filechooser');
    await reporter.getByRole('button', { name: 'Ảnh', exact: true }).click();
    await (await chooser).setFiles(IMAGE);
    // The figure dialog: the picture in view, alt required (spaces are not a description).
    const dialog = reporter.getByRole('dialog', { name: 'Thông tin ảnh' });
    await dialog.waitFor();
    await expect(dialog.locator('img').getAttribute('src')).resolves.toMatch(/^\/media\//);
    // The upload said how far it was, then that the photo was being processed.
    const status = await reporter.evaluate(
      () => (window as unknown as { __status: string[] }).__status,
    );
    expect(status.some((x) => /^Đang tải lên… \d+%$/.test(x))).toBe(true);
    expect(status).toContain('Đang xử lý ảnh (tạo các cỡ ảnh)…');
    await expect(
      reporter.evaluate(() => document.activeElement?.id),
      'focus starts on the alt text',
    ).resolves.toBe('fd-alt');
    await reporter.keyboard.type('   ');
    await dialog.getByRole('button', { name: 'Chèn ảnh' }).click();
    await expect(dialog.isVisible()).resolves.toBe(true);
    expect(await seriousA11yViolations(reporter)).toEqual([]);
    await dialog.getByLabel('Mô tả ảnh (bắt buộc)').fill('Ngôi trường mới mái ngói đỏ giữa núi');
    await dialog
      .getByLabel('Chú thích', { exact: true })
      .fill('Trường mầm non xã Mường Phăng ngày khánh thành.');
    await dialog.getByLabel('Tác giả / nguồn ảnh').fill('Quàng Văn Pọm');
    // What is typed becomes the library item's own text only when asked for.
    const uploadedSrc = await dialog.locator('img').getAttribute('src');
    await dialog.getByLabel(/làm thông tin mặc định của ảnh trong thư viện/).check();
    await dialog.getByLabel('Tác giả / nguồn ảnh').focus();
    await reporter.keyboard.press('Enter');
    await expect(dialog.count()).resolves.toBe(0);
    await expect
      .poll(() =>
        reporter.evaluate(async (src) => {
          const r = await fetch('/quan-tri/api/media?kind=image');
          const j = (await r.json()) as {
            items: { url: string; caption: string; credit: string }[];
          };
          const item = j.items.find((i) => i.url === src);
          return item && `${item.caption} | ${item.credit}`;
        }, uploadedSrc),
      )
      .toBe('Trường mầm non xã Mường Phăng ngày khánh thành. | Quàng Văn Pọm');
    // Focus is back in the editor.
    await expect
      .poll(() =>
        reporter.evaluate(() => document.activeElement?.classList.contains('ProseMirror')),
      )
      .toBe(true);
    await expect.poll(() => body.locator('figure img').count(), { timeout: 20_000 }).toBe(1);
    // The library: searched in its own dialog with thumbnails; a pick opens the figure dialog,
    // Escape there inserts nothing.
    await reporter.getByRole('button', { name: 'Thư viện', exact: true }).click();
    const library = reporter.getByRole('dialog', { name: 'Chọn ảnh từ thư viện' });
    await library.waitFor();
    await expect
      .poll(() => reporter.evaluate(() => document.activeElement?.id))
      .toBe('media-picker-q');
    await reporter.keyboard.type('nha moi');
    await reporter.keyboard.press('Enter');
    await expect
      .poll(() => library.getByRole('status').innerText())
      .toMatch(/^[1-9]\d* ảnh cho “nha moi”\.$/);
    await library
      .getByRole('button')
      .filter({ has: reporter.locator('img') })
      .first()
      .click();
    await dialog.waitFor();
    await reporter.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect(body.locator('figure img').count()).resolves.toBe(1);
    // Two photos from the library, each described in the figure dialog.
    for (const n of [0, 1]) {
      await reporter.locator('.ProseMirror p').last().click();
      await reporter.keyboard.press('End');
      await reporter.getByRole('button', { name: 'Thư viện', exact: true }).click();
      await library.waitFor();
      await expect.poll(() => library.getByRole('status').innerText()).toMatch(/^[1-9]\d* ảnh/);
      await library
        .getByRole('button')
        .filter({ has: reporter.locator('img') })
        .nth(n)
        .click();
      await dialog.waitFor();
      await dialog.getByLabel('Mô tả ảnh (bắt buộc)').fill(`Ảnh thư viện số ${n + 1} của bài`);
      await dialog.getByRole('button', { name: 'Chèn ảnh' }).click();
      await expect(dialog.count()).resolves.toBe(0);
      await expect.poll(() => body.locator('figure img').count()).toBe(2 + n);
    }
    await reporter.getByLabel('Bút danh in cuối bài').fill('Tin, ảnh: Quàng Văn Pọm');
    expect(await seriousA11yViolations(reporter)).toEqual([]);
    await reporter.screenshot({ path: path.join(SHOTS, `editor-${dialect}.png`), fullPage: true });
    await reporter.getByRole('button', { name: 'Lưu', exact: true }).click();
    await reporter.waitForURL(/da-luu/);
    await reporter.getByRole('button', { name: 'Gửi biên tập' }).click();
    await reporter.waitForURL(/da-chuyen/);
    await expect(reporter.locator('.status-line').innerText()).resolves.toContain('Chờ biên tập');

    // The editor returns it with a note.
    const editor = await login('bientap');
    await editor.getByRole('link', { name: /Chờ biên tập/ }).click();
    await editor.getByRole('link', { name: TITLE }).click();
    await editor
      .getByLabel('Ghi chú cho người nhận bài')
      .fill('Bổ sung số trẻ được nhận vào trường.');
    await editor.getByRole('button', { name: 'Trả lại' }).click();
    await editor.waitForURL(/da-chuyen/);

    // The reporter's dashboard says it came back, with the note; from there to the article.
    await reporter.goto(`${server.url}/quan-tri`);
    const mine = reporter.getByRole('region', { name: 'Việc của tôi' });
    await expect(mine.innerText()).resolves.toMatch(
      /Bài bị trả lại\s*1[\s\S]*Bổ sung số trẻ được nhận vào trường\./,
    );
    expect(await seriousA11yViolations(reporter)).toEqual([]);
    await mine.getByRole('link', { name: TITLE }).click();
    await reporter.waitForURL(new RegExp(`/quan-tri/bai-viet/${id}$`));
    // The reporter sees the note, fixes the article and sends it again.
    await expect(
      reporter.getByText('Bổ sung số trẻ được nhận vào trường.').first().isVisible(),
    ).resolves.toBe(true);
    await reporter.locator('.ProseMirror p').last().click();
    await reporter.keyboard.press('End');
    await reporter.keyboard.press('Enter');
    await reporter.keyboard.type('Năm học này trường nhận 120 cháu.');
    await reporter.getByRole('button', { name: 'Lưu', exact: true }).click();
    await reporter.waitForURL(/da-luu/);
    await reporter.getByRole('button', { name: 'Gửi biên tập' }).click();
    await reporter.waitForURL(/da-chuyen/);

    // The editor passes it for approval.
    await editor.goto(`${server.url}/quan-tri/bai-viet/${id}`);
    await editor.getByRole('button', { name: 'Chuyển duyệt' }).click();
    await editor.waitForURL(/da-chuyen/);

    // The approver publishes it.
    const approver = await login('lanhdao');
    await approver.getByRole('link', { name: /Chờ duyệt/ }).click();
    await approver.getByRole('link', { name: TITLE }).click();
    await approver.getByRole('button', { name: 'Xuất bản' }).click();
    await approver.waitForURL(/da-chuyen/);

    // Leadership lists who published what: the audit log filtered to "Xuất bản bài" by the approver.
    await approver.goto(`${server.url}/quan-tri/nhat-ky`);
    await approver.getByLabel('Hành động').selectOption({ label: 'Xuất bản bài' });
    await approver
      .getByLabel('Người thực hiện')
      .selectOption({ label: 'Nguyễn Văn Duyệt (lanhdao)' });
    await approver.getByRole('button', { name: 'Lọc' }).click();
    await approver.waitForURL(/hanh-dong=article\.publish/);
    await expect(approver.locator('main').innerText()).resolves.toMatch(/^1 bản ghi\./m);
    await expect(approver.locator('main table').innerText()).resolves.toContain(TITLE);
    expect(await seriousA11yViolations(approver)).toEqual([]);

    // It appears on the home page, with its caption and byline.
    const reader = await browser.context.newPage();
    await reader.goto(`${server.url}/`);
    await reader.getByRole('link', { name: TITLE }).first().click();
    await expect(reader.locator('h1').innerText()).resolves.toBe(TITLE);
    // Caption and credit exactly once, after several saves and autosaves (#13: each save used
    // to add a pair of brackets around the credit).
    await expect(reader.locator('.article-body figcaption').first().innerText()).resolves.toBe(
      'Trường mầm non xã Mường Phăng ngày khánh thành. (Quàng Văn Pọm)',
    );
    await expect(reader.locator('.byline').innerText()).resolves.toBe('Tin, ảnh: Quàng Văn Pọm');
    await expect(reader.locator('.article-body').innerText()).resolves.toContain(
      'Năm học này trường nhận 120 cháu.',
    );
    const articleUrl = reader.url();

    // A correction shows its dated note.
    await approver.goto(`${server.url}/quan-tri/bai-viet/${id}`);
    await approver
      .getByLabel('Sapo (phần mở đầu)')
      .fill('Sáng 26/11, xã Mường Phăng khánh thành trường mầm non 6 phòng học.');
    await approver
      .getByLabel('Nội dung đính chính (hiển thị cho bạn đọc)')
      .fill('Sửa ngày khánh thành: 26/11.');
    await approver.getByRole('button', { name: 'Đính chính' }).click();
    await approver.waitForURL(/da-dinh-chinh/);
    await reader.goto(articleUrl);
    await expect(reader.locator('.correction').innerText()).resolves.toMatch(
      /Đính chính ngày \d\d\/\d\d\/\d{4}: Sửa ngày khánh thành: 26\/11\./,
    );

    // A withdrawal answers 410 with a notice.
    await approver.goto(`${server.url}/quan-tri/bai-viet/${id}`);
    await approver.getByLabel('Lý do gỡ bài').fill('Theo yêu cầu của cơ quan chủ quản.');
    await approver.getByRole('button', { name: 'Gỡ bài' }).click();
    await approver.waitForURL(/da-chuyen/);
    const gone = await reader.goto(articleUrl);
    expect(gone?.status()).toBe(410);
    await expect(reader.locator('main').innerText()).resolves.toContain(
      'Theo yêu cầu của cơ quan chủ quản.',
    );
  });

  it('keeps typed work through a lost connection and a closed tab, and recovers it on return', async () => {
    const reporter = await login('phongvien');
    await reporter.goto(`${server.url}/quan-tri/bai-viet/moi`);
    await reporter.getByLabel('Tiêu đề').fill('Bài thử mất kết nối');
    await reporter.getByRole('button', { name: 'Tạo bài nháp' }).click();
    await reporter.waitForURL(/\/quan-tri\/bai-viet\/\d+$/);
    const url = reporter.url();
    await reporter.locator('.ProseMirror').click();
    await reporter.keyboard.type('Đoạn đã tự lưu.');
    await expect
      .poll(() => reporter.locator('.autosave-status').innerText(), { timeout: 15_000 })
      .toContain('Đã tự động lưu');
    await reporter.context().setOffline(true);
    await reporter.keyboard.type(' Đoạn gõ khi mất mạng.');
    await expect
      .poll(() => reporter.locator('.autosave-status').innerText(), { timeout: 15_000 })
      .toContain('Mất kết nối');
    await reporter.close({ runBeforeUnload: false });
    const again = await people.at(-1)!.context.newPage();
    await again.context().setOffline(false);
    await again.goto(url);
    await expect(again.getByText('Có nội dung chưa được lưu').isVisible()).resolves.toBe(true);
    await again.getByRole('button', { name: 'Khôi phục nội dung này' }).click();
    await expect(again.locator('.ProseMirror').innerText()).resolves.toContain(
      'Đoạn gõ khi mất mạng.',
    );
  });

  it('an XSS corpus saved in every field never executes in the back office or on the page', async () => {
    const reporter = await login('phongvien');
    const evil =
      '<script>window.__xss=1</script><img src=x onerror="window.__xss=1"><svg onload="window.__xss=1"></svg><a href="javascript:window.__xss=1">x</a>';
    const writer = (await server.deps.accounts.list()).find((a) => a.username === 'phongvien')!;
    const sectionId = (await server.deps.site.sections()).find(
      (s) => s.slug === 'tin-trong-tinh',
    )!.id;
    const sys = { id: writer.id, name: writer.username, ip: '127.0.0.1', userAgent: 'e2e' };
    const id = await server.deps.newsroom.create(sys, writer, {
      title: `Tiêu đề ${evil}`,
      lead: `Sapo ${evil}`,
      bodyHtml: `<p>Thân ${evil}</p><figure class="image"><img src="/media/x.jpg" alt="a" onerror="window.__xss=1"><figcaption>Chú thích ${evil}</figcaption></figure>`,
      bodyJson: null,
      byline: `PV ${evil}`,
      sectionId,
      secondarySectionIds: [],
      tags: [evil],
      eventName: '',
      authorIds: [],
      sourceName: '',
      sourceUrl: '',
      sourceDate: null,
      imageId: null,
      seoTitle: evil,
      seoDescription: evil,
      publishedAt: null,
      featured: false,
    });
    const dialogs: string[] = [];
    reporter.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const token = await server.deps.newsroom.previewToken(id);
    for (const target of [
      `/quan-tri/bai-viet/${id}`,
      `/quan-tri/bai-viet/${id}/xem-truoc`,
      `/xem-truoc/${token}`,
      `/quan-tri/bai-viet/${id}/phien-ban`,
    ]) {
      await reporter.goto(`${server.url}${target}`);
      await reporter.waitForLoadState('networkidle');
      await reporter
        .locator('a[href^="javascript:"]')
        .count()
        .then((n) => expect(n, target).toBe(0));
      expect(
        await reporter.evaluate(() => (window as unknown as { __xss?: number }).__xss),
        target,
      ).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
  });
});
