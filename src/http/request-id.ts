import crypto from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from '../lib/log.ts';
import type { AppEnv } from './env.ts';

/** An incoming X-Request-Id (from a proxy in front) is kept only when short and plain. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Gives every request an id (the proxy's X-Request-Id when it is safe, else a new UUID) and a
 * child logger carrying it, and returns the id as the X-Request-Id response header. Runs first,
 * before the page cache: the header is set after the answer is made, so a cached copy never
 * keeps another request's id.
 */
export function requestId(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given !== undefined && SAFE_ID.test(given) ? given : crypto.randomUUID();
    c.set('requestId', id);
    c.set('log', log.child<never>({ requestId: id }));
    await next();
    c.res.headers.set('X-Request-Id', id);
  };
}

/** The path to write in a log line: the route pattern where the path carries a secret (a share token). */
export function loggedPath(c: Context): string {
  return c.req.routePath.includes(':token') ? c.req.routePath : c.req.path;
}
