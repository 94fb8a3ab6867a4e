import { Hono, type Context } from 'hono';
import { formOf, formText, requireStaff } from '../../http/admin-guard.ts';
import type { AppEnv, Staff } from '../../http/env.ts';
import { fieldErrors, Forbidden, NotFound, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { PROVINCE_SITE_ID, siteOf } from '../../http/site.ts';
import type { Config } from '../../config/config.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import type { MapSummary } from '../map/map.ts';
import type { Site } from './platform.ts';
import { communeDefaults } from './sites.defaults.ts';
import { editSiteSchema, newSiteSchema, suspendSchema } from './sites.schema.ts';
import type { SitesService } from './sites.service.ts';
import { SITES_MESSAGES as M, say } from './sites.messages.ts';
import {
  EditSitePage,
  NewSitePage,
  SiteCreatedPage,
  SiteListPage,
  SITES_BASE,
  type EditSiteValues,
  type NewSiteValues,
} from './views/sites.admin.tsx';

/** What the member sites' back office uses. */
export interface SitesRouteDeps {
  sites: SitesService;
  map: MapSummary;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
}

/**
 * The staff member if they are the system admin (admin on the province) working on the
 * province's back office; 403 otherwise (a commune's admin included).
 */
export async function requireSystemAdmin(
  c: Context<AppEnv>,
  sites: Pick<SitesService, 'isSystemAdmin'>,
): Promise<Staff> {
  const staff = requireStaff(c);
  if (siteOf(c).id !== PROVINCE_SITE_ID || !(await sites.isSystemAdmin(staff.account)))
    throw new Forbidden(say('platform.forbidden'));
  return staff;
}

const NEW_FIELDS = [
  'unitCode',
  'address',
  'pathPrefix',
  'host',
  'adminMode',
  'adminUsername',
  'adminFullName',
  'adminEmail',
] as const;

function editValues(s: Site): EditSiteValues {
  return {
    name: s.name,
    address: s.host ? 'host' : 'prefix',
    pathPrefix: s.pathPrefix ?? '',
    host: s.host ?? '',
  };
}

/** Back office of the member sites (/quan-tri/trang), for the system admin only. */
export function sitesAdminRoutes(deps: SitesRouteDeps) {
  const app = new Hono<AppEnv>();
  const base = new URL(deps.config.baseUrl);
  const scheme = base.protocol;

  const taken = async () =>
    new Set(
      (await deps.sites.overview()).map((r) => r.site.unitCode).filter((x): x is string => !!x),
    );

  const newForm = async (
    c: Context<AppEnv>,
    staff: Staff,
    values: NewSiteValues,
    errors: Record<string, string>,
  ) => {
    const takenCodes = await taken();
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <NewSitePage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          map={deps.map}
          units={deps.sites.units()}
          taken={takenCodes}
          values={values}
          errors={errors}
          provinceHost={base.host}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  };

  const load = async (c: Context<AppEnv>) => {
    const raw = c.req.param('id');
    const site = await deps.sites.byId(Number(raw));
    if (!site || site.id === PROVINCE_SITE_ID) throw new NotFound(say('platform.not_found'));
    return site;
  };

  const editForm = (
    c: Context<AppEnv>,
    staff: Staff,
    site: Site,
    opts: {
      values?: EditSiteValues;
      errors?: Record<string, string>;
      reason?: string;
      reasonError?: string;
      notice?: string;
    } = {},
  ) =>
    renderAdmin(
      c,
      deps,
      (chrome) => (
        <EditSitePage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          site={site}
          values={opts.values ?? editValues(site)}
          errors={opts.errors ?? {}}
          reason={opts.reason ?? ''}
          reasonError={opts.reasonError}
          notice={opts.notice}
          scheme={scheme}
        />
      ),
      Object.keys(opts.errors ?? {}).length || opts.reasonError ? 400 : 200,
    );

  app.get('/trang', async (c) => {
    await requireSystemAdmin(c, deps.sites);
    const rows = await deps.sites.overview();
    const q = c.req.query();
    const notice =
      q['da-luu'] !== undefined
        ? M['platform.saved']
        : q['tam-ngung'] !== undefined
          ? M['platform.suspended']
          : q['hoat-dong'] !== undefined
            ? M['platform.resumed']
            : undefined;
    return renderAdmin(c, deps, (chrome) => (
      <SiteListPage chrome={chrome} rows={rows} scheme={scheme} notice={notice} />
    ));
  });

  app.get('/trang/moi', async (c) => {
    const staff = await requireSystemAdmin(c, deps.sites);
    const code = (c.req.query('don-vi') ?? '').slice(0, 10);
    const unit = deps.sites.unit(code);
    return newForm(
      c,
      staff,
      {
        unitCode: unit ? unit.code : '',
        address: 'prefix',
        pathPrefix: unit ? communeDefaults(unit).pathPrefix : '',
        host: '',
        adminMode: 'new',
        adminUsername: '',
        adminFullName: '',
        adminEmail: '',
      },
      {},
    );
  });

  app.post('/trang/moi', async (c) => {
    const staff = await requireSystemAdmin(c, deps.sites);
    const body = await formOf(c);
    const values = Object.fromEntries(
      NEW_FIELDS.map((f) => [f, formText(body, f)]),
    ) as unknown as NewSiteValues;
    const parsed = newSiteSchema.safeParse(values);
    if (!parsed.success) return newForm(c, staff, values, fieldErrors(parsed.error));
    const input = parsed.data;
    // An empty path prefix takes the unit's default ("/xa/muong-nhe").
    const unit = deps.sites.unit(input.unitCode);
    if (input.address === 'prefix' && !input.pathPrefix && unit)
      input.pathPrefix = communeDefaults(unit).pathPrefix;
    try {
      const created = await deps.sites.create(actorOf(c), input);
      return renderAdmin(c, deps, (chrome) => (
        <SiteCreatedPage
          chrome={chrome}
          site={created.site}
          admin={created.admin}
          scheme={scheme}
        />
      ));
    } catch (err) {
      if (err instanceof Validation) return newForm(c, staff, values, err.fields);
      throw err;
    }
  });

  app.get('/trang/:id{[0-9]+}', async (c) => {
    const staff = await requireSystemAdmin(c, deps.sites);
    const site = await load(c);
    const q = c.req.query();
    const notice =
      q['da-luu'] !== undefined
        ? M['platform.saved']
        : q['tam-ngung'] !== undefined
          ? M['platform.suspended']
          : q['hoat-dong'] !== undefined
            ? M['platform.resumed']
            : undefined;
    return editForm(c, staff, site, { notice });
  });

  app.post('/trang/:id{[0-9]+}', async (c) => {
    const staff = await requireSystemAdmin(c, deps.sites);
    const site = await load(c);
    const body = await formOf(c);
    const values: EditSiteValues = {
      name: formText(body, 'name'),
      address: formText(body, 'address'),
      pathPrefix: formText(body, 'pathPrefix'),
      host: formText(body, 'host'),
    };
    const parsed = editSiteSchema.safeParse(values);
    if (!parsed.success)
      return editForm(c, staff, site, { values, errors: fieldErrors(parsed.error) });
    try {
      await deps.sites.update(actorOf(c), site.id, parsed.data);
    } catch (err) {
      if (err instanceof Validation)
        return editForm(c, staff, site, { values, errors: err.fields });
      throw err;
    }
    return c.redirect(`${SITES_BASE}/${site.id}?da-luu=1`, 303);
  });

  app.post('/trang/:id{[0-9]+}/tam-ngung', async (c) => {
    const staff = await requireSystemAdmin(c, deps.sites);
    const site = await load(c);
    const reason = formText(await formOf(c), 'reason');
    const parsed = suspendSchema.safeParse({ reason });
    if (!parsed.success)
      return editForm(c, staff, site, {
        reason,
        reasonError: Object.values(fieldErrors(parsed.error))[0],
      });
    try {
      await deps.sites.suspend(actorOf(c), site.id, parsed.data.reason);
    } catch (err) {
      if (err instanceof Validation)
        return editForm(c, staff, site, { reason, reasonError: Object.values(err.fields)[0] });
      throw err;
    }
    return c.redirect(`${SITES_BASE}/${site.id}?tam-ngung=1`, 303);
  });

  app.post('/trang/:id{[0-9]+}/hoat-dong', async (c) => {
    const staff = await requireSystemAdmin(c, deps.sites);
    const site = await load(c);
    try {
      await deps.sites.resume(actorOf(c), site.id);
    } catch (err) {
      if (err instanceof Validation)
        return editForm(c, staff, site, { reasonError: Object.values(err.fields)[0] });
      throw err;
    }
    return c.redirect(`${SITES_BASE}/${site.id}?hoat-dong=1`, 303);
  });

  return app;
}
