import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { AdminChrome } from './admin-layout.tsx';
import type { Shell } from './shell.ts';

/** Renders a back-office page; never cached, never indexed. */
export async function renderAdmin(
  c: Context,
  deps: { shell: Shell },
  view: (chrome: AdminChrome) => JSX.Element,
  status: 200 | 400 | 403 | 404 | 409 | 429 = 200,
): Promise<Response> {
  const chrome = await deps.shell.adminChrome(c);
  c.header('Cache-Control', 'no-store');
  return c.html(`<!doctype html>${String(await view(chrome))}`, status);
}
