import { Hono, type Context } from 'hono';
import { formList, formOf, formText } from '../../http/admin-guard.ts';
import { requireCan } from '../account/account.guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { Validation } from '../../http/errors.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import { formatCount } from '../../lib/number.ts';
import { directionOf, moved, type MoveDirection } from '../../lib/order.ts';
import type { Shell } from '../../shell/shell.ts';
import type { settingsService } from './settings.service.ts';
import type { SiteService } from './site.service.ts';
import { actorOf } from '../../http/origin.ts';
import { fieldErrors } from '../../http/errors.ts';
import type { Actor } from '../audit/audit.ts';
import {
  PAGE_TYPES,
  SIDEBAR_BLOCKS,
  type PageType,
  type SidebarBlockId,
  type SidebarLayout,
} from './sidebar.ts';
import { SETTINGS_FORM_KEYS, settingsFormSchema } from './site.schema.ts';
import type { Section, SiteSettings } from './site.ts';
import { LogoPage, SettingsPage, type SettingsValues } from './views/settings.page.tsx';
import { SidebarLayoutPage } from './views/sidebar-layout.page.tsx';
import { SITE_MESSAGES as M } from './site.messages.ts';

/** What the settings pages use. */
export interface SiteAdminRouteDeps {
  settings: ReturnType<typeof settingsService>;
  site: SiteService;
  shell: Shell;
}

const SAVED = M['site.saved'];

/** The admin's staff member; only the system admin manages site settings. */
export function requireSettings(c: Context<AppEnv>) {
  return requireCan(c, 'settings.manage', {
    message: M['site.forbidden'],
  });
}

/**
 * The POST actions of a hand-ordered list's items (settings.manage only): `<base>/:id/xoa`
 * deletes, `<base>/:id/len` and `<base>/:id/xuong` move one step; each returns to `back`.
 */
export function itemActions(
  app: Hono<AppEnv>,
  base: string,
  back: string,
  ops: {
    remove: (actor: Actor, id: number) => Promise<unknown>;
    move: (actor: Actor, id: number, dir: MoveDirection) => Promise<unknown>;
  },
): void {
  app.post(`${base}/:id{[0-9]+}/xoa`, async (c) => {
    requireSettings(c);
    await ops.remove(actorOf(c), Number(c.req.param('id')));
    return c.redirect(back, 303);
  });
  app.post(`${base}/:id{[0-9]+}/:dir{len|xuong}`, async (c) => {
    requireSettings(c);
    const dir = directionOf(c.req.param('dir'));
    if (dir) await ops.move(actorOf(c), Number(c.req.param('id')), dir);
    return c.redirect(back, 303);
  });
}

function valuesOf(s: SiteSettings): SettingsValues {
  return Object.fromEntries(
    SETTINGS_FORM_KEYS.map((k) => [
      k,
      k === 'visitorTotalOffset'
        ? formatCount(s[k])
        : k === 'scheduleDaysAhead'
          ? s[k] < 0
            ? ''
            : String(s[k])
          : String(s[k]),
    ]),
  );
}

/** Back office of the site's own settings: names and footer, logo and favicon, sidebar blocks. */
/** Sections that have a block on the home page (top-level article sections shown on home). */
function homeSections(sections: Section[]): Section[] {
  return sections.filter((x) => x.parentId === null && x.kind === 'articles' && x.showOnHome);
}

export function siteAdminRoutes(deps: SiteAdminRouteDeps) {
  const app = new Hono<AppEnv>();

  const settingsForm = (
    c: Context<AppEnv>,
    values: SettingsValues,
    errors: Record<string, string> = {},
    notice?: string,
  ) =>
    renderAdmin(
      c,
      deps,
      (chrome) => (
        <SettingsPage
          chrome={chrome}
          csrf={requireSettings(c).session.csrfToken}
          values={values}
          errors={errors}
          notice={notice}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );

  app.get('/cai-dat', async (c) => {
    requireSettings(c);
    return settingsForm(
      c,
      valuesOf(await deps.site.settings()),
      {},
      c.req.query('da-luu') ? SAVED : undefined,
    );
  });

  app.post('/cai-dat', async (c) => {
    requireSettings(c);
    const body = await formOf(c);
    const values = Object.fromEntries(SETTINGS_FORM_KEYS.map((k) => [k, formText(body, k)]));
    const parsed = settingsFormSchema.safeParse(values);
    if (!parsed.success) return settingsForm(c, values, fieldErrors(parsed.error));
    await deps.settings.update(actorOf(c), parsed.data);
    return c.redirect('/quan-tri/cai-dat?da-luu=1', 303);
  });

  const logoPage = async (
    c: Context<AppEnv>,
    errors: Record<string, string> = {},
    notice?: string,
  ) =>
    renderAdmin(
      c,
      deps,
      async (chrome) => (
        <LogoPage
          chrome={chrome}
          csrf={requireSettings(c).session.csrfToken}
          settings={await deps.site.settings()}
          errors={errors}
          notice={notice}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );

  app.get('/cai-dat/logo', (c) => {
    requireSettings(c);
    return logoPage(c, {}, c.req.query('da-luu') ? SAVED : undefined);
  });

  for (const [path, kind] of [
    ['logo', 'logo'],
    ['bieu-tuong', 'favicon'],
    ['anh-dau-trang', 'headerDesktop'],
    ['anh-dau-trang-dien-thoai', 'headerPhone'],
  ] as const) {
    app.post(`/cai-dat/${path}`, async (c) => {
      requireSettings(c);
      const file = (await formOf(c)).file;
      const data = file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
      try {
        await deps.settings.setImage(actorOf(c), kind, data);
      } catch (err) {
        if (err instanceof Validation)
          return logoPage(c, { [kind]: err.fields.file ?? err.message });
        throw err;
      }
      return c.redirect('/quan-tri/cai-dat/logo?da-luu=1', 303);
    });
    app.post(`/cai-dat/${path}/xoa`, async (c) => {
      requireSettings(c);
      await deps.settings.clearImage(actorOf(c), kind);
      return c.redirect('/quan-tri/cai-dat/logo?da-luu=1', 303);
    });
  }

  app.get('/cai-dat/khoi-ben', async (c) => {
    const staff = requireSettings(c);
    const [layout, sections] = await Promise.all([
      deps.settings.sidebarLayout(),
      deps.site.sections(),
    ]);
    return renderAdmin(c, deps, (chrome) => (
      <SidebarLayoutPage
        chrome={chrome}
        csrf={staff.session.csrfToken}
        layout={layout}
        homeSections={homeSections(sections)}
        notice={c.req.query('da-luu') ? SAVED : undefined}
      />
    ));
  });

  app.post('/cai-dat/khoi-ben', async (c) => {
    requireSettings(c);
    const body = await formOf(c);
    const known = (id: string): id is SidebarBlockId => SIDEBAR_BLOCKS.some((b) => b.id === id);
    let order = formList(body, 'order').filter(known);
    const [moveId = '', dir] = formText(body, 'move').split(':');
    if (known(moveId) && (dir === 'up' || dir === 'down')) {
      const ids = order.map((_, i) => i);
      const next = moved(ids, order.indexOf(moveId), dir);
      if (next) order = next.map((i) => order[i] as SidebarBlockId);
    }
    // The home's section blocks in the right column: automatic, or the sections ticked (only
    // sections that have a home block count; anything else posted is ignored).
    const onHome = homeSections(await deps.site.sections()).map((x) => x.id);
    const homeBeside =
      formText(body, 'home-beside-mode') === 'chosen'
        ? formList(body, 'home-beside')
            .map(Number)
            .filter((id) => onHome.includes(id))
        : null;
    const layout: SidebarLayout = {
      blocks: order.map((id) => ({
        id,
        pages: formList(body, `pages-${id}`).filter((p): p is PageType =>
          PAGE_TYPES.some((t) => t.id === p),
        ),
      })),
      homeBeside,
    };
    await deps.settings.saveSidebarLayout(actorOf(c), layout);
    return c.redirect('/quan-tri/cai-dat/khoi-ben?da-luu=1', 303);
  });

  return app;
}
