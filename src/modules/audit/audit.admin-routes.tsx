import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import { dayRange } from '../../lib/date-input.ts';
import type { Shell } from '../../shell/shell.ts';
import type { AccountService } from '../account/account.service.ts';
import type { AuditService } from './audit.service.ts';
import { requireCan } from '../account/account.guard.ts';
import type { AuditQuery } from './audit.repository.ts';
import { AuditPage, type AuditFilterValues } from './views/audit.page.tsx';
import { isSystemAdmin } from '../account/account.ts';
import type { PlatformService } from '../platform/platform.service.ts';
import { requireStaff } from '../../http/admin-guard.ts';

/** What the audit viewer uses. */
export interface AuditRouteDeps {
  audit: AuditService;
  accounts: AccountService;
  shell: Shell;
  clock: () => Date;
  /** The sites a system admin may pick the trail of. */
  platform: Pick<PlatformService, 'directory'>;
}

const PAGE = 50;

function filtersOf(
  c: Context<AppEnv>,
  siteIds: readonly number[],
): {
  values: AuditFilterValues;
  query: Omit<AuditQuery, 'limit' | 'offset'>;
  error?: string;
} {
  const values: AuditFilterValues = {
    action: c.req.query('hanh-dong') ?? '',
    actor: c.req.query('nguoi') ?? '',
    article: (c.req.query('bai') ?? '').trim().slice(0, 20),
    q: (c.req.query('q') ?? '').normalize('NFC').trim().slice(0, 100),
    from: c.req.query('tu') ?? '',
    to: c.req.query('den') ?? '',
    site: c.req.query('don-vi') ?? '',
  };
  const query: Omit<AuditQuery, 'limit' | 'offset'> = {};
  let error: string | undefined;
  if (values.action) query.action = values.action;
  if (/^\d{1,9}$/.test(values.actor)) query.actorId = Number(values.actor);
  if (values.q) query.text = values.q;
  // A system admin may read another site's trail (`siteIds` is empty for anyone else).
  if (values.site) {
    const id = /^\d{1,9}$/.test(values.site) ? Number(values.site) : NaN;
    if (siteIds.includes(id)) query.siteId = id;
    else error = 'Trang không tồn tại hoặc bạn không được xem nhật ký của trang này.';
  }
  if (/^\d+$/.test(values.article)) {
    query.targetType = 'article';
    query.targetId = String(Number(values.article));
  } else if (values.article) error = 'Mã số bài viết chỉ gồm chữ số (ví dụ 12).';
  const range = dayRange(values.from, values.to);
  if (range.error) error = range.error;
  else {
    query.from = range.from;
    query.to = range.to;
  }
  return { values, query, error };
}

function queryString(v: AuditFilterValues): string {
  const p = new URLSearchParams();
  if (v.action) p.set('hanh-dong', v.action);
  if (v.actor) p.set('nguoi', v.actor);
  if (v.article) p.set('bai', v.article);
  if (v.q) p.set('q', v.q);
  if (v.from) p.set('tu', v.from);
  if (v.to) p.set('den', v.to);
  if (v.site) p.set('don-vi', v.site);
  return p.toString();
}

/** The audit viewer and its CSV export. */
export function auditAdminRoutes(deps: AuditRouteDeps) {
  const app = new Hono<AppEnv>();
  const guard = (c: Context<AppEnv>) => {
    requireCan(c, 'audit.view', { message: 'Bạn không có quyền xem nhật ký hệ thống.' });
  };
  /** The sites whose trail this person may pick: every site for a system admin, else none. */
  const pickable = (c: Context<AppEnv>) =>
    isSystemAdmin(requireStaff(c).account)
      ? deps.platform.directory().sites.map((s) => ({ id: s.id, name: s.name }))
      : [];

  app.get('/nhat-ky', async (c) => {
    guard(c);
    const sites = pickable(c);
    const { values, query, error } = filtersOf(
      c,
      sites.map((s) => s.id),
    );
    const page = Math.max(1, Math.min(100_000, Number(c.req.query('trang')) || 1));
    const q = error ? {} : query;
    const [entries, total, accounts] = await Promise.all([
      deps.audit.list({ ...q, limit: PAGE, offset: (page - 1) * PAGE }),
      deps.audit.count(q),
      deps.accounts.list(),
    ]);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <AuditPage
          chrome={chrome}
          entries={entries}
          total={total}
          page={page}
          pageCount={Math.max(1, Math.ceil(total / PAGE))}
          filters={values}
          actors={accounts.map((a) => ({ id: a.id, name: `${a.fullName} (${a.username})` }))}
          sites={sites.length > 1 ? sites : []}
          query={queryString(values)}
          error={error}
        />
      ),
      error ? 400 : 200,
    );
  });

  app.get('/nhat-ky.csv', async (c) => {
    guard(c);
    const { query, error } = filtersOf(
      c,
      pickable(c).map((s) => s.id),
    );
    if (error) return c.text(error, 400);
    const csv = await deps.audit.csv(query);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="nhat-ky-${deps.clock().toISOString().slice(0, 10)}.csv"`,
    );
    c.header('Cache-Control', 'no-store');
    return c.body(csv);
  });

  return app;
}
