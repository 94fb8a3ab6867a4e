/**
 * A per-client request limit kept in memory (per instance): at most `limit` requests per
 * fixed window of `windowMs` for each key (an address group, http/client-address.ts). Memory
 * is bounded: the counts are dropped when the window turns, and once `maxKeys` clients are
 * counted in one window a new one is refused until it turns (a flood from many addresses
 * cannot grow the map).
 */
export function fixedWindowLimiter(opts: {
  limit: number;
  windowMs: number;
  maxKeys?: number;
  clock?: () => number;
}) {
  const now = opts.clock ?? Date.now;
  const maxKeys = opts.maxKeys ?? 50_000;
  let window = -1;
  let counts = new Map<string, number>();
  return {
    /** Counts a request of `key`; false when it is over the limit (answer 429). */
    allow(key: string): boolean {
      const w = Math.floor(now() / opts.windowMs);
      if (w !== window) {
        window = w;
        counts = new Map();
      }
      const n = counts.get(key);
      if (n === undefined && counts.size >= maxKeys) return false;
      const next = (n ?? 0) + 1;
      counts.set(key, next);
      return next <= opts.limit;
    },
    /** Seconds until the current window turns (the Retry-After of a refusal). */
    retryAfter(): number {
      return Math.max(1, Math.ceil((opts.windowMs - (now() % opts.windowMs)) / 1000));
    },
  };
}
