import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { pageResponse } from '../modules/cache/cache.middleware.ts';
import type { AppDeps } from '../services.ts';
import type { Chrome } from '../views/chrome.ts';
import { loadChrome } from './chrome.ts';

/** Renders a full public page: loads the chrome, then the page's own view (the page cache fills its live slots). */
export async function renderPage(
  c: Context,
  deps: AppDeps,
  view: (chrome: Chrome) => JSX.Element,
  status: 200 | 400 | 404 | 410 | 500 = 200,
): Promise<Response> {
  const chrome = await loadChrome(deps, c);
  return pageResponse(c, `<!doctype html>${String(await view(chrome))}`, status);
}

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
