import { Hono, type Context } from 'hono';
import { formOf, formText } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { Validation } from '../../http/errors.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import type { settingsService } from '../site/settings.service.ts';
import type { SiteService } from '../site/site.service.ts';
import type { WeblinkService } from './weblink.service.ts';
import { actorOf } from '../../http/origin.ts';
import { fieldErrors } from '../../http/errors.ts';
import { itemActions, requireSettings } from '../site/site.admin-routes.tsx';
import { linksDisplaySchema } from '../site/site.schema.ts';
import type { WeblinkAdmin } from './weblink.ts';
import { groupFormSchema, linkFormSchema } from './weblink.schema.ts';
import {
  WeblinkEditPage,
  WeblinkGroupPage,
  WeblinkListPage,
  type LinkValues,
} from './views/weblink.admin.tsx';
import { WEBLINK_MESSAGES as M } from './weblink.messages.ts';

/** What the web link pages use. */
export interface WeblinkRouteDeps {
  weblinks: WeblinkService;
  settings: ReturnType<typeof settingsService>;
  site: SiteService;
  shell: Shell;
}

const BASE = '/quan-tri/cai-dat/lien-ket';

function valuesOf(l?: WeblinkAdmin, groupId = ''): LinkValues {
  return {
    groupId: l ? String(l.groupId) : groupId,
    title: l?.title ?? '',
    url: l?.url ?? '',
    newTab: l?.newTab ?? true,
    active: l?.active ?? true,
  };
}

async function postedLink(c: Context<AppEnv>): Promise<LinkValues> {
  const body = await formOf(c);
  return {
    groupId: formText(body, 'groupId'),
    title: formText(body, 'title'),
    url: formText(body, 'url'),
    newTab: formText(body, 'newTab') === 'on',
    active: formText(body, 'active') === 'on',
  };
}

/** Back office of Liên kết web: groups, links, order, display choice and the reachability check. */
export function weblinkAdminRoutes(deps: WeblinkRouteDeps) {
  const app = new Hono<AppEnv>();

  const list = async (
    c: Context<AppEnv>,
    opts: {
      values?: LinkValues;
      errors?: Record<string, string>;
      groupName?: string;
      groupError?: string;
      notice?: string;
    } = {},
  ) => {
    const staff = requireSettings(c);
    const [groups, settings] = await Promise.all([
      deps.weblinks.adminGroups(),
      deps.site.settings(),
    ]);
    const failed = Boolean(opts.groupError) || Object.keys(opts.errors ?? {}).length > 0;
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <WeblinkListPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          groups={groups}
          display={settings.linksDisplay}
          values={opts.values ?? valuesOf(undefined, String(groups[0]?.id ?? ''))}
          errors={opts.errors ?? {}}
          groupName={opts.groupName ?? ''}
          groupError={opts.groupError}
          notice={opts.notice}
        />
      ),
      failed ? 400 : 200,
    );
  };

  app.get('/cai-dat/lien-ket', (c) => {
    const q = c.req.query();
    const notice = q['kiem-tra']
      ? M['weblink.checked'](q['kiem-tra'])
      : q['da-luu']
        ? M['weblink.saved']
        : undefined;
    return list(c, { notice });
  });

  app.post('/cai-dat/lien-ket/hien-thi', async (c) => {
    requireSettings(c);
    const parsed = linksDisplaySchema.safeParse({
      linksDisplay: formText(await formOf(c), 'linksDisplay'),
    });
    if (parsed.success) await deps.settings.update(actorOf(c), parsed.data);
    return c.redirect(`${BASE}?da-luu=1`, 303);
  });

  app.post('/cai-dat/lien-ket/kiem-tra', async (c) => {
    requireSettings(c);
    const r = await deps.weblinks.checkAll(actorOf(c));
    const summary = `${r.ok} liên kết hoạt động, ${r.broken} không phản hồi${r.skipped ? `, ${r.skipped} bỏ qua` : ''}`;
    return c.redirect(`${BASE}?kiem-tra=${encodeURIComponent(summary)}`, 303);
  });

  app.post('/cai-dat/lien-ket/nhom', async (c) => {
    requireSettings(c);
    const name = formText(await formOf(c), 'name');
    const parsed = groupFormSchema.safeParse({ name });
    if (!parsed.success)
      return list(c, { groupName: name, groupError: fieldErrors(parsed.error).name });
    await deps.weblinks.createGroup(actorOf(c), parsed.data.name);
    return c.redirect(`${BASE}?da-luu=1`, 303);
  });

  app.post('/cai-dat/lien-ket/moi', async (c) => {
    requireSettings(c);
    const values = await postedLink(c);
    const parsed = linkFormSchema.safeParse(values);
    if (!parsed.success) return list(c, { values, errors: fieldErrors(parsed.error) });
    try {
      await deps.weblinks.createLink(actorOf(c), parsed.data);
    } catch (err) {
      if (err instanceof Validation) return list(c, { values, errors: err.fields });
      throw err;
    }
    return c.redirect(`${BASE}?da-luu=1`, 303);
  });

  const edit = async (
    c: Context<AppEnv>,
    link: WeblinkAdmin,
    values: LinkValues,
    errors: Record<string, string> = {},
  ) => {
    const staff = requireSettings(c);
    const groups = await deps.weblinks.adminGroups();
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <WeblinkEditPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          link={link}
          groups={groups}
          values={values}
          errors={errors}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  };

  app.get('/cai-dat/lien-ket/:id{[0-9]+}', async (c) => {
    requireSettings(c);
    const link = await deps.weblinks.link(Number(c.req.param('id')));
    return edit(c, link, valuesOf(link));
  });

  app.post('/cai-dat/lien-ket/:id{[0-9]+}', async (c) => {
    requireSettings(c);
    const link = await deps.weblinks.link(Number(c.req.param('id')));
    const values = await postedLink(c);
    const parsed = linkFormSchema.safeParse(values);
    if (!parsed.success) return edit(c, link, values, fieldErrors(parsed.error));
    try {
      await deps.weblinks.updateLink(actorOf(c), link.id, parsed.data);
    } catch (err) {
      if (err instanceof Validation) return edit(c, link, values, err.fields);
      throw err;
    }
    return c.redirect(`${BASE}?da-luu=1`, 303);
  });

  itemActions(app, '/cai-dat/lien-ket', `${BASE}?da-luu=1`, {
    remove: (a, id) => deps.weblinks.removeLink(a, id),
    move: (a, id, dir) => deps.weblinks.moveLink(a, id, dir),
  });

  const groupPage = async (c: Context<AppEnv>, name?: string, error?: string) => {
    const staff = requireSettings(c);
    const group = await deps.weblinks.group(Number(c.req.param('id')));
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <WeblinkGroupPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          group={group}
          name={name ?? group.name}
          error={error}
        />
      ),
      error ? 400 : 200,
    );
  };

  app.get('/cai-dat/lien-ket/nhom/:id{[0-9]+}', (c) => groupPage(c));

  app.post('/cai-dat/lien-ket/nhom/:id{[0-9]+}', async (c) => {
    requireSettings(c);
    const name = formText(await formOf(c), 'name');
    const parsed = groupFormSchema.safeParse({ name });
    if (!parsed.success) return groupPage(c, name, fieldErrors(parsed.error).name);
    await deps.weblinks.renameGroup(actorOf(c), Number(c.req.param('id')), parsed.data.name);
    return c.redirect(`${BASE}?da-luu=1`, 303);
  });

  itemActions(app, '/cai-dat/lien-ket/nhom', `${BASE}?da-luu=1`, {
    remove: (a, id) => deps.weblinks.removeGroup(a, id),
    move: (a, id, dir) => deps.weblinks.moveGroup(a, id, dir),
  });

  return app;
}
