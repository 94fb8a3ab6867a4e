/**
 * XML documents for feed readers and search engines, built as strings from escaped parts
 * (lib/xml.ts): RSS 2.0, sitemap index, URL sets (with images), the Google news sitemap.
 */
import { toVnIso } from '../../lib/date.ts';
import { toRfc822Vn } from '../../lib/feed-date.ts';
import { xmlElement, xmlEscape } from '../../lib/xml.ts';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  image: 'http://www.google.com/schemas/sitemap-image/1.1',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
} as const;

/** One RSS item. */
export interface RssItem {
  title: string;
  link: string;
  /** Stable identifier that survives a change of title or section. */
  guid: string;
  description: string;
  publishedAt: Date;
  category: string;
  creator: string;
  enclosure?: { url: string; type: string; length: number };
}

/** An RSS channel. */
export interface RssChannel {
  title: string;
  link: string;
  description: string;
  /** The feed's own address (atom:link rel="self"). */
  self: string;
  items: RssItem[];
  /** Used for lastBuildDate when there are no items. */
  now: Date;
}

/** RSS 2.0 with atom:self and dc:creator; dates in RFC 822 with +0700. */
export function rssXml(c: RssChannel): string {
  const newest = c.items[0]?.publishedAt ?? c.now;
  const items = c.items.map((i) =>
    [
      '<item>',
      xmlElement('title', i.title),
      xmlElement('link', i.link),
      xmlElement('guid', i.guid, { isPermaLink: 'true' }),
      xmlElement('description', i.description),
      xmlElement('pubDate', toRfc822Vn(i.publishedAt)),
      xmlElement('category', i.category),
      xmlElement('dc:creator', i.creator),
      i.enclosure
        ? `<enclosure url="${xmlEscape(i.enclosure.url)}" length="${i.enclosure.length}" type="${xmlEscape(i.enclosure.type)}"/>`
        : '',
      '</item>',
    ].join(''),
  );
  return [
    XML_DECL,
    `<rss version="2.0" xmlns:atom="${NS.atom}" xmlns:dc="${NS.dc}">`,
    '<channel>',
    xmlElement('title', c.title),
    xmlElement('link', c.link),
    xmlElement('description', c.description),
    '<language>vi</language>',
    xmlElement('lastBuildDate', toRfc822Vn(newest)),
    xmlElement('pubDate', toRfc822Vn(newest)),
    '<ttl>15</ttl>',
    `<atom:link href="${xmlEscape(c.self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}

/** A sitemap index of other sitemaps. */
export function sitemapIndexXml(locs: { loc: string; lastmod?: Date }[]): string {
  return [
    XML_DECL,
    `<sitemapindex xmlns="${NS.sitemap}">`,
    ...locs.map(
      (s) =>
        `<sitemap>${xmlElement('loc', s.loc)}${s.lastmod ? xmlElement('lastmod', toVnIso(s.lastmod)) : ''}</sitemap>`,
    ),
    '</sitemapindex>',
  ].join('\n');
}

/** One URL of a sitemap, with its images (image sitemap extension). */
export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
  images?: { loc: string }[];
}

/** A URL set; declares the image namespace for article images. */
export function urlsetXml(urls: SitemapUrl[]): string {
  const url = (u: SitemapUrl): string =>
    [
      '<url>',
      xmlElement('loc', u.loc),
      u.lastmod ? xmlElement('lastmod', toVnIso(u.lastmod)) : '',
      ...(u.images ?? []).map(
        (i) => `<image:image>${xmlElement('image:loc', i.loc)}</image:image>`,
      ),
      '</url>',
    ].join('');
  return [
    XML_DECL,
    `<urlset xmlns="${NS.sitemap}" xmlns:image="${NS.image}">`,
    ...urls.map(url),
    '</urlset>',
  ].join('\n');
}

/** One entry of the news sitemap. */
export interface NewsEntry {
  loc: string;
  title: string;
  publishedAt: Date;
}

/** A Google news sitemap (articles of the last two days). */
export function newsSitemapXml(publication: string, entries: NewsEntry[]): string {
  const entry = (e: NewsEntry): string =>
    [
      '<url>',
      xmlElement('loc', e.loc),
      '<news:news><news:publication>',
      xmlElement('news:name', publication),
      '<news:language>vi</news:language>',
      '</news:publication>',
      xmlElement('news:publication_date', toVnIso(e.publishedAt)),
      xmlElement('news:title', e.title),
      '</news:news></url>',
    ].join('');
  return [
    XML_DECL,
    `<urlset xmlns="${NS.sitemap}" xmlns:news="${NS.news}">`,
    ...entries.map(entry),
    '</urlset>',
  ].join('\n');
}

/** robots.txt: the whole site may be crawled except search results; where the sitemaps are. */
export function robotsTxt(base: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    // Search result pages are endless combinations of the same articles (and say noindex).
    'Disallow: /tim-kiem',
    'Disallow: /in/',
    '',
    `Sitemap: ${base}/sitemap.xml`,
    `Sitemap: ${base}/sitemap-news.xml`,
    '',
  ].join('\n');
}
