import { Hono, type Context } from 'hono';
import { formList, formOf, formText, requireStaff } from '../../http/admin-guard.ts';
import { requireCan } from '../account/account.guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { Forbidden, NotFound, Validation } from '../../http/errors.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import type { SiteService } from '../site/site.service.ts';
import type { placeService } from './place.service.ts';
import { actorOf } from '../../http/origin.ts';
import { can, canSomewhere } from '../account/account.policy.ts';
import type { Account } from '../account/account.ts';
import { articlePath } from '../article/article.ts';
import { ArticlePlacesPage, MapAdminPage, UnitEditPage } from './views/map.admin.tsx';
import { MAP_MESSAGES as M, say } from './map.messages.ts';

/** What the map pages of the back office use. */
export interface MapAdminRouteDeps {
  places: ReturnType<typeof placeService>;
  site: SiteService;
  shell: Shell;
}

/** Who may write unit descriptions: the system admin and the editors. */
export function canEditPlaces(a: Account): boolean {
  return can(a, 'settings.manage') || canSomewhere(a, 'article.edit');
}

/** The article id in "12", "…/ten-bai-12" or "…/ten-bai-12?x=1"; undefined otherwise. */
function articleIdOf(input: string): number | undefined {
  const m = /(?:^|[-/])(\d{1,9})(?:[?#].*)?\/?$/.exec(input.trim());
  return m?.[1] ? Number(m[1]) : undefined;
}

/** Back office of the map: unit descriptions and place tags on articles. */
export function mapAdminRoutes(deps: MapAdminRouteDeps) {
  const app = new Hono<AppEnv>();

  const requirePlaces = (c: Context<AppEnv>) => {
    const staff = requireStaff(c);
    if (!canEditPlaces(staff.account)) throw new Forbidden(say('map.edit_forbidden'));
    return staff;
  };

  const list = async (c: Context<AppEnv>, opts: { error?: string; query?: string } = {}) => {
    const staff = requirePlaces(c);
    const described = await deps.places.describedCodes();
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <MapAdminPage
          chrome={chrome}
          units={deps.places.units()}
          described={described}
          canTag={canSomewhere(staff.account, 'article.edit')}
          error={opts.error}
          query={opts.query}
        />
      ),
      opts.error ? 400 : 200,
    );
  };

  app.get('/ban-do', (c) => list(c));

  const unitOf = (c: Context<AppEnv>) => {
    const unit = deps.places.unit(c.req.param('code') ?? '');
    if (!unit) throw new NotFound(say('map.unit_not_found'));
    return unit;
  };

  app.get('/ban-do/:code{[0-9]{5}}', async (c) => {
    const staff = requirePlaces(c);
    const unit = unitOf(c);
    const note = await deps.places.note(unit.code);
    return renderAdmin(c, deps, (chrome) => (
      <UnitEditPage
        chrome={chrome}
        csrf={staff.session.csrfToken}
        unit={unit}
        note={note}
        value={note?.description ?? ''}
        saved={Boolean(c.req.query('da-luu'))}
      />
    ));
  });

  app.post('/ban-do/:code{[0-9]{5}}', async (c) => {
    const staff = requirePlaces(c);
    const unit = unitOf(c);
    const value = formText(await formOf(c), 'description');
    try {
      await deps.places.saveDescription(actorOf(c), unit.code, value);
    } catch (err) {
      if (!(err instanceof Validation)) throw err;
      const note = await deps.places.note(unit.code);
      return renderAdmin(
        c,
        deps,
        (chrome) => (
          <UnitEditPage
            chrome={chrome}
            csrf={staff.session.csrfToken}
            unit={unit}
            note={note}
            value={value}
            error={Object.values(err.fields)[0]}
          />
        ),
        400,
      );
    }
    return c.redirect(`/quan-tri/ban-do/${unit.code}?da-luu=1`, 303);
  });

  app.get('/bai-viet/dia-danh', (c) => {
    const query = c.req.query('bai') ?? '';
    const id = articleIdOf(query);
    if (!id) return list(c, { error: M['map.article_ref_required'], query });
    return c.redirect(`/quan-tri/bai-viet/${id}/dia-danh`, 303);
  });

  const articleForm = async (
    c: Context<AppEnv>,
    opts: { checked?: Set<string>; saved?: boolean; error?: string } = {},
  ) => {
    const article = await deps.places.article(Number(c.req.param('id')));
    const staff = requireCan(c, 'article.edit', {
      sectionId: article.sectionId,
      message: M['map.article_edit_forbidden'],
    });
    const section = (await deps.site.sections()).find((s) => s.id === article.sectionId);
    const checked =
      opts.checked ?? new Set((await deps.places.placesOf(article.id)).map((u) => u.code));
    const published = article.status === 'published' && section;
    return {
      staff,
      article,
      render: (status: 200 | 400) =>
        renderAdmin(
          c,
          deps,
          (chrome) => (
            <ArticlePlacesPage
              chrome={chrome}
              csrf={staff.session.csrfToken}
              article={{
                id: article.id,
                title: article.title,
                sectionName: section?.name ?? '',
                publicPath: published ? articlePath(section.slug, article) : undefined,
              }}
              units={deps.places.units()}
              checked={checked}
              saved={opts.saved}
              error={opts.error}
            />
          ),
          status,
        ),
    };
  };

  app.get('/bai-viet/:id{[0-9]+}/dia-danh', async (c) =>
    (await articleForm(c, { saved: Boolean(c.req.query('da-luu')) })).render(200),
  );

  app.post('/bai-viet/:id{[0-9]+}/dia-danh', async (c) => {
    const { article } = await articleForm(c);
    const codes = formList(await formOf(c), 'codes');
    try {
      await deps.places.setPlaces(actorOf(c), article.id, codes);
    } catch (err) {
      if (!(err instanceof Validation)) throw err;
      return (
        await articleForm(c, { checked: new Set(codes), error: Object.values(err.fields)[0] })
      ).render(400);
    }
    return c.redirect(`/quan-tri/bai-viet/${article.id}/dia-danh?da-luu=1`, 303);
  });

  return app;
}
