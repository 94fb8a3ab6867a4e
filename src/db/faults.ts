/**
 * Telling a database that is not there (down, unreachable, too slow, locked) from a bug: the
 * first is answered with a Vietnamese 503 and a cached page where there is one, the second is a
 * 500 with its request id.
 */
import { sql } from 'kysely';
import type { Db } from './connect.ts';

/** Node socket errors of a connection that cannot be made or was lost. */
const NET = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * PostgreSQL SQLSTATEs: 08 connection exceptions, 53 insufficient resources (too many
 * connections, disk full), 57014 statement timeout, 57P01-57P05 shutdown / cannot connect now.
 */
const PG = /^(08...|53...|57014|57P0[1-5])$/;
/** SQLite: locked past the busy timeout, the file gone or unreadable, the disk full. */
const SQLITE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY)/;
/** node-postgres' own messages for connections that die or never come. */
const PG_CLIENT =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** Whether `err` (or an error it wraps) says the database is unavailable rather than wrong. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== 'object') return false;
    const { code, message, cause, errors } = e as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string' && (NET.has(code) || PG.test(code) || SQLITE.test(code)))
      return true;
    if (typeof message === 'string' && PG_CLIENT.test(message)) return true;
    // An AggregateError (a connection tried on several addresses) carries the real ones.
    if (Array.isArray(errors) && errors.some((x) => isDatabaseUnavailable(x))) return true;
    e = cause;
  }
  return false;
}

/** One trivial query, bounded by `timeoutMs`: whether the database answers now (`/readyz`). */
export async function ping(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      sql`SELECT 1`.execute(db.kysely).then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
