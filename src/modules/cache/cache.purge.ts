import type { Config } from '../../config/config.ts';
import type { Logger } from '../../lib/log.ts';
import { MAX_AGE_MS } from './cache.epoch.notify.ts';

const TIMEOUT_MS = 5000;

/**
 * Tells a CDN or reverse proxy in front of the app (config PURGE_URL) which pages changed, so it
 * does not keep serving them until their shared lifetime (PAGE_SHARED_MAX_AGE) ends:
 * - PURGE_METHOD=POST (default): one `POST PURGE_URL` with JSON `{ "paths": [...], "urls": [...] }`
 *   (paths like "/tin-trong-tinh", under a site's path prefix; urls absolute on the site's host);
 * - PURGE_METHOD=PURGE: one `PURGE PURGE_URL<path>` per path (Varnish, nginx proxy_cache_purge).
 * A purge never fails the change that caused it: errors are logged.
 *
 * On PostgreSQL every purge is sent again MAX_AGE_MS (plus a margin) later: another instance may
 * serve a page from the old epoch until it hears of the change (cache.epoch.notify.ts), and a
 * proxy that fetched the page from it just after the first purge would otherwise keep that old
 * page for its whole shared lifetime (test/ops/cluster.test.ts).
 */
export function purger(
  config: Config,
  pathsOf: (articleId: number) => Promise<string[]>,
  log: Logger,
  /** The current site's absolute address (its host, or BASE_URL and its path prefix). */
  siteBase: () => string = () => config.baseUrl,
) {
  const { purgeUrl, purgeMethod } = config.pageCache;
  const againMs = /^postgres(ql)?:/.test(config.databaseUrl) ? MAX_AGE_MS + 250 : 0;

  async function send(sitePaths: string[]): Promise<void> {
    await sendOnce(sitePaths);
    if (againMs && purgeUrl && sitePaths.length)
      setTimeout(() => void sendOnce(sitePaths).catch(() => undefined), againMs).unref();
  }

  async function sendOnce(sitePaths: string[]): Promise<void> {
    if (!purgeUrl || !sitePaths.length) return;
    // Paths inside the site, as the proxy sees them: under the site's prefix, if it has one.
    const base = siteBase();
    const prefix = new URL(base).pathname.replace(/\/+$/, '');
    const origin = new URL(base).origin;
    const paths = sitePaths.map((p) => `${prefix}${p}`);
    const signal = AbortSignal.timeout(TIMEOUT_MS);
    const requests =
      purgeMethod === 'POST'
        ? [
            fetch(purgeUrl, {
              method: 'POST',
              signal,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ paths, urls: paths.map((p) => `${origin}${p}`) }),
            }),
          ]
        : paths.map((p) => fetch(`${purgeUrl}${p}`, { method: 'PURGE', signal }));
    const results = await Promise.allSettled(requests);
    for (const r of results) {
      const problem =
        r.status === 'rejected'
          ? String(r.reason)
          : r.value.ok
            ? undefined
            : `HTTP ${r.value.status}`;
      if (r.status === 'fulfilled') await r.value.body?.cancel();
      if (problem) log.warn({ url: purgeUrl, paths, error: problem }, 'proxy purge failed');
    }
  }

  return {
    /** Whether a proxy is configured. */
    enabled: purgeUrl !== undefined,
    /** Purges these paths. */
    paths: (paths: string[]): Promise<void> => send([...new Set(paths)]),
    /** Purges the pages that show article `id` (its page, home, its sections and tags). */
    async article(id: number): Promise<void> {
      if (!purgeUrl) return;
      try {
        await send([...new Set(await pathsOf(id))]);
      } catch (err) {
        log.warn({ articleId: id, err }, 'proxy purge failed');
      }
    },
  };
}
