import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../http/env.ts';
import { PROVINCE_SITE_ID, siteOf } from '../../http/site.ts';
import type { SitesService } from './sites.service.ts';
import { SitesSummaryPanel } from './views/sites.admin.tsx';

/** The dashboard's "Các trang thành viên" block: for the system admin on the province only. */
export async function sitesDashboardPanel(
  c: Context<AppEnv>,
  sites: Pick<SitesService, 'isSystemAdmin' | 'summary'>,
): Promise<Child> {
  const staff = c.get('staff');
  if (!staff || siteOf(c).id !== PROVINCE_SITE_ID || !(await sites.isSystemAdmin(staff.account)))
    return null;
  return <SitesSummaryPanel summary={await sites.summary()} />;
}
