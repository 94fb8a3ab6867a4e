import type { Context } from 'hono';
import type { Origin } from '../modules/auth/auth.service.ts';
import { clientAddressOf } from './client-address.ts';

/** Address and user agent of a request, for the audit trail. */
export function originOf(c: Context): Origin {
  return { ip: clientAddressOf(c), userAgent: c.req.header('user-agent') ?? '' };
}

/**
 * Whether a state-changing request comes from our own pages: the Origin header (or, failing
 * that, the Referer) must name this site. Requests with neither (non-browser clients) pass
 * this check and still need the form token.
 */
export function sameOrigin(c: Context, baseUrl: string): boolean {
  const allowed = new Set([new URL(baseUrl).origin, new URL(c.req.url).origin]);
  const origin = c.req.header('origin');
  if (origin) return allowed.has(origin);
  const referer = c.req.header('referer');
  if (referer) {
    try {
      return allowed.has(new URL(referer).origin);
    } catch {
      return false;
    }
  }
  return true;
}
