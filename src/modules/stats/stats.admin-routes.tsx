import { Hono, type Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { AssetManifest } from '../../http/assets.ts';
import type { StatsReportService } from './stats.report.ts';
import { reportCsv } from './stats.report.ts';
import { STATS_MESSAGES as M } from './stats.messages.ts';
import { firstIssue, reportQuerySchema } from './stats.schema.ts';
import { StatsReportView } from './views/stats.report.tsx';

/** What the statistics report page uses. */
export interface StatsAdminRouteDeps {
  statsReport: StatsReportService;
  assets: AssetManifest;
}

/** How the back office wraps a page body in its own layout. */
export type AdminRender = (
  c: Context,
  title: string,
  body: JSX.Element,
) => Response | Promise<Response>;

/**
 * The statistics page of the back office, ready to mount behind its login (it checks no
 * rights itself): `admin.route('/quan-tri/thong-ke', statsAdminRoutes(deps, { basePath: '/quan-tri/thong-ke', render }))`.
 * GET / shows the report (?khoang=30|90|365), GET /csv?bang=…&khoang=… downloads a table.
 */
export function statsAdminRoutes(
  deps: StatsAdminRouteDeps,
  opts: {
    basePath: string;
    render?: AdminRender;
    /** Whether this request may see every site's figures together (?pham-vi=toan-he-thong). */
    mayRollUp?: (c: Context) => boolean;
  },
) {
  const app = new Hono();
  const render: AdminRender =
    opts.render ??
    (async (c, title, body) => {
      const doc = await (
        <html lang="vi">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="robots" content="noindex" />
            <title>{title}</title>
            <link rel="stylesheet" href={deps.assets.css} />
            <link rel="stylesheet" href={deps.assets.pagesCss} />
            <link rel="stylesheet" href={deps.assets.adminCss} />
          </head>
          <body>
            <main class="wrap">{body}</main>
          </body>
        </html>
      );
      return c.html(`<!doctype html>${String(doc)}`);
    });

  const mayRollUp = (c: Context) => opts.mayRollUp?.(c) ?? false;

  app.get('/', async (c) => {
    const q = reportQuerySchema.safeParse(c.req.query());
    if (!q.success) return c.text(firstIssue(q.error), 400);
    const rollUp = mayRollUp(c);
    if (q.data['pham-vi'] === 'toan-he-thong' && !rollUp)
      return c.text(M['stats.roll_up_forbidden'], 403);
    c.header('Cache-Control', 'private, no-store');
    const report = await deps.statsReport.build(q.data.khoang, 10, q.data['pham-vi']);
    return render(
      c,
      q.data['pham-vi'] === 'toan-he-thong'
        ? 'Thống kê truy cập — Toàn hệ thống'
        : 'Thống kê truy cập',
      <StatsReportView report={report} basePath={opts.basePath} rollUp={rollUp} />,
    );
  });

  app.get('/csv', async (c) => {
    const q = reportQuerySchema.safeParse(c.req.query());
    if (!q.success) return c.text(firstIssue(q.error), 400);
    const scope = q.data['pham-vi'];
    if (scope === 'toan-he-thong' && !mayRollUp(c))
      return c.text(M['stats.roll_up_forbidden'], 403);
    if (q.data.bang === 'don-vi' && scope !== 'toan-he-thong')
      return c.text(M['stats.sites_table_roll_up_only'], 400);
    const report = await deps.statsReport.build(q.data.khoang, 100, scope);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="thong-ke-${scope === 'toan-he-thong' ? 'toan-he-thong-' : ''}${q.data.bang}-${report.from}-${report.to}.csv"`,
    );
    c.header('Cache-Control', 'private, no-store');
    return c.body(reportCsv(report, q.data.bang));
  });

  return app;
}
