import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../../http/env.ts';
import {
  AppError,
  errorJson,
  Forbidden,
  HTTP_MESSAGES,
  isMalformedInput,
  MALFORMED_MESSAGE,
  Validation,
} from '../../http/errors.ts';
import type { MediaService } from './media.service.ts';
import { actorOf } from '../../http/origin.ts';
import { fieldErrors } from '../../http/errors.ts';
import { itemOf, libraryStaff, uploadedFiles } from './media.http.ts';
import { mediaJson } from './media.json.ts';
import { say } from './media.messages.ts';
import { canEditMedia } from './media.policy.ts';
import { mediaListSchema, mediaTextSchema } from './media.schema.ts';

/** What the media library API uses. */
export interface MediaApiRouteDeps {
  media: MediaService;
}

/** Items per page of the JSON listing. */
const API_PAGE_SIZE = 24;

async function textBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  if (c.req.header('content-type')?.includes('application/json')) {
    const body: unknown = await c.req.json().catch(() => ({}));
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  }
  return c.req.parseBody();
}

/**
 * The library's JSON API for the article editor and the upload script, under /quan-tri/api/media
 * (behind the staff guard: a session, and for writes the CSRF token as `_csrf` or `X-CSRF-Token`).
 * Every answer is JSON, errors included: `{ error: { code, message }, fields? }`.
 */
export function mediaApiRoutes(deps: MediaApiRouteDeps) {
  const app = new Hono<AppEnv>();

  app.onError((err, c) => {
    if (isMalformedInput(err))
      return c.json(errorJson({ code: 'http.malformed', message: MALFORMED_MESSAGE }), 400);
    if (err instanceof AppError) {
      return c.json(
        { ...errorJson(err), ...(err instanceof Validation ? { fields: err.fields } : {}) },
        err.status as ContentfulStatusCode,
      );
    }
    const requestId = c.get('requestId');
    c.get('log').error({ err, method: c.req.method, path: c.req.path }, 'request failed');
    return c.json(
      errorJson({ code: 'http.internal', message: HTTP_MESSAGES['http.internal'](requestId) }),
      500,
    );
  });

  /** `GET /api/media?q=&kind=&page=`: a page of items, newest first. */
  app.get('/api/media', async (c) => {
    libraryStaff(c);
    const q = mediaListSchema.parse({
      q: c.req.query('q'),
      kind: c.req.query('kind'),
      page: c.req.query('page'),
    });
    const page = await deps.media.list({
      q: q.q,
      kind: q.kind,
      page: q.page,
      perPage: API_PAGE_SIZE,
    });
    c.header('Cache-Control', 'no-store');
    return c.json({
      items: page.items.map(mediaJson),
      total: page.total,
      page: page.page,
      pageCount: page.pageCount,
    });
  });

  /** `GET /api/media/:id`: one item. */
  app.get('/api/media/:id{[0-9]+}', async (c) => {
    libraryStaff(c);
    c.header('Cache-Control', 'no-store');
    return c.json({ item: mediaJson(await itemOf(c, deps)) });
  });

  /**
   * `POST /api/media` (multipart, field `files`, one or more): a result per file, in order;
   * 200 when at least one file was taken, 400 when none was.
   */
  app.post('/api/media', async (c) => {
    libraryStaff(c);
    const files = await uploadedFiles(await c.req.parseBody({ all: true }));
    const outcomes = await deps.media.upload(actorOf(c), files);
    const results = outcomes.map((o) =>
      o.ok
        ? { file: o.file, ok: true as const, existing: o.existing, item: mediaJson(o.media) }
        : o,
    );
    return c.json({ results }, outcomes.some((o) => o.ok) ? 200 : 400);
  });

  /** `POST /api/media/:id` (JSON or form: alt, caption, credit): changes the item's own text. */
  app.post('/api/media/:id{[0-9]+}', async (c) => {
    const staff = libraryStaff(c);
    const m = await itemOf(c, deps);
    if (!canEditMedia(staff.account, m)) throw new Forbidden(say('media.forbidden_edit'));
    const parsed = mediaTextSchema.safeParse(await textBody(c));
    if (!parsed.success) throw new Validation(fieldErrors(parsed.error));
    return c.json({ item: mediaJson(await deps.media.updateText(actorOf(c), m, parsed.data)) });
  });

  return app;
}
