import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousA11yViolations } from './browser.ts';
import { siteUnderTest } from './site-under-test.ts';

/** One path of every public page type (the article's is found on the home page). */
const PAGE_TYPES = {
  home: '/',
  section: '/tin-trong-tinh',
  page: '/gioi-thieu',
  search: '/tim-kiem?q=hội thảo',
  map: '/ban-do',
  unit: '/ban-do/xa-muong-phang-03325',
  sitemap: '/so-do-trang',
  notFound: '/khong-co-trang-nay',
} as const;

describe('the public layout: a Party portal, phone first (issue #14)', () => {
  let site: Awaited<ReturnType<typeof siteUnderTest>>;
  let article: string;

  beforeAll(async () => {
    site = await siteUnderTest('portal-layout-');
    const home = await (await fetch(`${site.server.url}/`)).text();
    article = /href="(\/tin-trong-tinh\/hoi-thao-khoa-hoc[^"]+)"/.exec(home)![1]!;
  });
  afterAll(async () => {
    await site?.stop();
  });

  const open = async (path: string, width: number, height = 800): Promise<Page> => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${site.server.url}${path}`);
    return page;
  };

  it('has no serious or critical accessibility violations on any page type at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      for (const path of [...Object.values(PAGE_TYPES), article]) {
        const page = await open(path, width);
        expect(await seriousA11yViolations(page), `${path} at ${width} px`).toEqual([]);
        await page.close();
      }
    }
    // The drawer, open, too.
    const page = await open('/#menu-chinh', 360);
    expect(await seriousA11yViolations(page), 'menu drawer').toEqual([]);
    await page.close();
  });

  it('draws the Party emblem and name, and keeps the header under 15 KB compressed', async () => {
    const html = await (await fetch(`${site.server.url}/`)).text();
    const header = /<header class="masthead[\s\S]*?<\/header>/.exec(html)![0];
    const nav = /<nav id="menu-chinh"[\s\S]*?<\/nav>/.exec(html)![0];
    expect(header).toContain('<svg class="emblem"');
    expect(header).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(zlib.gzipSync(header + nav).length).toBeLessThanOrEqual(15 * 1024);
  });

  it('on a 360 px phone: a sticky header ≤ 64 px, and the top story on the first screen', async () => {
    const page = await open('/', 360, 780);
    const header = (await page.locator('.masthead').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(64);
    await expect(page.locator('.brand-short').isVisible()).resolves.toBe(true);
    const title = (await page.locator('.featured-title').first().boundingBox())!;
    const image = (await page.locator('.featured-top img').first().boundingBox())!;
    expect(image.y + image.height).toBeLessThanOrEqual(780);
    expect(title.y + title.height).toBeLessThanOrEqual(780);
    await page.evaluate(() => window.scrollTo(0, 1500));
    const stuck = (await page.locator('.masthead').boundingBox())!;
    expect(stuck.y).toBe(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('keeps the main menu in one row at 1024 and 1280 px', async () => {
    for (const width of [1024, 1280]) {
      const page = await open('/', width);
      const tops = await page
        .locator('.mainnav .menu > li')
        .evaluateAll((lis) =>
          lis
            .filter((li) => getComputedStyle(li).display !== 'none')
            .map((li) => li.getBoundingClientRect().top),
        );
      expect(tops.length).toBeGreaterThan(4);
      expect(new Set(tops).size, `${width} px`).toBe(1);
      await page.close();
    }
  });

  it('lets a keyboard reach every sub-menu item of the desktop menu', async () => {
    const page = await open('/', 1280);
    const expected = await page
      .locator('.mainnav .menu a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    const reached: string[] = [];
    await page.locator('.menu a').first().focus();
    for (let i = 0; i < expected.length + 5; i++) {
      const hit = await page.evaluate(() => {
        const a = document.activeElement as HTMLAnchorElement | null;
        if (!a?.closest('.mainnav')) return null;
        const r = a.getBoundingClientRect();
        return { href: a.getAttribute('href')!, visible: r.width > 0 && r.height > 0 };
      });
      if (!hit) break;
      expect(hit.visible, hit.href).toBe(true);
      reached.push(hit.href);
      await page.keyboard.press('Tab');
    }
    expect(reached).toEqual(expected);
    expect(expected.length).toBeGreaterThan(15);
    await page.close();
  });

  it('opens the menu drawer on a phone without JavaScript, every sub-menu shown', async () => {
    const noJs = await launchBrowser();
    try {
      const ctx = await noJs.context.browser()!.newContext({ javaScriptEnabled: false });
      const page = await ctx.newPage();
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(`${site.server.url}/tin-trong-tinh`);
      await expect(page.locator('#menu-chinh').isVisible()).resolves.toBe(false);
      await page.getByRole('link', { name: 'Menu' }).click();
      await expect(page.locator('#menu-chinh').isVisible()).resolves.toBe(true);
      const links = page.locator('#menu-chinh .menu a');
      const all = await links.count();
      const visible: string[] = [];
      for (let i = 0; i < all; i++) {
        const a = links.nth(i);
        const more = await a.evaluate((el) => el.parentElement!.classList.contains('more-items'));
        // Every entry shows, except the desktop's "Khác" heading (its items show as entries).
        await expect(a.isVisible(), await a.innerText()).resolves.toBe(!more);
        if (!more) visible.push((await a.getAttribute('href'))!);
      }
      expect(visible).toContain('/van-ban');
      expect(new Set(visible).size).toBe(visible.length);
      await expect(page.getByRole('link', { name: 'Tin trong tỉnh' }).isVisible()).resolves.toBe(
        true,
      );
      await page.getByRole('link', { name: 'Đóng menu' }).click();
      await expect(page.locator('#menu-chinh').isVisible()).resolves.toBe(false);
      await ctx.close();
    } finally {
      await noJs.close();
    }
  });

  it('with JavaScript the menu button is a toggle: focus moves in, Escape closes and returns', async () => {
    const page = await open('/', 360, 780);
    const button = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(
      page.evaluate(() => !!document.activeElement?.closest('#menu-chinh')),
    ).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('#menu-chinh').isVisible()).resolves.toBe(false);
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains('menu-button')),
    ).resolves.toBe(true);
    await page.close();
  });

  it('never breaks "Thời gian đăng …" or "Lượt đọc: N" inside a pair on a phone', async () => {
    const page = await open(article, 360, 780);
    const lines = await page.locator('.article-meta .meta-pair').evaluateAll((spans) =>
      spans.map((s) => {
        // The lines the pair's text sits on (its text nodes' boxes, not the pair's own box):
        // a fragment starting below the previous one's bottom starts a new line.
        const tops: DOMRect[] = [];
        const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          tops.push(...[...range.getClientRects()].filter((r) => r.width > 0));
        }
        tops.sort((a, b) => a.top - b.top);
        let lines = tops.length ? 1 : 0;
        for (let i = 1; i < tops.length; i++) if (tops[i]!.top >= tops[i - 1]!.bottom - 1) lines++;
        return lines;
      }),
    );
    expect(lines).toEqual([1, 1]);
    await page.close();
  });

  it("shows no picture twice in an article's related list (demo photos are reused)", async () => {
    const home = await (await fetch(`${site.server.url}/`)).text();
    const articles = new Set(
      [...home.matchAll(/href="(\/[a-z0-9-]+\/[a-z0-9-]+-\d+)"/g)].map((m) => m[1]!),
    );
    expect(articles.size).toBeGreaterThan(10);
    let lists = 0;
    for (const path of articles) {
      const html = await (await fetch(`${site.server.url}${path}`)).text();
      const related = /<section class="related"[\s\S]*?<\/section>/.exec(html)?.[0];
      if (!related) continue;
      lists++;
      const pictures = [...related.matchAll(/<img[^>]* src="([^"]+)"/g)].map((m) => m[1]!);
      expect(new Set(pictures).size, path).toBe(pictures.length);
    }
    expect(lists).toBeGreaterThan(5);
  });

  it('fetches no picture much wider than it is shown (page weight on phones and desktops)', async () => {
    // The `sizes` of every picture must match its layout: a 110 px phone thumbnail that fetches
    // the 480 px rendition costs four times the bytes. The smallest rendition is 240 px.
    for (const width of [360, 768, 1280]) {
      for (const path of ['/', PAGE_TYPES.section, article]) {
        const page = await open(path, width);
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 30));
          }
        });
        await page.waitForLoadState('networkidle');
        const wasteful = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLImageElement>('main img')]
            .filter((i) => i.complete && i.naturalWidth > 0)
            .map((i) => ({
              src: i.currentSrc,
              shown: Math.round(i.getBoundingClientRect().width),
              fetched: i.naturalWidth,
            }))
            .filter((i) => i.shown > 0 && i.fetched > Math.max(240, i.shown * 2)),
        );
        expect(wasteful, `${path} at ${width} px`).toEqual([]);
        await page.close();
      }
    }
  });
  it('remembers "Tương phản cao" across pages', async () => {
    const page = await open(article, 1280);
    const toggle = page.getByRole('button', { name: 'Tương phản cao' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.goto(`${site.server.url}/ban-do`);
    await expect(
      page.evaluate(() => document.documentElement.classList.contains('contrast')),
    ).resolves.toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto(`${site.server.url}${article}`);
    await page.getByRole('button', { name: 'Tương phản cao' }).click();
    await expect(
      page.evaluate(() => document.documentElement.classList.contains('contrast')),
    ).resolves.toBe(false);
    await page.close();
  });

  it('shows map labels of at least 11 px from 768 px; on a touch phone names on tap, no keyboard hint', async () => {
    for (const width of [768, 1280]) {
      const page = await open('/ban-do', width);
      const smallest = await page
        .locator('.bigmap .labels text')
        .evaluateAll((texts) =>
          Math.min(
            ...texts.map(
              (t) =>
                (t as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize),
            ),
          ),
        );
      expect(smallest, `${width} px`).toBeGreaterThanOrEqual(11);
      await page.close();
    }
    const phone = await site.context.browser()!.newContext({
      viewport: { width: 360, height: 780 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const page = await phone.newPage();
      await page.goto(`${site.server.url}/ban-do`);
      await expect(page.locator('.bigmap .labels').isVisible()).resolves.toBe(false);
      await expect(page.locator('.keyboard-hint').isVisible()).resolves.toBe(false);
      await page.locator('.bigmap a[data-info]').first().tap();
      await expect(page.locator('[data-map-info]').innerText()).resolves.toMatch(/km²$/);
      expect(page.url()).toBe(`${site.server.url}/ban-do`);
      await expect(page.locator('#danh-sach').isVisible()).resolves.toBe(true);
    } finally {
      await phone.close();
    }
  });

  it('honours prefers-reduced-motion', async () => {
    const page = await site.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.server.url}/ban-do`);
    const duration = await page
      .locator('.bigmap .unit')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(duration).toBe('0s');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.reload();
    const normal = await page
      .locator('.bigmap .unit')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(normal).not.toBe('0s');
    await page.close();
  });
});

describe('the public layout holds under zoom and user text spacing (issue #14, WCAG 1.4.10 / 1.4.12)', () => {
  let site: Awaited<ReturnType<typeof siteUnderTest>>;
  let paths: string[];

  beforeAll(async () => {
    site = await siteUnderTest('portal-reflow-');
    const home = await (await fetch(`${site.server.url}/`)).text();
    const article = /href="(\/tin-trong-tinh\/hoi-thao-khoa-hoc[^"]+)"/.exec(home)![1]!;
    paths = [...Object.values(PAGE_TYPES), article];
  });
  afterAll(async () => {
    await site?.stop();
  });

  /** Elements whose text is cut off: hidden overflow with more content than box. */
  const clipped = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => {
          const style = getComputedStyle(el);
          if (style.display === 'none' || style.visibility === 'hidden') return false;
          if (el.closest('svg, [hidden], .visually-hidden, .sr-only')) return false;
          const hides = (v: string) => v === 'hidden' || v === 'clip';
          if (!hides(style.overflowX) && !hides(style.overflowY)) return false;
          if (!el.textContent?.trim()) return false;
          const r = el.getBoundingClientRect();
          if (r.width < 2 || r.height < 2) return false; // visually hidden helpers
          return (
            (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 2) ||
            (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 2)
          );
        })
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
    );

  const overflowX = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it('reflows at 320 CSS px (1280 px at 400 %) and 640 px (200 %) with no sideways scrolling', async () => {
    for (const width of [320, 640]) {
      for (const path of paths) {
        const page = await site.context.newPage();
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${site.server.url}${path}`);
        expect(await overflowX(page), `${path} at ${width} px`).toBeLessThanOrEqual(0);
        await page.close();
      }
    }
  });

  it('loses no text with WCAG text spacing applied, on a phone and a desktop', async () => {
    for (const width of [360, 1280]) {
      for (const path of paths) {
        const page = await site.context.newPage();
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${site.server.url}${path}`);
        // What a reader's bookmarklet or extension does (a constructed sheet, which the
        // page's CSP allows, unlike an inline <style>).
        await page.evaluate(() => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(
            '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
          );
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        });
        expect(await overflowX(page), `${path} at ${width} px`).toBeLessThanOrEqual(0);
        expect(await clipped(page), `${path} at ${width} px`).toEqual([]);
        await page.close();
      }
    }
  });

  it('a keyboard reader skips to the content, searches, and opens a result', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.server.url}/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(skip.text).toMatch(/nội dung/i);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe(skip.href);
    // The search box is reached by Tab from the top and submits with Enter.
    await page.goto(`${site.server.url}/`);
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.type === 'search',
      );
    }
    expect(found).toBe(true);
    await page.keyboard.type('hội thảo khoa học');
    await Promise.all([page.waitForURL(/\/tim-kiem\?q=/), page.keyboard.press('Enter')]);
    await expect(page.locator('.search-result').count()).resolves.toBeGreaterThan(0);
    // Tab to the first result and open it.
    let onResult = false;
    for (let i = 0; i < 80 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(
        () =>
          document.activeElement?.tagName === 'A' &&
          !!document.activeElement.closest('.search-result-title'),
      );
    }
    expect(onResult).toBe(true);
    const focused = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    await Promise.all([page.waitForURL(`**${focused}`), page.keyboard.press('Enter')]);
    await expect(page.locator('#article-title').innerText()).resolves.toMatch(/[Hh]ội thảo/i);
    await page.close();
  });

  it('a keyboard reader opens a commune from the map, and sees where focus is at every stop', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.server.url}/ban-do`);
    const seen: string[] = [];
    let onUnit = false;
    for (let i = 0; i < 120 && !onUnit; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // A map unit shows focus on its shape (a 2 px blue stroke), everything else by a ring.
        const shape =
          el.tagName.toLowerCase() === 'a' && el.closest('svg') ? el.querySelector('.unit') : null;
        const ring = shape
          ? parseFloat(getComputedStyle(shape).strokeWidth) >= 2 &&
            getComputedStyle(shape).stroke !== 'none'
          : (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
            style.boxShadow !== 'none';
        return {
          what: `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${el.getAttribute('href') ?? el.getAttribute('name') ?? el.parentElement?.className ?? ''}`,
          ring,
          unit: !!el.closest('.bigmap') && el.tagName.toLowerCase() === 'a',
        };
      });
      if (!stop) continue;
      if (!stop.ring) seen.push(stop.what);
      onUnit = stop.unit;
    }
    expect(seen, 'focus stops without a visible indicator').toEqual([]);
    expect(onUnit).toBe(true);
    const href = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    expect(href).toMatch(/^\/ban-do\/[a-z0-9-]+$/);
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').first().innerText()).resolves.toMatch(/Xã|Phường/);
    await page.close();
  });
});
