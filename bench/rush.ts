/**
 * `npm run bench pages -- --edits-every 2s`: a big news day. wrk loads a mix of public pages
 * (home, the article sections, the 200 newest articles; 50 connections, br) with the cache on,
 * first quiet, then while another process edits one of those articles (its title) every N
 * seconds, as the newsroom does during a rush. Prints req/s, p50, p99 and the cache's hit rate
 * (X-Cache: HIT among the answers) for both, and edits / quiet.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { htmlToText } from '../src/lib/html-text.ts';
import type { BenchRows } from './bench.ts';
import { startApp } from './app-process.ts';
import { cpuMs, BROWSER, getRaw } from './pages.ts';
import { wrk, type WrkResult } from './wrk.ts';

const CONNECTIONS = 50;
const ARTICLES = 200;

/** The mix: home weighted like ten articles, each section like two, the newest articles once. */
function mixOf(dbFile: string): { paths: string[]; articleIds: number[] } {
  const db = new SQLite(dbFile, { readonly: true });
  try {
    const sections = db
      .prepare("select slug from section where kind = 'articles' and parent_id is null")
      .all() as { slug: string }[];
    const articles = db
      .prepare(
        `select a.id, a.slug, s.slug as section from article a join section s on s.id = a.section_id
         where a.status = 'published' order by a.published_at desc limit ?`,
      )
      .all(ARTICLES) as { id: number; slug: string; section: string }[];
    const paths = [
      ...Array.from({ length: 10 }, () => '/'),
      ...sections.flatMap((s) => [`/${s.slug}`, `/${s.slug}`]),
      ...articles.map((a) => `/${a.section}/${a.slug}-${a.id}`),
    ];
    return { paths, articleIds: articles.map((a) => a.id) };
  } finally {
    db.close();
  }
}

/** A wrk script: random paths of the mix; counts X-Cache: HIT answers over all threads. */
function luaScript(dir: string, paths: string[]): string {
  const file = path.join(dir, 'rush.lua');
  fs.writeFileSync(
    file,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) hits = 0; answers = 0 end
request = function() return wrk.format(nil, paths[math.random(#paths)]) end
response = function(status, headers, body)
  answers = answers + 1
  if headers["x-cache"] == "HIT" or headers["X-Cache"] == "HIT" then hits = hits + 1 end
end
done = function(summary, latency, requests)
  local h, n = 0, 0
  for _, t in ipairs(threads) do h = h + t:get("hits"); n = n + t:get("answers") end
  io.write(string.format("HITS %d %d\\n", h, n))
end
`,
  );
  return file;
}

type Measured = WrkResult & { cpuUs: number; load: number; hitRate: number; edits: number };

/** Runs the quiet and the edited load on one app process (cache on) and returns the table rows. */
export async function rushBench(
  dbFile: string,
  dir: string,
  opts: { seconds: number; editsEveryMs: number },
): Promise<BenchRows> {
  const { paths, articleIds } = mixOf(dbFile);
  const script = luaScript(dir, paths);
  const app = await startApp(dbFile, { PAGE_CACHE: '1', SEED_DEMO: 'false' });
  const rows: BenchRows = [];
  try {
    const pid = app.child.pid!;
    const measure = async (editing: boolean): Promise<Measured> => {
      // Warm-up: every page of the mix rendered once, then JIT.
      for (const p of new Set(paths)) await getRaw(`${app.url}${p}`, BROWSER);
      await wrk(`${app.url}/`, {
        seconds: 3,
        connections: CONNECTIONS,
        headers: BROWSER,
        script,
      });
      let edits = 0;
      const writer = editing ? new SQLite(dbFile) : undefined;
      writer?.pragma('busy_timeout = 5000');
      // The search index's triggers call it (db/connect.ts registers it on the app's connection).
      writer?.function('html_text', { deterministic: true }, (html) =>
        htmlToText(typeof html === 'string' ? html : ''),
      );
      const edit = writer?.prepare('update article set title = ?, updated_at = ? where id = ?');
      const timer = edit
        ? setInterval(() => {
            const id = articleIds[Math.floor(Math.random() * articleIds.length)]!;
            edit.run(`Bài sửa lần ${++edits} (${id})`, new Date().toISOString(), id);
          }, opts.editsEveryMs)
        : undefined;
      try {
        const t0 = cpuMs(pid);
        const r = await wrk(`${app.url}/`, {
          seconds: opts.seconds,
          connections: CONNECTIONS,
          headers: BROWSER,
          script,
        });
        const cpuUs = ((cpuMs(pid) - t0) * 1000) / Math.max(1, r.requestsPerSec * opts.seconds);
        const m = /HITS (\d+) (\d+)/.exec(r.stdout);
        const hitRate = m ? Number(m[1]) / Math.max(1, Number(m[2])) : NaN;
        return { ...r, cpuUs, load: os.loadavg()[0]!, hitRate, edits };
      } finally {
        if (timer) clearInterval(timer);
        writer?.close();
      }
    };
    const quiet = await measure(false);
    const edited = await measure(true);
    for (const [name, r] of [
      ['quiet', quiet],
      [`an edit every ${opts.editsEveryMs / 1000} s (${edited.edits} edits)`, edited],
    ] as const)
      rows.push({
        load: `mix of ${paths.length} addresses (home, sections, ${articleIds.length} newest articles)`,
        run: name,
        'req/s': Math.round(r.requestsPerSec),
        'p50 ms': r.p50Ms.toFixed(2),
        'p99 ms': r.p99Ms.toFixed(2),
        'hit rate': `${(r.hitRate * 100).toFixed(1)} %`,
        'CPU µs/req': Math.round(r.cpuUs),
        errors: r.non2xx,
        'load avg': r.load.toFixed(2),
      });
    rows.push({
      load: 'edits / quiet (targets: req/s ≥ 0.85, p99 ≤ 2)',
      run: `req/s ${(edited.requestsPerSec / quiet.requestsPerSec).toFixed(2)}, p99 ${(edited.p99Ms / quiet.p99Ms).toFixed(2)}`,
    });
  } finally {
    await app.stop();
  }
  return rows;
}
