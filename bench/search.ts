/**
 * `npm run bench search [-- --articles N --seconds S]`: article search on a generated corpus
 * (default 100,000 articles) in a temporary SQLite database. Measures the search service
 * directly (p50/p95/p99 over a fixed list of varied Vietnamese queries, several rounds) and,
 * when wrk is installed, the /tim-kiem page over HTTP on 127.0.0.1.
 */
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../src/app.tsx';
import { loadConfig } from '../src/config/config.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { epochMigrationHooks } from '../src/modules/cache/cache.epoch.ts';
import { seedDemo } from '../src/seed/seed.ts';
import type { SearchInput } from '../src/modules/search/search.schema.ts';
import { buildDeps } from '../src/services.ts';
import type { BenchRows, Scenario } from './bench.ts';
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

const ROUNDS = 25;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (n: number): string => n.toFixed(2);

export const searchScenario: Scenario = {
  name: 'search',
  description:
    'tìm kiếm bài viết trên kho ngữ liệu sinh ngẫu nhiên (SQLite FTS5): độ trễ p50/p95/p99',
  async run(opts): Promise<BenchRows> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-search-'));
    const url = `sqlite:${path.join(dir, 'bench.db')}`;
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: url,
      MEDIA_DIR: path.join(os.tmpdir(), 'portal-bench-media'),
      LOG_LEVEL: 'silent',
    });
    const db = connect(url);
    const rows: BenchRows = [];
    try {
      await migrateToLatest(db, epochMigrationHooks);
      const deps = buildDeps(config, db);
      await seedDemo(db, deps.media);
      const started = performance.now();
      await generateCorpus(db, opts.articles);
      const buildSec = (performance.now() - started) / 1000;
      const size =
        fs.statSync(path.join(dir, 'bench.db')).size +
        (fs.statSync(path.join(dir, 'bench.db-wal'), { throwIfNoEntry: false })?.size ?? 0);
      console.log(
        `  ${opts.articles} bài viết sinh và lập chỉ mục trong ${buildSec.toFixed(1)} s (${Math.round(opts.articles / buildSec)} bài/s), tệp ${(size / 1e6).toFixed(0)} MB`,
      );

      const all: number[] = [];
      const perQuery = SEARCH_QUERIES.map(() => [] as number[]);
      const totals: number[] = [];
      for (const [i, q] of SEARCH_QUERIES.entries())
        totals[i] = (await deps.search.search({ page: 1, ...q })).total; // warm-up
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, q] of SEARCH_QUERIES.entries()) {
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
          'truy vấn': `${q.q}${filters ? ` (${filters})` : ''}`,
          'kết quả': totals[i] ?? 0,
          'p50 ms': ms(percentile(sorted, 50)),
          'p95 ms': ms(percentile(sorted, 95)),
          'p99 ms': '',
        });
      }
      all.sort((a, b) => a - b);
      rows.push({
        'truy vấn': `TẤT CẢ (dịch vụ, ${all.length} lần, ${opts.articles} bài)`,
        'kết quả': '',
        'p50 ms': ms(percentile(all, 50)),
        'p95 ms': ms(percentile(all, 95)),
        'p99 ms': ms(percentile(all, 99)),
      });

      rows.push(...(await overHttp(deps, opts.seconds)));
    } finally {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};

/** The results page through HTTP with wrk (loopback only), for a few of the queries. */
async function overHttp(deps: ReturnType<typeof buildDeps>, seconds: number): Promise<BenchRows> {
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
          'truy vấn': `HTTP ${decodeURIComponent(p)} (wrk, 8 kết nối, ${seconds} s)`,
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
