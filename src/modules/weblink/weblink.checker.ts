import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { CheckResult } from './weblink.ts';
import { WEBLINK_MESSAGES as M } from './weblink.messages.ts';

/** How long a link has to answer, in milliseconds (all redirect hops together). */
export const CHECK_TIMEOUT_MS = 8000;
/** How many redirects the check follows before giving up. */
export const MAX_REDIRECTS = 5;

const USER_AGENT = 'Mozilla/5.0 (compatible; KiemTraLienKet/1.0; +trang-thong-tin-dang-bo)';

/**
 * Addresses the link checker never contacts (server-side request forgery): this machine, the
 * private networks, link-local (cloud metadata 169.254.169.254), CGNAT (100.100.100.200 is a
 * metadata address too), multicast, unspecified, documentation and reserved ranges.
 */
// Two lists: Node's BlockList matches IPv4 addresses against IPv6 rules such as ::/96.
const [BLOCKED_V4, BLOCKED_V6] = (() => {
  const b = new net.BlockList();
  const b6 = new net.BlockList();
  const v4: [string, number][] = [
    ['0.0.0.0', 8], // "this network", unspecified
    ['10.0.0.0', 8], // private
    ['100.64.0.0', 10], // CGNAT (and Alibaba Cloud metadata 100.100.100.200)
    ['127.0.0.0', 8], // loopback
    ['169.254.0.0', 16], // link-local, cloud metadata 169.254.169.254
    ['172.16.0.0', 12], // private
    ['192.0.0.0', 24], // IETF protocol assignments
    ['192.0.2.0', 24], // documentation
    ['192.88.99.0', 24], // 6to4 relay anycast
    ['192.168.0.0', 16], // private
    ['198.18.0.0', 15], // benchmarking
    ['198.51.100.0', 24], // documentation
    ['203.0.113.0', 24], // documentation
    ['224.0.0.0', 4], // multicast
    ['240.0.0.0', 4], // reserved, broadcast
  ];
  for (const [net4, prefix] of v4) b.addSubnet(net4, prefix, 'ipv4');
  const v6: [string, number][] = [
    ['::', 96], // unspecified, loopback ::1, IPv4-compatible
    ['::ffff:0:0', 96], // IPv4-mapped: all refused (a public site never resolves to one)
    ['64:ff9b::', 96], // NAT64 (reaches IPv4 through a translator)
    ['64:ff9b:1::', 48], // local-use NAT64
    ['100::', 64], // discard
    ['2001::', 23], // IETF protocol assignments (Teredo, ORCHID…)
    ['2001:db8::', 32], // documentation
    ['2002::', 16], // 6to4 (embeds any IPv4 address)
    ['fc00::', 7], // unique local (AWS metadata fd00:ec2::254)
    ['fe80::', 10], // link-local
    ['fec0::', 10], // site-local (deprecated)
    ['ff00::', 8], // multicast
  ];
  for (const [net6, prefix] of v6) b6.addSubnet(net6, prefix, 'ipv6');
  return [b, b6];
})();

/**
 * Whether the link checker must refuse to contact `ip` (IPv4 or IPv6, brackets allowed).
 * Anything that is not a valid IP address is refused too.
 */
export function isForbiddenAddress(ip: string): boolean {
  const addr = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (net.isIPv4(addr)) return BLOCKED_V4.check(addr, 'ipv4');
  if (!net.isIPv6(addr)) return true;
  return BLOCKED_V6.check(addr, 'ipv6');
}

/** Thrown (as a connection error) when a hop would reach a forbidden address. */
class ForbiddenAddress extends Error {
  code = 'ESSRF';
  constructor(readonly address: string) {
    super(`refused to contact ${address}`);
  }
}

/** Options of a check. */
export interface CheckOptions {
  timeoutMs?: number;
  /**
   * TESTS ONLY: exact origins on this machine (http://127.0.0.1:PORT or http://[::1]:PORT) the
   * check may contact although they are loopback. Nothing else is opened: other ports, other
   * loopback names and every redirect elsewhere stay refused. Production never sets this.
   */
  unsafeTestOnlyLoopbackOrigins?: readonly string[];
}

function checkTestOrigins(origins: readonly string[]): Set<string> {
  for (const o of origins) {
    if (!/^http:\/\/(127\.0\.0\.1|\[::1\]):\d{1,5}$/.test(o))
      throw new Error(`unsafeTestOnlyLoopbackOrigins: ${o} is not a loopback IP origin`);
  }
  return new Set(origins);
}

/**
 * A DNS lookup that refuses names resolving to any forbidden address. The connection uses the
 * address this returns, so a second resolution (DNS rebinding) cannot switch it.
 */
const guardedLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { all: true, family: options.family ?? 0 }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const bad = addresses.find((a) => isForbiddenAddress(a.address));
    if (bad || !addresses.length) {
      return callback(new ForbiddenAddress(bad?.address ?? hostname), '', 0);
    }
    if ((options as { all?: boolean }).all)
      return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
};

interface Hop {
  status: number;
  location: string | undefined;
}

/** One request, no redirects followed; the address is judged before connecting. */
function requestOnce(
  url: URL,
  method: 'HEAD' | 'GET',
  signal: AbortSignal,
  testOrigins: Set<string>,
): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const opened = testOrigins.has(url.origin);
    if (net.isIP(host) && !opened && isForbiddenAddress(host))
      return reject(new ForbiddenAddress(host));
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(
      url,
      {
        method,
        signal,
        agent: false,
        // Names are resolved (and judged) here; IP literals are judged above.
        lookup: opened ? undefined : guardedLookup,
        headers: { 'user-agent': USER_AGENT, accept: '*/*' },
      },
      (res) => {
        // Only the status matters: do not download the page.
        res.destroy();
        const loc = res.headers.location;
        resolve({
          status: res.statusCode ?? 0,
          location: typeof loc === 'string' ? loc : undefined,
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Follows redirects by hand, judging every hop; bounded. */
async function request(
  start: string,
  method: 'HEAD' | 'GET',
  signal: AbortSignal,
  testOrigins: Set<string>,
): Promise<number> {
  let url = new URL(start);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UnsupportedScheme();
    if (url.username || url.password) throw new UnsupportedScheme();
    const r = await requestOnce(url, method, signal, testOrigins);
    if (![301, 302, 303, 307, 308].includes(r.status) || !r.location) return r.status;
    if (hop >= MAX_REDIRECTS) throw new TooManyRedirects();
    url = new URL(r.location, url);
  }
}

class UnsupportedScheme extends Error {
  code = 'ESCHEME';
}
class TooManyRedirects extends Error {
  code = 'EREDIRECTS';
}

function describeError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || e.code === 'ABORT_ERR')
    return M['weblink.check_no_answer'](Math.round(timeoutMs / 1000));
  const code = e.code ?? e.cause?.code ?? '';
  if (code === 'ESSRF') return M['weblink.check_private'];
  if (code === 'ESCHEME') return M['weblink.check_scheme'];
  if (code === 'EREDIRECTS') return M['weblink.check_redirects'](MAX_REDIRECTS);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return M['weblink.check_no_domain'];
  if (code === 'ECONNREFUSED') return M['weblink.check_refused'];
  if (code === 'ECONNRESET') return M['weblink.check_reset'];
  if (code === 'ETIMEDOUT' || code.startsWith('UND_ERR_CONNECT_TIMEOUT'))
    return M['weblink.check_no_connect'](Math.round(timeoutMs / 1000));
  if (/CERT|SSL|TLS/i.test(code)) return M['weblink.check_bad_certificate'];
  return M['weblink.check_unreachable'](code);
}

/**
 * Whether an address still answers: a HEAD request (a GET when the server refuses HEAD),
 * redirects followed by hand (at most MAX_REDIRECTS), within `timeoutMs` in all. Every hop is
 * judged after DNS resolution and never reaches a loopback, private, link-local, CGNAT,
 * multicast or metadata address. Any status below 400 counts as answering.
 */
export async function checkUrl(url: string, opts: CheckOptions = {}): Promise<CheckResult> {
  const timeoutMs = opts.timeoutMs ?? CHECK_TIMEOUT_MS;
  try {
    const origins = checkTestOrigins(opts.unsafeTestOnlyLoopbackOrigins ?? []);
    const signal = AbortSignal.timeout(timeoutMs);
    let status = await request(url, 'HEAD', signal, origins);
    if (status === 405 || status === 501 || status === 403)
      status = await request(url, 'GET', signal, origins);
    return {
      ok: status < 400,
      statusCode: status,
      detail: status < 400 ? M['weblink.check_ok'](status) : M['weblink.check_http_error'](status),
    };
  } catch (err) {
    if (err instanceof TypeError && /Invalid URL/i.test(err.message))
      return { ok: false, statusCode: null, detail: M['weblink.check_bad_url'] };
    return { ok: false, statusCode: null, detail: describeError(err, timeoutMs) };
  }
}

/** Whether an address is on this machine (tests may only check those; never the Internet). */
export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

/** Runs `task` over `items`, at most `limit` at a time. */
export async function eachLimited<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
