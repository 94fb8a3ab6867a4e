/**
 * `npm run bench import [-- --articles N --images N --postgres [url] --no-sqlite]`: moving in
 * from NukeViet at scale (#21). Generates N NukeViet 4.x articles (default 100,000) into a
 * scratch MariaDB database (the test fixture's schema, `BENCH_MARIADB_URL`, default
 * root@127.0.0.1:3306) and M distinct images (default 20,000) into a scratch uploads/ folder,
 * then imports into a fresh SQLite (and, with --postgres, PostgreSQL) portal running in this
 * process: first the text (no uploads folder: articles per second), then the images after
 * (the first M articles get a home image and a body image with its caption; the re-run updates
 * only those: each original becomes its library item at once, its renditions queued for the
 * site's media-renditions job, which works in the background meanwhile). Prints articles/s,
 * images/s, the images still waiting for renditions at the end, the peak RSS of each phase
 * (sampled), and the time
 * from the end of the import until the site serves the newest imported article through its
 * old address (301, then 200). Everything scratch is dropped at the end.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import sharp from 'sharp';
import { loadConfig } from '../src/config/config.ts';
import { ROOT } from '../src/lib/paths.ts';
import { startServer } from '../src/server.ts';
import type { BenchRows, Scenario } from './bench.ts';
import { prng } from './corpus.ts';

const MARIADB = process.env.BENCH_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306/test';
const FIXTURE = path.join(ROOT, 'test/fixtures/nukeviet/nukeviet.sql');
const FIRST_ID = 1000;

const WORDS = (
  'Đảng bộ tỉnh Điện Biên tổ chức hội nghị quán triệt nghị quyết công tác xây dựng chỉnh đốn ' +
  'chi bộ đảng viên nhiệm kỳ đại hội phát triển kinh tế xã hội vùng cao biên giới nông thôn mới ' +
  'thanh niên phụ nữ cựu chiến binh mặt trận tổ quốc chính quyền cơ sở học tập làm theo tư tưởng'
).split(' ');

/** The scratch NukeViet database: the fixture's schema and rows, plus N generated articles. */
export async function makeSource(
  n: number,
): Promise<{ url: string; drop(): Promise<void>; admin: mysql.Connection; name: string }> {
  const name = `bench_nv_${crypto.randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({ uri: MARIADB, multipleStatements: true });
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.query(`USE ${name}`);
  await admin.query(fs.readFileSync(FIXTURE, 'utf8'));
  const rand = prng(2112);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const words = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const start = Date.UTC(2012, 0, 1) / 1000;
  const batch = 1000;
  for (let done = 0; done < n; done += batch) {
    const rows: unknown[][] = [];
    const details: unknown[][] = [];
    for (let i = done; i < Math.min(n, done + batch); i++) {
      const id = FIRST_ID + i;
      const title = `${words(6)} ${i}`;
      const t = start + i * 3600;
      rows.push([
        id,
        1 + (i % 2),
        String(1 + (i % 2)),
        pick(['Minh Thùy', 'Quang Hưng', 'Thu Hà']),
        t,
        t,
        1,
        t,
        title,
        `bai-viet-${i}`,
        words(25),
        Math.floor(rand() * 20000),
        1,
      ]);
      details.push([id, '', Array.from({ length: 6 }, () => `<p>${words(60)}.</p>`).join(''), '']);
    }
    await admin.query(
      'INSERT INTO nv4_vi_news_rows (id, catid, listcatid, author, addtime, edittime, status, publtime, title, alias, hometext, hitstotal, inhome) VALUES ?',
      [rows],
    );
    await admin.query(
      'INSERT INTO nv4_vi_news_detail (id, description, bodyhtml, sourcetext) VALUES ?',
      [details],
    );
  }
  const u = new URL(MARIADB);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    admin,
    name,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

/** M distinct small JPEGs under uploads/news/2024_01/ (distinct bytes: no dedup shortcut). */
async function makeImages(dir: string, m: number): Promise<void> {
  const folder = path.join(dir, 'news', '2024_01');
  fs.mkdirSync(folder, { recursive: true });
  for (let i = 0; i < m; i++) {
    const data = await sharp({
      create: {
        width: 480,
        height: 300,
        channels: 3,
        background: { r: i % 256, g: (i >> 8) % 256, b: (i * 7) % 256 },
      },
    })
      .jpeg({ quality: 80 })
      .toBuffer();
    fs.writeFileSync(path.join(folder, `anh-${i}.jpg`), data);
  }
}

/** Samples the RSS while `fn` runs: its result, the seconds it took and the peak RSS (MB). */
async function measured<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const t0 = performance.now();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, seconds: (performance.now() - t0) / 1000, peakMb: Math.round(peak / 1048576) };
  } finally {
    clearInterval(timer);
  }
}

async function onDatabase(
  label: string,
  databaseUrl: string,
  source: { url: string; admin: mysql.Connection; name: string },
  uploads: string,
  n: number,
  m: number,
): Promise<BenchRows> {
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-import-media-'));
  const server = await startServer(
    loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: mediaDir,
      LOG_LEVEL: 'silent',
      MIGRATE_AT_START: '1',
    }),
  );
  try {
    const imports = server.deps.imports;
    const run = async (uploadsDir: string) => {
      const id = await imports.start({
        siteId: 1,
        url: source.url,
        uploadsDir,
        prefix: 'nv4',
        oldHosts: [],
        dryRun: false,
        startedBy: null,
      });
      const report = await imports.runNow(id);
      if (report.error) throw new Error(report.error);
      return report;
    };
    const text = await measured(() => run(''));
    const ended = performance.now();
    // The newest article through its old address: 301, then the page.
    const last = FIRST_ID + n - 1;
    const old = `${server.url}/vi/news/${n % 2 === 0 ? 'xay-dung-dang' : 'Tin-tuc-Su-kien'}/bai-viet-${n - 1}-${last}.html`;
    let servedMs = NaN;
    for (let tries = 0; tries < 200; tries++) {
      const r = await fetch(old, { redirect: 'manual' });
      const loc = r.headers.get('location');
      await r.body?.cancel();
      if (r.status === 301 && loc) {
        const page = await fetch(new URL(loc, server.url));
        await page.text();
        if (page.status === 200) {
          servedMs = performance.now() - ended;
          break;
        }
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    // Images after: the first M articles get a home image and a captioned body image.
    await source.admin.query(`USE ${source.name}`);
    for (let done = 0; done < m; done += 1000) {
      const cases: string[] = [];
      for (let i = done; i < Math.min(m, done + 1000); i++) cases.push(String(FIRST_ID + i));
      await source.admin.query(
        `UPDATE nv4_vi_news_rows SET homeimgthumb = 2, homeimgfile = CONCAT('2024_01/anh-', id - ${FIRST_ID}, '.jpg'), homeimgalt = CONCAT('Ảnh số ', id - ${FIRST_ID}) WHERE id IN (${cases.join(',')})`,
      );
      await source.admin.query(
        `UPDATE nv4_vi_news_detail SET bodyhtml = CONCAT('<p><img src="/uploads/news/2024_01/anh-', id - ${FIRST_ID}, '.jpg" alt=""></p><p><em>Chú thích ảnh số ', id - ${FIRST_ID}, '</em></p>', bodyhtml) WHERE id IN (${cases.join(',')})`,
      );
    }
    const images = m > 0 ? await measured(() => run(uploads)) : undefined;
    // Renditions are made afterwards by the site's media-renditions job: what is still queued.
    const queued = await server.deps.db.kysely
      .selectFrom('mediaRenditionQueue')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const articles = text.value.counts.article.created;
    return [
      {
        'cơ sở dữ liệu': label,
        'bài (chữ)': articles,
        'bài/giây (chữ)': Math.round(articles / text.seconds),
        'giây (chữ)': text.seconds.toFixed(1),
        'RSS đỉnh chữ (MB)': text.peakMb,
        ảnh: images?.value.counts.file.created ?? 0,
        'ảnh/giây': images ? (m / images.seconds).toFixed(1) : '—',
        'giây (ảnh)': images ? images.seconds.toFixed(1) : '—',
        'RSS đỉnh ảnh (MB)': images?.peakMb ?? '—',
        'ảnh chờ bản nén': m > 0 ? Number(queued.n) : '—',
        'phục vụ sau (ms)': Number.isNaN(servedMs) ? 'không' : servedMs.toFixed(0),
      },
    ];
  } finally {
    await server.stop();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  }
}

export const importBench: Scenario = {
  name: 'import',
  description:
    'Nhập từ NukeViet: N bài (mặc định 100.000) và M ảnh (mặc định 20.000) từ MariaDB vào SQLite (và PostgreSQL với --postgres)',
  async run(opts) {
    const n = opts.articles;
    const m = Math.min(opts.images ?? 20_000, n);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-import-'));
    const uploads = path.join(dir, 'uploads');
    console.log(`  tạo ${n} bài NukeViet trong MariaDB và ${m} ảnh…`);
    const source = await makeSource(n);
    const rows: BenchRows = [];
    try {
      await makeImages(uploads, m);
      if (!opts.noSqlite)
        rows.push(
          ...(await onDatabase(
            'SQLite',
            `sqlite:${path.join(dir, 'portal.db')}`,
            source,
            uploads,
            n,
            m,
          )),
        );
      // The images phase changed the source: back to text only for the next database.
      if (opts.postgres) {
        await source.admin.query(`USE ${source.name}`);
        await source.admin.query(
          `UPDATE nv4_vi_news_rows SET homeimgthumb = 0, homeimgfile = '', homeimgalt = '' WHERE id >= ${FIRST_ID}`,
        );
        await source.admin.query(
          `UPDATE nv4_vi_news_detail SET bodyhtml = SUBSTRING(bodyhtml, LOCATE('</em></p>', bodyhtml) + 9) WHERE id >= ${FIRST_ID} AND bodyhtml LIKE '<p><img%'`,
        );
        const name = `bench_import_${crypto.randomBytes(4).toString('hex')}`;
        const admin = new pg.Client({ connectionString: opts.postgres });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        const u = new URL(opts.postgres);
        u.pathname = `/${name}`;
        try {
          rows.push(...(await onDatabase('PostgreSQL', u.toString(), source, uploads, n, m)));
        } finally {
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await admin.end();
        }
      }
    } finally {
      await source.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
