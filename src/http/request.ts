import type { Context } from 'hono';
import type { AppEnv, PageShows } from './env.ts';

/** Whether a request is a real view (GET, or a counting beacon's POST): not HEAD, not a prefetch or prerender. */
export function isRealView(c: Context): boolean {
  if (c.req.method !== 'GET' && c.req.method !== 'POST') return false;
  const purpose = `${c.req.header('sec-purpose') ?? ''} ${c.req.header('purpose') ?? ''} ${c.req.header('x-moz') ?? ''}`;
  return !/prefetch|prerender/i.test(purpose);
}

/** Parses ?trang=N (1-based); anything invalid is page 1. */
export function pageParam(c: Context): number {
  const n = Number(c.req.query('trang') ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/**
 * Tells the page cache that this public page shows one article (and its section's newest, the
 * related list) and no other: it is then kept through other articles' changes (modules/cache).
 */
export function showsOneArticle(c: Context, shows: PageShows): void {
  (c as Context<AppEnv>).set('pageShows', shows);
}
