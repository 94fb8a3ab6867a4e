import fs from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDemoSchedule, SHOTS, siteUnderTest } from './site-under-test.ts';

/**
 * Visual regression: each public page type at 360, 768 and 1280 px, compared with the committed
 * baseline in e2e/baselines/ (a layout regression fails the test). Accept new baselines after a
 * deliberate change with `npm run visual:accept` (UPDATE_BASELINES=1), look at them, commit them.
 * On a failure the actual picture and a diff are written to e2e/screenshots/visual/.
 *
 * Robust by construction: a fresh demo database, the counting beacon blocked (no read count
 * moves), the live parts (today's date, read and visitor counters) masked, the date-bound demo
 * schedule removed, every lazy image
 * loaded and decoded, animations and the caret off, the system's fonts as on any machine of this
 * type.
 */
const BASELINES = path.join(process.cwd(), 'e2e', 'baselines');
const OUT = path.join(SHOTS, 'visual');
const UPDATE = process.env.UPDATE_BASELINES === '1';
/** Per-pixel colour tolerance (pixelmatch's YIQ threshold) and the share of pixels that may differ. */
const THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.002;
/** Long pages are compared over their first screens (keeps the baselines small). */
const MAX_HEIGHT = 2400;

const WIDTHS = [
  { width: 360, height: 780 },
  { width: 768, height: 1024 },
  { width: 1280, height: 900 },
];

async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const img of document.images) img.loading = 'eager';
    await Promise.all(
      [...document.images].map((img) =>
        img.complete ? Promise.resolve() : img.decode().catch(() => undefined),
      ),
    );
    await document.fonts.ready;
  });
}

async function rgba(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('the public pages look as the baselines', () => {
  let site: Awaited<ReturnType<typeof siteUnderTest>>;
  let pages: Record<string, string>;

  beforeAll(async () => {
    site = await siteUnderTest('portal-visual-');
    // The demo's Lịch công tác is dated around today; the sidebar's "hôm nay" block would change
    // with the weekday, so the pictures are taken without it (it has its own browser tests).
    await clearDemoSchedule(site.server);
    const home = await (await fetch(`${site.server.url}/`)).text();
    pages = {
      home: '/',
      section: '/tin-trong-tinh',
      article: /href="(\/tin-trong-tinh\/hoi-thao-khoa-hoc[^"]+)"/.exec(home)![1]!,
      search: '/tim-kiem?q=hội thảo',
      map: '/ban-do',
      unit: '/ban-do/xa-muong-phang-03325',
      notFound: '/khong-co-trang-nay',
    };
    fs.mkdirSync(OUT, { recursive: true });
    if (UPDATE) fs.mkdirSync(BASELINES, { recursive: true });
  });
  afterAll(async () => {
    await site?.stop();
  });

  it('matches at 360, 768 and 1280 px', async () => {
    const failures: string[] = [];
    for (const size of WIDTHS) {
      const page = await site.context.newPage();
      await page.route('**/api/dem', (r) => r.fulfill({ status: 204 }));
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.setViewportSize(size);
      for (const [name, p] of Object.entries(pages)) {
        await page.goto(`${site.server.url}${p}`, { waitUntil: 'networkidle' });
        await settle(page);
        const full = await page.evaluate(() => document.documentElement.scrollHeight);
        const shot = await page.screenshot({
          fullPage: true,
          clip: { x: 0, y: 0, width: size.width, height: Math.min(full, MAX_HEIGHT) },
          animations: 'disabled',
          caret: 'hide',
          mask: [page.locator('.today, .reads, .stats dd')],
        });
        const file = `${name}-${size.width}.png`;
        const baseline = path.join(BASELINES, file);
        if (UPDATE) {
          // Palette PNG: a fraction of the size, well within the tolerance.
          fs.writeFileSync(
            baseline,
            await sharp(shot).png({ palette: true, quality: 100, effort: 10 }).toBuffer(),
          );
          continue;
        }
        if (!fs.existsSync(baseline)) {
          failures.push(`${file}: no baseline (run npm run visual:accept)`);
          continue;
        }
        const [a, b] = await Promise.all([rgba(shot), rgba(fs.readFileSync(baseline))]);
        if (a.width !== b.width || a.height !== b.height) {
          fs.writeFileSync(path.join(OUT, file), shot);
          failures.push(`${file}: ${a.width}×${a.height} instead of ${b.width}×${b.height}`);
          continue;
        }
        const diff = Buffer.alloc(a.data.length);
        const changed = pixelmatch(a.data, b.data, diff, a.width, a.height, {
          threshold: THRESHOLD,
        });
        if (changed > a.width * a.height * MAX_DIFF_RATIO) {
          fs.writeFileSync(path.join(OUT, file), shot);
          await sharp(diff, { raw: { width: a.width, height: a.height, channels: 4 } })
            .png()
            .toFile(path.join(OUT, file.replace('.png', '.diff.png')));
          failures.push(`${file}: ${changed} pixels differ`);
        }
      }
      await page.close();
    }
    expect(failures).toEqual([]);
  });
});
