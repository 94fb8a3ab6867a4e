import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { Forbidden, Validation } from '../../http/errors.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import type { AssetManifest } from '../../http/assets.ts';
import type { MediaService } from './media.service.ts';
import { actorOf } from '../../http/origin.ts';
import { fieldErrors } from '../../http/errors.ts';
import { itemOf, libraryStaff, uploadedFiles } from './media.http.ts';
import { say } from './media.messages.ts';
import { canEditMedia } from './media.policy.ts';
import { mediaListSchema, mediaTextSchema } from './media.schema.ts';
import type { UploadOutcome } from './media.service.ts';
import type { Media } from './media.ts';
import { LibraryPage, MediaItemPage, type UploadReport } from './views/media.pages.tsx';

/** What the media library pages use. */
export interface MediaAdminRouteDeps {
  media: MediaService;
  assets: AssetManifest;
  shell: Shell;
}

/** Items per library page (a grid of 4 × 6). */
const LIBRARY_PAGE_SIZE = 24;

function report(outcomes: UploadOutcome[]): UploadReport[] {
  return outcomes.map((o) =>
    o.ok ? { ok: true, file: o.file, id: o.media.id, existing: o.existing } : o,
  );
}

/** The library pages under /quan-tri/thu-vien: grid, search, upload without JavaScript, one item's page. */
export function mediaAdminRoutes(deps: MediaAdminRouteDeps) {
  const app = new Hono<AppEnv>();

  const library = async (
    c: Context<AppEnv>,
    extra: { results?: UploadReport[]; error?: string; status?: 200 | 400 } = {},
  ) => {
    const staff = libraryStaff(c);
    const q = mediaListSchema.parse({
      q: c.req.query('q'),
      kind: c.req.query('loai'),
      page: c.req.query('trang'),
    });
    const page = await deps.media.list({
      q: q.q,
      kind: q.kind,
      page: q.page,
      perPage: LIBRARY_PAGE_SIZE,
    });
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <LibraryPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          script={deps.assets.urls['media-upload.js'] ?? ''}
          {...page}
          filters={{ q: q.q, kind: q.kind }}
          limits={deps.media.limits}
          results={extra.results}
          error={extra.error}
        />
      ),
      extra.status ?? 200,
    );
  };

  app.get('/thu-vien', (c) => library(c));

  app.post('/thu-vien', async (c) => {
    libraryStaff(c);
    let files;
    try {
      files = await uploadedFiles(await c.req.parseBody({ all: true }));
    } catch (err) {
      if (err instanceof Validation) return library(c, { error: err.message, status: 400 });
      throw err;
    }
    const outcomes = await deps.media.upload(actorOf(c), files);
    return library(c, {
      results: report(outcomes),
      status: outcomes.some((o) => o.ok) ? 200 : 400,
    });
  });

  const item = async (
    c: Context<AppEnv>,
    m: Media,
    opts: {
      values?: { alt: string; caption: string; credit: string };
      errors?: Record<string, string>;
      status?: 200 | 400;
    } = {},
  ) => {
    const staff = libraryStaff(c);
    const usage = await deps.media.usage(m);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <MediaItemPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          m={m}
          usage={usage}
          canEdit={canEditMedia(staff.account, m)}
          values={opts.values ?? { alt: m.alt, caption: m.caption, credit: m.credit }}
          errors={opts.errors ?? {}}
          notice={c.req.query('da-luu') ? 'Đã lưu thay đổi.' : undefined}
        />
      ),
      opts.status ?? 200,
    );
  };

  app.get('/thu-vien/:id{[0-9]+}', async (c) => {
    libraryStaff(c);
    return item(c, await itemOf(c, deps));
  });

  app.post('/thu-vien/:id{[0-9]+}', async (c) => {
    const staff = libraryStaff(c);
    const m = await itemOf(c, deps);
    if (!canEditMedia(staff.account, m)) throw new Forbidden(say('media.forbidden_edit'));
    const body = await c.req.parseBody();
    const parsed = mediaTextSchema.safeParse(body);
    if (!parsed.success) {
      const typed = (k: string) => (typeof body[k] === 'string' ? body[k] : '');
      return item(c, m, {
        values: { alt: typed('alt'), caption: typed('caption'), credit: typed('credit') },
        errors: fieldErrors(parsed.error),
        status: 400,
      });
    }
    await deps.media.updateText(actorOf(c), m, parsed.data);
    return c.redirect(`/quan-tri/thu-vien/${m.id}?da-luu=1`, 303);
  });

  return app;
}
