import { Hono } from 'hono';
import { siteOf } from '../../http/site.ts';
import { renderPage } from '../../shell/render.ts';
import type { Shell } from '../../shell/shell.ts';
import type { OrganisationService } from './organisation.service.ts';
import { OrganisationPage, PersonPage } from './views/organisation.page.tsx';

/** What the public organisation pages use. */
export interface OrganisationSiteRouteDeps {
  organisation: OrganisationService;
  shell: Shell;
}

/** Public Cơ cấu tổ chức: the site's leadership and units, and one page per person. */
export function organisationSiteRoutes(deps: OrganisationSiteRouteDeps) {
  const app = new Hono();
  app.get('/co-cau-to-chuc', async (c) => {
    const khoa = c.req.query('khoa');
    const data = await deps.organisation.publicPage(khoa);
    return renderPage(c, deps, (chrome) => (
      <OrganisationPage
        chrome={chrome}
        {...data}
        meta={{
          title: 'Cơ cấu tổ chức',
          description: `Lãnh đạo, các cơ quan, đơn vị và đầu mối liên hệ của ${chrome.settings.siteName}.`,
          canonical: `${siteOf(c).base}/co-cau-to-chuc${data.term ? `?khoa=${data.term.slug}` : ''}`,
          stats: { kind: 'page' },
        }}
      />
    ));
  });
  app.get('/co-cau-to-chuc/:id{[0-9]+}', async (c) => {
    const data = await deps.organisation.personPage(Number(c.req.param('id')));
    return renderPage(c, deps, (chrome) => (
      <PersonPage
        chrome={chrome}
        {...data}
        meta={{
          title: data.person.fullName,
          description: data.current
            ? `${data.person.fullName}, ${data.current.title}.`
            : data.person.fullName,
          canonical: `${siteOf(c).base}/co-cau-to-chuc/${data.person.id}`,
          stats: { kind: 'page' },
        }}
      />
    ));
  });
  return app;
}
