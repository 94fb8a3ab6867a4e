import { Hono, type Context } from 'hono';
import type { ZodError } from 'zod';
import { formOf, formText } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { Conflict, fieldErrors, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { requireCan } from '../account/account.guard.ts';
import { can } from '../account/account.policy.ts';
import {
  assignSchema,
  noteSchema,
  publishSchema,
  replySchema,
  retentionSchema,
  senderSchema,
  slaSchema,
  statusSchema,
  unitFormSchema,
} from './participation.schema.ts';
import type { ParticipationService } from './participation.service.ts';
import { isStatus } from './participation.ts';
import { PM, say } from './participation.messages.ts';
import { InboxPage, MessagePage, OutboxPage, SettingsPage } from './views/participation.admin.tsx';

/** What the back-office participation pages use. */
export interface ParticipationAdminDeps {
  participation: ParticipationService;
  shell: Shell;
}

const BASE = '/quan-tri/gop-y';
const handle = (c: Context<AppEnv>) =>
  requireCan(c, 'participation.handle', { message: say('participation.forbidden') });
const manage = (c: Context<AppEnv>) =>
  requireCan(c, 'participation.manage', { message: say('participation.manage_forbidden') });
const idOf = (c: Context<AppEnv>) => Number(c.req.param('id'));

/** Back office of Liên hệ – góp ý and Hỏi đáp: inbox, handling, publication, units, retention. */
export function participationAdminRoutes(deps: ParticipationAdminDeps) {
  const app = new Hono<AppEnv>();
  const svc = deps.participation;

  app.get('/gop-y', async (c) => {
    const staff = handle(c);
    const raw = c.req.query('trang-thai') ?? '';
    const status = isStatus(raw) ? raw : '';
    const pageRaw = c.req.query('trang') ?? '1';
    const page = /^[1-9]\d{0,5}$/.test(pageRaw) ? Number(pageRaw) : 1;
    const overdue = c.req.query('qua-han') === '1';
    const r = await svc.inbox({ status: status || undefined, overdue, page });
    return renderAdmin(c, deps, (chrome) => (
      <InboxPage
        chrome={chrome}
        rows={r.rows}
        total={r.total}
        page={page}
        status={status}
        overdue={overdue}
        waitingMail={r.waitingMail}
        canManage={can(staff.account, 'participation.manage')}
      />
    ));
  });

  const detail = async (
    c: Context<AppEnv>,
    opts: {
      errors?: Record<string, string>;
      values?: Record<string, string>;
      notice?: string;
    } = {},
  ) => {
    const staff = handle(c);
    const { message, notes, units, due, mails } = await svc.open(actorOf(c), idOf(c));
    const failed = Object.keys(opts.errors ?? {}).length > 0;
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <MessagePage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          message={message}
          notes={notes}
          units={units}
          due={due}
          mails={mails}
          canManage={can(staff.account, 'participation.manage')}
          errors={opts.errors ?? {}}
          values={opts.values ?? {}}
          notice={opts.notice}
        />
      ),
      failed ? 400 : 200,
    );
  };
  const back = (c: Context<AppEnv>) => c.redirect(`${BASE}/${idOf(c)}?da-luu=1`, 303);

  app.get('/gop-y/:id{[0-9]{1,9}}', (c) =>
    detail(c, { notice: c.req.query('da-luu') ? PM['participation.saved'] : undefined }),
  );

  // The outbox: mails waiting to be sent or retried (SMTP down), with their last error.
  app.get('/gop-y/thu-di', async (c) => {
    handle(c);
    const rows = await svc.waitingMail();
    return renderAdmin(c, deps, (chrome) => <OutboxPage chrome={chrome} rows={rows} />);
  });

  app.get('/gop-y/:id{[0-9]{1,9}}/tep', async (c) => {
    handle(c);
    const a = await svc.attachment(actorOf(c), idOf(c));
    c.header('Content-Type', a.mime);
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.name)}`);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
    return c.body(new Uint8Array(a.data));
  });

  /** A form action: validate, run, then back to the message (or the form again with messages). */
  const act = <T,>(
    path: string,
    schema: {
      safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: ZodError };
    },
    fields: string[],
    run: (c: Context<AppEnv>, data: T) => Promise<unknown>,
  ) =>
    app.post(`/gop-y/:id{[0-9]{1,9}}/${path}`, async (c) => {
      handle(c);
      const body = await formOf(c);
      const values = Object.fromEntries(fields.map((f) => [f, formText(body, f)]));
      const parsed = schema.safeParse(values);
      if (!parsed.success) return detail(c, { errors: fieldErrors(parsed.error), values });
      try {
        await run(c, parsed.data);
      } catch (err) {
        if (err instanceof Validation) return detail(c, { errors: err.fields, values });
        if (err instanceof Conflict) return detail(c, { errors: { _: err.message }, values });
        throw err;
      }
      return back(c);
    });

  act('don-vi', assignSchema, ['unitId'], (c, d) => svc.assign(actorOf(c), idOf(c), d.unitId));
  act('trang-thai', statusSchema, ['status'], (c, d) => svc.move(actorOf(c), idOf(c), d.status));
  act('ghi-chu', noteSchema, ['body'], (c, d) => svc.note(actorOf(c), idOf(c), d.body));
  act('tra-loi', replySchema, ['reply'], (c, d) => svc.reply(actorOf(c), idOf(c), d.reply));
  act('cong-khai', publishSchema, ['question', 'asker', 'answer'], (c, d) =>
    svc.publish(actorOf(c), idOf(c), d),
  );
  app.post('/gop-y/:id{[0-9]{1,9}}/go-cong-khai', async (c) => {
    handle(c);
    await svc.unpublish(actorOf(c), idOf(c));
    return back(c);
  });
  app.post('/gop-y/:id{[0-9]{1,9}}/xoa-du-lieu', async (c) => {
    manage(c);
    await svc.erase(actorOf(c), idOf(c));
    return back(c);
  });

  const settings = async (
    c: Context<AppEnv>,
    opts: {
      errors?: Record<string, string>;
      values?: Record<string, string>;
      notice?: string;
    } = {},
  ) => {
    const staff = manage(c);
    const [units, months, sla] = await Promise.all([
      svc.units(),
      svc.retentionMonths(),
      svc.slaDays(),
    ]);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <SettingsPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          inbox={can(staff.account, 'participation.handle')}
          units={units}
          months={months}
          sla={sla}
          errors={opts.errors ?? {}}
          values={opts.values ?? {}}
          notice={opts.notice}
        />
      ),
      Object.keys(opts.errors ?? {}).length ? 400 : 200,
    );
  };
  const settingsDone = (c: Context<AppEnv>, what = '1') =>
    c.redirect(`${BASE}/cai-dat?da-luu=${what}`, 303);

  app.get('/gop-y/cai-dat', (c) => {
    const n = c.req.query('da-xoa');
    return settings(c, {
      notice: c.req.query('da-luu')
        ? PM['participation.saved']
        : n && /^\d{1,6}$/.test(n)
          ? `Đã xóa dữ liệu cá nhân của ${n} ý kiến.`
          : undefined,
    });
  });

  const unitValues = async (c: Context<AppEnv>) => {
    const body = await formOf(c);
    return {
      name: formText(body, 'name'),
      people: formText(body, 'people'),
      email: formText(body, 'email'),
    };
  };
  app.post('/gop-y/don-vi', async (c) => {
    manage(c);
    const values = await unitValues(c);
    const parsed = unitFormSchema.safeParse(values);
    if (!parsed.success) return settings(c, { errors: fieldErrors(parsed.error), values });
    await svc.createUnit(actorOf(c), parsed.data);
    return settingsDone(c);
  });
  app.post('/gop-y/don-vi/:id{[0-9]{1,9}}', async (c) => {
    manage(c);
    const values = await unitValues(c);
    const parsed = unitFormSchema.safeParse(values);
    if (!parsed.success) return settings(c, { errors: fieldErrors(parsed.error) });
    await svc.updateUnit(actorOf(c), idOf(c), parsed.data);
    return settingsDone(c);
  });
  app.post('/gop-y/don-vi/:id{[0-9]{1,9}}/xoa', async (c) => {
    manage(c);
    try {
      await svc.removeUnit(actorOf(c), idOf(c));
    } catch (err) {
      if (err instanceof Conflict) return settings(c, { errors: { _: err.message } });
      throw err;
    }
    return settingsDone(c);
  });
  app.post('/gop-y/luu-giu', async (c) => {
    manage(c);
    const values = { months: formText(await formOf(c), 'months') };
    const parsed = retentionSchema.safeParse(values);
    if (!parsed.success) return settings(c, { errors: fieldErrors(parsed.error), values });
    await svc.setRetention(actorOf(c), parsed.data.months);
    return settingsDone(c);
  });
  app.post('/gop-y/thoi-han-xu-ly', async (c) => {
    manage(c);
    const body = await formOf(c);
    const values = {
      moi: formText(body, 'moi'),
      'da-chuyen': formText(body, 'da-chuyen'),
      'dang-xu-ly': formText(body, 'dang-xu-ly'),
      'da-tra-loi': formText(body, 'da-tra-loi'),
    };
    const parsed = slaSchema.safeParse(values);
    if (!parsed.success)
      return settings(c, {
        errors: fieldErrors(parsed.error),
        values: Object.fromEntries(Object.entries(values).map(([k, v]) => [`sla-${k}`, v])),
      });
    await svc.setSla(actorOf(c), parsed.data);
    return settingsDone(c);
  });
  app.post('/gop-y/nguoi-gui/xuat', async (c) => {
    manage(c);
    const values = { contact: formText(await formOf(c), 'contact') };
    const parsed = senderSchema.safeParse(values);
    if (!parsed.success) return settings(c, { errors: fieldErrors(parsed.error), values });
    const data = await svc.exportSender(actorOf(c), parsed.data.contact);
    c.header('Content-Disposition', 'attachment; filename="du-lieu-nguoi-gui.json"');
    c.header('Cache-Control', 'no-store');
    return c.json({ nguoiYeuCau: parsed.data.contact, yKien: data });
  });
  app.post('/gop-y/nguoi-gui/xoa', async (c) => {
    manage(c);
    const values = { contact: formText(await formOf(c), 'contact') };
    const parsed = senderSchema.safeParse(values);
    if (!parsed.success) return settings(c, { errors: fieldErrors(parsed.error), values });
    const n = await svc.eraseSender(actorOf(c), parsed.data.contact);
    return c.redirect(`${BASE}/cai-dat?da-xoa=${n}`, 303);
  });

  return app;
}
