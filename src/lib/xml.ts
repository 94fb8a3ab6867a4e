import { escapeHtml } from './html.ts';

/** Characters XML 1.0 forbids: C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF. */
// Matching control characters is the point here.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML element content and attributes (feeds, sitemaps), dropping characters XML forbids. */
export function xmlEscape(s: string): string {
  return escapeHtml(s.replace(NOT_XML, ''));
}

/** One element with escaped text content, or nothing when the value is empty. */
export function xmlElement(
  name: string,
  value: string | number | undefined,
  attrs: Record<string, string> = {},
): string {
  if (value === undefined || value === '') return '';
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${xmlEscape(v)}"`)
    .join('');
  return `<${name}${a}>${xmlEscape(String(value))}</${name}>`;
}
