import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeBody } from '../src/lib/html.ts';
import { launchBrowser } from './browser.ts';

/**
 * Load → save → load is the identity for every node and mark the editor stores: the editor's
 * schema runs in Chromium (ProseMirror needs a DOM), the server's sanitiser in Node, as in the
 * newsroom, ten times over.
 */

/** One of everything the editor can store; the figures' credits include one in brackets. */
const CORPUS = [
  '<h2>Tiêu đề mục</h2>',
  '<h3>Tiêu đề nhỏ</h3>',
  '<h4>Tiêu đề nhỏ hơn</h4>',
  '<p>Chữ <strong>đậm</strong>, <em>nghiêng</em>, <u>gạch chân</u>, <s>gạch ngang</s>,',
  ' <a href="https://dienbien.gov.vn/">liên kết</a><br>dòng mới.</p>',
  '<ul><li><p>Một</p></li><li><p>Hai</p></li></ul>',
  '<ol><li><p>Thứ nhất</p></li><li><p>Thứ hai</p></li></ol>',
  '<blockquote><p>Trích dẫn lời đồng chí Bí thư.</p></blockquote>',
  '<hr>',
  '<table><tbody><tr><th><p>Xã</p></th><th><p>Số hộ</p></th></tr>',
  '<tr><td><p>Mường Phăng</p></td><td><p>1.204</p></td></tr></tbody></table>',
  '<figure class="image"><img src="/media/2026/12/a/ca-phe.jpg" alt="Đồi cà phê chín đỏ">',
  '<figcaption>Cà phê chín đỏ<span class="credit"> (Đồi cà phê Mường Ảng)</span></figcaption></figure>',
  '<figure class="image"><img src="/media/2026/12/b/hop.jpg" alt="Toàn cảnh &quot;hội nghị&quot; &lt;lần 9&gt;">',
  '<figcaption>Hội nghị lần thứ 9<span class="credit"> ((TTXVN))</span></figcaption></figure>',
  '<figure class="image"><img src="/media/2026/12/c/lua.jpg" alt="Ruộng lúa">',
  '<figcaption><span class="credit"> (Ảnh: Lò Văn Pọm)</span></figcaption></figure>',
  '<figure class="image"><img src="/media/2026/12/d/nui.jpg" alt="Núi"></figure>',
  '<figure class="video"><video src="/media/2026/12/e/le-hoi.mp4" controls="controls" preload="metadata"></video>',
  '<figcaption>Lễ hội hoa ban</figcaption></figure>',
].join('');

/** The newsroom's save: what the editor posts goes through the sanitiser with image sizes. */
const save = (html: string) =>
  sanitizeBody(html, {
    image: (src) => ({ src, width: '1200', height: '800', loading: 'lazy', decoding: 'async' }),
  });

type Loaded = { html: string; json: Json };
type Json = { type: string; attrs?: Record<string, unknown>; marks?: Json[]; content?: Json[] };

describe('the editor schema round trip', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const load = (html: string) =>
    page.evaluate(
      (h) => (window as unknown as { editorLoad: (h: string) => Loaded }).editorLoad(h),
      html,
    );

  beforeAll(async () => {
    const out = await build({
      entryPoints: ['e2e/fixtures/editor-schema-entry.ts'],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      target: ['es2020'],
      logLevel: 'warning',
    });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setContent('<!doctype html><html lang="vi"><body></body></html>');
    await page.addScriptTag({ content: out.outputFiles[0]!.text });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('covers every node and mark of the schema', async () => {
    const schema = await page.evaluate(
      () =>
        (window as unknown as { editorSchema: { nodes: string[]; marks: string[] } }).editorSchema,
    );
    const seen = new Set<string>();
    const walk = (n: Json) => {
      seen.add(n.type);
      n.marks?.forEach(walk);
      n.content?.forEach(walk);
    };
    walk((await load(CORPUS)).json);
    expect(schema.nodes.filter((n) => !seen.has(n))).toEqual([]);
    expect(schema.marks.filter((m) => !seen.has(m))).toEqual([]);
  });

  it('keeps captions and credits exactly as typed', async () => {
    const figures = (await load(save(CORPUS))).json.content!.filter((n) => n.type === 'figure');
    expect(figures.map((f) => [f.attrs!.alt, f.attrs!.caption, f.attrs!.credit])).toEqual([
      ['Đồi cà phê chín đỏ', 'Cà phê chín đỏ', 'Đồi cà phê Mường Ảng'],
      ['Toàn cảnh "hội nghị" <lần 9>', 'Hội nghị lần thứ 9', '(TTXVN)'],
      ['Ruộng lúa', '', 'Ảnh: Lò Văn Pọm'],
      ['Núi', '', ''],
    ]);
  });

  it('gives the same document and the same stored HTML after ten saves', async () => {
    // The first save normalises (a link's rel); from then on nothing may change.
    const stored = save((await load(CORPUS)).html);
    const first = await load(stored);
    let html = stored;
    for (let i = 0; i < 10; i++) {
      const again = await load(html);
      expect(again.json, `cycle ${i + 1}`).toEqual(first.json);
      html = save(again.html);
      expect(html, `cycle ${i + 1}`).toBe(stored);
    }
    // The credit appears once, in its one pair of brackets.
    expect(stored).toContain('Cà phê chín đỏ<span class="credit"> (Đồi cà phê Mường Ảng)</span>');
    expect(stored.match(/Mường Ảng/g)).toHaveLength(1);
  });
});
