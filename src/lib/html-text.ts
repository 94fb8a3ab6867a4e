/**
 * Plain text of stored (sanitised) HTML, for the search index and its snippets.
 *
 * Kept deliberately simple so that the PostgreSQL function `html_text()` in the search
 * migration does exactly the same with regexp_replace/replace: tags become spaces, the few
 * entities sanitize-html writes are decoded (&amp; last), no-break spaces become spaces, the
 * snippet markers (U+E000/U+E001) are removed, white space is collapsed, the result is NFC.
 */
export function htmlToText(html: string): string {
  return plainSearchText(
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&apos;/g, "'")
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&'),
  ).normalize('NFC');
}

/** Private-use characters that mark highlighted words in snippets; never kept in indexed text. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** Plain text as the search index stores it: markers removed, white space collapsed. */
export function plainSearchText(s: string): string {
  return s
    .replace(/[\uE000\uE001]/g, '')
    .replace(/\u00A0/g, ' ')
    .replace(/[ \t\n\r\f\v]+/g, ' ')
    .trim();
}
