import { Hono, type Context } from 'hono';
import { formOf, formText } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { Validation } from '../../http/errors.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import type { bannerService } from './banner.service.ts';
import { actorOf } from '../../http/origin.ts';
import { fieldErrors } from '../../http/errors.ts';
import { itemActions, requireSettings } from '../site/site.admin-routes.tsx';
import type { Banner } from './banner.ts';
import { bannerFormSchema, type BannerForm } from './banner.schema.ts';
import { BannerFormPage, BannerListPage, type BannerValues } from './views/banner.admin.tsx';
import { BANNER_MESSAGES as M } from './banner.messages.ts';

/** What the banner pages use. */
export interface BannerRouteDeps {
  banners: ReturnType<typeof bannerService>;
  shell: Shell;
}

const BASE = '/quan-tri/cai-dat/banner';

function valuesOf(b: Banner | undefined, today: string): BannerValues {
  return {
    title: b?.title ?? '',
    linkUrl: b?.linkUrl ?? '',
    startsOn: b?.startsOn ?? today,
    endsOn: b?.endsOn ?? today,
    placement: b?.placement ?? 'sidebar',
    active: b?.active ?? true,
  };
}

/** Back office of banners: list by place, add, edit, delete, reorder. */
export function bannerAdminRoutes(deps: BannerRouteDeps) {
  const app = new Hono<AppEnv>();

  app.get('/cai-dat/banner', async (c) => {
    const staff = requireSettings(c);
    const banners = await deps.banners.list();
    return renderAdmin(c, deps, (chrome) => (
      <BannerListPage
        chrome={chrome}
        csrf={staff.session.csrfToken}
        banners={banners}
        today={deps.banners.today()}
        notice={c.req.query('da-luu') ? M['banner.saved'] : undefined}
      />
    ));
  });

  const form = (
    c: Context<AppEnv>,
    banner: Banner | undefined,
    values: BannerValues,
    errors: Record<string, string> = {},
  ) =>
    renderAdmin(
      c,
      deps,
      (chrome) => (
        <BannerFormPage
          chrome={chrome}
          csrf={requireSettings(c).session.csrfToken}
          banner={banner}
          values={values}
          errors={errors}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );

  /** Validates the posted form and image, then runs `save`; errors re-render the form as typed. */
  const submit = async (
    c: Context<AppEnv>,
    banner: Banner | undefined,
    save: (f: BannerForm, image: Buffer | undefined) => Promise<unknown>,
  ) => {
    requireSettings(c);
    const body = await formOf(c);
    const values: BannerValues = {
      title: formText(body, 'title'),
      linkUrl: formText(body, 'linkUrl'),
      startsOn: formText(body, 'startsOn'),
      endsOn: formText(body, 'endsOn'),
      placement: formText(body, 'placement'),
      active: formText(body, 'active') === 'on',
    };
    const parsed = bannerFormSchema.safeParse(values);
    if (!parsed.success) return form(c, banner, values, fieldErrors(parsed.error));
    const file = body.file;
    const image =
      file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : undefined;
    try {
      await save(parsed.data, image);
    } catch (err) {
      if (err instanceof Validation) return form(c, banner, values, err.fields);
      throw err;
    }
    return c.redirect(`${BASE}?da-luu=1`, 303);
  };

  app.get('/cai-dat/banner/moi', (c) => {
    requireSettings(c);
    return form(c, undefined, valuesOf(undefined, deps.banners.today()));
  });
  app.post('/cai-dat/banner/moi', (c) =>
    submit(c, undefined, (f, image) => deps.banners.create(actorOf(c), f, image)),
  );

  app.get('/cai-dat/banner/:id{[0-9]+}', async (c) => {
    requireSettings(c);
    const b = await deps.banners.banner(Number(c.req.param('id')));
    return form(c, b, valuesOf(b, deps.banners.today()));
  });
  app.post('/cai-dat/banner/:id{[0-9]+}', async (c) => {
    requireSettings(c);
    const b = await deps.banners.banner(Number(c.req.param('id')));
    return submit(c, b, (f, image) => deps.banners.update(actorOf(c), b.id, f, image));
  });

  itemActions(app, '/cai-dat/banner', `${BASE}?da-luu=1`, {
    remove: (a, id) => deps.banners.remove(a, id),
    move: (a, id, dir) => deps.banners.move(a, id, dir),
  });

  return app;
}
