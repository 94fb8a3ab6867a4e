import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { Chrome } from './chrome.ts';
import type { Shell } from './shell.ts';

/** Renders a full public page: loads the chrome, then the page's own view (the page cache fills its live slots). */
export async function renderPage(
  c: Context,
  deps: { shell: Shell },
  view: (chrome: Chrome) => JSX.Element,
  status: 200 | 400 | 404 | 410 | 500 = 200,
): Promise<Response> {
  const chrome = await deps.shell.chrome(c);
  return deps.shell.respond(c, `<!doctype html>${String(await view(chrome))}`, status);
}
