import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.tsx';
import { loadConfig } from '../../src/config/config.ts';
import { connect, type Db } from '../../src/db/connect.ts';
import { migrateTo, migrateToLatest } from '../../src/db/migrate.ts';
import { withSite } from '../../src/db/site-scope.ts';
import { epochMigrationHooks } from '../../src/modules/cache/cache.epoch.ts';
import { siteRepository } from '../../src/modules/site/site.repository.ts';
import { referenceArticle } from '../../src/seed/reference-article.ts';
import { buildDeps } from '../../src/services.ts';
import { BROWSER_UA, TEST_MEDIA_DIR } from '../support/test-app.ts';
import { dialects, freshDb } from '../support/test-db.ts';

/** The last migration before sites: what a database made by the single-site portal has. */
const BEFORE_SITES = '2026-12-07T0200-search-words';

/** What a single-site database holds, counted table by table. */
async function counts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [
    'article',
    'section',
    'page',
    'setting',
    'account',
    'account_section',
    'audit_log',
    'stat_day',
    'stat_count',
    'media',
    'tag',
    'article_tag',
  ]) {
    const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(t)}`.execute(
      db.kysely,
    );
    out[t] = Number(r.rows[0]!.n);
  }
  return out;
}

/** After the sites migration: everything is the province's, and the app serves it. */
async function expectProvinceOwnsAll(db: Db, before: Record<string, number>) {
  expect(await counts(db)).toEqual(before);
  const site = await db.kysely.selectFrom('site').selectAll().execute();
  expect(site).toHaveLength(1);
  expect(site[0]).toMatchObject({ id: 1, kind: 'tinh', status: 'active' });
  for (const t of [
    'article',
    'section',
    'setting',
    'audit_log',
    'stat_day',
    'stat_count',
    'media',
  ] as const) {
    const other = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM ${sql.table(t)} WHERE site_id <> 1`.execute(db.kysely);
    expect(Number(other.rows[0]!.n), t).toBe(0);
  }
  const grants = await db.kysely.selectFrom('accountSite').selectAll().execute();
  expect(grants.length).toBe(before.account);
  expect(grants.every((g) => g.siteId === 1)).toBe(true);
  const epochs = await db.kysely.selectFrom('cacheEpoch').selectAll().execute();
  expect(epochs.map((e) => e.id)).toEqual([1]);
  // Section slugs are now unique per site: a commune may have its own "tin-tuc".
  const slug = (await db.kysely.selectFrom('section').select('slug').executeTakeFirstOrThrow())
    .slug;
  await db.kysely
    .insertInto('site')
    .values({
      id: 2,
      slug: 'xa',
      kind: 'xa',
      name: 'Xã',
      createdAt: new Date().toISOString(),
    })
    .execute();
  await withSite(2, () =>
    siteRepository(db).insertSection({
      parentId: null,
      slug,
      name: 'Trùng tên',
      description: '',
      kind: 'articles',
      position: 0,
      showOnHome: true,
    }),
  );
}

describe.each(dialects)('the sites migration on %s', (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it('moves a single-site database into the province with nothing lost', async () => {
    let db: Db;
    let url: string;
    if (dialect === 'sqlite') {
      // A database made by the single-site portal (demo seed, an editor, an audit row, counts).
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sites-migration-'));
      const file = path.join(dir, 'portal.db');
      fs.writeFileSync(
        file,
        zlib.gunzipSync(
          fs.readFileSync(path.join(import.meta.dirname, '../fixtures/main-2026-12-07.sqlite.gz')),
        ),
      );
      url = `sqlite:${file}`;
      db = connect(url);
      cleanups.push(async () => {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      });
    } else {
      const t = await freshDb('postgres', { migrate: false });
      db = t.db;
      url = t.url;
      cleanups.push(() => t.drop());
      await migrateTo(db, BEFORE_SITES);
      const k = db.kysely;
      const now = new Date().toISOString();
      await sql`INSERT INTO setting (key, value) VALUES ('siteName', '"TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH"'), ('shortName', '"Đảng bộ tỉnh"')`.execute(
        k,
      );
      await sql`INSERT INTO section (slug, name, created_at) VALUES ('tin-trong-tinh', 'Tin trong tỉnh', ${now})`.execute(
        k,
      );
      await sql`INSERT INTO article (section_id, slug, title, lead, body_html, status, published_at, created_at, updated_at, read_count)
        VALUES ((SELECT min(id) FROM section), 'bai-cu', ${referenceArticle.title}, 'Tóm tắt', '<p>Nội dung</p>', 'published', ${now}, ${now}, ${now}, 12695)`.execute(
        k,
      );
      await sql`INSERT INTO account (username, full_name, role, password_hash, password_changed_at, created_at, updated_at)
        VALUES ('bientap', 'Biên tập viên', 'editor', 'x', ${now}, ${now}, ${now})`.execute(k);
      await sql`INSERT INTO account_section (account_id, section_id) SELECT min(a.id), min(s.id) FROM account a, section s`.execute(
        k,
      );
      await sql`INSERT INTO audit_log (at, action, summary) VALUES (${now}, 'article.publish', 'Bài cũ')`.execute(
        k,
      );
      await sql`INSERT INTO stat_day (day, visits, page_views, bots) VALUES ('2026-12-01', 120, 450, 7)`.execute(
        k,
      );
      await sql`INSERT INTO stat_count (day, metric, key, n) VALUES ('2026-12-01', 'device', 'mobile', 80)`.execute(
        k,
      );
    }
    const last = await db.kysely
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .orderBy('name' as never, 'desc')
      .executeTakeFirstOrThrow();
    expect((last as { name: string }).name).toBe(BEFORE_SITES);
    const before = await counts(db);
    expect(before.article).toBeGreaterThan(0);

    await migrateToLatest(db, epochMigrationHooks);
    await expectProvinceOwnsAll(db, before);

    // The migrated database serves the same reference article, with its read count.
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      MEDIA_DIR: TEST_MEDIA_DIR,
      BASE_URL: 'https://dangbo.example.vn',
    });
    const deps = buildDeps(config, db);
    await deps.platform.load();
    const app = createApp(deps);
    const home = await app.request('https://dangbo.example.vn/', {
      headers: { 'user-agent': BROWSER_UA },
    });
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain(referenceArticle.title);
    const href = /href="(\/[a-z0-9-]+\/[a-z0-9-]+-\d+)"/.exec(html)?.[1];
    const page = await app.request(`https://dangbo.example.vn${href}`, {
      headers: { 'user-agent': BROWSER_UA },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/Lượt đọc:/);
    await deps.stats.stop();
  });
});
