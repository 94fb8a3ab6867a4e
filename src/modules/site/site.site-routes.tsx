import { siteOf } from '../../http/site.ts';
import { Hono } from 'hono';
import { excerpt } from '../../lib/text.ts';
import { renderPage } from '../../shell/render.ts';
import type { Config } from '../../config/config.ts';
import type { Shell } from '../../shell/shell.ts';
import type { SiteService } from './site.service.ts';
import { StaticPage } from './views/static.page.tsx';

/** What the static pages use. */
export interface SiteRouteDeps {
  site: SiteService;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
}

/** Public routes of static pages: /<section> of kind "pages" and /<section>/<page>. */
export function siteSiteRoutes(deps: SiteRouteDeps) {
  const app = new Hono();

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
    return renderPage(c, deps, (chrome) => (
      <StaticPage
        chrome={chrome}
        section={found.section}
        page={found.page}
        siblings={found.siblings}
        meta={{
          title: found.page.title,
          description: excerpt(text, 160),
          canonical: `${siteOf(c).base}/${found.section.slug}/${found.page.slug}`,
          stats: { kind: 'page' },
        }}
      />
    ));
  });

  return app;
}
