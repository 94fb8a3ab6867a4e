/** Pure counting rules: what a reader, a visit, a device class and a referrer domain are. */
import crypto from 'node:crypto';

/** A visit ends, and a read may count again, after 30 minutes. */
export const VISIT_GAP_MS = 30 * 60_000;
/** "Đang online": distinct readers seen in the last 5 minutes. */
export const ONLINE_WINDOW_MS = 5 * 60_000;
/** At most this many counting requests per reader per minute (per instance); more answer 429. */
export const READER_RATE_LIMIT = 120;

/**
 * Name of the back-office session cookie: requests that carry it are staff (previews, checks)
 * and are never counted. The newsroom's login must set its session under this name.
 */
export { SESSION_COOKIE as STAFF_SESSION_COOKIE } from '../auth/auth.ts';

/** Kinds of public pages that send a counting beacon. */
export const PAGE_KINDS = ['home', 'section', 'article', 'tag', 'page', 'map'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** What a page tells the counter about itself (rendered into its beacon). */
export interface PageStat {
  kind: PageKind;
  /** The article read, on article pages. */
  articleId?: number;
}

/** Device classes of the history. */
export type DeviceClass = 'mobile' | 'tablet' | 'desktop';

/** The reader's anonymous identity for one day: a salted hash of address and user agent (128 bits). */
export function readerHash(salt: string, ip: string, userAgent: string): string {
  return crypto
    .createHash('sha256')
    .update(`${salt}\n${ip}\n${userAgent}`)
    .digest('base64url')
    .slice(0, 22);
}

/**
 * A reader's key on one site: the site id before the hash, so a reader of two sites makes a
 * visit on each, and each site's "Đang online" counts its own readers (`stat_reader` has no
 * site column: the key carries it).
 */
export function siteReader(siteId: number, hash: string): string {
  return `${siteId}:${hash}`;
}

/** The start of every reader key of a site (see `siteReader`). */
export function siteReaderPrefix(siteId: number): string {
  return `${siteId}:`;
}

/** A new random daily salt. */
export function newSalt(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/** Mobile, tablet or desktop from a user agent (iPadOS reporting as desktop Safari counts as desktop). */
export function deviceClass(userAgent: string): DeviceClass {
  if (
    /iPad|Tablet|PlayBook|Silk|Kindle|Nexus (7|9|10)\b|SM-T\d|Android(?!.*Mobile)/i.test(userAgent)
  )
    return 'tablet';
  if (/Mobi|iPhone|iPod|Android|Windows Phone|Opera Mini|IEMobile|BlackBerry/i.test(userAgent))
    return 'mobile';
  return 'desktop';
}

/**
 * The normalised domain of an external referrer ("https://www.google.com.vn/search?q=…" →
 * "google.com.vn"), or undefined when it is empty, not http(s), or one of the site's own hosts.
 */
export function referrerDomain(
  referrer: string | undefined,
  ownHosts: readonly string[],
): string | undefined {
  if (!referrer) return undefined;
  let url: URL;
  try {
    url = new URL(referrer);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host || ownHosts.some((h) => sameSite(h, host))) return undefined;
  return stripSubdomain(host).slice(0, 253);
}

function stripSubdomain(host: string): string {
  return host.replace(/^(www\d?|m|mobile|amp)\./, '');
}

function sameSite(own: string, host: string): boolean {
  const a = stripSubdomain(own.toLowerCase().replace(/:\d+$/, ''));
  return a === stripSubdomain(host);
}

/** The Vietnamese label of a device class (reports). */
export const DEVICE_LABELS: Record<DeviceClass, string> = {
  mobile: 'Điện thoại',
  tablet: 'Máy tính bảng',
  desktop: 'Máy tính',
};
