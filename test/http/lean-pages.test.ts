import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_DIR } from '../../src/http/assets.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';

/** Classes a stylesheet gives rules to. */
function classesOf(file: string): Set<string> {
  const css = fs.readFileSync(path.join(PUBLIC_DIR, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  // Selectors only: the text before each block's opening brace.
  const selectors = [...css.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!).join(' ');
  return new Set([...selectors.matchAll(/\.([a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
}

/** Classes used in a page's markup. */
function classesIn(html: string): Set<string> {
  return new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
}

/**
 * The most read pages (home, sections, articles, static pages) load only site.css and no album
 * script; every other public page adds pages.css and pages.js; the back office adds admin.css.
 * A rule a page needs must be in a stylesheet that page loads.
 */
describe('lean pages and the split stylesheets', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock();
  const site = classesOf('site.css');
  const pages = classesOf('pages.css');
  const admin = classesOf('admin.css');

  beforeAll(async () => {
    t = await testApp('sqlite', { clock: clock.now });
  });
  afterAll(async () => {
    await t?.close();
  });

  const stylesheets = (html: string) =>
    [...html.matchAll(/<link rel="stylesheet" href="\/static\/([a-z-]+)\.[0-9a-f]+\.css"/g)].map(
      (m) => m[1],
    );

  it('home, a section, an article and a static page need nothing beyond site.css', async () => {
    const home = (await t.get('/')).text;
    const article = /href="(\/tin-trong-tinh\/[^"]+-\d+)"/.exec(home)![1]!;
    for (const p of ['/', '/tin-trong-tinh', article, '/gioi-thieu/gioi-thieu-chung']) {
      const html = (await t.get(p)).text;
      expect(stylesheets(html), p).toEqual(['site']);
      expect(html, p).not.toContain('/static/pages.');
      // The search suggestions load at the first interaction, from the address site.js is given.
      expect(html, p).toMatch(
        /<script src="\/static\/site\.[0-9a-f]+\.js" defer="" data-typeahead="\/static\/typeahead\.[0-9a-f]+\.js">/,
      );
      const missing = [...classesIn(html)].filter(
        (c) => !site.has(c) && (pages.has(c) || admin.has(c)),
      );
      expect(missing, `${p} uses rules that are not in site.css`).toEqual([]);
    }
  });

  it('the other public pages add pages.css and the album script, never the back office rules', async () => {
    for (const p of [
      '/ban-do',
      '/lich-cong-tac',
      '/co-cau-to-chuc',
      '/van-ban',
      '/hoi-dap',
      '/gop-y',
      '/thu-vien-anh',
      '/tim-kiem?q=%C4%91i%E1%BB%87n+bi%C3%AAn',
      '/khong-co-trang-nay',
    ]) {
      const res = await t.get(p);
      expect(stylesheets(res.text), p).toEqual(['site', 'pages']);
      expect(res.text, p).toContain('/static/pages.');
      const missing = [...classesIn(res.text)].filter(
        (c) => admin.has(c) && !site.has(c) && !pages.has(c),
      );
      expect(missing, `${p} uses back-office-only rules`).toEqual([]);
    }
  });

  it('lean pages load widgets.js only when their sidebar draws the "Chọn liên kết" selector', async () => {
    const scripts = (html: string) =>
      [...html.matchAll(/<script src="\/static\/([a-z-]+)\.[0-9a-f]+\.js"/g)].map((m) => m[1]);
    expect(scripts((await t.get('/')).text)).not.toContain('widgets');
    expect(scripts((await t.get('/ban-do')).text)).toContain('widgets');
    await t.deps.settings.update(
      { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' },
      { linksDisplay: 'select' },
    );
    const home = (await t.get('/')).text;
    expect(home).toContain('data-link-picker');
    expect(scripts(home)).toContain('widgets');
    await t.deps.settings.update(
      { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' },
      { linksDisplay: 'list' },
    );
  });

  it('the back office loads all three, in order', async () => {
    const staff = await makeStaff(t, clock, 'bientap', 'editor', ['tin-trong-tinh']);
    const a = await staff.login();
    const html = (await a.get('/quan-tri/bai-viet')).text;
    expect(stylesheets(html)).toEqual(['site', 'pages', 'admin']);
  });
});
