import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { vnDayKey } from '../src/lib/date.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { launchBrowser, seriousA11yViolations } from './browser.ts';
import { clearDemoSchedule } from './site-under-test.ts';

const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/** Cơ cấu tổ chức and Lịch công tác as readers see them, phone and desktop (issue #23). */
describe('Cơ cấu tổ chức and Lịch công tác read on a phone and a desktop', () => {
  let server: RunningServer;
  let dir: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-org-'));
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
        MEDIA_DIR: TEST_MEDIA_DIR,
      }),
    );
    await clearDemoSchedule(server);
    const org = server.deps.organisation;
    const unit = await org.saveUnit(SYSTEM, undefined, {
      name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      parentId: null,
      description: '',
      address: 'Phường Điện Biên Phủ, tỉnh Điện Biên',
      phone: '0215 3825 111',
      email: '',
      position: 0,
    });
    const leader = await org.savePerson(SYSTEM, undefined, {
      fullName: 'Mùa A Mẫu',
      responsibilities: 'Phụ trách chung',
      phone: '',
      email: '',
    });
    await org.addPost(SYSTEM, leader, {
      title: 'Bí thư Tỉnh ủy',
      unitId: null,
      term: 'Khóa XV (2025–2030)',
      startsOn: '2025-10-01',
      endsOn: null,
      leadership: true,
      position: 0,
    });
    await server.deps.settings.update(SYSTEM, {
      hotline: '0215 3826 888',
      contactPoints: 'Văn phòng Tỉnh ủy | 0215 3825 222 | vanphong@dienbien.dcs.vn',
    });
    const today = vnDayKey(new Date());
    for (const [i, unitId] of [null, unit].entries()) {
      const id = await server.deps.schedule.create(SYSTEM, {
        day: today,
        session: 'sang',
        startTime: '08:00',
        endTime: '',
        content: i === 0 ? 'Giao ban Thường trực Tỉnh ủy' : 'Họp chi bộ Ban',
        participants: 'Các đồng chí trong Thường trực',
        place: 'Phòng họp số 1',
        chairPersonId: i === 0 ? leader : null,
        chairNote: '',
        highlighted: i === 0,
        unitId,
      });
      await server.deps.schedule.approve(SYSTEM, id);
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const open = async (p: string, width: number): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${server.url}${p}`);
    return page;
  };

  it('is axe clean at 360 and 1280 px, with no sideways scroll', async () => {
    const unitId = (await server.deps.schedule.publicUnits())[0]!.id;
    for (const width of [360, 1280]) {
      for (const p of ['/co-cau-to-chuc', '/lich-cong-tac', `/lich-cong-tac?don-vi=${unitId}`]) {
        const page = await open(p, width);
        expect(await seriousA11yViolations(page), `${p} at ${width} px`).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
          `${p} at ${width} px`,
        ).toBeLessThanOrEqual(0);
        await page.close();
      }
    }
  });

  it("shows the hotline and contact points in the footer and on the organisation page; the week and a unit's own", async () => {
    const page = await open('/co-cau-to-chuc', 1280);
    await expect(page.locator('.org-hotline').innerText()).resolves.toContain('0215 3826 888');
    await expect(page.locator('.org-hotline').innerText()).resolves.toContain('Văn phòng Tỉnh ủy');
    await expect(page.locator('footer').innerText()).resolves.toContain('0215 3826 888');
    await expect(page.getByText('Mùa A Mẫu').first().isVisible()).resolves.toBe(true);
    await page.goto(`${server.url}/lich-cong-tac`);
    await expect(
      page.locator('main').getByText('Giao ban Thường trực Tỉnh ủy').isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator('main').getByText('Họp chi bộ Ban').count()).resolves.toBe(0);
    const unitId = (await server.deps.schedule.publicUnits())[0]!.id;
    await page.goto(`${server.url}/lich-cong-tac?don-vi=${unitId}`);
    await expect(page.locator('main').getByText('Họp chi bộ Ban').isVisible()).resolves.toBe(true);
    await expect(
      page.locator('main').getByText('Giao ban Thường trực Tỉnh ủy').count(),
    ).resolves.toBe(0);
    await page.close();
  });
});
