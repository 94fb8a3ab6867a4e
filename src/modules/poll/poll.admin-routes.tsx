import { Hono, type Context } from 'hono';
import { dateTimeInputValue } from '../../lib/date-input.ts';
import { formOf, formText } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldErrors, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { requireCan } from '../account/account.guard.ts';
import { pollSchema } from './poll.schema.ts';
import type { PollService } from './poll.service.ts';
import { PM, type Poll } from './poll.ts';
import { ADMIN_BASE, PollAdminList, PollAdminPage } from './views/poll.views.tsx';

/** What the back-office poll pages use. */
export interface PollAdminDeps {
  polls: PollService;
  shell: Shell;
  clock: () => Date;
}

const FIELDS = ['question', 'choices', 'opensAt', 'closesAt'];
const manage = (c: Context<AppEnv>) =>
  requireCan(c, 'poll.manage', {
    message: { code: 'poll.forbidden', message: PM['poll.forbidden'] },
  });
const idOf = (c: Context<AppEnv>) => Number(c.req.param('id'));
const valuesOf = (p: Poll): Record<string, string> => ({
  question: p.question,
  choices: p.choices.map((c) => c.label).join('\n'),
  opensAt: dateTimeInputValue(p.opensAt),
  closesAt: dateTimeInputValue(p.closesAt),
});

/** Back office of Thăm dò ý kiến: list, create, edit, delete (site-scoped). */
export function pollAdminRoutes(deps: PollAdminDeps) {
  const app = new Hono<AppEnv>();
  const svc = deps.polls;

  const list = async (
    c: Context<AppEnv>,
    opts: { values?: Record<string, string>; errors?: Record<string, string> } = {},
  ) => {
    const staff = manage(c);
    const polls = await svc.all();
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <PollAdminList
          chrome={chrome}
          csrf={staff.session.csrfToken}
          polls={polls}
          now={deps.clock()}
          values={opts.values ?? {}}
          errors={opts.errors ?? {}}
          notice={c.req.query('da-luu') ? PM['poll.saved'] : undefined}
        />
      ),
      Object.keys(opts.errors ?? {}).length ? 400 : 200,
    );
  };
  const one = async (
    c: Context<AppEnv>,
    opts: { values?: Record<string, string>; errors?: Record<string, string> } = {},
  ) => {
    const staff = manage(c);
    const poll = await svc.find(idOf(c));
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <PollAdminPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          poll={poll}
          now={deps.clock()}
          values={opts.values ?? valuesOf(poll)}
          errors={opts.errors ?? {}}
          notice={c.req.query('da-luu') ? PM['poll.saved'] : undefined}
        />
      ),
      Object.keys(opts.errors ?? {}).length ? 400 : 200,
    );
  };
  const valuesFrom = async (c: Context<AppEnv>) => {
    const body = await formOf(c);
    return Object.fromEntries(FIELDS.map((f) => [f, formText(body, f).slice(0, 4000)]));
  };

  app.get('/tham-do', (c) => list(c));
  app.post('/tham-do', async (c) => {
    manage(c);
    const values = await valuesFrom(c);
    const parsed = pollSchema.safeParse(values);
    if (!parsed.success) return list(c, { values, errors: fieldErrors(parsed.error) });
    const id = await svc.create(actorOf(c), parsed.data);
    return c.redirect(`${ADMIN_BASE}/${id}?da-luu=1`, 303);
  });
  app.get('/tham-do/:id{[0-9]{1,9}}', (c) => one(c));
  app.post('/tham-do/:id{[0-9]{1,9}}', async (c) => {
    manage(c);
    const values = await valuesFrom(c);
    const parsed = pollSchema.safeParse(values);
    if (!parsed.success) return one(c, { values, errors: fieldErrors(parsed.error) });
    try {
      await svc.update(actorOf(c), idOf(c), parsed.data);
    } catch (err) {
      if (err instanceof Validation) return one(c, { values, errors: err.fields });
      throw err;
    }
    return c.redirect(`${ADMIN_BASE}/${idOf(c)}?da-luu=1`, 303);
  });
  app.post('/tham-do/:id{[0-9]{1,9}}/xoa', async (c) => {
    manage(c);
    await svc.remove(actorOf(c), idOf(c));
    return c.redirect(`${ADMIN_BASE}?da-luu=1`, 303);
  });
  return app;
}
