import { xmlElement, xmlEscape } from '../../lib/xml.ts';
import { LOGO_PATH, LOGO_SIZE } from '../feed/feed.logo.ts';
import type { SiteSettings } from '../site/site.ts';

/** OpenSearch allows at most 16 characters of ShortName: the site's short name, or its last words that fit. */
function openSearchShortName(name: string): string {
  if (name.length <= 16) return name;
  const words = name.split(/\s+/);
  let out = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const next = out ? `${words[i]} ${out}` : (words[i] ?? '');
    if (next.length > 16) break;
    out = next;
  }
  return out || name.slice(0, 16);
}

/** The OpenSearch 1.1 description: lets browsers add the portal's search to their search bar. */
export function openSearchXml(
  base: string,
  s: Pick<SiteSettings, 'shortName' | 'siteName'>,
): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">',
    xmlElement('ShortName', openSearchShortName(s.shortName)),
    xmlElement('Description', `Tìm kiếm tin bài trên ${s.shortName}`),
    xmlElement('LongName', s.siteName),
    '<InputEncoding>UTF-8</InputEncoding>',
    '<Language>vi</Language>',
    `<Image width="${LOGO_SIZE}" height="${LOGO_SIZE}" type="image/png">${xmlEscape(`${base}${LOGO_PATH}`)}</Image>`,
    `<Url type="text/html" method="get" template="${xmlEscape(`${base}/tim-kiem?q={searchTerms}`)}"/>`,
    `<Url type="application/opensearchdescription+xml" rel="self" template="${xmlEscape(`${base}/opensearch.xml`)}"/>`,
    `<moz:SearchForm>${xmlEscape(`${base}/tim-kiem`)}</moz:SearchForm>`,
    '</OpenSearchDescription>',
  ].join('\n');
}
