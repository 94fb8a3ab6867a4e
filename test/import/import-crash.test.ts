/**
 * `kill -9` during an import step (#21, #17's fault list): a real NukeViet import runs in a
 * child process and is killed inside an article batch's transaction (its articles and history
 * lines written, not committed); then the run is resumed from its cursor. Nothing half-written
 * is left after the kill, and the resumed run ends with exactly what an uninterrupted import of
 * the same source gives (rows of every table the import writes, their history lines, the files
 * in the store). Then the renditions job is killed while writing files: after the restart and
 * the upload recovery, the queue is worked through and the store holds exactly the reference's
 * files, no orphan. On SQLite (a file) and PostgreSQL, from the fixture on a real MariaDB.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { connect, type Db, type DialectName } from '../../src/db/connect.ts';
import { withSite } from '../../src/db/site-scope.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { ROOT } from '../../src/lib/paths.ts';
import { epochMigrationHooks } from '../../src/modules/cache/cache.epoch.ts';
import { buildDeps, type AppDeps } from '../../src/services.ts';
import { localStorage } from '../../src/storage/storage.local.ts';
import { addSite } from '../support/sites.ts';
import { dialects, freshDb } from '../support/test-db.ts';
import { FIXTURE_DIR, nukevietDb, requireMariadb } from './mariadb.ts';
import { kill9, startChildScript } from '../support/child-script.ts';

const HAVE_MARIADB = await requireMariadb();
const UPLOADS = path.join(FIXTURE_DIR, 'uploads');
const CHILD_DIR = path.join(ROOT, 'dist', `import-crash-child-${process.pid}`);
const SITE = { slug: 'dien-bien-dong', name: 'Điện Biên Đông', host: 'dienbiendong.example.vn' };

/** Tables an import writes (with their history lines and map), counted per snapshot. */
const TABLES = [
  'section',
  'page',
  'article',
  'articleNote',
  'articleTag',
  'articleSection',
  'tag',
  'importItem',
  'media',
  'mediaRenditionQueue',
  'uploadIntent',
  'document',
  'documentFile',
  'weblink',
  'banner',
  'articleSearch',
] as const;

function startChild(args: string[]) {
  return startChildScript(path.join(CHILD_DIR, 'import-child.js'), args);
}

/** A database (SQLite in a file, so that two processes share it) with the receiving site. */
async function database(dialect: DialectName, dir: string) {
  if (dialect === 'postgres') {
    const t = await freshDb('postgres');
    return { url: t.url, db: t.db, drop: () => t.drop() };
  }
  const url = `sqlite:${path.join(dir, 'portal.db')}`;
  const db = connect(url);
  await migrateToLatest(db, epochMigrationHooks);
  return { url, db, drop: () => db.close() };
}

async function counts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const table = t.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(
      db.kysely.withoutPlugins(),
    );
    out[t] = Number(r.rows[0]!.n);
  }
  return out;
}

/** What the site shows of the import: titles, each with its history lines and its map row. */
async function articlesOf(db: Db, siteId: number) {
  const rows = await db.kysely
    .selectFrom('article')
    .select(['id', 'title', 'status', 'readCount'])
    .where('siteId', '=', siteId)
    .orderBy('title')
    .execute();
  const out = [];
  for (const r of rows) {
    const notes = await db.kysely
      .selectFrom('articleNote')
      .select('text')
      .where('articleId', '=', r.id)
      .execute();
    const mapped = await db.kysely
      .selectFrom('importItem')
      .select('sourceId')
      .where('kind', '=', 'article')
      .where('targetId', '=', r.id)
      .execute();
    out.push({
      title: r.title,
      status: r.status,
      readCount: Number(r.readCount),
      notes: notes.map((n) => n.text),
      mapped: mapped.length,
    });
  }
  return out;
}

async function storeKeys(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const k of localStorage(dir).keys()) out.push(k);
  return out.sort();
}

beforeAll(async () => {
  await build({
    entryPoints: { 'import-child': 'test/import/import-child.ts' },
    outdir: CHILD_DIR,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}, 60_000);
afterAll(async () => {
  await fs.rm(CHILD_DIR, { recursive: true, force: true });
});

describe.skipIf(!HAVE_MARIADB).each(dialects)('kill -9 during an import, on %s', (dialect) => {
  let dir: string;
  let nv: Awaited<ReturnType<typeof nukevietDb>>;
  let crashed: Awaited<ReturnType<typeof database>>;
  let reference: Awaited<ReturnType<typeof database>>;
  let siteId: number;
  let deps: AppDeps;
  let refDeps: AppDeps;
  const mediaDir = () => path.join(dir, 'media');
  const refMediaDir = () => path.join(dir, 'reference-media');
  const depsFor = (url: string, db: Db, media: string) =>
    buildDeps(loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, MEDIA_DIR: media }), db);
  const renderAll = async (d: AppDeps) => {
    while ((await withSite(siteId, () => d.media.renderQueued(4))) > 0);
  };

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'import-crash-'));
    await fs.mkdir(path.join(dir, 'ref'));
    nv = await nukevietDb();
    crashed = await database(dialect, dir);
    reference = await database(dialect, path.join(dir, 'ref'));
    siteId = (await addSite(crashed.db, SITE)).id;
    expect((await addSite(reference.db, SITE)).id).toBe(siteId);
    deps = depsFor(crashed.url, crashed.db, mediaDir());
    refDeps = depsFor(reference.url, reference.db, refMediaDir());
    await deps.platform.load();
    await refDeps.platform.load();
    // The reference: the same import, uninterrupted.
    const id = await refDeps.imports.start({
      siteId,
      url: nv.url,
      uploadsDir: UPLOADS,
      prefix: 'nv4',
      oldHosts: ['tinhuy.example.vn'],
      dryRun: false,
      startedBy: null,
    });
    const report = await refDeps.imports.runNow(id);
    expect(report.error).toBeUndefined();
    expect(report.counts.article.created).toBe(6);
  }, 120_000);
  afterAll(async () => {
    await deps?.stats.stop();
    await refDeps?.stats.stop();
    await crashed?.drop();
    await reference?.drop();
    await nv?.drop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('killed inside an article batch: nothing of the batch is left, and the resumed run ends exactly like an uninterrupted one', async () => {
    const c = startChild(['import', crashed.url, mediaDir(), String(siteId), nv.url, UPLOADS]);
    await c.until((l) => l === 'in-tx' || l === 'done');
    expect(c.lines).toContain('in-tx');
    kill9(c.child);
    expect(await c.exited).toBe('SIGKILL');
    const runId = Number(c.lines.find((l) => l.startsWith('run '))!.slice(4));

    // "Restart": a new connection sees no article of the batch, no history line, no map row.
    const fresh = connect(crashed.url);
    try {
      if (dialect === 'sqlite') {
        const r = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(
          fresh.kysely.withoutPlugins(),
        );
        expect(r.rows).toEqual([{ integrity_check: 'ok' }]);
      }
      expect(await articlesOf(fresh, siteId)).toEqual([]);
      const after = await counts(fresh);
      expect(after.articleNote).toBe(0);
      expect(after.articleTag).toBe(0);
      expect(after.articleSearch).toBe(0);
      expect(
        await fresh.kysely
          .selectFrom('importItem')
          .select('id')
          .where('kind', '=', 'article')
          .execute(),
      ).toEqual([]);
      const run = await fresh.kysely
        .selectFrom('importRun')
        .select(['status'])
        .where('id', '=', runId)
        .executeTakeFirstOrThrow();
      expect(run.status).toBe('running');
    } finally {
      await fresh.close();
    }

    // The run goes on from its cursor and ends with exactly the reference's rows and files.
    const report = await deps.imports.runNow(runId);
    expect(report.error).toBeUndefined();
    expect(report.counts.article).toMatchObject({ created: 6, updated: 0 });
    expect(await counts(crashed.db)).toEqual(await counts(reference.db));
    const articles = await articlesOf(crashed.db, siteId);
    expect(articles).toEqual(await articlesOf(reference.db, siteId));
    expect(articles.every((a) => a.notes.length === 1 && a.mapped === 1)).toBe(true);
    expect(await storeKeys(mediaDir())).toEqual(await storeKeys(refMediaDir()));
    // Once more: nothing changes.
    const again = await deps.imports.runNow(
      await deps.imports.start({
        siteId,
        url: nv.url,
        uploadsDir: UPLOADS,
        prefix: 'nv4',
        oldHosts: ['tinhuy.example.vn'],
        dryRun: false,
        startedBy: null,
      }),
    );
    expect(again.counts.article).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    expect(await counts(crashed.db)).toEqual(await counts(reference.db));
  }, 120_000);

  it('killed while writing renditions: after the restart the queue is worked through, no orphan file', async () => {
    expect(Number((await counts(crashed.db)).mediaRenditionQueue)).toBeGreaterThan(0);
    const before = await counts(crashed.db);
    const c = startChild(['render', crashed.url, mediaDir(), String(siteId)]);
    await c.until(
      (l) => l.startsWith('put ') && c.lines.filter((x) => x.startsWith('put ')).length >= 2,
    );
    kill9(c.child);
    expect(await c.exited).toBe('SIGKILL');
    // Nothing changed in the database; the files written name themselves in an upload intent.
    const after = await counts(crashed.db);
    expect({ ...after, uploadIntent: 0 }).toEqual({ ...before, uploadIntent: 0 });
    expect(after.uploadIntent).toBe(1);

    // Restart: the recovery removes the unfinished files, the job makes every rendition.
    await deps.media.recoverUploads(0);
    await renderAll(deps);
    await renderAll(refDeps);
    const done = await counts(crashed.db);
    expect(done.mediaRenditionQueue).toBe(0);
    expect(done.uploadIntent).toBe(0);
    expect(done).toEqual(await counts(reference.db));
    expect(await storeKeys(mediaDir())).toEqual(await storeKeys(refMediaDir()));
  }, 180_000);
});
