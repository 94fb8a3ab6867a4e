import type { Context } from 'hono';
import { DEFAULT_SITE_ID } from '../db/site-scope.ts';

/**
 * The site a request is for (the province or one of its Party bodies), decided from its host
 * name or path prefix before routing (modules/platform). Routes read it with `siteOf(c)`.
 */
export interface RequestSite {
  id: number;
  slug: string;
  /** 'tinh' | 'xa' | 'co-quan'. */
  kind: string;
  name: string;
  /** '' on its own host or for the province; '/xa/muong-nhe' when reached by a path prefix. */
  prefix: string;
  /** Absolute address of the site's home, without a trailing slash ("https://x.vn/xa/muong-nhe"). */
  base: string;
  language: string;
  status: 'active' | 'suspended';
  suspendedReason: string;
  unitCode: string | null;
}

declare module './env.ts' {
  interface RequestVariables {
    /** The site of this request (set by the platform's site middleware before any route). */
    site: RequestSite;
  }
}

/** The site this request is for; the province when no middleware decided one (unit tests). */
export function siteOf(c: Context): RequestSite {
  return (c as Context<{ Variables: { site?: RequestSite } }>).get('site') ?? PROVINCE_FALLBACK;
}

/** The id of the province's own site, made by the sites migration. */
export const PROVINCE_SITE_ID = DEFAULT_SITE_ID;

const PROVINCE_FALLBACK: RequestSite = {
  id: PROVINCE_SITE_ID,
  slug: 'tinh',
  kind: 'tinh',
  name: '',
  prefix: '',
  base: '',
  language: 'vi',
  status: 'active',
  suspendedReason: '',
  unitCode: null,
};
