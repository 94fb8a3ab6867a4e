import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The portal's Prometheus metrics (prom-client), one registry per running app (tests build
 * many apps in one process; the library's global registry would mix them).
 *
 * What is measured where: every HTTP answer, cached ones too, by the Node listener
 * (`metrics.listener.ts`); database statements by the query hook `connect` is given; job runs by
 * the job runner's `onRun`; gauges that describe a state (pending reads, the pool, the last
 * backup) are read when Prometheus scrapes, from the `sources` wired in `services.ts`.
 */
export interface MetricSources {
  /** Reads and visits counted in memory, not yet written (grows while the database is away). */
  pendingReads?: () => number;
  /** The PostgreSQL pool (SQLite has none). */
  pool?: () => { total: number; idle: number; waiting: number } | undefined;
  /** When the newest successful backup finished (undefined: none yet). */
  lastBackup?: () => Promise<Date | undefined>;
  /** Entries and bytes of the in-process page cache. */
  pageCache?: () => { entries: number; bytes: number } | undefined;
}

/** Latency buckets in seconds: a cached page answers in well under a millisecond. */
const HTTP_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];
const DB_BUCKETS = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5];

/** The kinds of path a request is counted under (a label must not take one value per URL). */
export type RouteClass =
  | 'page'
  | 'search'
  | 'feed'
  | 'count'
  | 'media'
  | 'static'
  | 'admin'
  | 'admin-api'
  | 'api'
  | 'probe';

/**
 * The class of a request path (a prefixed site's path included: `/xa/muong-nhe/tim-kiem` is a
 * search). Bounded on purpose: URLs never become label values.
 */
export function routeClass(rawPath: string): RouteClass {
  const p = rawPath.split('?')[0] ?? '/';
  if (/^\/(healthz|readyz|metrics)$/.test(p)) return 'probe';
  if (p.startsWith('/static/') || /^\/favicon\.(svg|ico)$/.test(p)) return 'static';
  if (p.startsWith('/media/')) return 'media';
  if (/(^|\/)quan-tri\/api(\/|$)/.test(p)) return 'admin-api';
  if (/(^|\/)quan-tri(\/|$)/.test(p)) return 'admin';
  if (/(^|\/)api\/dem(\.gif)?$/.test(p)) return 'count';
  if (/(^|\/)tim-kiem(\/|$)/.test(p)) return 'search';
  if (/(^|\/)api(\/|$)/.test(p)) return 'api';
  if (/(\.xml|\/rss|\/robots\.txt|\/opensearch\.xml)$/.test(p) || /(^|\/)rss(\/|$)/.test(p))
    return 'feed';
  return 'page';
}

/** Builds the registry and the metrics; `sources` are read at each scrape. */
export function createMetrics(opts: { defaults?: boolean } = {}) {
  const registry = new Registry();
  let sources: MetricSources = {};
  if (opts.defaults !== false) collectDefaultMetrics({ register: registry, prefix: 'portal_' });

  const requests = new Counter({
    name: 'portal_http_requests_total',
    help: 'HTTP requests answered, by route class, method and status (cached answers included).',
    labelNames: ['class', 'method', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'portal_http_request_duration_seconds',
    help: 'Time from the request to the end of the answer, by route class.',
    labelNames: ['class'] as const,
    buckets: HTTP_BUCKETS,
    registers: [registry],
  });
  const cache = new Counter({
    name: 'portal_page_cache_total',
    help: 'Public page answers by page-cache outcome (hit, miss, bypass, stale).',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const queries = new Histogram({
    name: 'portal_db_statement_duration_seconds',
    help: 'Database statements sent through Kysely, by outcome.',
    labelNames: ['outcome'] as const,
    buckets: DB_BUCKETS,
    registers: [registry],
  });
  const jobRuns = new Counter({
    name: 'portal_job_runs_total',
    help: 'Scheduled job runs on this instance, by job and outcome (ok, failed).',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
  });
  const jobSeconds = new Histogram({
    name: 'portal_job_duration_seconds',
    help: 'How long scheduled job runs took, by job.',
    labelNames: ['job'] as const,
    buckets: [0.01, 0.1, 1, 10, 60, 600],
    registers: [registry],
  });
  new Gauge({
    name: 'portal_stats_pending_reads',
    help: 'Counted reads and visits held in memory, not yet written to the database.',
    registers: [registry],
    collect() {
      this.set(sources.pendingReads?.() ?? 0);
    },
  });
  new Gauge({
    name: 'portal_db_pool_connections',
    help: 'PostgreSQL pool connections by state (total, idle, waiting clients).',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const p = sources.pool?.();
      if (!p) return;
      this.set({ state: 'total' }, p.total);
      this.set({ state: 'idle' }, p.idle);
      this.set({ state: 'waiting' }, p.waiting);
    },
  });
  new Gauge({
    name: 'portal_page_cache_bytes',
    help: 'Bytes held by the in-process page cache.',
    registers: [registry],
    collect() {
      const c = sources.pageCache?.();
      if (c) this.set(c.bytes);
    },
  });
  new Gauge({
    name: 'portal_backup_age_seconds',
    help: 'Seconds since the newest successful backup finished (-1: none recorded, or the database is unavailable).',
    registers: [registry],
    async collect() {
      let age = -1;
      try {
        const at = await sources.lastBackup?.();
        if (at) age = Math.max(0, (Date.now() - at.getTime()) / 1000);
      } catch {
        // The database is away: the scrape still answers (the other metrics matter most then).
      }
      this.set(age);
    },
  });

  return {
    registry,
    /** Sets where the state gauges read from (called once the services exist). */
    setSources(s: MetricSources): void {
      sources = s;
    },
    /** Records one HTTP answer; `xcache` is the answer's X-Cache header, if any. */
    request(path: string, method: string, status: number, seconds: number, xcache?: string) {
      const cls = routeClass(path);
      requests.inc({ class: cls, method: method === 'HEAD' ? 'GET' : method, status });
      latency.observe({ class: cls }, seconds);
      if (xcache) cache.inc({ result: xcache.toLowerCase() });
    },
    /** Records one database statement (from the query hook of `connect`). */
    query: (seconds: number, failed: boolean): void => {
      queries.observe({ outcome: failed ? 'error' : 'ok' }, seconds);
    },
    /** Records one scheduled job run (from the job runner). */
    jobRun: (job: string, ok: boolean, seconds: number): void => {
      jobRuns.inc({ job, outcome: ok ? 'ok' : 'failed' });
      jobSeconds.observe({ job }, seconds);
    },
    /** The exposition text and its content type. */
    async render(): Promise<{ body: string; contentType: string }> {
      return { body: await registry.metrics(), contentType: registry.contentType };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
