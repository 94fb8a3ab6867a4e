import crypto from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { HTTP_MESSAGES } from '../../http/errors.ts';
import type { Metrics } from './metrics.ts';

/** What the metrics route needs. */
export interface MetricsRouteDeps {
  metrics: Metrics;
  config: { metricsToken?: string };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
/** Headers a reverse proxy adds: a request carrying one came from outside, whatever its socket. */
const FORWARDED = ['x-forwarded-for', 'x-real-ip', 'forwarded'];

/**
 * Who may read /metrics. With METRICS_TOKEN set: whoever sends `Authorization: Bearer <token>`
 * (compared in constant time), from anywhere. Without it: only a scraper on this machine, i.e. a
 * loopback socket with no proxy header (nginx on the same machine also connects from loopback,
 * but adds X-Forwarded-For, so the public cannot reach it through the proxy).
 */
export function mayScrape(c: Context, token: string | undefined): boolean {
  if (token) {
    const sent = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    const a = crypto.createHash('sha256').update(sent).digest();
    const b = crypto.createHash('sha256').update(token).digest();
    return crypto.timingSafeEqual(a, b);
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const socket = env?.incoming?.socket?.remoteAddress ?? '';
  return LOOPBACK.test(socket) && FORWARDED.every((h) => c.req.header(h) === undefined);
}

/**
 * `GET /metrics`: the Prometheus text exposition. Anyone else gets the plain 404 every unknown
 * path gets (the endpoint is not advertised), never cached.
 */
export function metricsRoutes(deps: MetricsRouteDeps) {
  const app = new Hono<AppEnv>();
  app.get('/metrics', async (c) => {
    c.header('Cache-Control', 'no-store');
    if (!mayScrape(c, deps.config.metricsToken))
      return c.text(HTTP_MESSAGES['http.not_found'], 404);
    const { body, contentType } = await deps.metrics.render();
    c.header('Content-Type', contentType);
    return c.body(body);
  });
  return app;
}
