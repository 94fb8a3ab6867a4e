import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import type { Account } from '../src/modules/account/account.ts';
import { documentFormSchema } from '../src/modules/document/document.schema.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { textPdf } from '../test/support/document-fixtures.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { dialects, freshDb, type TestDb } from '../test/support/test-db.ts';
import { CHROMIUM, CHROMIUM_ARGS, READER_UA, seriousA11yViolations } from './browser.ts';

const CLERK = {
  id: 1,
  role: 'approver',
  allSections: true,
  sectionIds: [],
  disabledAt: null,
} as unknown as Account;
const ACTOR = { id: 1, name: 'Văn thư', ip: '127.0.0.1', userAgent: 'e2e' };

describe.each(dialects)(
  'a reader filtering the document registry without JavaScript (%s)',
  (dialect) => {
    let server: RunningServer;
    let browser: Browser;
    let dir: string;
    let pgDb: TestDb | undefined;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-docs-'));
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
      const docs = server.deps.documents;
      const lists = await docs.ensureLists();
      const typeId = (n: string) => String(lists.types.find((t) => t.name === n)!.id);
      const issuerId = (n: string) => String(lists.issuers.find((t) => t.name === n)!.id);
      const entries = [
        ['09-QC/TW', 'Quy chế', 'Ban Chấp hành Trung ương', '05/01/2026', 'Quy chế làm việc'],
        ['109-QC/TW', 'Quy chế', 'Ban Chấp hành Trung ương', '01/03/2025', 'Quy chế khác'],
        [
          '01/2026/QĐ-UBND',
          'Quyết định',
          'Ủy ban nhân dân tỉnh',
          '12/02/2026',
          'Phân cấp quản lý giá',
        ],
      ] as const;
      for (const [number, type, issuer, issuedOn, summary] of entries) {
        const form = documentFormSchema.parse({
          number,
          numberReason: '',
          typeId: typeId(type),
          issuerId: issuerId(issuer),
          signerName: 'Tô Lâm',
          signerTitle: 'Tổng Bí thư',
          signerAuthority: 'TM',
          issuedOn,
          effectiveOn: '',
          expiresOn: '',
          effect: 'in-force',
          summary,
          body: '',
          scope: 'public',
          source: '',
          fieldIds: [],
          relations: [],
        });
        const id = await docs.create(ACTOR, CLERK, form, [
          { name: `${number}.pdf`, data: textPdf([[summary]]) },
        ]);
        for (const t of ['submit', 'approve', 'publish'] as const)
          await docs.transition(ACTOR, CLERK, id, t, '');
      }
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await pgDb?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('submits the GET filter form, finds 09-QC/TW typed as "9 qc tw" (never 109-QC/TW), and passes axe', async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        userAgent: READER_UA,
        locale: 'vi-VN',
      });
      const visited: string[] = [];
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}/van-ban`, { waitUntil: 'domcontentloaded' });
        expect(await page.locator('p[role="status"]').innerText()).toBe('3 văn bản.');
        await page.getByLabel('Số, ký hiệu hoặc nội dung').fill('9 qc tw');
        await page.getByRole('button', { name: 'Tra cứu' }).click();
        await page.waitForURL(/q=9\+qc\+tw/, { waitUntil: 'domcontentloaded' });
        const rows = page.locator('table.doc-table tbody tr');
        expect(await rows.count()).toBe(1);
        expect(await rows.first().innerText()).toContain('09-QC/TW');
        visited.push(page.url());

        await page.getByLabel('Số, ký hiệu hoặc nội dung').fill('');
        await page.getByLabel('Loại văn bản').selectOption({ label: 'Quy chế' });
        await page.getByLabel('Năm ban hành').fill('2026');
        await page.getByRole('button', { name: 'Tra cứu' }).click();
        await page.waitForURL(/nam=2026/, { waitUntil: 'domcontentloaded' });
        expect(await rows.count()).toBe(1);
        expect(await page.getByLabel('Loại văn bản').inputValue()).not.toBe('');
        visited.push(page.url());

        await rows.first().getByRole('link').click();
        await page.waitForURL(/\/van-ban\/quy-che-09-qc-tw-\d+$/, {
          waitUntil: 'domcontentloaded',
        });
        expect(await page.locator('.doc-number').innerText()).toBe('Số: 09-QC/TW');
        expect(await page.locator('.doc-formal').innerText()).toContain(
          'Hà Nội, ngày 05 tháng 01 năm 2026',
        );
        expect(await page.locator('iframe.doc-viewer').count()).toBe(1);
        visited.push(page.url());
      } finally {
        await context.close();
      }
      // axe runs as a script: it checks the same pages in a context with JavaScript on.
      const checker = await browser.newContext({ userAgent: READER_UA, locale: 'vi-VN' });
      try {
        const page = await checker.newPage();
        for (const url of visited) {
          await page.goto(url, { waitUntil: 'domcontentloaded' });
          expect(await seriousA11yViolations(page), url).toEqual([]);
        }
      } finally {
        await checker.close();
      }
    }, 240_000);
  },
);
