import type { RequestSite } from '../../http/site.ts';

/** A site of the install: the province or one of its Party bodies. */
export interface Site {
  id: number;
  slug: string;
  kind: SiteKind;
  name: string;
  unitCode: string | null;
  /** Its own host name, lower case, or null. */
  host: string | null;
  /** Its path prefix on the province's host ("/xa/muong-nhe"), or null. */
  pathPrefix: string | null;
  parentId: number | null;
  status: 'active' | 'suspended';
  suspendedReason: string;
  language: string;
  createdAt: Date;
}

export type SiteKind = 'tinh' | 'xa' | 'co-quan';

export const SITE_KINDS: Readonly<Record<SiteKind, string>> = {
  tinh: 'Đảng bộ tỉnh',
  xa: 'Đảng bộ xã, phường',
  'co-quan': 'Đảng bộ cơ quan',
};

/** What a request resolves to: its site, the prefix it came through and the path inside the site. */
export interface Resolved {
  site: Site;
  prefix: string;
  path: string;
}

/** A host name as compared: lower case, without port or trailing dot; '' when unusable. */
export function normaliseHost(host: string | null | undefined): string {
  if (!host) return '';
  const h = host.trim().toLowerCase();
  // IPv6 literals keep their brackets; anything else loses ":port".
  const bare = h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.replace(/:\d*$/, '');
  return bare.replace(/\.$/, '');
}

/** Path prefixes: one or two lower-case ASCII segments ("/xa/muong-nhe", "/ban-tuyen-giao"). */
export const PREFIX_PATTERN = /^(\/[a-z0-9]+(?:-[a-z0-9]+)*){1,2}$/;
/** Host names a site may take. */
export const HOST_PATTERN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** First path segments of the province's own pages: a site's prefix may not start with one. */
export const RESERVED_SEGMENTS = new Set([
  'quan-tri',
  'api',
  'static',
  'media',
  'tim-kiem',
  'ban-do',
  'rss',
  'in',
  'tu-khoa',
  'lien-ket',
  'xem-truoc',
  'so-do-trang',
  'en',
  'healthz',
  'readyz',
]);

/**
 * The in-memory directory of sites, rebuilt whenever the sites change: finds the site of a
 * request by its host, then (on the province's hosts) by the longest matching path prefix. An
 * install with a single site answers on any host; otherwise an unknown host finds nothing.
 */
export function siteDirectory(sites: Site[], provinceHosts: string[]) {
  const byHost = new Map<string, Site>();
  const byId = new Map<number, Site>();
  /** Sites by their path prefix ("/xa/muong-nhe"): one lookup per request, whatever their number. */
  const byPrefix = new Map<string, Site>();
  for (const s of sites) {
    byId.set(s.id, s);
    if (s.host) byHost.set(s.host, s);
    if (s.pathPrefix) byPrefix.set(s.pathPrefix, s);
  }
  const province = sites.find((s) => s.kind === 'tinh') ?? sites[0];
  const mainHosts = new Set(provinceHosts.map(normaliseHost));
  const single = sites.length <= 1;

  return {
    sites,
    province,
    byId: (id: number) => byId.get(id),
    /** Whether some site reports to site `id` (it receives their Tin cơ sở). */
    hasChildren: (id: number) => sites.some((s) => s.parentId === id),

    resolve(hostHeader: string | undefined, path: string): Resolved | undefined {
      const host = normaliseHost(hostHeader);
      const own = byHost.get(host);
      if (own && own !== province) return { site: own, prefix: '', path };
      if (!province) return undefined;
      if (!own && !single && !mainHosts.has(host)) return undefined;
      // A prefix is one or two whole segments: the longer one first.
      if (byPrefix.size) {
        const end1 = path.indexOf('/', 1);
        const end2 = end1 < 0 ? -1 : path.indexOf('/', end1 + 1);
        // Where the two-segment and the one-segment prefixes would end (-1: none).
        const ends = [end1 < 0 ? -1 : end2 < 0 ? path.length : end2, end1 < 0 ? path.length : end1];
        for (const end of ends) {
          if (end < 0) continue;
          const s = byPrefix.get(path.slice(0, end));
          if (s) return { site: s, prefix: s.pathPrefix!, path: path.slice(end) || '/' };
        }
      }
      return { site: province, prefix: '', path };
    },
  };
}

export type SiteDirectory = ReturnType<typeof siteDirectory>;

/** The request's view of a resolved site: ids, names and the absolute base of its links. */
export function requestSite(r: Resolved, provinceBase: string): RequestSite {
  const scheme = new URL(provinceBase).protocol;
  const origin = r.prefix || !r.site.host ? provinceBase : `${scheme}//${r.site.host}`;
  return {
    id: r.site.id,
    slug: r.site.slug,
    kind: r.site.kind,
    name: r.site.name,
    prefix: r.prefix,
    base: `${origin}${r.prefix}`,
    language: r.site.language,
    status: r.site.status,
    suspendedReason: r.site.suspendedReason,
    unitCode: r.site.unitCode,
  };
}

/** Paths served the same on every site (files, the favicon): never prefixed in a page. */
const SHARED_PATH = /^\/(static|media)\/|^\/favicon\.(svg|ico)$/;

/**
 * A page of a site reached by a path prefix, with its root-relative links (href, src, action,
 * the beacon's and the typeahead's addresses in data attributes) moved under the prefix, shared
 * files excepted. Absolute links already carry the site's base.
 */
export function prefixLinks(html: string, prefix: string): string {
  if (!prefix) return html;
  return html.replace(
    /(\s(?:href|src|action|data-[a-z-]+)=")(\/(?!\/)[^"]*)"/g,
    (m, attr: string, url: string) =>
      SHARED_PATH.test(url) || url.startsWith(`${prefix}/`) || url === prefix
        ? m
        : `${attr}${prefix}${url === '/' ? '' : url}"`,
  );
}

/** A Location header of a prefixed site's redirect, under the prefix. */
export function prefixLocation(location: string, prefix: string): string {
  if (!prefix || !location.startsWith('/') || location.startsWith('//')) return location;
  if (SHARED_PATH.test(location) || location.startsWith(`${prefix}/`)) return location;
  return `${prefix}${location === '/' ? '' : location}`;
}
