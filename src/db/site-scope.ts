import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The site whose rows a piece of work reads and writes. A request runs inside the scope of its
 * site (modules/platform's middleware, and the page-cache listener for cached pages); jobs that
 * work for one site run inside `withSite`. Repositories filter and stamp rows with
 * `currentSiteId()`, so no query of one site's request can reach another site's rows.
 *
 * Outside any scope (start-up, the demo seed, unit tests, jobs that work across sites on
 * purpose) the scope is the province, site 1, the only site of a single-site install.
 */
const scope = new AsyncLocalStorage<number>();

/** The province's site, made by the sites migration. */
export const DEFAULT_SITE_ID = 1;

/** Runs `fn` (and everything it awaits) for site `siteId`. */
export function withSite<T>(siteId: number, fn: () => T): T {
  return scope.run(siteId, fn);
}

/** The site of the work in progress (the province outside any scope). */
export function currentSiteId(): number {
  return scope.getStore() ?? DEFAULT_SITE_ID;
}
