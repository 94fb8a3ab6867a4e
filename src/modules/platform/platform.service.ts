import { withSite } from '../../db/site-scope.ts';
import type { Logger } from '../../lib/log.ts';
import type { PlatformRepository } from './platform.repository.ts';
import { normaliseHost, siteDirectory, type Resolved, type SiteDirectory } from './platform.ts';

/**
 * The sites of the install as every request sees them: an in-memory directory loaded at start,
 * reloaded at once when this instance changes a site and every few seconds for changes made by
 * other instances (a new site answers on them within `RELOAD_MS`).
 */
export function platformService(deps: {
  repo: PlatformRepository;
  /** The province's address (BASE_URL): its host always reaches the province. */
  baseUrl: string;
  log: Logger;
}) {
  // The province answers on its own host and on this machine's loopback names (a development
  // start, a health check, a proxy on the same machine); other sites only on theirs.
  const provinceHosts = [
    normaliseHost(new URL(deps.baseUrl).host),
    'localhost',
    '127.0.0.1',
    '[::1]',
  ];
  let dir: SiteDirectory = siteDirectory([], provinceHosts);
  let loaded = false;
  let timer: NodeJS.Timeout | undefined;
  let loading: Promise<void> | undefined;

  async function load(): Promise<void> {
    loading ??= deps.repo
      .all()
      .then((sites) => {
        dir = siteDirectory(sites, provinceHosts);
        loaded = true;
      })
      .finally(() => (loading = undefined));
    return loading;
  }

  return {
    /** Loads the directory (at start, and after a change of the sites). */
    load,

    /** Whether the directory was loaded (the server loads it before listening). */
    loaded: (): boolean => loaded,

    /** The directory as loaded last. */
    directory: (): SiteDirectory => dir,

    /** The site of a request's host and path (undefined: an unknown host of a multi-site install). */
    resolve: (host: string | undefined, path: string): Resolved | undefined =>
      dir.resolve(host, path),

    /** Reloads every `ms` for changes made by other instances. */
    watch(ms: number): void {
      timer ??= setInterval(() => {
        load().catch((err: unknown) => deps.log.warn({ err }, 'site directory reload failed'));
      }, ms);
      timer.unref();
    },

    stop(): void {
      if (timer) clearInterval(timer);
      timer = undefined;
    },

    /** Runs `fn` for each site in turn, inside its scope (jobs that work per site). */
    async eachSite(fn: (siteId: number) => Promise<void>): Promise<void> {
      for (const s of dir.sites) await withSite(s.id, () => fn(s.id));
    },
  };
}

export type PlatformService = ReturnType<typeof platformService>;

/** How often instances look for sites added or changed elsewhere. */
export const RELOAD_MS = 5_000;
