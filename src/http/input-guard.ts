import type { MiddlewareHandler } from 'hono';
import { NotFound, Validation } from './errors.ts';

/** Largest id a table holds (a 32-bit integer column on PostgreSQL). */
const MAX_ID = 2_147_483_647;
const NUL_MESSAGE = 'Dữ liệu gửi lên chứa ký tự không hợp lệ (ký tự NUL). Vui lòng nhập lại.';

/**
 * Paths whose segments name a stored file, not a row: a media key's folder is the first ten hex
 * digits of the file's hash, which are all decimal digits for about one file in a hundred.
 */
const FILE_PATH = /^\/media\//;

/**
 * Whether a request path names something no table can hold: a NUL byte, or (outside stored
 * files) an id over 32 bits.
 */
function impossiblePath(rawPath: string): boolean {
  if (/%00/.test(rawPath)) return true;
  if (FILE_PATH.test(rawPath)) return false;
  for (const m of rawPath.matchAll(/(?:^|\/)(\d{10,})(?=\/|$)/g))
    if (Number(m[1]) > MAX_ID) return true;
  return false;
}

/**
 * Input rules that hold for every route, checked before any handler: a path with a NUL byte or a
 * numeric segment beyond any id (media keys excepted: their segments are hashes) is not found; a
 * query value with a NUL byte is refused (no text in this app may hold one, and PostgreSQL
 * rejects it).
 */
export function inputGuard(): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    const q = url.indexOf('?');
    const rawPath = new URL(url).pathname;
    if (impossiblePath(rawPath)) throw new NotFound();
    if (q >= 0 && /%00/.test(url.slice(q))) throw new Validation({}, NUL_MESSAGE);
    await next();
  };
}

/**
 * The same rule for posted forms (after the body limits and the staff guard, which parsed the
 * body): no text field may hold a NUL byte.
 */
export function formNulGuard(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    if (
      c.req.method === 'POST' &&
      /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)
    ) {
      const body = await c.req.parseBody({ all: true });
      const values = Object.values(body).flat();
      if (values.some((v) => typeof v === 'string' && v.includes('\0')))
        throw new Validation({}, NUL_MESSAGE);
    }
    await next();
  };
}
