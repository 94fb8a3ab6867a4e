import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import { vnDayKey } from '../../lib/date.ts';
import { dayRange } from '../../lib/date-input.ts';
import type { Shell } from '../../shell/shell.ts';
import type { AccountService } from '../account/account.service.ts';
import type { SiteService } from '../site/site.service.ts';
import type { reportService } from './report.service.ts';
import { requireCan } from '../account/account.guard.ts';
import { STATUS_LABELS, type ArticleStatus } from '../article/article.ts';
import type { ReportFilter } from './report.repository.ts';
import { ReportPage, type ReportValues } from './views/report.page.tsx';
import { say } from './report.messages.ts';

/** What the reports page uses. */
export interface ReportRouteDeps {
  reports: ReturnType<typeof reportService>;
  accounts: AccountService;
  site: SiteService;
  shell: Shell;
  clock: () => Date;
}

function filterOf(c: Context<AppEnv>): {
  values: ReportValues;
  filter: ReportFilter;
  error?: string;
} {
  const values: ReportValues = {
    from: c.req.query('tu') ?? '',
    to: c.req.query('den') ?? '',
    section: c.req.query('chuyen-muc') ?? '',
    author: c.req.query('tac-gia') ?? '',
    status: c.req.query('trang-thai') ?? '',
  };
  const filter: ReportFilter = {};
  let error: string | undefined;
  const range = dayRange(values.from, values.to);
  if (range.error) error = range.error;
  else {
    filter.from = range.from;
    filter.to = range.to;
  }
  if (/^\d{1,9}$/.test(values.section)) filter.sectionIds = [Number(values.section)];
  if (/^\d{1,9}$/.test(values.author)) filter.authorId = Number(values.author);
  if (values.status in STATUS_LABELS) filter.statuses = [values.status as ArticleStatus];
  return { values, filter, error };
}

/** The leadership report (approvers), on screen and as .xlsx / .csv. */
export function reportAdminRoutes(deps: ReportRouteDeps) {
  const app = new Hono<AppEnv>();
  const guard = (c: Context<AppEnv>) =>
    requireCan(c, 'report.view', { message: say('report.forbidden') });
  const query = (v: ReportValues) =>
    new URLSearchParams(
      Object.entries({
        tu: v.from,
        den: v.to,
        'chuyen-muc': v.section,
        'tac-gia': v.author,
        'trang-thai': v.status,
      }).filter(([, x]) => x),
    ).toString();

  app.get('/bao-cao', async (c) => {
    guard(c);
    const { values, filter, error } = filterOf(c);
    const [report, sections, accounts] = await Promise.all([
      deps.reports.build(error ? {} : filter),
      deps.site.sections(),
      deps.accounts.list(),
    ]);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <ReportPage
          chrome={chrome}
          report={report}
          values={values}
          sections={sections}
          authors={accounts
            .filter((a) => a.role !== 'admin')
            .map((a) => ({ id: a.id, name: a.fullName }))}
          query={query(values)}
          error={error}
        />
      ),
      error ? 400 : 200,
    );
  });

  const file = (ext: 'xlsx' | 'csv') =>
    app.get(`/bao-cao.${ext}`, async (c) => {
      guard(c);
      const { filter, error } = filterOf(c);
      if (error) return c.text(error, 400);
      const report = await deps.reports.build(filter);
      const name = `bao-cao-${vnDayKey(deps.clock())}.${ext}`;
      c.header('Content-Disposition', `attachment; filename="${name}"`);
      c.header('Cache-Control', 'private, no-store');
      if (ext === 'csv') {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        return c.body(deps.reports.csv(report));
      }
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const buf = await deps.reports.xlsx(
        report,
        `Báo cáo hoạt động — ${(await deps.site.settings()).shortName}`,
      );
      return c.body(new Uint8Array(buf));
    });
  file('xlsx');
  file('csv');
  return app;
}
