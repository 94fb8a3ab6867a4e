import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv, Staff } from '../../http/env.ts';
import { errorJson, Forbidden, NotFound, Validation } from '../../http/errors.ts';
import type { Config } from '../../config/config.ts';
import type { MediaService } from './media.service.ts';
import type { UploadFile } from './media.service.ts';
import { MEDIA_MESSAGES as M, say } from './media.messages.ts';
import { canUseLibrary } from './media.policy.ts';
import { filesOf, MAX_FILES_PER_UPLOAD } from './media.schema.ts';
import type { Media } from './media.ts';

/** What the media HTTP helpers use. */
export interface MediaHttpDeps {
  media: MediaService;
  config: Pick<Config, 'mediaLimits'>;
}

/** The two upload endpoints (HTML form and JSON API). */
const UPLOAD_PATHS = new Set(['/quan-tri/thu-vien', '/quan-tri/api/media']);

/** Slack over the largest single-file limit for one request (several photos, multipart overhead). */
const REQUEST_SLACK = 16 * 1024 * 1024;

/** Largest body an upload request may have. */
function uploadRequestLimit(deps: Pick<MediaHttpDeps, 'config'>): number {
  const l = deps.config.mediaLimits;
  return Math.max(l.image, l.document, l.video) + REQUEST_SLACK;
}

/**
 * Caps the body of upload requests before anything reads it (the staff guard parses bodies for
 * its CSRF check): a request over the limit is answered 413 with a Vietnamese message.
 */
export function mediaBodyLimit(deps: Pick<MediaHttpDeps, 'config'>): MiddlewareHandler<AppEnv> {
  const maxSize = uploadRequestLimit(deps);
  const limit = bodyLimit({
    maxSize,
    onError: (c) => {
      const said = say('media.request_too_large', maxSize);
      return c.req.path.startsWith('/quan-tri/api/')
        ? c.json(errorJson(said), 413)
        : c.text(said.message, 413);
    },
  });
  return (c, next) =>
    c.req.method === 'POST' && UPLOAD_PATHS.has(c.req.path.replace(/\/+$/, ''))
      ? limit(c, next)
      : next();
}

/** The signed-in staff member, who must be allowed to use the library. */
export function libraryStaff(c: Context<AppEnv>): Staff {
  const staff = c.get('staff');
  if (!staff || !canUseLibrary(staff.account)) throw new Forbidden(say('media.forbidden_library'));
  return staff;
}

/** The item named by the `:id` parameter, or 404. */
export async function itemOf(
  c: Context<AppEnv>,
  deps: Pick<MediaHttpDeps, 'media'>,
): Promise<Media> {
  const id = Number(c.req.param('id'));
  const m = Number.isSafeInteger(id) ? await deps.media.byId(id) : undefined;
  if (!m) throw new NotFound(say('media.not_found'));
  return m;
}

/** The uploaded files of a parsed multipart body, read into memory; refuses none or too many. */
export async function uploadedFiles(body: Record<string, unknown>): Promise<UploadFile[]> {
  const files = filesOf(body);
  if (files.length === 0) throw new Validation({ tep: M['media.no_file'] }, say('media.no_file'));
  if (files.length > MAX_FILES_PER_UPLOAD)
    throw new Validation(
      { tep: M['media.too_many_files'](MAX_FILES_PER_UPLOAD) },
      say('media.too_many_files', MAX_FILES_PER_UPLOAD),
    );
  return Promise.all(
    files.map(async (f) => ({ name: f.name, data: Buffer.from(await f.arrayBuffer()) })),
  );
}
