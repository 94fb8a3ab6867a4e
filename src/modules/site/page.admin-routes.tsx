import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import type { AssetManifest } from '../../http/assets.ts';
import { formOf, formText, requireStaff } from '../../http/admin-guard.ts';
import { Conflict, Forbidden, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { canSomewhere } from '../account/account.policy.ts';
import type { PageEntry, PageService } from './page.service.ts';
import { SITE_MESSAGES as M, say } from './site.messages.ts';
import { PageEditPage, PagesListPage } from './views/pages.admin.tsx';

/** What the static-page editor uses. */
export interface PageRouteDeps {
  staticPages: PageService;
  shell: Shell;
  assets: AssetManifest;
}

/**
 * The site's static pages (Giới thiệu) in the back office, and their English versions: the
 * approvers of the site edit them (content, not settings: the system admin does not).
 */
export function pageAdminRoutes(deps: PageRouteDeps) {
  const app = new Hono<AppEnv>();
  const guard = (c: Context<AppEnv>) => {
    const staff = requireStaff(c);
    if (!canSomewhere(staff.account, 'article.publish'))
      throw new Forbidden(say('site.page_forbidden'));
    return staff;
  };

  app.get('/trang-gioi-thieu', async (c) => {
    guard(c);
    const entries = await deps.staticPages.list();
    return renderAdmin(c, deps, (chrome) => (
      <PagesListPage
        chrome={chrome}
        entries={entries}
        notice={c.req.query('da-luu') !== undefined ? M['site.page_saved'] : undefined}
      />
    ));
  });

  const edit = (
    c: Context<AppEnv>,
    entry: PageEntry,
    language: 'vi' | 'en',
    opts: {
      values?: { title: string; bodyHtml: string; seen: string };
      errors?: Record<string, string>;
      status?: 200 | 400 | 409;
    } = {},
  ) => {
    const staff = requireStaff(c);
    const current =
      language === 'en'
        ? { title: entry.english?.title ?? '', bodyHtml: entry.english?.bodyHtml ?? '' }
        : { title: entry.page.title, bodyHtml: entry.page.bodyHtml };
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <PageEditPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          entry={entry}
          language={language}
          values={opts.values ?? { ...current, seen: entry.page.updatedAt.toISOString() }}
          errors={opts.errors ?? {}}
          editorJs={deps.assets.url('editor.js')}
          editorCss={deps.assets.url('editor.css')}
        />
      ),
      opts.status ?? 200,
    );
  };

  for (const language of ['vi', 'en'] as const) {
    const path = `/trang-gioi-thieu/:id{[0-9]+}${language === 'en' ? '/tieng-anh' : ''}`;
    app.get(path, async (c) => {
      guard(c);
      return edit(c, await deps.staticPages.get(Number(c.req.param('id'))), language);
    });
    app.post(path, async (c) => {
      guard(c);
      const id = Number(c.req.param('id'));
      const entry = await deps.staticPages.get(id);
      const body = await formOf(c);
      const values = {
        title: formText(body, 'title'),
        bodyHtml: formText(body, 'bodyHtml'),
        seen: formText(body, 'version'),
      };
      try {
        if (language === 'en')
          await deps.staticPages.saveEnglish(actorOf(c), id, values.title, values.bodyHtml);
        else {
          const seen = new Date(values.seen);
          if (Number.isNaN(seen.getTime())) throw new Conflict(say('site.page_saved_elsewhere'));
          await deps.staticPages.save(actorOf(c), id, values.title, values.bodyHtml, seen);
        }
      } catch (err) {
        if (err instanceof Validation)
          return edit(c, entry, language, { values, errors: err.fields, status: 400 });
        if (err instanceof Conflict)
          return edit(c, entry, language, { values, errors: { _: err.message }, status: 409 });
        throw err;
      }
      return c.redirect('/quan-tri/trang-gioi-thieu?da-luu', 303);
    });
  }

  return app;
}
