import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { emptyDraft } from '../src/modules/newsroom/newsroom.service.ts';
import { dateInputValue, parseDateTimeInput } from '../src/lib/date-input.ts';
import type { Role } from '../src/modules/account/account.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { dialects, freshDb } from '../test/support/test-db.ts';
import { launchBrowser } from './browser.ts';
import { enrolAndSignIn } from './staff.ts';

const PASSWORD = 'Sông Đà mùa lũ năm 2026!';
const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/** Links the crawl does not follow: signing out, downloads, JSON endpoints. */
const SKIP = /dang-xuat|\/api\/|\/csv$|\.(csv|xlsx|json|zip)$|\/tai-ve|\/xuat-/;

/** One page per kind of URL: numbers count as the same page ("/bai-viet/7" = "/bai-viet/12"). */
const kindOf = (u: URL) => u.pathname.replace(/\d+/g, ':n');

/**
 * Every back-office page, as each role: no Content-Security-Policy violation (TipTap's injected
 * <style>, an inline style attribute, an inline script) and no console error. The pages are found
 * by following the back office's own links from the dashboard, so a new page is covered too.
 */
describe.each(dialects)('the back office under its CSP on %s', (dialect) => {
  let server: RunningServer;
  let dir: string;
  let drop: (() => Promise<void>) | undefined;
  const browsers: Awaited<ReturnType<typeof launchBrowser>>[] = [];
  const secrets = new Map<string, string>();
  let articleId = 0;
  let sectionOfArticles = 0;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-csp-'));
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
    for (const [username, role] of [
      ['phongvien', 'reporter'],
      ['bientap', 'editor'],
      ['lanhdao', 'approver'],
      ['quantri', 'admin'],
      ['duyet2', 'approver'],
    ] as [string, Role][]) {
      const created = await server.deps.accounts.create(
        SYSTEM,
        { username, fullName: `Người ${role}`, email: '', role, allSections: true, sectionIds: [] },
        { password: PASSWORD },
      );
      secrets.set(username, created.totpSecret!);
    }
    // An article whose body has every kind of block the editor shows (a table, a figure, a video).
    const writer = (await server.deps.accounts.list()).find((a) => a.username === 'phongvien')!;
    const sectionId = (await server.deps.site.sections()).find((s) => s.kind === 'articles')!.id;
    sectionOfArticles = sectionId;
    const [photo] = (await server.deps.media.list({ kind: 'image', page: 1, perPage: 1 })).items;
    articleId = await server.deps.newsroom.create(
      { id: writer.id, name: writer.username, ip: '127.0.0.1', userAgent: 'e2e' },
      writer,
      {
        ...emptyDraft(sectionId, ''),
        title: 'Bài có bảng và ảnh',
        lead: 'Sapo.',
        bodyHtml:
          '<p>Mở đầu.</p><table><tbody><tr><th><p>Xã</p></th><th><p>Số hộ</p></th></tr><tr><td><p>Mường Phăng</p></td><td><p>1.204</p></td></tr></tbody></table>' +
          `<figure class="image"><img src="/media/${photo!.key}" alt="Ảnh"><figcaption>Chú thích<span class="credit"> (Tác giả)</span></figcaption></figure>`,
      },
    );
  });

  afterAll(async () => {
    for (const b of browsers) await b.close();
    await server?.stop();
    await drop?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Visits every page reachable from the dashboard; returns the problems and the pages seen. */
  async function crawl(
    page: Page,
    start: string[],
  ): Promise<{ seen: string[]; problems: string[] }> {
    const problems: string[] = [];
    let current = '';
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${current}: console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${current}: error: ${e.message}`));
    await page.context().addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __csp?: string[] };
        (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
      });
    });
    const queue = start.map((s) => new URL(s, server.url));
    const kinds = new Set(queue.map(kindOf));
    const seen: string[] = [];
    while (queue.length && seen.length < 80) {
      const u = queue.shift()!;
      current = u.pathname + u.search;
      const res = await page.goto(u.toString(), { waitUntil: 'load' });
      seen.push(current);
      if (!res || res.status() >= 400) problems.push(`${current}: HTTP ${res?.status()}`);
      await page.waitForTimeout(100);
      const csp = await page.evaluate(
        () => (window as unknown as { __csp?: string[] }).__csp ?? [],
      );
      problems.push(...csp.map((c) => `${current}: CSP ${c}`));
      const hrefs = await page.$$eval('a[href^="/quan-tri"]', (as) =>
        // (SVG links, e.g. the unit picker's, have no string `href`: resolve the attribute.)
        as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href),
      );
      for (const h of hrefs) {
        const next = new URL(h);
        if (next.origin !== server.url || SKIP.test(next.pathname) || kinds.has(kindOf(next)))
          continue;
        kinds.add(kindOf(next));
        queue.push(next);
      }
    }
    if (process.env.E2E_VERBOSE) console.log(seen.join('\n'));
    return { seen, problems };
  }

  it.each([
    ['phongvien', ['/bai-viet/:article', '/bai-viet/moi'], '/bai-viet/:n'],
    ['bientap', ['/bai-viet/:article'], '/bai-viet/:n/phien-ban'],
    ['lanhdao', ['/bai-viet/:article'], '/thong-ke'],
    // The admin runs the site, not the newsroom: no article pages.
    ['quantri', ['/nguoi-dung', '/cai-dat', '/nhat-ky'], '/cai-dat/menu'],
  ])('as %s: no CSP violation, no console error on any page', async (username, starts, mustSee) => {
    const b = await launchBrowser();
    browsers.push(b);
    const page = await enrolAndSignIn(
      b.context,
      server.url,
      username,
      PASSWORD,
      secrets.get(username)!,
    );
    const { seen, problems } = await crawl(page, [
      '/quan-tri',
      ...starts.map((s) => `/quan-tri${s.replace(':article', String(articleId))}`),
    ]);
    expect(problems).toEqual([]);
    // The crawl really went through the back office.
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.map((s) => kindOf(new URL(s, server.url)))).toContain(`/quan-tri${mustSee}`);
  });

  it('in an English browser, dates and times are typed and shown dd/mm/yyyy, 24-hour, Vietnam time', async () => {
    const all = await server.deps.accounts.list();
    const who = (u: string) => {
      const a = all.find((x) => x.username === u)!;
      return { actor: { id: a.id, name: a.username, ip: '127.0.0.1', userAgent: 'e2e' }, a };
    };
    const r = who('phongvien');
    const id = await server.deps.newsroom.create(r.actor, r.a, {
      ...emptyDraft(sectionOfArticles, 'Pọm'),
      title: 'Hẹn giờ đăng bài',
      lead: 'Sapo.',
      bodyHtml: '<p>Nội dung.</p>',
    });
    await server.deps.newsroom.transition(r.actor, r.a, id, 'submit');
    const e = who('bientap');
    await server.deps.newsroom.transition(e.actor, e.a, id, 'forward');

    const b = await launchBrowser({ locale: 'en-US' });
    browsers.push(b);
    const page = await enrolAndSignIn(
      b.context,
      server.url,
      'duyet2',
      PASSWORD,
      secrets.get('duyet2')!,
    );
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.url}/quan-tri/bai-viet/${id}`);
    const at = page.getByLabel('Đăng lúc');
    expect(await at.getAttribute('type')).toBe('text');
    expect(await at.getAttribute('placeholder')).toBe('dd/mm/yyyy hh:mm');
    // The browser's own check refuses the English order before it is sent.
    await at.fill('12/08/2026, 06:00 PM');
    expect(await at.evaluate((el: HTMLInputElement) => el.validity.patternMismatch)).toBe(true);
    // Two days from now, 18:00 in Vietnam.
    const day = dateInputValue(new Date(Date.now() + 2 * 86_400_000));
    await at.fill(`${day} 18:00`);
    expect(await at.evaluate((el: HTMLInputElement) => el.validity.valid)).toBe(true);
    await page.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
    await page.waitForURL(/da-chuyen/);
    const stored = (await server.deps.newsroom.byId(id))!;
    expect(stored.scheduledAt).toEqual(parseDateTimeInput(`${day} 18:00`));
    expect(stored.scheduledAt!.getUTCHours()).toBe(11);
    await expect(page.locator('.status-line').innerText()).resolves.toContain(`${day} 18:00`);
    // The audit filter, in the same English browser.
    await page.goto(`${server.url}/quan-tri/bai-viet?tu=2026-12-01`);
    await expect(page.getByLabel('Cập nhật từ').inputValue()).resolves.toBe('01/12/2026');
    expect(errors).toEqual([]);
  });
});
