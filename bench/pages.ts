/**
 * `npm run bench pages [-- --articles N --seconds S]`: the public pages under load, against the
 * limit of this machine.
 * 1. Builds a reproducible corpus (seeded; 100,000 articles by default) in a temporary SQLite
 *    database next to the demo content.
 * 2. Starts the app (dist/main.js, production) as a child process, cache on, then cache off
 *    (PAGE_CACHE=0), and loads the article, home, section and search pages over loopback with
 *    wrk at 50 connections, as a browser asks for them (Accept-Encoding: br, gzip).
 * 3. Serves the very same bytes (status, headers, body as the app sent them) from a minimal Node
 *    `http` server holding them in memory (bench/limit-server.mjs) and prints app / limit.
 * Also: the server's CPU time per request, start-up time, the app's memory (RSS now and at its
 * peak), an article page's weight, and the machine's load average (other processes share the
 * cores: wall-clock figures move with it).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../src/config/config.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { epochMigrationHooks } from '../src/modules/cache/cache.epoch.ts';
import { seedDemo } from '../src/seed/seed.ts';
import { ROOT } from '../src/lib/paths.ts';
import { buildDeps } from '../src/services.ts';
import { BENCH_MEDIA_DIR, memoryMb, startApp } from './app-process.ts';
import type { BenchRows, Scenario } from './bench.ts';
import { generateCorpus } from './corpus.ts';
import { rushBench } from './rush.ts';
import { wrk, type WrkResult } from './wrk.ts';

const CONNECTIONS = 50;
export const BROWSER = {
  'user-agent':
    'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  'accept-encoding': 'br, gzip',
};

/** One response as sent on the wire (body still compressed). */
interface Raw {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** GET without decoding (fetch would decompress): the exact bytes the server sent. */
export function getRaw(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const h: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) {
            if (
              v !== undefined &&
              !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(k)
            )
              h[k] = Array.isArray(v) ? v.join(', ') : v;
          }
          resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
        });
      })
      .on('error', reject);
  });
}

/** Migrates, seeds the demo content and adds `articles` generated ones; returns the build time in s. */
export async function buildCorpus(dbFile: string, articles: number): Promise<number> {
  const url = `sqlite:${dbFile}`;
  const db = connect(url);
  const t0 = performance.now();
  try {
    await migrateToLatest(db, epochMigrationHooks);
    const deps = buildDeps(
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: url,
        MEDIA_DIR: BENCH_MEDIA_DIR,
        LOG_LEVEL: 'silent',
      }),
      db,
    );
    await seedDemo(db, deps.media);
    await generateCorpus(db, articles);
  } finally {
    await db.close();
  }
  return (performance.now() - t0) / 1000;
}

/** The pages measured: a generated article in the middle of the corpus, home, a section, a search. */
function pagesOf(dbFile: string): { name: string; path: string }[] {
  const db = new SQLite(dbFile, { readonly: true });
  try {
    const { n } = db
      .prepare("select count(*) as n from article where status = 'published'")
      .get() as { n: number };
    const a = db
      .prepare(
        "select a.id, a.slug, s.slug as section from article a join section s on s.id = a.section_id where a.status = 'published' order by a.id limit 1 offset ?",
      )
      .get(Math.floor(n / 2)) as { id: number; slug: string; section: string };
    return [
      { name: 'article', path: `/${a.section}/${a.slug}-${a.id}` },
      { name: 'home', path: '/' },
      { name: 'section', path: '/tin-trong-tinh' },
      { name: 'search', path: `/tim-kiem?q=${encodeURIComponent('điện biên')}` },
    ];
  } finally {
    db.close();
  }
}

/** Starts the limit server on the captured responses; resolves with its URL and a stop. */
async function startLimit(
  dir: string,
  captured: Map<string, Raw>,
): Promise<{ url: string; pid: number; stop: () => void }> {
  const manifest = [...captured].map(([p, r], i) => {
    const bodyFile = path.join(dir, `limit-${i}.bin`);
    fs.writeFileSync(bodyFile, r.body);
    return { path: p, status: r.status, headers: r.headers, bodyFile };
  });
  const file = path.join(dir, 'limit.json');
  fs.writeFileSync(file, JSON.stringify(manifest));
  const child = spawn(process.execPath, [path.join(ROOT, 'bench', 'limit-server.mjs'), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => {
      const m = /listening (\d+)/.exec(b.toString());
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the limit server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; USER_HZ is 100). */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** One measured load: wrk's figures, the server's CPU time per request (µs) and the load average after it. */
type Measured = WrkResult & { cpuUs: number; load: number };

/**
 * wrk at 50 connections after a short warm-up (JIT, first fill of the cache), with the server's
 * own CPU time per request: other processes on the machine move the rates, much less this.
 */
async function load(url: string, seconds: number, pid: number): Promise<Measured> {
  await wrk(url, { seconds: 2, connections: CONNECTIONS, headers: BROWSER });
  const t0 = cpuMs(pid);
  const r = await wrk(url, { seconds, connections: CONNECTIONS, headers: BROWSER });
  const cpuUs = ((cpuMs(pid) - t0) * 1000) / Math.max(1, r.requestsPerSec * seconds);
  return { ...r, cpuUs, load: os.loadavg()[0]! };
}

/** An article page's HTML, CSS and JavaScript as sent compressed, in bytes (images aside). */
async function pageWeight(base: string, raw: Raw): Promise<number> {
  const html = (
    raw.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(raw.body) : raw.body
  ).toString();
  const assets = new Set(
    [...html.matchAll(/(?:href|src)="(\/static\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!),
  );
  let total = raw.body.length;
  for (const a of assets) total += (await getRaw(`${base}${a}`, BROWSER)).body.length;
  return total;
}

export const pagesBench: Scenario = {
  name: 'pages',
  description:
    'article, home, section and search pages with wrk (50 connections, br): cache on, cache off, and the limit (same bytes from a minimal Node server)',
  async run(opts): Promise<BenchRows> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-pages-'));
    const dbFile = path.join(dir, 'portal.db');
    const rows: BenchRows = [];
    const notes: BenchRows = [];
    try {
      notes.push({
        measure: 'machine',
        value: `${os.cpus().length} cores, load average ${os
          .loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')} at start`,
      });
      const buildSec = await buildCorpus(dbFile, opts.articles);
      notes.push({
        measure: `corpus: ${opts.articles} generated articles + demo content, built in`,
        value: `${buildSec.toFixed(1)} s`,
      });
      if (opts.editsEveryMs) {
        rows.push(
          ...(await rushBench(dbFile, dir, {
            seconds: opts.seconds,
            editsEveryMs: opts.editsEveryMs,
          })),
        );
        for (const n of notes) rows.push({ load: String(n.measure), run: String(n.value) });
        return rows;
      }
      const pages = pagesOf(dbFile);
      const captured = new Map<string, Raw>();
      const results = new Map<string, Measured>();
      for (const mode of ['on', 'off'] as const) {
        const app = await startApp(dbFile, {
          PAGE_CACHE: mode === 'on' ? '1' : '0',
          SEED_DEMO: 'false',
        });
        notes.push({
          measure: `start-up, cache ${mode} (spawn → listening; target < 2 s)`,
          value: `${Math.round(app.startMs)} ms`,
        });
        try {
          for (const p of pages) {
            const first = await getRaw(`${app.url}${p.path}`, BROWSER);
            if (first.status !== 200) {
              if (mode === 'on')
                notes.push({
                  measure: `${p.name} (${p.path})`,
                  value: `skipped: HTTP ${first.status}`,
                });
              continue;
            }
            if (mode === 'on') {
              const raw = await getRaw(`${app.url}${p.path}`, BROWSER);
              captured.set(p.path, raw);
              if (p.name === 'article')
                notes.push({
                  measure: 'article page: HTML + CSS + JS as sent, compressed (target ≤ 60 KB)',
                  value: `${((await pageWeight(app.url, raw)) / 1024).toFixed(1)} KB`,
                });
            }
            results.set(
              `${p.name}|${mode}`,
              await load(`${app.url}${p.path}`, opts.seconds, app.child.pid!),
            );
          }
          const mem = memoryMb(app.child.pid!);
          notes.push({
            measure: `app memory after the load, cache ${mode} (RSS / peak; target < 200 MB)`,
            value: `${mem.rss.toFixed(0)} / ${mem.peak.toFixed(0)} MB`,
          });
        } finally {
          await app.stop();
        }
      }
      const limit = await startLimit(dir, captured);
      try {
        for (const p of pages)
          if (captured.has(p.path))
            results.set(
              `${p.name}|limit`,
              await load(`${limit.url}${p.path}`, opts.seconds, limit.pid),
            );
      } finally {
        limit.stop();
      }
      for (const p of pages) {
        const lim = results.get(`${p.name}|limit`);
        if (!lim) continue;
        for (const mode of ['on', 'off', 'limit'] as const) {
          const r = results.get(`${p.name}|${mode}`);
          if (!r) continue;
          rows.push({
            page: p.name,
            server: mode === 'limit' ? 'limit (node http)' : `app, cache ${mode}`,
            'req/s': Math.round(r.requestsPerSec),
            'p50 ms': r.p50Ms.toFixed(2),
            'p99 ms': r.p99Ms.toFixed(2),
            'app/limit': mode === 'limit' ? '' : (r.requestsPerSec / lim.requestsPerSec).toFixed(2),
            'CPU µs/req': Math.round(r.cpuUs),
            'KB sent': (captured.get(p.path)!.body.length / 1024).toFixed(1),
            errors: r.non2xx + r.timeouts,
            load: r.load.toFixed(2),
          });
        }
      }
      for (const n of notes) rows.push({ page: String(n.measure), server: String(n.value) });
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
