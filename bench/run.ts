/**
 * `npm run bench [scenario…] [-- --articles N --seconds S --postgres [url] --no-sqlite --keep
 * --rounds N --no-http --images N --minutes N]`: runs benchmark scenarios and prints a table;
 * each scenario's figures also go to bench/results/<scenario>.json. Load is sent only to
 * 127.0.0.1. Scenarios are listed in bench/scenarios.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../src/lib/paths.ts';
import type { BenchOptions, BenchRows } from './bench.ts';
import { scenarios } from './scenarios.ts';

/** "2s", "500ms" or a bare number of seconds, in ms. */
function durationMs(v: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(v);
  if (!m) throw new Error(`Not a duration: ${v} (e.g. 2s, 500ms)`);
  return m[2] === 'ms' ? Number(m[1]) : Number(m[1]) * 1000;
}

function parseArgs(argv: string[]): { names: string[]; opts: BenchOptions } {
  const opts: BenchOptions = { articles: 100_000, seconds: 10 };
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--articles') opts.articles = Number(argv[++i]);
    else if (a === '--seconds') opts.seconds = Number(argv[++i]);
    else if (a === '--edits-every') opts.editsEveryMs = durationMs(argv[++i] ?? '');
    else if (a === '--postgres')
      opts.postgres = /^postgres(ql)?:\/\//.test(argv[i + 1] ?? '')
        ? argv[++i]
        : process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
    else if (a === '--no-sqlite') opts.noSqlite = true;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--no-http') opts.noHttp = true;
    else if (a === '--rounds') opts.rounds = Number(argv[++i]);
    else if (a === '--images') opts.images = Number(argv[++i]);
    else if (a === '--minutes') opts.minutes = Number(argv[++i]);
    else if (!a.startsWith('-')) names.push(a);
  }
  return { names, opts };
}

function printTable(title: string, rows: BenchRows): void {
  console.log(`\n## ${title}`);
  if (!rows.length) return;
  const cols = Object.keys(rows[0] as object);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(width[i] ?? 0)).join('  ');
  console.log(line(cols));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => String(r[c] ?? ''))));
}

async function main(): Promise<void> {
  const { names, opts } = parseArgs(process.argv.slice(2));
  const chosen = names.length
    ? scenarios.filter((s) => names.includes(s.name))
    : scenarios.filter((s) => !s.onlyWhenNamed);
  if (!chosen.length) {
    console.log(
      `Không có kịch bản nào. Có: ${scenarios.map((s) => s.name).join(', ') || '(chưa có)'}`,
    );
    return;
  }
  const outDir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  for (const s of chosen) {
    console.log(`\n▶ ${s.name}: ${s.description}`);
    const rows = await s.run(opts);
    printTable(s.name, rows);
    fs.writeFileSync(
      path.join(outDir, `${s.name}.json`),
      JSON.stringify({ at: new Date().toISOString(), opts, rows }, null, 2),
    );
  }
}

await main();
