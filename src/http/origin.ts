import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import { clientAddressOf } from './client-address.ts';

/** Address and user agent of a request. */
export interface RequestOrigin {
  ip: string;
  userAgent: string;
}

/** Address and user agent of a request, for the audit trail (the address honours TRUST_PROXY). */
export function originOf(c: Context): RequestOrigin {
  return { ip: clientAddressOf(c), userAgent: c.req.header('user-agent') ?? '' };
}

/** The acting staff member and where they act from, for the audit trail (modules/audit `Actor`). */
export function actorOf(c: Context<AppEnv>): RequestOrigin & { id: number | null; name: string } {
  const staff = c.get('staff');
  return {
    id: staff?.account.id ?? null,
    name: staff ? `${staff.account.fullName} (${staff.account.username})` : '',
    ...originOf(c),
  };
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
