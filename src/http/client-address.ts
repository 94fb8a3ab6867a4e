import { isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';

/**
 * The one place that decides a request's client address (audit trail, login rate limit,
 * counting). Without trusted proxies it is the socket's address. Behind `trustProxy` reverse
 * proxies (config TRUST_PROXY, a number of hops) each proxy appends the address it saw to
 * X-Forwarded-For, so the client is the entry the outermost trusted proxy added: the
 * `trustProxy`-th from the right. Entries further left were written by the client and are never
 * believed; a malformed entry falls back to the socket's address.
 */
export function clientAddress(c: Context, trustProxy: number): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const socket = normalize(env?.incoming?.socket?.remoteAddress ?? '') ?? '';
  if (trustProxy <= 0) return socket;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!hops.length) return socket;
  const entry = hops[Math.max(0, hops.length - trustProxy)] ?? '';
  return normalize(entry) ?? socket;
}

/** An IP address without port or brackets (IPv4-mapped IPv6 as plain IPv4), or undefined. */
function normalize(raw: string): string | undefined {
  let s = raw.trim();
  if (s.length > 64) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  if (s.toLowerCase().startsWith('::ffff:') && isIP(s.slice(7)) === 4) s = s.slice(7);
  return isIP(s) ? s : undefined;
}

const decided = new WeakMap<Request, string>();

/** Decides the client address once per request (mounted first in app.tsx). */
export function clientAddressMiddleware(trustProxy: number): MiddlewareHandler {
  return async (c, next) => {
    decided.set(c.req.raw, clientAddress(c, trustProxy));
    await next();
  };
}

/** The client address decided for this request (the socket's if the middleware did not run). */
export function clientAddressOf(c: Context): string {
  return decided.get(c.req.raw) ?? clientAddress(c, 0);
}

/**
 * Who a rate limit counts: an IPv4 address as is, an IPv6 address by its /64 network (what one
 * subscriber is given), so that one client cannot spread its attempts over its own addresses.
 */
export function addressGroup(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const h = head ? head.split(':') : [];
  const t = ip.includes('::') && tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t]
    : h;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
