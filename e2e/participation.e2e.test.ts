import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ID, withSite } from '../src/db/site-scope.ts';
import { seriousA11yViolations } from './browser.ts';
import { SHOTS, siteUnderTest } from './site-under-test.ts';
import { enrolAndSignIn } from './staff.ts';
import { localMailbox } from '../test/support/mailbox.ts';
import { DIGIT_WORDS } from '../src/modules/participation/participation.challenge.ts';

const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'e2e' };

describe('a reader sends a question through Liên hệ – góp ý (browser)', () => {
  let site: Awaited<ReturnType<typeof siteUnderTest>>;

  beforeAll(async () => {
    site = await siteUnderTest('portal-e2e-gop-y-');
  });
  afterAll(async () => {
    await site?.stop();
  });

  it('reaches the form from the contact page, is told what is missing, sends, and looks the code up', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.server.url}/lien-he-gop-y/thong-tin-lien-he`);
    await page.getByRole('link', { name: 'Gửi ý kiến qua biểu mẫu góp ý' }).click();
    await page.waitForURL(/\/gop-y$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Both consent boxes start unticked.
    expect(await page.locator('#gy-consentReply').isChecked()).toBe(false);
    expect(await page.locator('#gy-consentPublish').isChecked()).toBe(false);

    await page.getByLabel('Họ và tên').fill('Lò Thị Hương');
    await page.getByRole('textbox', { name: 'Tiêu đề' }).fill('Giờ tiếp công dân của Đảng ủy xã');
    await page
      .getByRole('textbox', { name: 'Nội dung' })
      .fill('Xin hỏi giờ tiếp công dân của Đảng ủy xã Mường Nhé?');
    // A person takes more than a few seconds; the form refuses faster robots.
    await page.waitForTimeout(3200);
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.waitForLoadState();
    const errors = page.locator('.form-errors');
    await expect(errors.innerText()).resolves.toContain(
      'Vui lòng nhập thư điện tử hoặc số điện thoại',
    );
    await expect(errors.innerText()).resolves.toContain('Cần đồng ý để chúng tôi xử lý và trả lời');
    // What was typed is still there.
    await expect(page.getByRole('textbox', { name: 'Tiêu đề' }).inputValue()).resolves.toBe(
      'Giờ tiếp công dân của Đảng ủy xã',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.locator('#gy-phone').fill('0215 3825 123');
    await page.locator('#gy-consentReply').check();
    await page.locator('#gy-consentPublish').check();
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.waitForURL(/\/gop-y\/da-gui$/);
    const code = (await page.locator('.receipt-code').innerText()).trim();
    expect(code).toMatch(/^GY-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await page.screenshot({ path: path.join(SHOTS, 'gop-y-da-gui-1280.png'), fullPage: true });

    await page.getByRole('link', { name: 'tra cứu tình trạng' }).click();
    await page.getByLabel('Mã tra cứu').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.waitForLoadState();
    await expect(page.locator('.receipt-status').innerText()).resolves.toBe('Mới');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // At 320 px the form still fits (reflow).
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${site.server.url}/gop-y`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
  });

  it('with script the browser proves itself and hides the sum; without script the reader answers it', async () => {
    const withJs = await site.context.newPage();
    await withJs.goto(`${site.server.url}/gop-y`);
    await withJs.locator('input[name="altcha"]').evaluate(
      (el) =>
        new Promise<void>((resolve) => {
          const check = () => ((el as HTMLInputElement).value ? resolve() : setTimeout(check, 50));
          check();
        }),
    );
    await expect(withJs.locator('[data-sum-field]').isHidden()).resolves.toBe(true);
    await withJs.close();

    const ctx = await site.context.browser()!.newContext();
    await ctx.route(/\.js(\?|$)/, (route) => route.abort());
    const page = await ctx.newPage();
    await page.goto(`${site.server.url}/gop-y`);
    const label = await page.locator('label[for="gy-kiemTra"]').innerText();
    const m = /Câu hỏi kiểm tra: (\p{L}+) cộng (\p{L}+) bằng mấy\?/u.exec(label)!;
    const sum = DIGIT_WORDS.indexOf(m[1]!.toLowerCase()) + DIGIT_WORDS.indexOf(m[2]!);
    await page.getByLabel('Họ và tên').fill('Quàng Văn Thắng');
    await page.locator('#gy-phone').fill('0215 3825 456');
    await page.getByRole('textbox', { name: 'Tiêu đề' }).fill('Lịch tiếp dân tháng tới');
    await page.getByRole('textbox', { name: 'Nội dung' }).fill('Xin hỏi lịch tiếp dân tháng tới?');
    await page.locator('#gy-consentReply').check();
    await page.waitForTimeout(3200);
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.waitForLoadState();
    await expect(page.locator('.form-errors').innerText()).resolves.toContain(
      'Vui lòng trả lời đúng câu hỏi kiểm tra',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.locator('#gy-kiemTra').fill(String(sum));
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.waitForURL(/\/gop-y\/da-gui$/);
    await expect(page.locator('.receipt-code').isVisible()).resolves.toBe(true);
    await ctx.close();
  });
});

/**
 * Issue #20's "Done when", end to end in a browser: the unit's mailbox (a local SMTP server)
 * gets the notice, staff route, answer, anonymise and publish, the reader's look-up says
 * "Đã trả lời", Hỏi đáp shows the anonymised question, and after the retention period the
 * personal fields are gone from the database.
 */
describe('a question from the form to Hỏi đáp, with the unit mailed (browser)', () => {
  let site: Awaited<ReturnType<typeof siteUnderTest>>;
  const smtp = localMailbox();
  const received = smtp.received;

  beforeAll(async () => {
    await smtp.start();
    const port = smtp.port;
    site = await siteUnderTest('portal-e2e-hoi-dap-', {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'no-reply@dangbo.example.vn',
    });
    await withSite(DEFAULT_SITE_ID, () =>
      site.server.deps.participation.createUnit(SYSTEM, {
        name: 'Ban Tổ chức Tỉnh ủy',
        people: 'Đ/c Lò Văn Minh',
        email: 'btc@dangbo.example.vn',
      }),
    );
  });
  afterAll(async () => {
    await site?.stop();
    await smtp.stop();
  });

  /** Sends what the outbox holds now (the participation-mail job does this every 15 s). */
  const deliver = () =>
    withSite(DEFAULT_SITE_ID, () => site.server.deps.participation.deliverMail());
  const decoded = (data: string) =>
    Buffer.from(
      data
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');

  it('reader asks, unit is mailed, staff answer and publish, the reader sees the answer, data expire', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.server.url}/gop-y`);
    await page.getByLabel('Họ và tên').fill('Lò Thị Hương');
    await page.locator('#gy-email').fill('huong.lo@example.vn');
    await page.locator('#gy-unitId').selectOption({ label: 'Ban Tổ chức Tỉnh ủy' });
    await page.getByRole('textbox', { name: 'Tiêu đề' }).fill('Chuyển sinh hoạt đảng tạm thời');
    await page
      .getByRole('textbox', { name: 'Nội dung' })
      .fill('Tôi là đảng viên ở bản Nậm Pố, đi làm xa 6 tháng: chuyển sinh hoạt tạm thời thế nào?');
    await page.locator('#gy-consentReply').check();
    await page.locator('#gy-consentPublish').check();
    await page.waitForTimeout(3200);
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.waitForURL(/\/gop-y\/da-gui$/);
    const code = (await page.locator('.receipt-code').innerText()).trim();

    // The unit's mailbox: subject, unit and the back-office link.
    await deliver();
    const notice = received.find((m) => m.to.includes('btc@dangbo.example.vn'))!;
    expect(notice).toBeDefined();
    expect(decoded(notice.data)).toContain(code);
    expect(decoded(notice.data)).toContain('/quan-tri/gop-y/');

    const password = 'Sông Đà mùa lũ năm 2026 số 9!';
    const created = await withSite(DEFAULT_SITE_ID, () =>
      site.server.deps.accounts.create(
        SYSTEM,
        {
          username: 'xuly',
          fullName: 'Quàng Văn Xử',
          email: '',
          role: 'approver',
          allSections: false,
          sectionIds: [],
        },
        { password },
      ),
    );
    const staff = await enrolAndSignIn(
      site.context,
      site.server.url,
      'xuly',
      password,
      created.totpSecret!,
    );
    await staff.goto(`${site.server.url}/quan-tri/gop-y`);
    await staff.getByRole('link', { name: code }).click();
    await staff.getByRole('button', { name: 'Chuyển sang “Đang xử lý”' }).click();
    await staff.waitForLoadState();
    await staff
      .getByLabel('Câu trả lời', { exact: true })
      .fill('Đồng chí làm thủ tục tại chi bộ nơi cư trú, mang theo giấy giới thiệu.');
    await staff.getByRole('button', { name: 'Lưu và gửi trả lời' }).click();
    await staff.waitForLoadState();
    await staff
      .getByLabel('Câu hỏi đã biên tập, ẩn danh')
      .fill('Đảng viên đi làm xa 6 tháng chuyển sinh hoạt đảng tạm thời thế nào?');
    await staff.getByLabel('Người hỏi (ẩn danh)').fill('Bà L.T.H., xã Mường Nhé');
    await staff.getByRole('button', { name: 'Công khai' }).click();
    await staff.waitForLoadState();
    expect(await seriousA11yViolations(staff)).toEqual([]);

    // The reply reaches the reader, without any back-office address.
    await deliver();
    const reply = received.find((m) => m.to.includes('huong.lo@example.vn'))!;
    expect(decoded(reply.data)).toContain('chi bộ nơi cư trú');
    expect(decoded(reply.data)).not.toContain('/quan-tri');

    await page.goto(`${site.server.url}/gop-y/tra-cuu`);
    await page.getByLabel('Mã tra cứu').fill(code);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.waitForLoadState();
    await expect(page.locator('.receipt-status').innerText()).resolves.toBe('Đã trả lời');

    await page.goto(`${site.server.url}/hoi-dap`);
    const qa = await page.locator('main').innerText();
    expect(qa).toContain('Bà L.T.H., xã Mường Nhé');
    expect(qa).not.toContain('Lò Thị Hương');
    expect(qa).not.toContain('Nậm Pố');

    // Closed, then the retention period passes (its closing moved 13 months back).
    await staff.getByRole('button', { name: 'Chuyển sang “Đóng”' }).click();
    await staff.waitForLoadState();
    const db = site.server.deps.db.kysely;
    const past = new Date(Date.now() - 13 * 31 * 86_400_000).toISOString();
    await db
      .updateTable('contactMessage')
      .set({ closedAt: past, updatedAt: past })
      .where('code', '=', code)
      .execute();
    await withSite(DEFAULT_SITE_ID, () => site.server.deps.participation.expire());
    const row = await db
      .selectFrom('contactMessage')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect([row.senderName, row.senderEmail, row.senderPhone, row.senderAddress, row.body]).toEqual(
      ['', '', '', '', ''],
    );
    expect(row.erasedAt).not.toBeNull();
    expect(
      await db.selectFrom('mailOutbox').selectAll().where('messageId', '=', row.id).execute(),
    ).toEqual([]);
    await page.goto(`${site.server.url}/hoi-dap`);
    await expect(page.locator('main').innerText()).resolves.toContain('Bà L.T.H., xã Mường Nhé');
  });
});
