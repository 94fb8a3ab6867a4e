import { describe, expect, it } from 'vitest';
import { htmlToText, plainSearchText } from './html-text.ts';

describe('htmlToText', () => {
  it('keeps paragraph and caption text, drops tags and attributes', () => {
    const html =
      '<p>Hội thảo &amp; tọa đàm</p>\n<figure class="image"><picture><source type="image/webp" srcset="/media/a-480w.webp 480w"><img src="/media/1-hoi-thao.jpg" alt="Đại biểu"></picture><figcaption>Đại biểu tham dự “Hội thảo”.</figcaption></figure><p>a &lt; b &gt; c &quot;d&quot; &#39;e&#39;&nbsp;f</p>';
    expect(htmlToText(html)).toBe(
      'Hội thảo & tọa đàm Đại biểu tham dự “Hội thảo”. a < b > c "d" \'e\' f',
    );
  });

  it('decodes &amp; last, so an escaped entity stays literal', () => {
    expect(htmlToText('<p>&amp;lt;b&amp;gt;</p>')).toBe('&lt;b&gt;');
  });

  it('with lines: one line per block, inline tags gone without a space', () => {
    expect(
      htmlToText(
        '<h2>Tiêu đề</h2><p>Một <strong>Đảng</strong>, hai&nbsp; câu.<br>Dòng sau</p><ul><li>a &amp; b</li><li>c</li></ul>',
        { lines: true },
      ),
    ).toBe('Tiêu đề\nMột Đảng, hai câu.\nDòng sau\na & b\nc');
  });

  it('with lines: a literal "&lt;" typed by the writer stays "&lt;", decoded once', () => {
    expect(htmlToText('<p>Viết &amp;lt;b&amp;gt; và a &lt; b</p>', { lines: true })).toBe(
      'Viết &lt;b&gt; và a < b',
    );
  });

  it('composes decomposed (NFD) text', () => {
    expect(htmlToText('<p>Điện Biên</p>'.normalize('NFD'))).toBe('Điện Biên');
  });

  it('removes the snippet markers and collapses white space', () => {
    expect(plainSearchText('  a\uE000b\uE001\u00A0\n c  ')).toBe('ab c');
  });
});
