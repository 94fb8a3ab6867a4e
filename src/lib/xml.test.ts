import { describe, expect, it } from 'vitest';
import { xmlElement, xmlEscape } from './xml.ts';

describe('xmlEscape', () => {
  it('escapes markup and quotes, and drops characters XML forbids', () => {
    expect(xmlEscape(`<a href="x">Đà & 'b'</a>\u0001\uFFFF`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Đà &amp; &#39;b&#39;&lt;/a&gt;',
    );
  });

  it('keeps characters outside the BMP', () => {
    expect(xmlEscape('𝄞')).toBe('𝄞');
  });
});

describe('xmlElement', () => {
  it('writes escaped content and attributes, or nothing for an empty value', () => {
    expect(xmlElement('title', 'Tin & bài', { lang: 'vi"' })).toBe(
      '<title lang="vi&quot;">Tin &amp; bài</title>',
    );
    expect(xmlElement('title', '')).toBe('');
    expect(xmlElement('ttl', 15)).toBe('<ttl>15</ttl>');
  });
});
