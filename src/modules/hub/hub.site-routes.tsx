import { Hono } from 'hono';
import { siteOf } from '../../http/site.ts';
import { excerpt } from '../../lib/text.ts';
import { renderPage } from '../../shell/render.ts';
import type { Shell } from '../../shell/shell.ts';
import { mediaUrl } from '../media/media.ts';
import { hubHref, threadHref } from './hub.ts';
import type { HubService } from './hub.service.ts';
import { HubIndexPage, HubPage, ThreadPage } from './views/hub.page.tsx';

/** What the public hub pages use. */
export interface HubSiteDeps {
  hubs: HubService;
  shell: Shell;
}

/** Public routes: /chuyen-de (index), /chuyen-de/<slug> (permanent), /dong-su-kien/<slug>. */
export function hubSiteRoutes(deps: HubSiteDeps) {
  const app = new Hono();

  app.get('/chuyen-de', async (c) => {
    const hubs = await deps.hubs.list();
    return renderPage(c, deps, (chrome) => (
      <HubIndexPage
        chrome={chrome}
        hubs={hubs}
        meta={{
          title: 'Chuyên đề',
          description: 'Các chuyên đề đang diễn ra và lưu trữ.',
          canonical: `${siteOf(c).base}/chuyen-de`,
        }}
      />
    ));
  });

  app.get('/chuyen-de/:slug{[a-z0-9-]+}', async (c) => {
    const { hub, thread, entries } = await deps.hubs.page(c.req.param('slug'));
    const base = siteOf(c).base;
    return renderPage(c, deps, (chrome) => (
      <HubPage
        chrome={chrome}
        hub={hub}
        thread={thread}
        entries={entries}
        meta={{
          title: hub.title,
          description: excerpt(hub.intro || hub.title, 200),
          canonical: `${base}${hubHref(hub)}`,
          ogImage: hub.banner ? `${base}${mediaUrl(hub.banner.key)}` : undefined,
          ogImageAlt: hub.banner?.alt,
        }}
      />
    ));
  });

  app.get('/dong-su-kien/:slug{[a-z0-9-]+}', async (c) => {
    const { thread, entries } = await deps.hubs.threadPage(c.req.param('slug'));
    return renderPage(c, deps, (chrome) => (
      <ThreadPage
        chrome={chrome}
        thread={thread}
        entries={entries}
        meta={{
          title: `Dòng sự kiện: ${thread.name}`,
          description: excerpt(thread.description || thread.name, 200),
          canonical: `${siteOf(c).base}${threadHref(thread)}`,
        }}
      />
    ));
  });

  return app;
}
