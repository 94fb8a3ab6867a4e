import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../lib/html.ts';
import { byteRange } from './media.site-routes.ts';
import { displayName, searchWords } from './media.service.ts';
import {
  figureHtml,
  figureText,
  formatBytes,
  srcset,
  type Media,
  type MediaVariant,
} from './media.ts';

const v = (format: MediaVariant['format'], width: number): MediaVariant => ({
  format,
  width,
  height: Math.round(width / 1.5),
  key: `2026/11/abc/anh-${width}w.${format === 'jpeg' ? 'jpg' : format}`,
  bytes: 1000,
});
const media: Media = {
  id: 1,
  kind: 'image',
  originalName: 'anh.jpg',
  key: '2026/11/abc/anh.jpg',
  mime: 'image/jpeg',
  width: 1200,
  height: 800,
  byteSize: 1000,
  alt: 'Toàn cảnh "hội nghị"',
  caption: 'Hội nghị <lần> thứ 9',
  credit: 'Ảnh: Minh Thùy',
  variants: [v('jpeg', 800), v('jpeg', 480), v('webp', 480), v('avif', 480), v('avif', 800)],
  createdAt: new Date(),
  updatedAt: null,
  uploader: null,
};

describe('media helpers', () => {
  it('builds srcset per format, smallest first', () => {
    expect(srcset(media, 'jpeg')).toBe(
      '/media/2026/11/abc/anh-480w.jpg 480w, /media/2026/11/abc/anh-800w.jpg 800w',
    );
    expect(srcset({ variants: [] }, 'avif')).toBe('');
  });

  it('writes a figure with AVIF and WebP sources, escaped text and the credit after the caption', () => {
    const html = figureHtml(media, media.caption, media.alt, escapeHtml, media.credit);
    expect(html.indexOf('type="image/avif"')).toBeLessThan(html.indexOf('type="image/webp"'));
    expect(html).toContain('alt="Toàn cảnh &quot;hội nghị&quot;"');
    expect(html).toContain(
      '<figcaption>Hội nghị &lt;lần&gt; thứ 9<span class="credit"> (Ảnh: Minh Thùy)</span></figcaption>',
    );
    // Items encoded before AVIF existed get no empty AVIF source.
    expect(
      figureHtml({ ...media, variants: [v('jpeg', 480), v('webp', 480)] }, '', '', escapeHtml),
    ).not.toContain('avif');
  });

  it('lets the place of use override caption, credit and alt, even with an empty text', () => {
    expect(figureText(media, { caption: 'Chú thích riêng', credit: '' })).toEqual({
      alt: media.alt,
      caption: 'Chú thích riêng',
      credit: '',
    });
  });

  it('formats sizes the Vietnamese way', () => {
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatBytes(1.55 * 1024 * 1024)).toBe('1,6 MB');
    expect(formatBytes(10)).toBe('1 KB');
  });

  it('keeps only a safe display name of an uploaded file', () => {
    expect(displayName('C:\\Users\\thuy\\Ảnh hội nghị.jpg')).toBe('Ảnh hội nghị.jpg');
    expect(displayName('../../etc/passwd')).toBe('passwd');
    expect(displayName('a\u0000b\u0007.pdf')).toBe('ab.pdf');
    expect(displayName('Hoa\u0300 ban.jpg')).toBe('Hoà ban.jpg');
    expect(displayName('')).toBe('tệp không tên');
  });

  it('folds search words and drops LIKE wildcards', () => {
    expect(searchWords('Điện  Biên%_')).toEqual(['dien', 'bien']);
    expect(searchWords('ĐIỆN BIÊN')).toEqual(['dien', 'bien']);
  });
});

describe('byteRange', () => {
  it.each([
    ['bytes=0-99', 1000, { start: 0, end: 99 }],
    ['bytes=900-', 1000, { start: 900, end: 999 }],
    ['bytes=-100', 1000, { start: 900, end: 999 }],
    ['bytes=-5000', 1000, { start: 0, end: 999 }],
    ['bytes=990-2000', 1000, { start: 990, end: 999 }],
    ['bytes=1000-', 1000, 'unsatisfiable'],
    ['bytes=50-10', 1000, 'unsatisfiable'],
    ['bytes=0-1,5-9', 1000, undefined],
    ['items=0-1', 1000, undefined],
    [undefined, 1000, undefined],
  ] as const)('%s of %d bytes → %j', (header, size, expected) => {
    expect(byteRange(header, size)).toEqual(expected);
  });
});
