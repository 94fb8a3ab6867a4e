/**
 * `npm run bench search [-- --articles N --seconds S]`: article search, on SQLite and (when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL names a server) PostgreSQL, each in a throw-away
 * database holding the judged corpus (test/search/corpus.ts) among generated articles up to N
 * (default 100,000). Prints the judged set's relevance (precision@5, nDCG@10, first-page noise)
 * beside the latency of the search service (p50/p95/p99 over varied Vietnamese queries, several
 * rounds) and, when wrk is installed, of the /tim-kiem page over HTTP on 127.0.0.1.
 */
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../src/app.tsx';
import { loadConfig } from '../src/config/config.ts';
import crypto from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { connect, type Db } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { epochMigrationHooks } from '../src/modules/cache/cache.epoch.ts';
import { seedDemo } from '../src/seed/seed.ts';
import type { SearchInput } from '../src/modules/search/search.schema.ts';
import { buildDeps } from '../src/services.ts';
import type { BenchOptions, BenchRows, Scenario } from './bench.ts';
import { buildCorpus, type CorpusArticle } from '../test/search/corpus.ts';
import { slugify } from '../src/lib/slug.ts';
import { evaluate, seedJudgedCorpus, worstQueries } from '../test/search/harness.ts';
import { JUDGED } from '../test/search/judged.ts';
import { generateCorpus } from './corpus.ts';
import { wrk } from './wrk.ts';

/** The fixed query list: common and rare words, with and without marks, phrases, prefixes, filters. */
export const SEARCH_QUERIES: (Partial<SearchInput> & { q: string })[] = [
  { q: 'dien bien' },
  { q: 'Điện Biên Phủ' },
  { q: 'hoi thao dao tao can bo dien bien' },
  { q: 'đào tạo cán bộ' },
  { q: '"chuyển đổi số"' },
  { q: 'chuyen d*' },
  { q: 'ủy ban' },
  { q: 'nông thôn mới' },
  { q: 'thủy lợi' },
  { q: 'hoà bình' },
  { q: 'nghi quyet' },
  { q: 'biên giới' },
  { q: 'du lich muong' },
  { q: 'cà phê' },
  { q: 'đà' },
  { q: 'kinh tế', section: 'tin-trong-tinh' },
  { q: 'dien bien', from: '2024-01-01', to: '2024-12-31' },
  { q: 'xay dung dang', section: 'xay-dung-dang', from: '2020-01-01' },
  { q: 'dien bien', page: 5 },
  { q: 'không có từ này xyzw' },
];

/** Latency rounds over the whole query list (--rounds N). */
const ROUNDS = 25;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (n: number): string => n.toFixed(2);

/** A database of each dialect the bench can reach: throw-away, or kept for the next run (--keep). */
interface BenchDb {
  dialect: 'sqlite' | 'postgres';
  url: string;
  /** Bytes on disk, when known. */
  size(): number | undefined;
  drop(): Promise<void>;
}

function sqliteBenchDb(keep: boolean, articles: number): BenchDb {
  const dir = keep ? os.tmpdir() : fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-search-'));
  const file = path.join(dir, keep ? `portal-bench-search-${articles}.db` : 'bench.db');
  return {
    dialect: 'sqlite',
    url: `sqlite:${file}`,
    size: () =>
      fs.statSync(file).size + (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0),
    drop: async () => {
      if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresBenchDb(admin: string, keep: boolean, articles: number): Promise<BenchDb> {
  const name = keep
    ? `bench_search_keep_${articles}`
    : `bench_search_${crypto.randomBytes(4).toString('hex')}`;
  const run = async (sqlText: string, params: unknown[] = []) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    try {
      return await c.query(sqlText, params);
    } finally {
      await c.end();
    }
  };
  const exists = (await run('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  if (!exists) await run(`CREATE DATABASE ${name}`);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return {
    dialect: 'postgres',
    url: u.toString(),
    size: () => undefined,
    drop: async () => {
      if (!keep) await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export const searchScenario: Scenario = {
  name: 'search',
  description:
    'tìm kiếm bài viết (SQLite FTS5 và PostgreSQL): độ liên quan trên bộ truy vấn đã chấm (precision@5, nDCG@10) và độ trễ p50/p95/p99',
  async run(opts): Promise<BenchRows> {
    const rows: BenchRows = [];
    const admin = opts.postgres || process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    const keep = opts.keep ?? false;
    const targets: (() => Promise<BenchDb>)[] = [];
    if (!opts.noSqlite) targets.push(async () => sqliteBenchDb(keep, opts.articles));
    if (admin) targets.push(() => postgresBenchDb(admin, keep, opts.articles));
    else
      console.log(
        '  Bỏ qua PostgreSQL: thêm --postgres [url] (hoặc đặt BENCH_DATABASE_URL) để đo cả PostgreSQL.',
      );
    for (const target of targets) rows.push(...(await runOn(await target(), opts)));
    return rows;
  },
};

/**
 * The judged corpus's ids in a database kept from an earlier run (--keep), or undefined when
 * it was not fully built (then it is built again).
 */
async function keptCorpus(
  db: Db,
  corpus: CorpusArticle[],
  articles: number,
): Promise<Map<string, number> | undefined> {
  const n = await db.kysely
    .selectFrom('article')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(n.n) === 0) return undefined;
  if (Number(n.n) < articles)
    throw new Error(
      'Cơ sở dữ liệu giữ lại (--keep) chưa dựng xong (lần chạy trước bị dừng): xoá nó rồi chạy lại.',
    );
  const slugs = new Map(corpus.map((a) => [`${slugify(a.title, 80)}-${a.key}`, a.key]));
  const rows = await db.kysely
    .selectFrom('article')
    .select(['id', 'slug'])
    .where('slug', 'in', [...slugs.keys()])
    .execute();
  if (rows.length !== corpus.length) return undefined;
  return new Map(rows.map((r) => [slugs.get(r.slug) as string, r.id]));
}

/** The judged corpus among generated articles up to opts.articles, then relevance and latency. */
async function runOn(target: BenchDb, opts: BenchOptions): Promise<BenchRows> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: target.url,
    MEDIA_DIR: path.join(os.tmpdir(), 'portal-bench-media'),
    LOG_LEVEL: 'silent',
  });
  const db: Db = connect(target.url);
  const rows: BenchRows = [];
  const label = target.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  try {
    const started = performance.now();
    await migrateToLatest(db, epochMigrationHooks);
    const deps = buildDeps(config, db);
    const corpus = buildCorpus();
    const total = Math.max(opts.articles, corpus.length);
    let ids = opts.keep ? await keptCorpus(db, corpus, total) : undefined;
    const reused = ids !== undefined;
    if (!ids) {
      await seedDemo(db, deps.media);
      ids = await seedJudgedCorpus(db, corpus);
      await generateCorpus(db, Math.max(0, opts.articles - corpus.length));
    }
    // Planner statistics, as autovacuum would gather them on a server that has been running:
    // without them PostgreSQL plans the search's joins for empty tables.
    if (target.dialect === 'postgres') await sql`ANALYZE`.execute(db.kysely);
    const buildSec = (performance.now() - started) / 1000;
    const size = target.size();
    console.log(
      `  ${label}: ${total} bài viết (${corpus.length} bài của bộ đã chấm) ${reused ? 'dùng lại (--keep), di chuyển lược đồ' : 'sinh và lập chỉ mục'} trong ${buildSec.toFixed(1)} s${size ? `, tệp ${(size / 1e6).toFixed(0)} MB` : ''}; tải máy ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );

    // Relevance: the judged queries as the service answers them, at this corpus size.
    const judgedSearch = async (q: string) =>
      (await deps.search.search({ q, page: 1 })).results.map((r) => r.id);
    const others = await db.kysely.selectFrom('article').select(['id', 'title', 'lead']).execute();
    const rel = await evaluate(judgedSearch, ids, corpus, others);
    console.log(
      `  ${label}, truy vấn kém nhất (P@5 nDCG@10 nhiễu):\n${worstQueries(rel, 5).replace(/^/gm, '    ')}`,
    );
    rows.push({
      'truy vấn': `${label}: ĐỘ LIÊN QUAN (${rel.queries.length} truy vấn đã chấm)`,
      'kết quả': `P@5 ${rel.precisionAt5.toFixed(3)} · nDCG@10 ${rel.ndcgAt10.toFixed(3)} · nhiễu@10 ${rel.noiseAt10.toFixed(3)}`,
      'p50 ms': '',
      'p95 ms': '',
      'p99 ms': '',
    });

    const rounds = opts.rounds ?? ROUNDS;
    const queries = [...SEARCH_QUERIES, ...JUDGED.map((j) => ({ q: j.q }))];
    const all: number[] = [];
    const perQuery = queries.map(() => [] as number[]);
    const totals: number[] = [];
    for (const [i, q] of queries.entries())
      totals[i] = (await deps.search.search({ page: 1, ...q })).total; // warm-up
    for (let round = 0; round < rounds; round++) {
      for (const [i, q] of queries.entries()) {
        const t0 = performance.now();
        await deps.search.search({ page: 1, ...q });
        const dt = performance.now() - t0;
        all.push(dt);
        perQuery[i]?.push(dt);
      }
    }
    for (const [i, q] of SEARCH_QUERIES.entries()) {
      const sorted = (perQuery[i] ?? []).sort((a, b) => a - b);
      const filters = [
        q.section && `chuyên mục ${q.section}`,
        q.from && `từ ${q.from}`,
        q.to && `đến ${q.to}`,
        q.page && `trang ${q.page}`,
      ]
        .filter(Boolean)
        .join(', ');
      rows.push({
        'truy vấn': `${label}: ${q.q}${filters ? ` (${filters})` : ''}`,
        'kết quả': totals[i] ?? 0,
        'p50 ms': ms(percentile(sorted, 50)),
        'p95 ms': ms(percentile(sorted, 95)),
        'p99 ms': '',
      });
    }
    all.sort((a, b) => a - b);
    rows.push({
      'truy vấn': `${label}: TẤT CẢ (dịch vụ, ${queries.length} truy vấn × ${rounds}, ${Math.max(opts.articles, corpus.length)} bài)`,
      'kết quả': `P@5 ${rel.precisionAt5.toFixed(3)} · nDCG@10 ${rel.ndcgAt10.toFixed(3)}`,
      'p50 ms': ms(percentile(all, 50)),
      'p95 ms': ms(percentile(all, 95)),
      'p99 ms': ms(percentile(all, 99)),
    });

    if (!opts.noHttp) rows.push(...(await overHttp(deps, opts.seconds, label)));
    else await deps.stats.stop();
  } finally {
    await db.close();
    await target.drop();
  }
  return rows;
}

/** The results page through HTTP with wrk (loopback only), for a few of the queries. */
async function overHttp(
  deps: ReturnType<typeof buildDeps>,
  seconds: number,
  label: string,
): Promise<BenchRows> {
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const rows: BenchRows = [];
  try {
    // /so-do-trang renders the same page chrome (menu, sidebar) without a search: the baseline.
    const paths = [
      ...['hoi thao dao tao can bo dien bien', 'dien bien', 'chuyen d*'].map(
        (q) => `/tim-kiem?q=${encodeURIComponent(q)}`,
      ),
      '/so-do-trang',
    ];
    for (const p of paths) {
      try {
        const r = await wrk(`http://127.0.0.1:${port}${p}`, { seconds, connections: 8 });
        rows.push({
          'truy vấn': `${label}: HTTP ${decodeURIComponent(p)} (wrk, 8 kết nối, ${seconds} s)`,
          'kết quả': `${r.requestsPerSec.toFixed(1)} req/s`,
          'p50 ms': ms(r.p50Ms),
          'p95 ms': '',
          'p99 ms': ms(r.p99Ms),
        });
      } catch (err) {
        console.log(`  Bỏ qua phần HTTP: không chạy được wrk (${String(err).slice(0, 80)}).`);
        break;
      }
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await deps.stats.stop();
  }
  return rows;
}
