import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { pageResponse } from '../modules/cache/cache.middleware.ts';
import type { AppDeps } from '../services.ts';
import type { Chrome } from './chrome.ts';
import { loadChrome } from './chrome.loader.ts';

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
