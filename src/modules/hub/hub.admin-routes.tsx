import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { formOf, formText, requireStaff } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldErrors, Forbidden, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { directionOf } from '../../lib/order.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { can } from '../account/account.policy.ts';
import type { Hub } from './hub.ts';
import { hubFormSchema } from './hub.schema.ts';
import type { HubService } from './hub.service.ts';
import { HubFormPage, HubListPage, type HubValues } from './views/hub.admin.tsx';
import { HUB_MESSAGES as M, say } from './hub.messages.ts';

/** What the hub back office uses. */
export interface HubRouteDeps {
  hubs: HubService;
  shell: Shell;
}

const BASE = '/quan-tri/chuyen-de';

/** Caps hub form bodies (a banner image) before the staff guard reads them. */
export function hubBodyLimit(): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: 4 * 1024 * 1024,
    onError: (c) => c.text('Tệp gửi lên quá lớn (tối đa 4 MB).', 413),
  });
  return (c, next) =>
    c.req.method === 'POST' && c.req.path.startsWith(`${BASE}/`) ? limit(c, next) : next();
}

function valuesOf(h: Hub | undefined): HubValues {
  return {
    title: h?.title ?? '',
    intro: h?.intro ?? '',
    bannerAlt: h?.banner?.alt ?? '',
    eventThreadId: h?.eventThreadId ? String(h.eventThreadId) : '',
    startsOn: h?.startsOn ?? '',
    endsOn: h?.endsOn ?? '',
    status: h?.status ?? 'active',
  };
}

/** Back office of Chuyên đề: list and order, create, edit, archive. */
export function hubAdminRoutes(deps: HubRouteDeps) {
  const app = new Hono<AppEnv>();

  const manager = (c: Context<AppEnv>) => {
    const staff = requireStaff(c);
    if (!can(staff.account, 'hub.manage')) throw new Forbidden(say('hub.forbidden'));
    return staff;
  };

  app.get('/chuyen-de', async (c) => {
    const staff = manager(c);
    const hubs = await deps.hubs.list();
    return renderAdmin(c, deps, (chrome) => (
      <HubListPage
        chrome={chrome}
        csrf={staff.session.csrfToken}
        hubs={hubs}
        notice={c.req.query('da-luu') ? M['hub.saved'] : undefined}
      />
    ));
  });

  const form = async (
    c: Context<AppEnv>,
    hub: Hub | undefined,
    values: HubValues,
    errors: Record<string, string> = {},
  ) => {
    const staff = manager(c);
    const threads = await deps.hubs.threads();
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <HubFormPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          hub={hub}
          values={values}
          errors={errors}
          threads={threads}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  };

  const submit = async (
    c: Context<AppEnv>,
    hub: Hub | undefined,
    save: (
      f: ReturnType<typeof hubFormSchema.parse>,
      image: Buffer | undefined,
    ) => Promise<unknown>,
  ) => {
    manager(c);
    const body = await formOf(c);
    const values: HubValues = {
      title: formText(body, 'title'),
      intro: formText(body, 'intro'),
      bannerAlt: formText(body, 'bannerAlt'),
      eventThreadId: formText(body, 'eventThreadId'),
      startsOn: formText(body, 'startsOn'),
      endsOn: formText(body, 'endsOn'),
      status: formText(body, 'status'),
    };
    const parsed = hubFormSchema.safeParse(values);
    if (!parsed.success) return form(c, hub, values, fieldErrors(parsed.error));
    const file = body.file;
    const image =
      file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : undefined;
    try {
      await save(parsed.data, image);
    } catch (err) {
      if (err instanceof Validation) return form(c, hub, values, err.fields);
      throw err;
    }
    return c.redirect(`${BASE}?da-luu=1`, 303);
  };

  app.get('/chuyen-de/moi', (c) => form(c, undefined, valuesOf(undefined)));
  app.post('/chuyen-de/moi', (c) =>
    submit(c, undefined, (f, image) => deps.hubs.create(actorOf(c), manager(c).account, f, image)),
  );
  app.get('/chuyen-de/:id{[0-9]+}', async (c) => {
    manager(c);
    const h = await deps.hubs.hub(Number(c.req.param('id')));
    return form(c, h, valuesOf(h));
  });
  app.post('/chuyen-de/:id{[0-9]+}', async (c) => {
    manager(c);
    const h = await deps.hubs.hub(Number(c.req.param('id')));
    return submit(c, h, (f, image) =>
      deps.hubs.update(actorOf(c), manager(c).account, h.id, f, image),
    );
  });
  app.post('/chuyen-de/:id{[0-9]+}/:dir{len|xuong}', async (c) => {
    const staff = manager(c);
    const dir = directionOf(c.req.param('dir'));
    if (dir) await deps.hubs.move(actorOf(c), staff.account, Number(c.req.param('id')), dir);
    return c.redirect(`${BASE}?da-luu=1`, 303);
  });

  return app;
}
