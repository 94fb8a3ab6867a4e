/**
 * `npm run bench sites [-- --articles N --seconds S]`: many sites on one install.
 * 1. Builds the pages corpus (demo content + N generated articles, 100,000 by default) in a
 *    SQLite file: the single-site install. A copy becomes the multi-site install: 49 commune
 *    sites by path prefix (/xa/<slug>), each with its own settings and section, and 20 % of the
 *    generated articles moved to them (the province keeps most).
 * 2. Starts each install (dist/main.js, production, cache on): start-up time and idle memory;
 *    the difference per added site is the memory of an idle site.
 *    BENCH_PAGE_CACHE_MB sets both installs' page cache (default: the app's 64 MB); BENCH_KEEP=1
 *    keeps the two databases and the wrk scripts (printed) for profiling the app by hand.
 * 3. Mixed traffic with wrk at 50 connections over the same number of addresses on both: on the
 *    multi-site install 70 % of requests go to the province (home, sections, articles), 30 % to
 *    the communes (home and articles of each); on the single-site install all go to the province.
 *    Throughput and p99 of the two are compared (target: within 10 %).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { connect } from '../src/db/connect.ts';
import { addSite } from '../test/support/sites.ts';
import { memoryMb, startApp } from './app-process.ts';
import type { BenchRows, Scenario } from './bench.ts';
import { BROWSER, buildCorpus, cpuMs, getRaw } from './pages.ts';
import { wrk } from './wrk.ts';

const COMMUNES = 49;
const CONNECTIONS = 50;
/** Addresses per install in the mix (articles picked evenly through the corpus). */
const PROVINCE_ARTICLES = 300;
const COMMUNE_ARTICLES = 5;

/** Adds the 49 commune sites and moves every fifth generated article to one of them. */
async function addCommunes(dbFile: string): Promise<void> {
  const db = connect(`sqlite:${dbFile}`);
  try {
    // The way the tests make a commune site: site row, epoch row, its name and section "tin-tuc".
    for (let i = 1; i <= COMMUNES; i++) {
      const slug = `xa-${String(i).padStart(2, '0')}`;
      await addSite(db, { slug, name: `Đảng bộ xã số ${i}`, pathPrefix: `/xa/${slug}` });
    }
  } finally {
    await db.close();
  }
  const raw = new SQLite(dbFile);
  try {
    raw.exec(`
      UPDATE article SET
        site_id = 2 + (id % ${COMMUNES}),
        section_id = (SELECT s.id FROM section s WHERE s.site_id = 2 + (article.id % ${COMMUNES}) AND s.slug = 'tin-tuc')
      WHERE id % 5 = 0 AND id > 100 AND featured = 0`);
    // The statistics an install that grew its communes' articles over time has (the app's
    // db-statistics job): moving rows in one statement does not make SQLite gather them again.
    raw.exec('ANALYZE');
    raw.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    raw.close();
  }
}

/** Public addresses of the published articles of one site, evenly spread through its corpus. */
function articlePaths(
  raw: SQLite.Database,
  siteId: number,
  count: number,
  prefix: string,
): string[] {
  const rows = raw
    .prepare(
      `SELECT a.id, a.slug, s.slug AS section FROM article a JOIN section s ON s.id = a.section_id
       WHERE a.site_id = ? AND a.status = 'published' ORDER BY a.id`,
    )
    .all(siteId) as { id: number; slug: string; section: string }[];
  const step = Math.max(1, Math.floor(rows.length / count));
  const out: string[] = [];
  for (let i = 0; i < rows.length && out.length < count; i += step)
    out.push(`${prefix}/${rows[i]!.section}/${rows[i]!.slug}-${rows[i]!.id}`);
  return out;
}

/** The mix of addresses, each as often as it should be asked (the Lua script picks at random). */
function mixOf(dbFile: string, multi: boolean): string[] {
  const raw = new SQLite(dbFile, { readonly: true });
  try {
    const province = [
      '/',
      '/tin-trong-tinh',
      '/tin-tuc-su-kien',
      ...articlePaths(raw, 1, PROVINCE_ARTICLES, ''),
    ];
    const communes: string[] = [];
    if (multi)
      for (let i = 1; i <= COMMUNES; i++) {
        const prefix = `/xa/xa-${String(i).padStart(2, '0')}`;
        communes.push(prefix, ...articlePaths(raw, i + 1, COMMUNE_ARTICLES, prefix));
      }
    else {
      // The same number of addresses, all on the province.
      const extra = articlePaths(raw, 1, PROVINCE_ARTICLES + COMMUNES * (COMMUNE_ARTICLES + 1), '');
      communes.push(
        ...extra.slice(PROVINCE_ARTICLES, PROVINCE_ARTICLES + COMMUNES * (COMMUNE_ARTICLES + 1)),
      );
    }
    // 70 % of picks go to the province's addresses, 30 % to the others.
    const weight = Math.max(1, Math.round((0.7 / 0.3) * (communes.length / province.length)));
    return [...Array.from({ length: weight }, () => province).flat(), ...communes];
  } finally {
    raw.close();
  }
}

function luaScript(dir: string, name: string, paths: string[]): string {
  const file = path.join(dir, `${name}.lua`);
  fs.writeFileSync(
    file,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}
request = function() return wrk.format(nil, paths[math.random(#paths)]) end
`,
  );
  return file;
}

export const sitesBench: Scenario = {
  name: 'sites',
  description:
    '50 sites (province + 49 communes) and the articles in all: mixed traffic (70 % province) against the same traffic on one site; memory per idle site; start-up',
  async run(opts): Promise<BenchRows> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-sites-'));
    const single = path.join(dir, 'single.db');
    const multi = path.join(dir, 'multi.db');
    const rows: BenchRows = [];
    try {
      await buildCorpus(single, opts.articles);
      fs.copyFileSync(single, multi);
      await addCommunes(multi);
      const idle: Record<string, number> = {};
      for (const [name, file] of [
        ['1 site', single],
        ['50 sites', multi],
      ] as const) {
        // BENCH_PAGE_CACHE_MB: a page cache large enough for every address of the mix (the default
        // 64 MB holds fewer of the province's larger pages than the mix asks for).
        const app = await startApp(file, {
          PAGE_CACHE: '1',
          SEED_DEMO: 'false',
          ...(process.env.BENCH_PAGE_CACHE_MB && {
            PAGE_CACHE_MB: process.env.BENCH_PAGE_CACHE_MB,
          }),
        });
        try {
          await new Promise((r) => setTimeout(r, 1500));
          idle[name] = memoryMb(app.child.pid!).rss;
          const mix = mixOf(file, name !== '1 site');
          const distinct = [...new Set(mix)];
          let errors = 0;
          for (const p of distinct)
            if ((await getRaw(`${app.url}${p}`, BROWSER)).status !== 200) errors++;
          const script = luaScript(dir, name.replace(' ', '-'), mix);
          await wrk(app.url, { seconds: 2, connections: CONNECTIONS, headers: BROWSER, script });
          const t0 = cpuMs(app.child.pid!);
          const r = await wrk(app.url, {
            seconds: opts.seconds,
            connections: CONNECTIONS,
            headers: BROWSER,
            script,
          });
          const cpuUs =
            ((cpuMs(app.child.pid!) - t0) * 1000) / Math.max(1, r.requestsPerSec * opts.seconds);
          const mem = memoryMb(app.child.pid!);
          rows.push({
            install: name,
            addresses: distinct.length,
            'not 200 on first visit': errors,
            'req/s': Math.round(r.requestsPerSec),
            'p50 ms': r.p50Ms.toFixed(2),
            'p99 ms': r.p99Ms.toFixed(2),
            'CPU µs/req': Math.round(cpuUs),
            errors: r.non2xx,
            'start-up ms': Math.round(app.startMs),
            'idle RSS MB': idle[name].toFixed(1),
            'RSS after load MB': mem.rss.toFixed(0),
            load: os.loadavg()[0]!.toFixed(2),
          });
        } finally {
          await app.stop();
        }
      }
      const [a, b] = rows as [BenchRows[number], BenchRows[number]];
      rows.push({
        install: '50 sites / 1 site',
        'req/s': (Number(b['req/s']) / Number(a['req/s'])).toFixed(2),
        'p99 ms': (Number(b['p99 ms']) / Number(a['p99 ms'])).toFixed(2),
        'idle RSS MB': `${(((idle['50 sites']! - idle['1 site']!) * 1024) / COMMUNES).toFixed(0)} KB per added idle site`,
      });
      return rows;
    } finally {
      if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
      else fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
