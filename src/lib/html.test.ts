import { describe, expect, it } from 'vitest';
import { escapeHtml, sanitizeBody } from './html.ts';
import { figureHtml, type Media } from '../modules/media/media.ts';

const sizes = (src: string) => ({
  src,
  srcset: `${src.replace('.jpg', '-800w.webp')} 800w`,
  sizes: '(max-width: 760px) 100vw, 720px',
  width: '1200',
  height: '800',
  loading: 'lazy',
  decoding: 'async',
});

describe('the body sanitiser', () => {
  it('keeps figure markup, caption and credit unchanged over repeated saves', () => {
    const editorFigure =
      '<figure class="image"><img src="/media/2026/12/a/ca-phe.jpg" alt="Đồi &quot;cà phê&quot;">' +
      '<figcaption>Cà phê chín đỏ<span class="credit"> (Đồi cà phê Mường Ảng)</span></figcaption></figure>' +
      '<figure class="video"><video src="/media/2026/12/e/v.mp4" controls="controls" preload="metadata"></video>' +
      '<figcaption>Lễ hội</figcaption></figure>';
    const once = sanitizeBody(editorFigure, { image: sizes });
    expect(once).toContain(
      '<figcaption>Cà phê chín đỏ<span class="credit"> (Đồi cà phê Mường Ảng)</span></figcaption>',
    );
    expect(once).toContain('srcset="/media/2026/12/a/ca-phe-800w.webp 800w"');
    let html = once;
    for (let i = 0; i < 10; i++) html = sanitizeBody(html, { image: sizes });
    expect(html).toBe(once);
  });

  it('keeps the library figure (picture, sources, credit span) stable', () => {
    const m = {
      key: '2026/12/a/ca-phe.jpg',
      width: 1200,
      height: 800,
      variants: [
        { format: 'webp', width: 800, key: '2026/12/a/ca-phe-800w.webp' },
        { format: 'jpeg', width: 800, key: '2026/12/a/ca-phe-800w.jpg' },
      ],
    } as unknown as Media;
    const fig = figureHtml(m, 'Cà phê chín đỏ', 'Đồi cà phê', escapeHtml, 'Đồi cà phê Mường Ảng');
    const once = sanitizeBody(fig);
    expect(once).toContain('<span class="credit"> (Đồi cà phê Mường Ảng)</span>');
    expect(sanitizeBody(sanitizeBody(once))).toBe(once);
  });

  it('drops classes other than the figure kinds and the credit', () => {
    expect(
      sanitizeBody(
        '<figure class="image x"><figcaption><span class="credit y">a</span></figcaption></figure>',
      ),
    ).toBe('<figure class="image"><figcaption><span class="credit">a</span></figcaption></figure>');
  });
});
