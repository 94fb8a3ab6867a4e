/**
 * PostgreSQL: the content epoch kept in memory, so that a cached page costs no database round
 * trip. A trigger on `cache_epoch` (migration 2026-12-07T1810) sends `NOTIFY cache_epoch, '<site>
 * <n>'` when a site's epoch moves; one dedicated connection LISTENs and records the values.
 *
 * Staleness bound: a change made by another instance is seen when its notification arrives
 * (sent at commit; normally well under a millisecond on the same network), and in any case within
 * MAX_AGE_MS: a value older than that is read from the database again (one read per site per
 * second at most), so a lost notification cannot keep a page stale longer. A change made by this
 * process is seen at once: after any write statement of this process (`Db.writes`), the next
 * request of each site reads the epoch from the database. While the listening connection is
 * down (and until it listens again), every request reads the database, as without it.
 */
import pg from 'pg';
import type { Logger } from '../../lib/log.ts';

/** How long a value stays usable without a notification (ms). */
export const MAX_AGE_MS = 1000;
const RETRY_MS = 1000;

export function epochNotifications(opts: {
  url: string;
  log: Logger;
  /** How many write statements this process has completed (Db.writes). */
  writes: () => number;
  now?: () => number;
}) {
  const now = opts.now ?? Date.now;
  const known = new Map<number, { n: number; at: number; writes: number }>();
  let client: pg.Client | undefined;
  let up = false;
  let closed = false;
  /** Moves on every (dis)connection: a read started before one is not recorded. */
  let generation = 0;

  function down(): void {
    up = false;
    known.clear();
    generation++;
    client = undefined;
  }

  async function connect(): Promise<void> {
    if (closed) return;
    const c = new pg.Client({ connectionString: opts.url });
    c.on('notification', (m) => {
      if (m.channel !== 'cache_epoch' || !m.payload) return;
      const [site, n] = m.payload.split(' ').map(Number);
      if (!Number.isFinite(site) || !Number.isFinite(n)) return;
      const k = known.get(site!);
      if (k && n! > k.n) {
        k.n = n!;
        k.at = now();
      }
    });
    const retry = () => {
      if (client === c || !up) down();
      if (!closed) setTimeout(() => void connect(), RETRY_MS).unref();
    };
    c.on('error', (err) => {
      opts.log.warn({ err }, 'cache epoch notifications lost; reading the epoch per request');
      void c.end().catch(() => undefined);
    });
    c.on('end', () => {
      if (client === c) retry();
    });
    try {
      await c.connect();
      await c.query('LISTEN cache_epoch');
      if (closed) {
        await c.end();
        return;
      }
      client = c;
      generation++;
      up = true;
    } catch (err) {
      opts.log.warn({ err }, 'cache epoch notifications unavailable; retrying');
      void c.end().catch(() => undefined);
      retry();
    }
  }

  return {
    start: connect,
    async stop(): Promise<void> {
      closed = true;
      const c = client;
      down();
      await c?.end().catch(() => undefined);
    },
    /** A site's epoch from memory, when it is known, recent, and this process wrote nothing since. */
    get(siteId: number): number | undefined {
      if (!up) return undefined;
      const k = known.get(siteId);
      if (!k || k.writes !== opts.writes() || now() - k.at > MAX_AGE_MS) return undefined;
      return k.n;
    },
    /** Reads a site's epoch with `read` and records it (unless the connection changed meanwhile). */
    async read(siteId: number, read: () => Promise<number>): Promise<number> {
      const g = generation;
      const writes = opts.writes();
      const at = now();
      const n = await read();
      if (up && g === generation) {
        const k = known.get(siteId);
        if (!k || n >= k.n) known.set(siteId, { n, at, writes });
      }
      return n;
    },
  };
}
