import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { AppDeps } from '../services.ts';
import type { AdminChrome } from './admin-layout.tsx';
import type { AppEnv } from '../http/env.ts';

/** Renders a back-office page; never cached, never indexed. */
export async function renderAdmin(
  c: Context<AppEnv>,
  deps: AppDeps,
  _title: string,
  view: (chrome: AdminChrome) => JSX.Element,
  status: 200 | 400 | 403 | 404 | 409 | 429 = 200,
): Promise<Response> {
  const staff = c.get('staff');
  const settings = await deps.site.settings();
  const chrome: AdminChrome = {
    siteName: settings.shortName,
    css: deps.assets.css,
    js: deps.assets.js,
    staff:
      staff && staff.session.state === 'active'
        ? { account: staff.account, csrf: staff.session.csrfToken }
        : undefined,
    waiting:
      staff && staff.session.state === 'active' && staff.account.role !== 'admin'
        ? await deps.newsroom.waiting(staff.account)
        : undefined,
    path: c.req.path,
  };
  c.header('Cache-Control', 'no-store');
  return c.html(`<!doctype html>${String(await view(chrome))}`, status);
}
