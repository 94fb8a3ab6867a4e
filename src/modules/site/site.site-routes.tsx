import { siteOf } from '../../http/site.ts';
import { Hono } from 'hono';
import { excerpt } from '../../lib/text.ts';
import { renderPage } from '../../shell/render.ts';
import type { Config } from '../../config/config.ts';
import type { Shell } from '../../shell/shell.ts';
import type { SiteService } from './site.service.ts';
import { StaticPage } from './views/static.page.tsx';
import { EnglishPage } from './views/english.page.tsx';
import type { PageService } from './page.service.ts';

/** What the static pages use. */
export interface SiteRouteDeps {
  site: SiteService;
  staticPages: PageService;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
}

/** An English page's address: /en/<page slug> (the first page of that slug on the site). */
const englishPath = (p: { slug: string }) => `/en/${p.slug}`;

/** Public routes of static pages: /<section> of kind "pages" and /<section>/<page>. */
export function siteSiteRoutes(deps: SiteRouteDeps) {
  const app = new Hono();

  // English pages (introduction, functions and tasks, organisation, contacts) under /en/.
  app.get('/en', async (c) => {
    const [english, settings] = await Promise.all([
      deps.staticPages.english(),
      deps.site.settings(),
    ]);
    const base = siteOf(c).base;
    return renderPage(c, deps, (chrome) => (
      <EnglishPage
        chrome={chrome}
        siteName={settings.shortName}
        links={english.map((e) => ({ href: englishPath(e.page), title: e.english.title }))}
        meta={{
          title: `${settings.shortName} – English`,
          description: `${settings.shortName}: introduction, functions, organisation and contacts.`,
          canonical: `${base}/en`,
          lang: 'en',
          stats: { kind: 'page' },
        }}
      />
    ));
  });
  app.get('/en/:page', async (c, next) => {
    const english = await deps.staticPages.english();
    const cur = english.find((e) => e.page.slug === c.req.param('page'));
    if (!cur) return next();
    const settings = await deps.site.settings();
    const base = siteOf(c).base;
    const vietnamese = `/${cur.section.slug}/${cur.page.slug}`;
    const text = cur.english.bodyHtml.replace(/<[^>]+>/g, ' ');
    return renderPage(c, deps, (chrome) => (
      <EnglishPage
        chrome={chrome}
        siteName={settings.shortName}
        links={english.map((e) => ({ href: englishPath(e.page), title: e.english.title }))}
        current={{ ...cur, vietnamese }}
        meta={{
          title: cur.english.title,
          description: excerpt(text, 160),
          canonical: `${base}${englishPath(cur.page)}`,
          lang: 'en',
          alternates: [
            { hreflang: 'vi', href: `${base}${vietnamese}` },
            { hreflang: 'en', href: `${base}${englishPath(cur.page)}` },
          ],
          stats: { kind: 'page' },
        }}
      />
    ));
  });

  app.get('/:section', async (c, next) => {
    const section = (await deps.site.sections()).find(
      (s) => s.slug === c.req.param('section') && s.kind === 'pages',
    );
    if (!section) return next();
    const [first] = await deps.site.pagesOf(section.id);
    return first ? c.redirect(`/${section.slug}/${first.slug}`, 302) : next();
  });

  app.get('/:section/:page', async (c, next) => {
    const found = await deps.site.page(c.req.param('section'), c.req.param('page'));
    if (!found) return next();
    const text = found.page.bodyHtml.replace(/<[^>]+>/g, ' ');
    const base = siteOf(c).base;
    const here = `${base}/${found.section.slug}/${found.page.slug}`;
    // Its English version, when there is one: the hreflang pair.
    const english = (await deps.staticPages.english()).find((e) => e.page.id === found.page.id);
    return renderPage(c, deps, (chrome) => (
      <StaticPage
        chrome={chrome}
        section={found.section}
        page={found.page}
        siblings={found.siblings}
        english={english && englishPath(found.page)}
        meta={{
          title: found.page.title,
          description: excerpt(text, 160),
          canonical: here,
          alternates: english && [
            { hreflang: 'vi', href: here },
            { hreflang: 'en', href: `${base}${englishPath(found.page)}` },
          ],
          stats: { kind: 'page' },
          lean: true,
        }}
      />
    ));
  });

  return app;
}
