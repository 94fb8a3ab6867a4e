import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { formList, formOf, formText, requireStaff } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldErrors, Forbidden, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { directionOf } from '../../lib/order.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { can } from '../account/account.policy.ts';
import type { Hub } from './hub.ts';
import type { HubBlockKind } from './hub.block.ts';
import { canManageHubs } from './hub.policy.ts';
import { hubBlockAddSchema, hubBlockSchema, hubFormSchema } from './hub.schema.ts';
import type { HubService } from './hub.service.ts';
import { HubFormPage, HubListPage, type HubValues } from './views/hub.admin.tsx';
import type { BlockFailure } from './views/hub.block.admin.tsx';
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

function valuesOf(h: Hub | undefined, editorIds: number[] = []): HubValues {
  return {
    title: h?.title ?? '',
    intro: h?.intro ?? '',
    bannerAlt: h?.banner?.alt ?? '',
    eventThreadId: h?.eventThreadId ? String(h.eventThreadId) : '',
    startsOn: h?.startsOn ?? '',
    endsOn: h?.endsOn ?? '',
    status: h?.status ?? 'active',
    accent: h?.accent ?? '',
    editorIds: editorIds.map(String),
  };
}

/**
 * Back office of Chuyên đề: the Ban biên tập lists, orders, creates and archives hubs and names
 * each hub's editors; a named editor edits that hub (fields, accent, blocks) and no other. Every
 * refusal is decided on the server (hub.policy.ts) and answered 403 in Vietnamese.
 */
export function hubAdminRoutes(deps: HubRouteDeps) {
  const app = new Hono<AppEnv>();

  /** Anyone who may edit some hub reaches the list; the service decides per hub. */
  const editor = (c: Context<AppEnv>) => {
    const staff = requireStaff(c);
    if (!can(staff.account, 'hub.edit') && !canManageHubs(staff.account))
      throw new Forbidden(say('hub.forbidden'));
    return staff;
  };
  const manager = (c: Context<AppEnv>) => {
    const staff = requireStaff(c);
    if (!canManageHubs(staff.account)) throw new Forbidden(say('hub.forbidden'));
    return staff;
  };
  const idOf = (c: Context<AppEnv>, name = 'id') => Number(c.req.param(name));

  app.get('/chuyen-de', async (c) => {
    const staff = editor(c);
    const hubs = await deps.hubs.editableBy(staff.account);
    return renderAdmin(c, deps, (chrome) => (
      <HubListPage
        chrome={chrome}
        csrf={staff.session.csrfToken}
        hubs={hubs}
        manager={canManageHubs(staff.account)}
        notice={c.req.query('da-luu') ? M['hub.saved'] : undefined}
      />
    ));
  });

  const form = async (
    c: Context<AppEnv>,
    hub: Hub | undefined,
    values: HubValues,
    errors: Record<string, string> = {},
    blockFailure?: BlockFailure,
  ) => {
    const staff = editor(c);
    const threads = await deps.hubs.threads();
    const choices = await deps.hubs.editorChoices();
    const blocks = hub
      ? (await deps.hubs.forEditing(actorOf(c), staff.account, hub.id)).blocks
      : [];
    const failed = Object.keys(errors).length > 0 || blockFailure !== undefined;
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
          choices={choices}
          manager={canManageHubs(staff.account)}
          blocks={blocks}
          blockFailure={blockFailure}
          notice={c.req.query('da-luu') ? M['hub.block_saved'] : undefined}
        />
      ),
      failed ? 400 : 200,
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
    const body = await formOf(c);
    const values: HubValues = {
      title: formText(body, 'title'),
      intro: formText(body, 'intro'),
      bannerAlt: formText(body, 'bannerAlt'),
      eventThreadId: formText(body, 'eventThreadId'),
      startsOn: formText(body, 'startsOn'),
      endsOn: formText(body, 'endsOn'),
      status: formText(body, 'status'),
      accent: formText(body, 'accent'),
      editorIds: formList(body, 'editorIds'),
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

  /** The hub, once the service agreed that this account may edit it (403 otherwise). */
  const editable = async (c: Context<AppEnv>) => {
    const staff = editor(c);
    const e = await deps.hubs.forEditing(actorOf(c), staff.account, idOf(c));
    return { staff, ...e };
  };

  app.get('/chuyen-de/moi', (c) => {
    manager(c);
    return form(c, undefined, valuesOf(undefined));
  });
  app.post('/chuyen-de/moi', (c) => {
    const staff = manager(c);
    return submit(c, undefined, (f, image) =>
      deps.hubs.create(actorOf(c), staff.account, f, image),
    );
  });
  app.get('/chuyen-de/:id{[0-9]+}', async (c) => {
    const { hub, editorIds } = await editable(c);
    return form(c, hub, valuesOf(hub, editorIds));
  });
  app.post('/chuyen-de/:id{[0-9]+}', async (c) => {
    const { staff, hub } = await editable(c);
    return submit(c, hub, (f, image) =>
      deps.hubs.update(actorOf(c), staff.account, hub.id, f, image),
    );
  });
  app.post('/chuyen-de/:id{[0-9]+}/:dir{len|xuong}', async (c) => {
    const staff = manager(c);
    const dir = directionOf(c.req.param('dir'));
    if (dir) await deps.hubs.move(actorOf(c), staff.account, idOf(c), dir);
    return c.redirect(`${BASE}?da-luu=1`, 303);
  });

  // Blocks: add, save, remove, move — each a plain POST form (no script needed).
  const back = (c: Context<AppEnv>, hubId: number, blockId?: number) =>
    c.redirect(`${BASE}/${hubId}?da-luu=1${blockId ? `#khoi-${blockId}` : '#h-hub-blocks'}`, 303);

  app.post('/chuyen-de/:id{[0-9]+}/khoi', async (c) => {
    const { staff, hub } = await editable(c);
    const parsed = hubBlockAddSchema.safeParse({ kind: formText(await formOf(c), 'kind') });
    if (!parsed.success) throw new Validation({ kind: M['hub.bad_block_kind'] });
    const id = await deps.hubs.addBlock(
      actorOf(c),
      staff.account,
      hub.id,
      parsed.data.kind as HubBlockKind,
    );
    return back(c, hub.id, id);
  });
  app.post('/chuyen-de/:id{[0-9]+}/khoi/:bid{[0-9]+}', async (c) => {
    const { staff, hub, editorIds } = await editable(c);
    const blockId = idOf(c, 'bid');
    const body = await formOf(c);
    const raw = { heading: formText(body, 'heading'), body: formText(body, 'body') };
    const fail = (error: string) =>
      form(c, hub, valuesOf(hub, editorIds), {}, { id: blockId, ...raw, error });
    const parsed = hubBlockSchema.safeParse(raw);
    if (!parsed.success) return fail(Object.values(fieldErrors(parsed.error)).join(' '));
    try {
      await deps.hubs.saveBlock(actorOf(c), staff.account, hub.id, blockId, parsed.data);
    } catch (err) {
      if (err instanceof Validation) return fail(Object.values(err.fields).join(' '));
      throw err;
    }
    return back(c, hub.id, blockId);
  });
  app.post('/chuyen-de/:id{[0-9]+}/khoi/:bid{[0-9]+}/xoa', async (c) => {
    const { staff, hub } = await editable(c);
    await deps.hubs.removeBlock(actorOf(c), staff.account, hub.id, idOf(c, 'bid'));
    return back(c, hub.id);
  });
  app.post('/chuyen-de/:id{[0-9]+}/khoi/:bid{[0-9]+}/:dir{len|xuong}', async (c) => {
    const { staff, hub } = await editable(c);
    const dir = directionOf(c.req.param('dir'));
    const blockId = idOf(c, 'bid');
    if (dir) await deps.hubs.moveBlock(actorOf(c), staff.account, hub.id, blockId, dir);
    return back(c, hub.id, blockId);
  });

  return app;
}
