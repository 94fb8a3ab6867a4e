import { Hono } from 'hono';
import { NotFound } from '../../http/errors.ts';
import { say } from './weblink.messages.ts';
import type { WeblinkService } from './weblink.service.ts';

/** What the link redirect uses. */
export interface WeblinkSiteRouteDeps {
  weblinks: WeblinkService;
}

/**
 * The target of the "Chọn liên kết" selector: /lien-ket?id=N redirects to the stored address of
 * active link N. It only ever redirects to a stored link, never to an address in the request.
 */
export function weblinkSiteRoutes(deps: WeblinkSiteRouteDeps) {
  const app = new Hono();
  app.get('/lien-ket', async (c) => {
    const id = c.req.query('id') ?? '';
    // Ids are 32-bit: a longer number names no link (and PostgreSQL would refuse it).
    const url = /^\d{1,9}$/.test(id) ? await deps.weblinks.redirectTarget(Number(id)) : undefined;
    if (!url) throw new NotFound(say('weblink.not_found'));
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
    return c.redirect(url, 302);
  });
  return app;
}
