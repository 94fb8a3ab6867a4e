import { describe, expect, it } from 'vitest';
import { decodeText, nukevietStatus, uploadsPath } from './import.ts';
import { newsTarget, parseOldAddress } from './import.redirect.ts';

const q = (s = '') => new URLSearchParams(s);

describe('old NukeViet addresses', () => {
  it('reads every form of an article address to (module, id)', () => {
    const forms: [string, string][] = [
      ['/vi/news/tin-tuc/bai-viet-12.html', ''],
      ['/news/tin-tuc/bai-viet-12.html', ''],
      ['/index.php/vi/news/tin-tuc/bai-viet-12.html', ''],
      ['/index.php', 'language=vi&nv=news&op=tin-tuc/bai-viet-12'],
      ['/vi/news/print/tin-tuc/bai-viet-12.html', ''],
    ];
    for (const [path, search] of forms) {
      const a = parseOldAddress(path, q(search));
      expect(a, path).toMatchObject({ kind: 'module', module: 'news' });
      if (a?.kind === 'module') expect(newsTarget(a.rest)).toEqual({ kind: 'article', id: 12 });
    }
  });
  it('decodes percent-encoded Vietnamese tags to NFC', () => {
    const a = parseOldAddress('/news/tag/x%C3%A2y-d%E1%BB%B1ng/page-8', q());
    expect(a?.kind === 'module' && newsTarget(a.rest)).toEqual({ kind: 'tag', alias: 'xây-dựng' });
  });
  it('keeps old files inside the uploads folder', () => {
    expect(parseOldAddress('/uploads/news/2023_03/a.jpg', q())).toEqual({
      kind: 'file',
      rel: 'news/2023_03/a.jpg',
    });
    expect(parseOldAddress('/uploads/../etc/passwd', q())).toBeUndefined();
    expect(uploadsPath('http://evil.example/uploads/a.jpg', ['old.example'])).toBeUndefined();
    expect(uploadsPath('http://old.example/uploads/a.jpg', ['old.example'])).toBe('a.jpg');
  });
  it('maps statuses and decodes escaped titles', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(nukevietStatus(1, new Date('2025-01-01'), now)).toBe('published');
    expect(nukevietStatus(1, new Date('2027-01-01'), now)).toBe('scheduled');
    expect(nukevietStatus(0, null, now)).toBe('withdrawn');
    expect(nukevietStatus(3, null, now)).toBe('withdrawn');
    expect(nukevietStatus(4, null, now)).toBe('draft');
    expect(decodeText('5&#x002F;3 &amp;quot;x&amp;quot;')).toBe('5/3 "x"');
    expect(decodeText('Hoa\u0300n')).toBe('Hoàn');
  });
});
