import fs from 'node:fs';
import { Hono, type Context } from 'hono';
import { formOf, formText } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { NotFound } from '../../http/errors.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import type { Site } from '../platform/platform.ts';
import { requireSystemAdmin } from '../platform/sites.admin-routes.tsx';
import type { SitesService } from '../platform/sites.service.ts';
import type { ImportReport } from './import.ts';
import { loadCrawlConfig } from './html.config.ts';
import { connectionUrl, htmlFormSchema, importFormSchema, wxrFormSchema } from './import.schema.ts';
import type { ImportService } from './import.service.ts';
import {
  IMPORT_BASE,
  ImportPage,
  ImportRunPage,
  type ImportValues,
} from './views/import.admin.tsx';

/** What the import pages use. */
export interface ImportRouteDeps {
  imports: ImportService;
  sites: Pick<SitesService, 'isSystemAdmin'>;
  platform: { directory(): { sites: Site[] } };
  shell: Shell;
}

const FIELDS = [
  'siteId',
  'source',
  'wxrPath',
  'configPath',
  'host',
  'port',
  'database',
  'user',
  'prefix',
  'uploadsDir',
  'oldHosts',
] as const;

const EMPTY: ImportValues = {
  siteId: '',
  source: 'nukeviet',
  wxrPath: '',
  configPath: '',
  host: '127.0.0.1',
  port: '3306',
  database: '',
  user: '',
  prefix: 'nv4',
  uploadsDir: '',
  oldHosts: '',
  dryRun: true,
};

function parseReport(s: string): Partial<ImportReport> {
  try {
    return JSON.parse(s) as Partial<ImportReport>;
  } catch {
    return {};
  }
}

/**
 * Moving in (/quan-tri/nhap-du-lieu): the system admin starts an import (a dry run first) of a
 * NukeViet database into a chosen site and reads its report. The password is never shown back,
 * logged or kept once the run ends.
 */
export function importAdminRoutes(deps: ImportRouteDeps) {
  const app = new Hono<AppEnv>();
  const sites = () => deps.platform.directory().sites.map((s) => ({ id: s.id, name: s.name }));

  const page = async (
    c: Context<AppEnv>,
    csrf: string,
    values: ImportValues,
    errors: Record<string, string>,
  ) => {
    const runs = await deps.imports.runs.recent(20);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <ImportPage
          chrome={chrome}
          csrf={csrf}
          sites={sites()}
          values={values}
          errors={errors}
          runs={runs}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  };

  app.get('/nhap-du-lieu', async (c) => {
    const staff = await requireSystemAdmin(c, deps.sites);
    return page(c, staff.session.csrfToken, EMPTY, {});
  });

  app.post('/nhap-du-lieu', async (c) => {
    const staff = await requireSystemAdmin(c, deps.sites);
    const body = await formOf(c);
    const values: ImportValues = {
      ...Object.fromEntries(FIELDS.map((f) => [f, formText(body, f).slice(0, 1000)])),
      dryRun: formText(body, 'dryRun') === 'on',
    } as ImportValues;
    if (values.source === 'wordpress') {
      const wp = wxrFormSchema.safeParse(values);
      const errors: Record<string, string> = {};
      if (!wp.success)
        for (const issue of wp.error.issues)
          errors[String(issue.path[0] ?? 'form')] ??= issue.message;
      if (wp.success && !sites().some((s) => s.id === wp.data.siteId))
        errors.siteId = 'Chọn trang nhận dữ liệu.';
      if (wp.success) {
        const file = await fs.promises.stat(wp.data.wxrPath).catch(() => undefined);
        if (!file?.isFile()) errors.wxrPath = 'Không tìm thấy tệp này trên máy chủ.';
        if (wp.data.uploadsDir) {
          const dir = await fs.promises.stat(wp.data.uploadsDir).catch(() => undefined);
          if (!dir?.isDirectory()) errors.uploadsDir = 'Không tìm thấy thư mục này trên máy chủ.';
        }
      }
      if (!wp.success || Object.keys(errors).length)
        return page(c, staff.session.csrfToken, values, errors);
      const id = await deps.imports.start({
        siteId: wp.data.siteId,
        source: 'wordpress',
        url: wp.data.wxrPath,
        uploadsDir: wp.data.uploadsDir,
        prefix: '',
        oldHosts: wp.data.oldHosts
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((h) => h.toLowerCase()),
        dryRun: wp.data.dryRun,
        startedBy: staff.account.id,
      });
      deps.imports.background(id);
      return c.redirect(`${IMPORT_BASE}/${id}`, 303);
    }
    if (values.source === 'html') {
      const h = htmlFormSchema.safeParse(values);
      const errors: Record<string, string> = {};
      if (!h.success)
        for (const issue of h.error.issues)
          errors[String(issue.path[0] ?? 'form')] ??= issue.message;
      if (h.success && !sites().some((s) => s.id === h.data.siteId))
        errors.siteId = 'Chọn trang nhận dữ liệu.';
      if (h.success) {
        const file = await fs.promises.stat(h.data.configPath).catch(() => undefined);
        if (!file?.isFile()) errors.configPath = 'Không tìm thấy tệp này trên máy chủ.';
        else
          try {
            loadCrawlConfig(h.data.configPath);
          } catch (err) {
            errors.configPath = (err as Error).message.slice(0, 500);
          }
      }
      if (!h.success || Object.keys(errors).length)
        return page(c, staff.session.csrfToken, values, errors);
      const id = await deps.imports.start({
        siteId: h.data.siteId,
        source: 'html',
        url: h.data.configPath,
        uploadsDir: '',
        prefix: '',
        oldHosts: [],
        dryRun: h.data.dryRun,
        startedBy: staff.account.id,
      });
      deps.imports.background(id);
      return c.redirect(`${IMPORT_BASE}/${id}`, 303);
    }
    if (values.source !== 'nukeviet') values.source = 'nukeviet';
    const parsed = importFormSchema.safeParse({ ...values, password: formText(body, 'password') });
    const errors: Record<string, string> = {};
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const k = String(issue.path[0] ?? 'form');
        errors[k] ??= issue.message;
      }
    if (parsed.success && !sites().some((s) => s.id === parsed.data.siteId))
      errors.siteId = 'Chọn trang nhận dữ liệu.';
    if (parsed.success && parsed.data.uploadsDir) {
      const stat = await fs.promises.stat(parsed.data.uploadsDir).catch(() => undefined);
      if (!stat?.isDirectory()) errors.uploadsDir = 'Không tìm thấy thư mục này trên máy chủ.';
    }
    if (!parsed.success || Object.keys(errors).length)
      return page(c, staff.session.csrfToken, values, errors);
    const f = parsed.data;
    const id = await deps.imports.start({
      siteId: f.siteId,
      url: connectionUrl(f),
      uploadsDir: f.uploadsDir,
      prefix: f.prefix || 'nv4',
      oldHosts: f.oldHosts
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((h) => h.toLowerCase()),
      dryRun: f.dryRun,
      startedBy: staff.account.id,
    });
    deps.imports.background(id);
    return c.redirect(`${IMPORT_BASE}/${id}`, 303);
  });

  app.get('/nhap-du-lieu/:id{[0-9]+}', async (c) => {
    await requireSystemAdmin(c, deps.sites);
    const run = await deps.imports.runs.byId(Number(c.req.param('id')));
    if (!run) throw new NotFound();
    const siteName = sites().find((s) => s.id === run.siteId)?.name ?? `#${run.siteId}`;
    return renderAdmin(c, deps, (chrome) => (
      <ImportRunPage
        chrome={chrome}
        run={run}
        siteName={siteName}
        report={parseReport(run.report)}
      />
    ));
  });

  return app;
}
