import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { routeClass } from '../../src/modules/metrics/metrics.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { BROWSER_UA, testApp, TEST_MEDIA_DIR } from '../support/test-app.ts';
import { dialects, freshDb, type TestDb } from '../support/test-db.ts';

const TOKEN = 'a-long-enough-scrape-token-0123456789';
const loopback = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };
const remote = { incoming: { socket: { remoteAddress: '203.0.113.9' } } };

/** The value of one sample line (`name{labels} value`), or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('routeClass', () => {
  it('puts every path in one of a few classes, prefixed sites included', () => {
    const cases: [string, string][] = [
      ['/', 'page'],
      ['/tin-tuc/mot-bai-12', 'page'],
      ['/xa/muong-nhe/tin-tuc', 'page'],
      ['/tim-kiem?q=a', 'search'],
      ['/xa/muong-nhe/tim-kiem/goi-y', 'search'],
      ['/static/site.abc.css', 'static'],
      ['/favicon.ico', 'static'],
      ['/media/2026/12/a.jpg', 'media'],
      ['/quan-tri/bai-viet', 'admin'],
      ['/quan-tri/api/media', 'admin-api'],
      ['/api/dem', 'count'],
      ['/xa/muong-nhe/api/dem.gif', 'count'],
      ['/sitemap.xml', 'feed'],
      ['/rss', 'feed'],
      ['/robots.txt', 'feed'],
      ['/healthz', 'probe'],
      ['/metrics', 'probe'],
    ];
    for (const [p, c] of cases) expect(routeClass(p), p).toBe(c);
  });
});

describe.each(dialects)('/metrics in process, on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let withToken: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    t = await testApp(dialect, { seed: false });
    withToken = await testApp(dialect, { seed: false, env: { METRICS_TOKEN: TOKEN } });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await withToken?.close();
  });

  it('answers a scraper on this machine only: not through a proxy, not from elsewhere', async () => {
    const ok = await t.app.request('/metrics', {}, loopback);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(await ok.text()).toContain('# TYPE portal_http_requests_total counter');

    expect((await t.app.request('/metrics', {}, remote)).status).toBe(404);
    expect((await t.app.request('/metrics')).status).toBe(404);
    // nginx on the same machine connects from loopback but says whom it forwards.
    for (const h of ['x-forwarded-for', 'x-real-ip', 'forwarded'])
      expect(
        (await t.app.request('/metrics', { headers: { [h]: '198.51.100.7' } }, loopback)).status,
        h,
      ).toBe(404);
  });

  it('with METRICS_TOKEN: the bearer token from anywhere, nothing without it', async () => {
    const auth = (v: string) => ({ headers: { authorization: v } });
    expect((await withToken.app.request('/metrics', {}, loopback)).status).toBe(404);
    expect((await withToken.app.request('/metrics', auth(`Bearer ${TOKEN}x`), remote)).status).toBe(
      404,
    );
    expect((await withToken.app.request('/metrics', auth('Bearer '), remote)).status).toBe(404);
    const ok = await withToken.app.request('/metrics', auth(`Bearer ${TOKEN}`), remote);
    expect(ok.status).toBe(200);
  });

  it('reports pending reads, job runs and the age of the last backup', async () => {
    const scrape = async () => (await t.app.request('/metrics', {}, loopback)).text();
    expect(sample(await scrape(), 'portal_backup_age_seconds')).toBe(-1);
    expect(sample(await scrape(), 'portal_stats_pending_reads')).toBe(0);

    for (const ip of ['198.51.100.20', '198.51.100.21'])
      expect(await t.deps.stats.record({ siteId: 1, ip, userAgent: BROWSER_UA })).toBe('counted');
    expect(sample(await scrape(), 'portal_stats_pending_reads')).toBe(2);
    await t.deps.stats.flush();
    expect(sample(await scrape(), 'portal_stats_pending_reads')).toBe(0);

    await t.deps.jobs.tick();
    const text = await scrape();
    expect(sample(text, 'portal_job_runs_total{job="purge-sessions",outcome="ok"}')).toBe(1);
    expect(sample(text, 'portal_job_duration_seconds_count{job="purge-sessions"}')).toBe(1);

    const finished = new Date(Date.now() - 3600_000);
    await t.db.kysely
      .insertInto('backupRun')
      .values({
        startedAt: finished.toISOString(),
        finishedAt: finished.toISOString(),
        ok: 1,
        archive: 'portal-x',
        bytes: 1,
        rowCount: 1,
        files: 0,
        removed: 0,
        message: '',
      })
      .execute();
    const age = sample(await scrape(), 'portal_backup_age_seconds')!;
    expect(age).toBeGreaterThanOrEqual(3600);
    expect(age).toBeLessThan(3700);
  });
});

describe.each(dialects)('/metrics of a running server, on %s', (dialect) => {
  let tdb: TestDb | undefined;
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-metrics-'));
    let url = `sqlite:${path.join(dir, 'portal.db')}`;
    if (dialect === 'postgres') {
      tdb = await freshDb('postgres', { migrate: false });
      url = tdb.url;
    }
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: url,
        MIGRATE_AT_START: '1',
        SEED_DEMO: '0',
        MEDIA_DIR: TEST_MEDIA_DIR,
      }),
    );
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await tdb?.drop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('counts every answer by class and status, cached ones too, with latency, statements and the pool', async () => {
    const get = (p: string) => fetch(`${server.url}${p}`);
    expect((await get('/')).status).toBe(200);
    const hit = await get('/');
    expect(hit.headers.get('x-cache')).toBe('HIT');
    await hit.text();
    expect((await get('/khong-co-trang-nay')).status).toBe(404);
    await get('/healthz');

    const r = await get('/metrics');
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(sample(text, 'portal_http_requests_total{class="page",method="GET",status="200"}')).toBe(
      2,
    );
    expect(sample(text, 'portal_http_requests_total{class="page",method="GET",status="404"}')).toBe(
      1,
    );
    expect(
      sample(text, 'portal_http_requests_total{class="probe",method="GET",status="200"}'),
    ).toBe(1);
    expect(sample(text, 'portal_page_cache_total{result="hit"}')).toBe(1);
    expect(sample(text, 'portal_page_cache_total{result="miss"}')).toBe(1);
    expect(sample(text, 'portal_http_request_duration_seconds_count{class="page"}')).toBe(3);
    expect(
      sample(text, 'portal_db_statement_duration_seconds_count{outcome="ok"}'),
    ).toBeGreaterThan(0);
    expect(text).toContain('portal_process_resident_memory_bytes');
    expect(text).toContain('portal_page_cache_bytes');
    if (dialect === 'postgres')
      expect(sample(text, 'portal_db_pool_connections{state="total"}')).toBeGreaterThan(0);
  }, 60_000);
});
