import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { textPdf } from '../test/support/document-fixtures.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { dialects, freshDb, type TestDb } from '../test/support/test-db.ts';
import { CHROMIUM, CHROMIUM_ARGS, READER_UA, seriousA11yViolations } from './browser.ts';
import { enrolAndSignIn } from './staff.ts';

const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
const PW = 'Sông Đà mùa lũ năm 2026!';
const DOCX = fs.readFileSync(
  new URL('../test/fixtures/documents/nghi-quyet.docx', import.meta.url),
);

/**
 * A clerk picks the signer from Cơ cấu tổ chức in the document form; the leader's post changes
 * mid-term; a reader without JavaScript sees each document with the title held on its day of
 * issue (#19, #23). The second document's trích yếu is left empty and filled from its DOCX.
 */
describe.each(dialects)('document signers from the directory, in the browser (%s)', (dialect) => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;
  let pgDb: TestDb | undefined;
  let totp: string;
  let person: number;
  let oldPost: number;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-signers-'));
    let url = `sqlite:${path.join(dir, 'portal.db')}`;
    if (dialect === 'postgres') {
      pgDb = await freshDb('postgres', { migrate: false });
      url = pgDb.url;
    }
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: url,
        MEDIA_DIR: TEST_MEDIA_DIR,
        MIGRATE_AT_START: '1',
      }),
    );
    const made = await server.deps.accounts.create(
      SYSTEM,
      {
        username: 'vanthu',
        fullName: 'Văn thư',
        email: '',
        role: 'approver',
        allSections: true,
        sectionIds: [],
      },
      { password: PW },
    );
    totp = made.totpSecret!;
    const org = server.deps.organisation;
    person = await org.savePerson(SYSTEM, undefined, {
      fullName: 'Lò Văn Mẫu',
      responsibilities: '',
      phone: '',
      email: '',
    });
    oldPost = await org.addPost(SYSTEM, person, {
      title: 'Phó Bí thư Tỉnh ủy',
      unitId: null,
      term: 'Khóa XV (2025–2030)',
      startsOn: '2020-10-15',
      endsOn: null,
      leadership: true,
      position: 0,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await pgDb?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Enters a document through the form with the directory signer, then publishes it. */
  async function enter(
    page: Page,
    d: { number: string; type: string; issuedOn: string; summary: string },
    file: { name: string; mimeType: string; buffer: Buffer },
  ): Promise<string> {
    await page.goto(`${server.url}/quan-tri/van-ban/moi`);
    await page.locator('#f-number').fill(d.number);
    await page.getByLabel('Loại văn bản').selectOption({ label: d.type });
    await page.getByLabel('Cơ quan ban hành').selectOption({ label: 'Tỉnh ủy' });
    await page.locator('#f-summary').fill(d.summary);
    await page.locator('#f-issuedOn').fill(d.issuedOn);
    await page.getByLabel('Người ký trong Cơ cấu tổ chức').selectOption({ label: 'Lò Văn Mẫu' });
    await page.getByLabel('Thẩm quyền ký').selectOption({ label: 'Thay mặt (T/M, TM.)' });
    await page.locator('#f-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.waitForURL(/\/quan-tri\/van-ban\/\d+\?da-luu=1$/);
    const admin = page.url().replace(/\?.*$/, '');
    for (const step of ['Gửi kiểm tra', 'Duyệt', 'Đăng']) {
      await page.getByRole('button', { name: step, exact: true }).click();
      await page.waitForURL(/\?da-luu=1$/);
    }
    return admin;
  }

  it('shows the title held on each day of issue after the post changes mid-term, and passes axe', async () => {
    const clerk = await browser.newContext({ locale: 'vi-VN' });
    const checked: string[] = [];
    try {
      const page = await enrolAndSignIn(clerk, server.url, 'vanthu', PW, totp);
      await enter(
        page,
        {
          number: '12-NQ/TU',
          type: 'Nghị quyết',
          issuedOn: '10/03/2025',
          summary: 'Về phát triển kinh tế cửa khẩu',
        },
        { name: 'nghi-quyet-12.pdf', mimeType: 'application/pdf', buffer: textPdf([['NQ 12']]) },
      );
      // The form keeps the person and says which title the directory gives that day.
      expect(await page.getByLabel('Người ký trong Cơ cấu tổ chức').inputValue()).toBe(
        String(person),
      );
      expect(await page.locator('.doc-form').innerText()).toContain(
        'Chức vụ vào ngày ban hành theo Cơ cấu tổ chức: Phó Bí thư Tỉnh ủy',
      );
      expect(await seriousA11yViolations(page), 'document form').toEqual([]);

      // Mid-term: the old post ends on 30/06/2025, the new one starts the next day.
      const org = server.deps.organisation;
      await org.updatePost(SYSTEM, oldPost, {
        title: 'Phó Bí thư Tỉnh ủy',
        unitId: null,
        term: 'Khóa XV (2025–2030)',
        startsOn: '2020-10-15',
        endsOn: '2025-06-30',
        leadership: true,
        position: 0,
      });
      await org.addPost(SYSTEM, person, {
        title: 'Bí thư Tỉnh ủy',
        unitId: null,
        term: 'Khóa XV (2025–2030)',
        startsOn: '2025-07-01',
        endsOn: null,
        leadership: true,
        position: 0,
      });
      // The trích yếu left empty: filled from the DOCX's text.
      const second = await enter(
        page,
        { number: '20-CT/TU', type: 'Chỉ thị', issuedOn: '15/08/2025', summary: '' },
        {
          name: 'chi-thi-20.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: DOCX,
        },
      );
      await page.goto(second);
      expect(await page.locator('#f-summary').inputValue()).toContain(
        'Về đẩy mạnh phát triển kinh tế cửa khẩu Tây Trang',
      );
    } finally {
      await clerk.close();
    }

    const reader = await browser.newContext({
      javaScriptEnabled: false,
      userAgent: READER_UA,
      locale: 'vi-VN',
    });
    try {
      const page = await reader.newPage();
      await page.goto(`${server.url}/van-ban`, { waitUntil: 'domcontentloaded' });
      const row = (n: string) => page.locator('table.doc-table tbody tr', { hasText: n });
      expect(await row('12-NQ/TU').locator('.doc-signer').innerText()).toMatch(
        /^Phó Bí thư Tỉnh ủy\s+Lò Văn Mẫu$/,
      );
      expect(await row('20-CT/TU').locator('.doc-signer').innerText()).toMatch(
        /^Bí thư Tỉnh ủy\s+Lò Văn Mẫu$/,
      );
      checked.push(page.url());
      const signerCell = page.locator('table.doc-meta tr', { hasText: 'Người ký' }).locator('td');

      await row('12-NQ/TU').getByRole('link').click();
      await page.waitForURL(/nghi-quyet-12-nq-tu-\d+$/, { waitUntil: 'domcontentloaded' });
      expect(await signerCell.innerText()).toBe('T/M Phó Bí thư Tỉnh ủy Lò Văn Mẫu');
      // "Cùng người ký" leads to the later one, whose page gives the new title.
      await page
        .locator('section.doc-related', { hasText: 'Cùng người ký' })
        .getByRole('link', { name: 'Chỉ thị số 20-CT/TU' })
        .click();
      await page.waitForURL(/chi-thi-20-ct-tu-\d+$/, { waitUntil: 'domcontentloaded' });
      expect(await signerCell.innerText()).toBe('T/M Bí thư Tỉnh ủy Lò Văn Mẫu');
      checked.push(page.url());

      // The signer link filters the list by the person: both documents.
      await signerCell.getByRole('link', { name: 'Lò Văn Mẫu' }).click();
      await page.waitForURL(/nguoi-ky=/, { waitUntil: 'domcontentloaded' });
      expect(await page.locator('p[role="status"]').innerText()).toBe('2 văn bản.');
      checked.push(page.url());
    } finally {
      await reader.close();
    }
    const axe = await browser.newContext({ userAgent: READER_UA, locale: 'vi-VN' });
    try {
      const page = await axe.newPage();
      for (const url of checked) {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        expect(await seriousA11yViolations(page), url).toEqual([]);
      }
    } finally {
      await axe.close();
    }
  }, 240_000);
});
