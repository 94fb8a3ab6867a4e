import { Hono } from 'hono';
import { siteOf } from '../../http/site.ts';
import { excerpt } from '../../lib/text.ts';
import { renderPage } from '../../shell/render.ts';
import type { Shell } from '../../shell/shell.ts';
import { mediaUrl } from '../media/media.ts';
import { rssXml } from '../feed/feed.xml.ts';
import { hubHref, threadHref, TIMELINE_KIND_LABELS } from './hub.ts';
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

  // The name the editors use ("Chuyên trang") leads to the same permanent address.
  app.get('/chuyen-trang/:slug{[a-z0-9-]+}', (c) =>
    c.redirect(`/chuyen-de/${c.req.param('slug')}`, 301),
  );

  /** RSS of a hub's timeline: stays with the hub after archiving, like its page. */
  app.get('/chuyen-de/:slug{[a-z0-9-]+}/rss', async (c) => {
    const { hub, entries } = await deps.hubs.page(c.req.param('slug'));
    const base = siteOf(c).base;
    const dated = entries.filter((e): e is typeof e & { at: Date } => e.at !== null);
    const body = rssXml({
      title: hub.title,
      link: `${base}${hubHref(hub)}`,
      description: excerpt(hub.intro || hub.title, 300),
      self: `${base}${hubHref(hub)}/rss`,
      now: dated[0]?.at ?? new Date(0),
      items: dated.slice(0, 50).map((e) => ({
        title: e.title,
        link: `${base}${e.href}`,
        guid: `${base}${e.href}`,
        description: '',
        publishedAt: e.at,
        category: TIMELINE_KIND_LABELS[e.kind],
        creator: '',
      })),
    });
    c.header('Content-Type', 'application/rss+xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(body);
  });

  app.get('/chuyen-de/:slug{[a-z0-9-]+}', async (c) => {
    const { hub, thread, entries, blocks } = await deps.hubs.page(c.req.param('slug'));
    const base = siteOf(c).base;
    return renderPage(c, deps, (chrome) => (
      <HubPage
        chrome={chrome}
        hub={hub}
        thread={thread}
        entries={entries}
        blocks={blocks}
        meta={{
          title: hub.title,
          description: excerpt(hub.intro || hub.title, 200),
          canonical: `${base}${hubHref(hub)}`,
          ogImage: hub.banner ? `${base}${mediaUrl(hub.banner.key)}` : undefined,
          ogImageAlt: hub.banner?.alt,
          feeds: [{ title: `RSS: ${hub.title}`, href: `${hubHref(hub)}/rss` }],
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
