/**
 * Several instances behind nginx (PRODUCT.md §9, docs/OPERATIONS.md "Several instances"): three
 * app instances on one PostgreSQL database and one media folder, behind a private nginx that
 * uses the repository's own proxy and purge rules (deploy/nginx/portal-proxy.conf,
 * portal-purge.conf) with TRUST_PROXY=1. Two instances are real processes (dist/main.js, built by
 * the global setup); the third runs in this process so that the test can publish and upload
 * through it (its stop is the one main.ts calls on SIGTERM).
 *
 * Runs when nginx, its cache-purge module and PostgreSQL are present (always in CI, where
 * .ci/run installs them and sets REQUIRE_POSTGRES); otherwise it is skipped with a warning.
 * CLUSTER_KEEP=1 keeps nginx's folder (its logs) for a look after a failure.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { createLogger } from '../../src/lib/log.ts';
import { ROOT } from '../../src/lib/paths.ts';
import { mediaUrl } from '../../src/modules/media/media.ts';
import { emptyDraft } from '../../src/modules/newsroom/newsroom.service.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { MAX_AGE_MS } from '../../src/modules/cache/cache.epoch.notify.ts';
import { jpeg } from '../support/media-fixtures.ts';
import { BROWSER_UA } from '../support/test-app.ts';
import { dialects, freshDb, type TestDb } from '../support/test-db.ts';
import { sectionAndApprover } from '../support/approver.ts';

const run = promisify(execFile);
const NGINX = '/usr/sbin/nginx';
const PURGE_MODULE = '/usr/lib/nginx/modules/ngx_http_cache_purge_module.so';
const missing = [
  ...(dialects.includes('postgres') ? [] : ['PostgreSQL']),
  ...(fs.existsSync(NGINX) ? [] : ['nginx']),
  ...(fs.existsSync(PURGE_MODULE) ? [] : ['libnginx-mod-http-cache-purge']),
];
const required = process.env.REQUIRE_POSTGRES === '1' || process.env.CI !== undefined;
if (missing.length && !required)
  console.warn(`test/ops/cluster.test.ts skipped: no ${missing.join(', ')} on this machine`);

const ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A free loopback port (taken and released). */
async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** One GET/POST over a keep-alive agent: status, headers, body (never throws: status 0 on a network error). */
function request(
  agent: http.Agent,
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string; error?: string }> {
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        agent,
        method: opts.method ?? 'GET',
        headers: {
          'user-agent': BROWSER_UA,
          ...(opts.body !== undefined
            ? { 'content-length': String(Buffer.byteLength(opts.body)) }
            : {}),
          ...opts.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', (e) => resolve({ status: 0, headers: {}, text: '', error: String(e) }));
      },
    );
    req.on('error', (e) => resolve({ status: 0, headers: {}, text: '', error: String(e) }));
    req.end(opts.body);
  });
}

/** The environment every instance gets (real processes and the in-process one alike). */
function instanceEnv(dbUrl: string, media: string, port: number, purgePort: number) {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: dbUrl,
    MEDIA_DIR: media,
    MIGRATE_AT_START: '0',
    SEED_DEMO: '0',
    TRUST_PROXY: '1',
    BASE_URL: 'http://127.0.0.1',
    PURGE_URL: `http://127.0.0.1:${purgePort}`,
    PURGE_METHOD: 'PURGE',
    BACKUP_EVERY_HOURS: '0',
    LOG_LEVEL: 'warn',
  };
}

/** dist/main.js as a child process; resolves with its exit code and output once it exits. */
function spawnMain(env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  const exited = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, output })),
  );
  return { child, exited, output: () => output };
}

/** A real instance: started, and resolved once /readyz answers. */
async function startInstance(env: Record<string, string>) {
  const p = spawnMain(env);
  const url = `http://127.0.0.1:${env.PORT}`;
  const agent = new http.Agent();
  for (let i = 0; ; i++) {
    if (p.child.exitCode !== null) throw new Error(`instance exited: ${p.output()}`);
    if ((await request(agent, `${url}/readyz`)).status === 200) break;
    if (i > 600) throw new Error(`instance not ready: ${p.output()}`);
    await sleep(100);
  }
  agent.destroy();
  return { ...p, url };
}

/** The nginx configuration: machine-specific parts here, the portal's rules from deploy/nginx. */
function nginxConf(dir: string, port: number, purgePort: number, upstreams: number[]): string {
  // As root, nginx would run its workers as `nobody`, who cannot write into this private folder.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `
${user}
load_module ${PURGE_MODULE};
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '$request $status $upstream_addr $upstream_status';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream portal {
    ${upstreams.map((p) => `server 127.0.0.1:${p} max_fails=0;`).join('\n    ')}
    keepalive 32;
    keepalive_timeout 4s;
  }
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=portal:8m max_size=256m inactive=1d use_temp_path=off;
  map $scheme $portal_hsts {
    https "max-age=31536000";
    default "";
  }
  map $http_cookie $portal_staff {
    default 0;
    "~(^|;)\\s*(__Host-)?phien=" 1;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 200m;
    include snippets/portal-locations.conf;
  }
  server {
    listen 127.0.0.1:${purgePort};
    access_log ${dir}/purge.log;
    location / {
      include snippets/portal-purge.conf;
    }
    location @portal_not_cached { return 204; }
  }
}
`;
}

describe.runIf(missing.length === 0 || required)(
  'three instances behind nginx on one PostgreSQL',
  () => {
    let tdb: TestDb;
    let dir: string;
    let media: string;
    let nginxPort: number;
    let purgePort: number;
    let ports: number[];
    let inProcess: RunningServer | undefined;
    const children = new Map<number, Awaited<ReturnType<typeof startInstance>>>();
    let front: string;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    let articleId = 0;
    let articlePath = '';
    let sectionPath = '';
    let approver: Parameters<RunningServer['deps']['newsroom']['create']>[1];
    let env: (port: number) => Record<string, string>;

    const startInProcess = async (port: number) =>
      (inProcess = await startServer(loadConfig(env(port)), { log: createLogger('warn') }));

    beforeAll(async () => {
      expect(missing, 'nginx, its purge module and PostgreSQL are required here').toEqual([]);
      tdb = await freshDb('postgres', { migrate: false });
      dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'portal-cluster-'));
      media = path.join(dir, 'media');
      nginxPort = await freePort();
      purgePort = await freePort();
      ports = [await freePort(), await freePort(), await freePort()];
      front = `http://127.0.0.1:${nginxPort}`;
      env = (port) => instanceEnv(tdb.url, media, port, purgePort);
      // The repository's files, where portal.conf includes them from (snippets/).
      await fsp.symlink(path.join(ROOT, 'deploy', 'nginx'), path.join(dir, 'snippets'));
      await fsp.writeFile(
        path.join(dir, 'nginx.conf'),
        nginxConf(dir, nginxPort, purgePort, ports),
      );
      await run(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-t']);
      await run(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')]);
    }, 120_000);

    afterAll(async () => {
      agent.destroy();
      await inProcess?.stop().catch(() => undefined);
      for (const c of children.values()) {
        c.child.kill('SIGTERM');
        await c.exited;
      }
      const pid = dir
        ? await fsp.readFile(path.join(dir, 'nginx.pid'), 'utf8').catch(() => '')
        : '';
      if (pid.trim()) {
        process.kill(Number(pid), 'SIGQUIT');
        for (let i = 0; i < 50 && fs.existsSync(path.join(dir, 'nginx.pid')); i++) await sleep(100);
      }
      await tdb?.drop();
      if (dir && !process.env.CLUSTER_KEEP) await fsp.rm(dir, { recursive: true, force: true });
      else if (dir) console.info(`kept ${dir}`);
    });

    it('an instance refuses an unmigrated database, `npm run migrate` migrates once, and a newer schema is refused', async () => {
      const unmigrated = await spawnMain(env(ports[0]!)).exited;
      expect(unmigrated.code).toBe(1);
      expect(unmigrated.output).toContain('chưa được chuyển đổi');
      expect(unmigrated.output).toContain('npm run migrate');

      const migrate = () =>
        run(process.execPath, [path.join(ROOT, 'dist', 'migrate.js')], {
          env: { PATH: process.env.PATH, ...env(0) },
        });
      expect((await migrate()).stdout).toContain('Đã áp dụng');
      expect((await migrate()).stdout).toContain('không có gì để chuyển đổi');

      // A release older than the database (a migration it does not know) refuses too.
      const future = '2099-01-01T0000-from-a-newer-release';
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${future}, ${new Date().toISOString()})`.execute(
        tdb.db.kysely,
      );
      const newer = await spawnMain(env(ports[0]!)).exited;
      await sql`DELETE FROM kysely_migration WHERE name = ${future}`.execute(tdb.db.kysely);
      expect(newer.code).toBe(1);
      expect(newer.output).toContain('lược đồ mới hơn');
    }, 120_000);

    it('starts three instances; each scheduled job runs once among them', async () => {
      await startInProcess(ports[0]!);
      for (const port of ports.slice(1)) children.set(port, await startInstance(env(port)));
      // Every instance ticks its job runner at start; a job's lease lets one of them run it.
      await sleep(1000);
      const runs = async (job: string) => {
        let total = 0;
        for (const port of ports) {
          const text = (await request(agent, `http://127.0.0.1:${port}/metrics`)).text;
          for (const m of text.matchAll(
            new RegExp(`^portal_job_runs_total\\{[^}]*job="${job}"[^}]*\\} (\\d+)`, 'gm'),
          ))
            total += Number(m[1]);
        }
        return total;
      };
      for (const job of ['purge-sessions', 'upload-recovery']) expect(await runs(job)).toBe(1);
      const leases = await tdb.db.kysely
        .selectFrom('jobLease')
        .select(['name', 'lastRunAt'])
        .where('name', 'in', ['purge-sessions', 'upload-recovery'])
        .execute();
      expect(leases).toHaveLength(2);
      for (const l of leases) expect(l.lastRunAt).toBeTruthy();
    }, 180_000);

    it('a publish on one instance is on every page through nginx at once (exact purge); an upload on one is served by the others', async () => {
      const deps = inProcess!.deps;
      const made = await sectionAndApprover(deps);
      const sectionId = made.sectionId;
      approver = made.approver;
      const publish = async (title: string) => {
        const id = await deps.newsroom.create(ACTOR, approver, {
          ...emptyDraft(sectionId, 'Tin: Lò Văn Thử'),
          title,
          lead: `${title}: tin vắn.`,
          bodyHtml: '<p>Cây cầu dài 60 mét nối hai bản.</p>',
        });
        for (const step of ['submit', 'forward', 'publish'] as const)
          await deps.newsroom.transition(ACTOR, approver, id, step);
        return id;
      };
      articleId = await publish('Xã Mường Phăng khánh thành cầu treo qua suối Nậm Khẩu Hú');
      sectionPath = '/tin-trong-tinh';
      const home = await request(agent, `${front}/`);
      expect(home.status).toBe(200);
      articlePath = new RegExp(`href="(/tin-trong-tinh/[^"]+-${articleId})"`).exec(home.text)![1]!;

      // Every page is kept by nginx: the second request never reaches an instance.
      const pages = ['/', sectionPath, articlePath];
      for (const p of pages) {
        await request(agent, `${front}${p}`);
        const again = await request(agent, `${front}${p}`);
        expect(again.status, p).toBe(200);
        expect(again.headers['x-proxy-cache'], p).toBe('HIT');
      }

      // A second article published on the in-process instance: the app purges the pages that
      // show it (home, its section, its page, its tags). Another instance may answer from the old
      // epoch until it hears of the change (at most MAX_AGE_MS), so the app purges again after
      // that: from then on every page through nginx shows the change, and keeps showing it.
      const purgeLog = path.join(dir, 'purge.log');
      const purges = async (from: number, p: string) =>
        (await fsp.readFile(purgeLog, 'utf8'))
          .slice(from)
          .split('\n')
          .filter(
            (l) =>
              l.includes(`"PURGE ${p} HTTP/1.1" 200`) || l.includes(`"PURGE ${p} HTTP/1.1" 204`),
          ).length;
      const waitPurges = async (from: number, p: string, n: number) => {
        for (let i = 0; i < 150 && (await purges(from, p)) < n; i++) await sleep(20);
        expect(await purges(from, p), `purges of ${p}`).toBeGreaterThanOrEqual(n);
      };
      const title = 'Điện Biên Phủ đón đoàn khách quốc tế đầu tiên của mùa hoa ban';
      let from = (await fsp.readFile(purgeLog, 'utf8')).length;
      const publishedAt = Date.now();
      const second = await publish(title);
      await waitPurges(from, sectionPath, 1);
      const fresh = async (p: string) => {
        const page = await request(agent, `${front}${p}`);
        return { page, ok: page.status === 200 && page.text.includes(title) };
      };
      // The first purge: normally every instance has heard of the change already.
      for (const p of ['/', sectionPath]) {
        let r = await fresh(p);
        while (!r.ok && Date.now() - publishedAt < MAX_AGE_MS + 1000) {
          await sleep(50);
          r = await fresh(p);
        }
        expect(r.ok, `${p} via ${String(r.page.headers['x-upstream'])}`).toBe(true);
      }
      // After the second purge, whatever nginx kept meanwhile is gone; the change stays.
      await sleep(publishedAt + MAX_AGE_MS + 1000 - Date.now());
      for (const p of ['/', sectionPath]) {
        const page = await request(agent, `${front}${p}`);
        expect(page.text.includes(title), p).toBe(true);
        expect(page.text, p).toContain(`-${second}"`);
        const again = await request(agent, `${front}${p}`);
        expect(again.headers['x-proxy-cache'], p).toBe('HIT');
        expect(again.text.includes(title), p).toBe(true);
      }
      const secondPath = new RegExp(`href="(/tin-trong-tinh/[^"]+-${second})"`).exec(
        (await request(agent, `${front}/`)).text,
      )![1]!;
      await request(agent, `${front}${secondPath}`);
      expect((await request(agent, `${front}${secondPath}`)).headers['x-proxy-cache']).toBe('HIT');

      // A withdrawal drops the article's page and the listings that showed it, the same way.
      from = (await fsp.readFile(purgeLog, 'utf8')).length;
      await deps.newsroom.transition(ACTOR, approver, second, 'withdraw', { note: 'Đăng nhầm' });
      const withdrawnAt = Date.now();
      await waitPurges(from, secondPath, 1);
      const gone = async () => {
        const page = await request(agent, `${front}${secondPath}`);
        const listings = await Promise.all(
          ['/', sectionPath].map((p) => request(agent, `${front}${p}`)),
        );
        return page.status >= 400 && listings.every((l) => !l.text.includes(title));
      };
      let ok = await gone();
      while (!ok && Date.now() - withdrawnAt < MAX_AGE_MS + 1000) {
        await sleep(50);
        ok = await gone();
      }
      expect(ok).toBe(true);
      await sleep(withdrawnAt + MAX_AGE_MS + 1000 - Date.now());
      expect(await gone()).toBe(true);

      // An upload through one instance is served by each of the others, and through nginx.
      const [up] = await deps.media.upload(ACTOR, [
        { name: 'Cầu treo.jpg', data: await jpeg(800, 600, 5) },
      ]);
      expect(up?.ok).toBe(true);
      if (!up?.ok) return;
      for (const url of [...ports.slice(1).map((p) => `http://127.0.0.1:${p}`), front]) {
        const file = await fetch(`${url}${mediaUrl(up.media.key)}`);
        expect(file.status, url).toBe(200);
        expect(file.headers.get('content-type')).toBe('image/jpeg');
        expect((await file.arrayBuffer()).byteLength).toBe(up.media.byteSize);
      }
    }, 180_000);

    it('a rolling restart under continuous load loses no request and no read', async () => {
      expect(articleId).toBeGreaterThan(0);
      const readsBefore = await readCount(tdb, articleId);
      let stop = false;
      let reader = 0;
      const failures: string[] = [];
      let requests = 0;
      const counted = new Set<number>();
      const mix = [
        () => request(agent, `${front}/`),
        () => request(agent, `${front}${articlePath}`),
        () => request(agent, `${front}${sectionPath}?trang=1`),
        () => request(agent, `${front}/tim-kiem?q=${encodeURIComponent('cầu treo')}`),
        async () => {
          const r = ++reader;
          // Distinct readers by user agent (every request reaches the app from nginx's address);
          // every fifth one reloads, on whatever instance nginx picks: not a new read.
          const send = () =>
            request(agent, `${front}/api/dem`, {
              method: 'POST',
              headers: { 'content-type': 'text/plain', 'user-agent': `${BROWSER_UA} r${r}` },
              body: JSON.stringify({ t: 'article', a: articleId }),
            });
          const res = await send();
          if (res.status === 204) counted.add(r);
          if (r % 5 === 0) await send();
          return res;
        },
      ];
      const worker = async (w: number) => {
        for (let i = w; !stop; i++) {
          const res = await mix[i % mix.length]!();
          requests++;
          if (res.status < 200 || res.status >= 400)
            failures.push(`${res.status} ${res.error ?? res.text.slice(0, 120)}`);
        }
      };
      const load = Array.from({ length: 8 }, (_, w) => worker(w));

      const restartLog: string[] = [];
      await sleep(1500);
      for (const port of ports) {
        const before = requests;
        const child = children.get(port);
        if (child) {
          child.child.kill('SIGTERM');
          const { code } = await child.exited;
          expect(code, `instance ${port} stopped gracefully`).toBe(0);
          await sleep(1000);
          children.set(port, await startInstance(env(port)));
        } else {
          await inProcess!.stop();
          await sleep(1000);
          await startInProcess(port);
        }
        await sleep(1500);
        restartLog.push(
          `${port}: ${requests - before} requests while restarting (until ${new Date().toISOString()})`,
        );
      }
      stop = true;
      await Promise.all(load);
      console.info(
        `rolling restart: ${requests} requests, ${failures.length} failed, ${counted.size} reads; ${restartLog.join('; ')}`,
      );
      expect(failures).toEqual([]);
      expect(requests).toBeGreaterThan(100);
      expect(counted.size).toBeGreaterThan(20);

      // Every instance flushes its pending reads when it stops: stop them all, then count.
      await inProcess!.stop();
      inProcess = undefined;
      for (const [port, c] of children) {
        c.child.kill('SIGTERM');
        expect((await c.exited).code).toBe(0);
        children.delete(port);
      }
      expect((await readCount(tdb, articleId)) - readsBefore).toBe(counted.size);
    }, 300_000);
  },
);

async function readCount(tdb: TestDb, id: number): Promise<number> {
  const row = await tdb.db.kysely
    .selectFrom('article')
    .select('readCount')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.readCount);
}
