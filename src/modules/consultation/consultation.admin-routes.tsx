import { Hono, type Context } from 'hono';
import { dateTimeInputValue } from '../../lib/date-input.ts';
import { formOf, formText } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { Conflict, fieldErrors, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { requireCan } from '../account/account.guard.ts';
import {
  createSchema,
  moderationSchema,
  sectionSchema,
  settingsSchema,
} from './consultation.schema.ts';
import type { ConsultationService } from './consultation.service.ts';
import { isResponseStatus, type Consultation } from './consultation.ts';
import { CM, say } from './consultation.messages.ts';
import { BASE, ConsultationAdminList, ConsultationAdminPage } from './views/consultation.admin.tsx';

/** What the back-office consultation pages use. */
export interface ConsultationAdminDeps {
  consultations: ConsultationService;
  shell: Shell;
}

const WINDOW_FIELDS = ['opensAt', 'closesAt', 'unitName', 'unitEmail', 'unitAddress', 'rules'];
const handle = (c: Context<AppEnv>) =>
  requireCan(c, 'participation.handle', { message: say('consultation.forbidden') });
const idOf = (c: Context<AppEnv>) => Number(c.req.param('id'));

/** The stored values as the edit form shows them. */
const valuesOf = (c: Consultation): Record<string, string> => ({
  opensAt: dateTimeInputValue(c.opensAt),
  closesAt: dateTimeInputValue(c.closesAt),
  unitName: c.unitName,
  unitEmail: c.unitEmail,
  unitAddress: c.unitAddress,
  rules: c.rules,
});

/** Back office of Lấy ý kiến dự thảo: open a window on a draft, sections, moderation, export. */
export function consultationAdminRoutes(deps: ConsultationAdminDeps) {
  const app = new Hono<AppEnv>();
  const svc = deps.consultations;

  const list = async (
    c: Context<AppEnv>,
    opts: { values?: Record<string, string>; errors?: Record<string, string> } = {},
  ) => {
    const staff = handle(c);
    const [rows, candidates] = await Promise.all([svc.list(), svc.candidates()]);
    const failed = Object.keys(opts.errors ?? {}).length > 0;
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <ConsultationAdminList
          chrome={chrome}
          csrf={staff.session.csrfToken}
          rows={rows}
          candidates={candidates}
          values={opts.values ?? {}}
          errors={opts.errors ?? {}}
        />
      ),
      failed ? 400 : 200,
    );
  };

  app.get('/lay-y-kien', (c) => list(c));

  app.post('/lay-y-kien', async (c) => {
    handle(c);
    const body = await formOf(c);
    const values = Object.fromEntries(
      ['documentId', ...WINDOW_FIELDS].map((f) => [f, formText(body, f)]),
    );
    const parsed = createSchema.safeParse(values);
    if (!parsed.success) return list(c, { values, errors: fieldErrors(parsed.error) });
    try {
      const { documentId, ...v } = parsed.data;
      const { id } = await svc.create(actorOf(c), documentId, v);
      return c.redirect(`${BASE}/${id}?da-luu=1`, 303);
    } catch (err) {
      if (err instanceof Validation) return list(c, { values, errors: err.fields });
      throw err;
    }
  });

  const detail = async (
    c: Context<AppEnv>,
    opts: {
      values?: Record<string, string>;
      errors?: Record<string, string>;
      notice?: string;
    } = {},
  ) => {
    const staff = handle(c);
    const raw = c.req.query('trang-thai') ?? '';
    const status = isResponseStatus(raw) ? raw : '';
    const pageRaw = c.req.query('trang') ?? '1';
    const page = /^[1-9]\d{0,5}$/.test(pageRaw) ? Number(pageRaw) : 1;
    const r = await svc.detail(idOf(c), { status: status || undefined, page });
    const failed = Object.keys(opts.errors ?? {}).length > 0;
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <ConsultationAdminPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          c={r.c}
          d={r.d}
          state={r.state}
          sections={r.sections}
          bySection={r.bySection}
          responses={r.responses}
          total={r.total}
          page={page}
          status={status}
          values={{ ...valuesOf(r.c), ...(opts.values ?? {}) }}
          errors={opts.errors ?? {}}
          notice={opts.notice}
        />
      ),
      failed ? 400 : 200,
    );
  };
  const back = (c: Context<AppEnv>) => c.redirect(`${BASE}/${idOf(c)}?da-luu=1`, 303);

  app.get('/lay-y-kien/:id{[0-9]{1,9}}', (c) =>
    detail(c, { notice: c.req.query('da-luu') ? CM['consultation.saved'] : undefined }),
  );

  app.post('/lay-y-kien/:id{[0-9]{1,9}}', async (c) => {
    handle(c);
    const body = await formOf(c);
    const values = Object.fromEntries(WINDOW_FIELDS.map((f) => [f, formText(body, f)]));
    const parsed = settingsSchema.safeParse(values);
    if (!parsed.success) return detail(c, { values, errors: fieldErrors(parsed.error) });
    await svc.update(actorOf(c), idOf(c), parsed.data);
    return back(c);
  });

  app.post('/lay-y-kien/:id{[0-9]{1,9}}/muc', async (c) => {
    handle(c);
    const body = await formOf(c);
    const values = { label: formText(body, 'label'), title: formText(body, 'title') };
    const parsed = sectionSchema.safeParse(values);
    if (!parsed.success) return detail(c, { values, errors: fieldErrors(parsed.error) });
    await svc.addSection(actorOf(c), idOf(c), parsed.data.label, parsed.data.title);
    return back(c);
  });

  app.post('/lay-y-kien/:id{[0-9]{1,9}}/muc/:sid{[0-9]{1,9}}', async (c) => {
    handle(c);
    const body = await formOf(c);
    const parsed = sectionSchema.safeParse({
      label: formText(body, 'label'),
      title: formText(body, 'title'),
    });
    if (!parsed.success)
      return detail(c, {
        errors: { _: fieldErrors(parsed.error).label ?? CM['consultation.label_required'] },
      });
    await svc.updateSection(
      actorOf(c),
      idOf(c),
      Number(c.req.param('sid')),
      parsed.data.label,
      parsed.data.title,
    );
    return back(c);
  });

  app.post('/lay-y-kien/:id{[0-9]{1,9}}/muc/:sid{[0-9]{1,9}}/xoa', async (c) => {
    handle(c);
    try {
      await svc.removeSection(actorOf(c), idOf(c), Number(c.req.param('sid')));
    } catch (err) {
      if (err instanceof Conflict) return detail(c, { errors: { _: err.message } });
      throw err;
    }
    return back(c);
  });

  app.post('/lay-y-kien/:id{[0-9]{1,9}}/y-kien/:rid{[0-9]{1,9}}', async (c) => {
    handle(c);
    const body = await formOf(c);
    const parsed = moderationSchema.safeParse({
      status: formText(body, 'status'),
      category: formText(body, 'category'),
    });
    if (!parsed.success)
      return detail(c, { errors: { _: Object.values(fieldErrors(parsed.error)).join(' ') } });
    await svc.moderate(
      actorOf(c),
      idOf(c),
      Number(c.req.param('rid')),
      parsed.data.status,
      parsed.data.category,
    );
    return back(c);
  });

  app.get('/lay-y-kien/:id{[0-9]{1,9}}/tong-hop.xlsx', async (c) => {
    handle(c);
    const { data, name } = await svc.exportXlsx(actorOf(c), idOf(c));
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(new Uint8Array(data));
  });

  return app;
}
