/** Ends of the blocks that make a line of their own in `{ lines: true }` text. */
const BLOCK_END = /<\/(p|h[1-6]|li|blockquote|figcaption|tr|pre)>|<br\s*\/?>/g;

/**
 * The text of the few entities sanitize-html writes, `&amp;` last: a writer's literal "&lt;"
 * (stored as "&amp;lt;") stays "&lt;" and is not decoded a second time into "<".
 */
function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&apos;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/**
 * Plain text of stored (sanitised) HTML, NFC.
 *
 * By default, for the search index and its snippets: kept deliberately simple so that the
 * PostgreSQL function `html_text()` in the search migration does exactly the same with
 * regexp_replace/replace: tags become spaces, the entities are decoded (&amp; last), no-break
 * spaces become spaces, the snippet markers (U+E000/U+E001) are removed, white space is collapsed.
 *
 * With `lines: true`, for revision diffs and checks: each paragraph, heading, list item, quote,
 * caption or table row is a line; inline tags vanish without a space ("<b>Đảng</b>," →
 * "Đảng,", as the reader sees it); spaces inside a line are collapsed.
 */
export function htmlToText(html: string, opts: { lines?: boolean } = {}): string {
  if (opts.lines) {
    return decodeEntities(html.replace(BLOCK_END, '\n').replace(/<[^>]*>/g, ''))
      .replace(/[ \t\u00A0]+/g, ' ')
      .replace(/ ?\n\s*/g, '\n')
      .trim()
      .normalize('NFC');
  }
  return plainSearchText(decodeEntities(html.replace(/<[^>]*>/g, ' '))).normalize('NFC');
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
