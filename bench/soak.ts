/**
 * `npm run bench soak [-- --minutes 10]`: a long run of mixed traffic against one app process
 * (dist/main.js, production mode, SQLite with the demo content, TRUST_PROXY=1), to see what only
 * time shows: errors, memory that grows, file descriptors or database handles that leak, a p99
 * that drifts.
 *
 * Load: wrk at 50 connections, one run per minute (so p99 is per minute), on a mix of public
 * pages (home, sections, the newest articles, newly published ones), searches, media files
 * (newly uploaded ones among them) and read-count beacons from distinct readers (X-Forwarded-For).
 * Meanwhile the newsroom works: every 10 s an article is published and every 15 s an image is
 * uploaded, through the app's own services in the bench process on the same database and media
 * folder (a second instance, as it were: the measured process serves the new pages and files
 * and drops what the changes made stale).
 * Prints, per minute: req/s, p50, p99, errors (non-2xx/3xx and socket errors), RSS (the median
 * of readings every 2 s, with their range), open file descriptors; then RSS growth (the last
 * minute's median against the first's), descriptors and database handles (the process's
 * descriptors on the database files) at start and end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../src/config/config.ts';
import { connect } from '../src/db/connect.ts';
import { createLogger } from '../src/lib/log.ts';
import { mediaUrl } from '../src/modules/media/media.ts';
import { emptyDraft } from '../src/modules/newsroom/newsroom.service.ts';
import { buildDeps } from '../src/services.ts';
import type { BenchRows, Scenario } from './bench.ts';
import { BENCH_MEDIA_DIR, memoryMb, startApp } from './app-process.ts';
import { BROWSER } from './pages.ts';
import { wrk, type WrkResult } from './wrk.ts';

const CONNECTIONS = 50;
const PUBLISH_EVERY_MS = 10_000;
const UPLOAD_EVERY_MS = 15_000;
const ACTOR = { id: null, name: 'Đo tải dài', ip: '127.0.0.1', userAgent: 'bench' };

/** Open file descriptors of a process, and how many of them are on the database's files. */
function descriptors(pid: number, dbFile: string): { fds: number; db: number } {
  const dir = `/proc/${pid}/fd`;
  let fds = 0;
  let db = 0;
  for (const fd of fs.readdirSync(dir)) {
    fds++;
    try {
      if (fs.readlinkSync(path.join(dir, fd)).startsWith(dbFile)) db++;
    } catch {
      // closed meanwhile
    }
  }
  return { fds, db };
}

/** The wrk script of one minute: the current addresses, searches and beacons. */
function script(
  dir: string,
  mix: { pages: string[]; searches: string[]; media: string[]; articleIds: number[] },
  minute: number,
): string {
  const file = path.join(dir, `soak-${minute}.lua`);
  const list = (xs: (string | number)[]) => `{${xs.map((x) => JSON.stringify(x)).join(',')}}`;
  fs.writeFileSync(
    file,
    `local pages = ${list(mix.pages)}
local searches = ${list(mix.searches)}
local media = ${list(mix.media)}
local articles = ${list(mix.articleIds)}
local t = 0
function setup(thread) thread:set("tid", t); t = t + 1 end
local n = 0
request = function()
  n = n + 1
  local k = n % 20
  if k < 12 then return wrk.format("GET", pages[math.random(#pages)]) end
  if k < 15 then return wrk.format("GET", searches[math.random(#searches)]) end
  if k < 17 and #media > 0 then return wrk.format("GET", media[math.random(#media)]) end
  -- A new reader (benchmark addresses 198.18.0.0/15, never contacted) reads an article.
  local ip = string.format("198.%d.%d.%d", 18 + (tid % 2), (${minute} * 16 + math.floor(n / 256)) % 256, n % 256)
  return wrk.format("POST", "/api/dem", { ["X-Forwarded-For"] = ip, ["Content-Type"] = "text/plain" },
    '{"t":"article","a":' .. articles[math.random(#articles)] .. '}')
end
`,
  );
  return file;
}

/** wrk's socket errors by kind (connect, read, write, timeout: an answer slower than 2 s). */
function socketErrors(r: WrkResult): { total: number; kinds: string } {
  const m = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(r.stdout);
  if (!m) return { total: 0, kinds: '' };
  const [c, rd, w, t] = m.slice(1).map(Number) as [number, number, number, number];
  const kinds = Object.entries({ connect: c, read: rd, write: w, timeout: t })
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return { total: c + rd + w + t, kinds };
}

export const soak: Scenario = {
  name: 'soak',
  onlyWhenNamed: true,
  description:
    'long mixed traffic at 50 connections with publishing and uploads (--minutes, default 10): errors, RSS growth, descriptors, p99 per minute',
  async run(opts): Promise<BenchRows> {
    const minutes = Math.max(1, Math.round(opts.minutes ?? 10));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-soak-'));
    const dbFile = path.join(dir, 'portal.db');
    const rows: BenchRows = [];
    // First start: the demo content (seeded by the app), then the measured process.
    const app = await startApp(dbFile, { TRUST_PROXY: '1' });
    const pid = app.child.pid!;
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: `sqlite:${dbFile}`,
      MEDIA_DIR: BENCH_MEDIA_DIR,
      LOG_LEVEL: 'warn',
    });
    const db = connect(config.databaseUrl, { log: createLogger('warn') });
    const deps = buildDeps(config, db, { log: createLogger('warn') });
    let published = 0;
    let uploaded = 0;
    const newsroomErrors: string[] = [];
    let timers: NodeJS.Timeout[] = [];
    try {
      const ro = new SQLite(dbFile, { readonly: true });
      const sections = ro
        .prepare("select id, slug from section where kind = 'articles' and parent_id is null")
        .all() as { id: number; slug: string }[];
      const articles = ro
        .prepare(
          `select a.id, a.slug, a.title, s.slug as section from article a join section s on s.id = a.section_id
           where a.status = 'published' order by a.published_at desc limit 200`,
        )
        .all() as { id: number; slug: string; title: string; section: string }[];
      ro.close();
      const mix = {
        pages: [
          ...Array.from({ length: 10 }, () => '/'),
          ...sections.flatMap((s) => [`/${s.slug}`, `/${s.slug}?trang=2`]),
          ...articles.map((a) => `/${a.section}/${a.slug}-${a.id}`),
        ],
        searches: articles
          .slice(0, 40)
          .map(
            (a) => `/tim-kiem?q=${encodeURIComponent(a.title.split(/\s+/).slice(0, 2).join(' '))}`,
          ),
        media: [] as string[],
        articleIds: articles.map((a) => a.id),
      };

      // The newsroom: an approver who publishes, and uploads.
      const created = await deps.accounts.create(
        ACTOR,
        {
          username: `dotai${Date.now().toString(36)}`,
          fullName: 'Biên tập đo tải',
          email: '',
          role: 'approver',
          allSections: true,
          sectionIds: [],
        },
        { password: 'Đo tải dài mười phút, không lỗi nào 2026!' },
      );
      const approver = (await deps.accounts.byId(created.account.id))!;
      const publish = async () => {
        const section = sections[published % sections.length]!;
        const n = ++published;
        const id = await deps.newsroom.create(ACTOR, approver, {
          ...emptyDraft(section.id, 'Tin: Phóng viên đo tải'),
          title: `Bản tin đo tải số ${n}: xã Mường Phăng đón khách`,
          lead: `Tin số ${n} trong lúc đo tải dài.`,
          bodyHtml: `<p>Nội dung bản tin số ${n}.</p>`,
        });
        for (const step of ['submit', 'forward', 'publish'] as const)
          await deps.newsroom.transition(ACTOR, approver, id, step);
        const page = (await deps.articles.publicPathsOf(id))[1];
        if (page) mix.pages.push(page);
        mix.articleIds.push(id);
      };
      const upload = async () => {
        const n = ++uploaded;
        const data = await sharp({
          create: {
            width: 1200,
            height: 800,
            channels: 3,
            background: { r: (n * 37) % 256, g: (n * 91) % 256, b: (n * 53) % 256 },
          },
        })
          .jpeg()
          .toBuffer();
        const [r] = await deps.media.upload(ACTOR, [{ name: `Ảnh đo tải ${n}.jpg`, data }]);
        if (!r?.ok) throw new Error(`upload ${n} refused`);
        mix.media.push(mediaUrl(r.media.key));
      };
      const every = (ms: number, task: () => Promise<void>) =>
        setInterval(() => {
          task().catch((err: unknown) => newsroomErrors.push(String(err)));
        }, ms);

      // Every address of the mix answers 2xx/3xx before the load (a section's page 2 exists only
      // for the larger sections): the errors counted below are the app's, not the mix's.
      const beacon = await fetch(`${app.url}/api/dem`, {
        method: 'POST',
        headers: { ...BROWSER, 'x-forwarded-for': '198.19.255.1', 'content-type': 'text/plain' },
        body: JSON.stringify({ t: 'article', a: mix.articleIds[0] }),
      });
      if (beacon.status >= 400) throw new Error(`the beacon answers ${beacon.status}`);
      const failing = new Set<string>();
      for (const p of new Set([...mix.pages, ...mix.searches])) {
        const r = await fetch(`${app.url}${p}`, { headers: BROWSER, redirect: 'manual' });
        await r.arrayBuffer();
        if (r.status >= 400) failing.add(p);
      }
      mix.pages = mix.pages.filter((p) => !failing.has(p));
      mix.searches = mix.searches.filter((p) => !failing.has(p));
      if (failing.size > 5 || !mix.searches.length)
        throw new Error(`the mix has failing addresses: ${[...failing].slice(0, 10).join(', ')}`);

      // Warm-up: 30 s of the same load, publishing and uploads included, not counted.
      timers = [every(PUBLISH_EVERY_MS, publish), every(UPLOAD_EVERY_MS, upload)];
      await wrk(`${app.url}/`, {
        seconds: 30,
        connections: CONNECTIONS,
        headers: BROWSER,
        script: script(dir, mix, 0),
      });
      // Descriptors are read once the load's connections are closed on the app's side too.
      const settle = () => new Promise((r) => setTimeout(r, 1500));
      await settle();
      const start = { ...descriptors(pid, dbFile), rss: memoryMb(pid).rss };
      let errors = 0;
      const p99s: number[] = [];
      // RSS swings by tens of MB with the garbage collector's rhythm: one reading at the start
      // and one at the end measure that rhythm, not growth. Each minute's RSS is the median of
      // readings every 2 s while the load runs, and growth compares the last minute's median
      // with the first's.
      const medians: number[] = [];
      for (let m = 1; m <= minutes; m++) {
        const samples: number[] = [];
        const sampler = setInterval(() => samples.push(memoryMb(pid).rss), 2000);
        const r = await wrk(`${app.url}/`, {
          seconds: 60,
          connections: CONNECTIONS,
          headers: BROWSER,
          script: script(dir, mix, m),
        }).finally(() => clearInterval(sampler));
        samples.sort((a, b) => a - b);
        const median = samples.length
          ? samples[Math.floor(samples.length / 2)]!
          : memoryMb(pid).rss;
        medians.push(median);
        const sock = socketErrors(r);
        const e = r.non2xx + sock.total;
        errors += e;
        p99s.push(r.p99Ms);
        await settle();
        const d = descriptors(pid, dbFile);
        rows.push({
          minute: m,
          'req/s': Math.round(r.requestsPerSec),
          'p50 ms': r.p50Ms.toFixed(1),
          'p99 ms': r.p99Ms.toFixed(1),
          errors: e
            ? `${e} (${[r.non2xx ? `non-2xx/3xx ${r.non2xx}` : '', sock.kinds].filter(Boolean).join(', ')})`
            : 0,
          'RSS MB': `${median.toFixed(0)} (${(samples[0] ?? median).toFixed(0)}–${(samples[samples.length - 1] ?? median).toFixed(0)})`,
          fds: d.fds,
          'db fds': d.db,
          published,
          uploaded,
          'load avg': os.loadavg()[0]!.toFixed(2),
        });
        console.log(JSON.stringify(rows[rows.length - 1]));
      }
      for (const t of timers) clearInterval(t);
      timers = [];
      const end = { ...descriptors(pid, dbFile), rss: memoryMb(pid).rss };
      const first = medians[0] ?? start.rss;
      const last = medians[medians.length - 1] ?? end.rss;
      const growth = ((last - first) / first) * 100;
      const sorted = [...p99s].sort((a, b) => a - b);
      rows.push({
        minute: 'summary',
        'req/s': '',
        'p50 ms': '',
        'p99 ms': `${sorted[0]!.toFixed(1)}–${sorted[sorted.length - 1]!.toFixed(1)}`,
        errors: `${errors} (newsroom: ${newsroomErrors.length})`,
        'RSS MB': `median ${first.toFixed(0)} → ${last.toFixed(0)} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %)`,
        fds: `${start.fds} → ${end.fds}`,
        'db fds': `${start.db} → ${end.db}`,
        published,
        uploaded,
        'load avg': `peak RSS ${memoryMb(pid).peak.toFixed(0)} MB`,
      });
      if (newsroomErrors.length)
        console.log(`newsroom errors: ${newsroomErrors.slice(0, 5).join('; ')}`);
    } finally {
      for (const t of timers) clearInterval(t);
      const code = await app.stop();
      await db.close();
      if (code !== 0) console.log(`the app exited with code ${code}`);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
