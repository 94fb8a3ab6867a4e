import { Hono, type Context } from 'hono';
import { formOf, formText } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { Validation } from '../../http/errors.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import type { menuService } from './menu.service.ts';
import { actorOf } from '../../http/origin.ts';
import { fieldErrors } from '../../http/errors.ts';
import { resolveEntry, type MenuEntry, type MenuName } from './menu.ts';
import { menuEntrySchema } from './menu.schema.ts';
import { itemActions, requireSettings } from './site.admin-routes.tsx';
import { MenuEntryPage, MenuListPage, type MenuEntryValues } from './views/menu.page.tsx';
import { SITE_MESSAGES as M } from './site.messages.ts';

/** What the menu pages use. */
export interface MenuRouteDeps {
  menus: ReturnType<typeof menuService>;
  shell: Shell;
}

const SAVED = M['site.saved'];
const FIELDS = ['label', 'kind', 'sectionId', 'pageId', 'url', 'parentId'] as const;

function valuesOf(e?: MenuEntry): MenuEntryValues {
  return {
    label: e?.label ?? '',
    kind: e?.kind ?? 'section',
    sectionId: e?.kind === 'section' ? String(e.targetId) : '',
    pageId: e?.kind === 'page' ? String(e.targetId) : '',
    url: e?.url ?? '',
    parentId: e?.parentId ? String(e.parentId) : '',
    newTab: e?.newTab ?? false,
  };
}

/** Back office of the main and footer menus: a tree with up/down reordering, add, edit, delete. */
export function menuAdminRoutes(deps: MenuRouteDeps) {
  const app = new Hono<AppEnv>();

  app.get('/cai-dat/menu', async (c) => {
    const staff = requireSettings(c);
    const [main, footer, ctx] = await Promise.all([
      deps.menus.entries('main'),
      deps.menus.entries('footer'),
      deps.menus.context(),
    ]);
    return renderAdmin(c, deps, (chrome) => (
      <MenuListPage
        chrome={chrome}
        csrf={staff.session.csrfToken}
        main={main}
        footer={footer}
        ctx={ctx}
        notice={c.req.query('da-luu') ? SAVED : undefined}
      />
    ));
  });

  app.post('/cai-dat/menu/tao-tu-chuyen-muc', async (c) => {
    requireSettings(c);
    await deps.menus.initMain(actorOf(c));
    return c.redirect('/quan-tri/cai-dat/menu?da-luu=1', 303);
  });

  const form = async (
    c: Context<AppEnv>,
    menu: MenuName,
    opts: { entry?: MenuEntry; values: MenuEntryValues; errors?: Record<string, string> },
  ) => {
    const staff = requireSettings(c);
    const [entries, ctx] = await Promise.all([deps.menus.entries(menu), deps.menus.context()]);
    const parents = entries
      .filter((x) => x.parentId === null && x.id !== opts.entry?.id)
      .map((x) => ({
        value: String(x.id),
        label: resolveEntry(x, ctx.sections, ctx.pages)?.label ?? x.label,
      }));
    const errors = opts.errors ?? {};
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <MenuEntryPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          menu={menu}
          entry={opts.entry}
          values={opts.values}
          errors={errors}
          parents={parents}
          ctx={ctx}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  };

  const menuOf = (v: string): MenuName => (v === 'footer' ? 'footer' : 'main');

  app.get('/cai-dat/menu/moi', (c) =>
    form(c, menuOf(c.req.query('menu') ?? ''), { values: valuesOf() }),
  );

  /** Parses the posted entry; on errors, renders the form again with the values as typed. */
  const save = async (
    c: Context<AppEnv>,
    menu: MenuName,
    run: (e: ReturnType<typeof menuEntrySchema.parse>) => Promise<unknown>,
    entry?: MenuEntry,
  ) => {
    requireSettings(c);
    const body = await formOf(c);
    const raw = Object.fromEntries(FIELDS.map((k) => [k, formText(body, k)]));
    const values: MenuEntryValues = {
      ...(raw as Omit<MenuEntryValues, 'newTab'>),
      newTab: formText(body, 'newTab') === 'on',
    };
    const parsed = menuEntrySchema.safeParse({ ...raw, newTab: values.newTab });
    if (!parsed.success) return form(c, menu, { entry, values, errors: fieldErrors(parsed.error) });
    try {
      await run(parsed.data);
    } catch (err) {
      if (err instanceof Validation) return form(c, menu, { entry, values, errors: err.fields });
      throw err;
    }
    return c.redirect('/quan-tri/cai-dat/menu?da-luu=1', 303);
  };

  app.post('/cai-dat/menu/moi', async (c) => {
    const menu = menuOf(formText(await formOf(c), 'menu'));
    return save(c, menu, async (e) => {
      // Adding to the automatic main menu first turns it into stored entries, so nothing disappears.
      if (menu === 'main') await deps.menus.initMain(actorOf(c));
      return deps.menus.create(actorOf(c), menu, e);
    });
  });

  app.get('/cai-dat/menu/:id{[0-9]+}', async (c) => {
    requireSettings(c);
    const entry = await deps.menus.entry(Number(c.req.param('id')));
    return form(c, entry.menu, { entry, values: valuesOf(entry) });
  });

  app.post('/cai-dat/menu/:id{[0-9]+}', async (c) => {
    requireSettings(c);
    const entry = await deps.menus.entry(Number(c.req.param('id')));
    return save(c, entry.menu, (e) => deps.menus.update(actorOf(c), entry.id, e), entry);
  });

  itemActions(app, '/cai-dat/menu', '/quan-tri/cai-dat/menu?da-luu=1', {
    remove: (a, id) => deps.menus.remove(a, id),
    move: (a, id, dir) => deps.menus.move(a, id, dir),
  });

  return app;
}
