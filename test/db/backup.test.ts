import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.tsx';
import { loadConfig } from '../../src/config/config.ts';
import { connect, type Db, type DialectName } from '../../src/db/connect.ts';
import { tableDigests } from '../../src/db/dump.ts';
import { latestMigration, migrateToLatest } from '../../src/db/migrate.ts';
import {
  createBackup,
  restoreBackup,
  verifyBackup,
  type Manifest,
} from '../../src/modules/backup/backup.archive.ts';
import { BackupError } from '../../src/modules/backup/backup.messages.ts';
import { epochMigrationHooks } from '../../src/modules/cache/cache.epoch.ts';
import { seedDemo } from '../../src/seed/seed.ts';
import { buildDeps, type AppDeps } from '../../src/services.ts';
import { localStorage } from '../../src/storage/storage.local.ts';
import type { FileStorage } from '../../src/storage/storage.ts';
import { manualClock, makeStaff } from '../support/staff.ts';
import { BROWSER_UA } from '../support/test-app.ts';
import { dialects, freshDb } from '../support/test-db.ts';
import { enterDocument, textPdf } from '../support/document-fixtures.ts';

/** A database of the dialect on a file (SQLite backs up files) or a new PostgreSQL database. */
async function emptyDb(dialect: DialectName, dir: string, migrate: boolean) {
  if (dialect === 'postgres') return freshDb('postgres', { migrate });
  const url = `sqlite:${path.join(dir, `portal-${Math.random().toString(36).slice(2)}.db`)}`;
  const db = connect(url, { guardTransactions: true });
  if (migrate) await migrateToLatest(db, epochMigrationHooks);
  return { db, url, drop: () => db.close() };
}

function appOn(
  db: Db,
  url: string,
  mediaDir: string,
  clock: ReturnType<typeof manualClock>,
  env: Record<string, string> = {},
) {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    MEDIA_DIR: mediaDir,
    BASE_URL: 'https://dangbo.example.vn',
    ...env,
  });
  const deps: AppDeps = buildDeps(config, db, { clock: clock.now });
  return { deps, app: createApp(deps), db };
}

async function mediaHashes(storage: FileStorage): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const key of storage.keys())
    out[key] = createHash('sha256')
      .update((await storage.get(key))!)
      .digest('hex');
  return out;
}

const count = async (db: Db, table: string): Promise<number> =>
  Number(
    (await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db.kysely))
      .rows[0]!.n,
  );

/** A site with content, media, accounts, a login (sessions, audit rows) and counted reads. */
async function busySite(dialect: DialectName, dir: string) {
  const clock = manualClock(new Date());
  const source = await emptyDb(dialect, dir, true);
  const mediaDir = path.join(dir, 'media-source');
  const site = appOn(source.db, source.url, mediaDir, clock);
  await seedDemo(source.db, site.deps.media);
  const editor = await makeStaff(
    { ...site, get: undefined as never, close: undefined as never },
    clock,
    'bientap',
    'editor',
  );
  await editor.login();
  const ids = (await source.db.kysely.selectFrom('article').select('id').limit(3).execute()).map(
    (r) => r.id,
  );
  for (const id of ids)
    await site.deps.stats.record({
      siteId: 1,
      ip: '203.0.113.7',
      userAgent: BROWSER_UA,
      articleId: id,
      referrer: undefined,
      host: 'dangbo.example.vn',
      preview: false,
    });
  await site.deps.stats.flush();
  // A Văn bản with its PDF, a field and a relation (the one it replaces), both published.
  const clerk = await (
    await makeStaff(
      { ...site, get: undefined as never, close: undefined as never },
      clock,
      'vanthu',
      'approver',
    )
  ).login();
  const lists = await site.deps.documents.ensureLists();
  const fieldId = lists.fields.find((f) => f.name === 'Xây dựng Đảng')!.id;
  const spec = { type: 'Quy định', issuer: 'Ban Chấp hành Trung ương', publish: true };
  const older = await enterDocument(site, clerk, {
    ...spec,
    number: '08-QĐi/TW',
    summary: 'Quy định về trách nhiệm nêu gương (bản cũ)',
    pdf: ['QUY DINH ban cu'],
    issuedOn: '25/10/2018',
  });
  const documentPdf = textPdf([['QUY DINH nam 2026 thay the ban cu'], ['trang 2']]);
  const documentId = await enterDocument(site, clerk, {
    ...spec,
    number: '144-QĐ/TW',
    summary: 'Quy định về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên',
    pdf: ['QUY DINH nam 2026 thay the ban cu'],
    fieldIds: [fieldId],
    extra: { relations: `replaces:${older}` },
  });
  return {
    ...source,
    site,
    mediaDir,
    storage: localStorage(mediaDir),
    document: { id: documentId, older, fieldId, pdf: documentPdf },
  };
}

describe.each(dialects)('backup and restore on %s', (dialect) => {
  let dir: string;
  let src: Awaited<ReturnType<typeof busySite>>;
  let archive: string;
  let manifest: Manifest;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-backup-test-'));
    src = await busySite(dialect, dir);
    ({ path: archive, manifest } = await createBackup({
      databaseUrl: src.url,
      storage: src.storage,
      dir: path.join(dir, 'backups'),
    }));
  }, 120_000);
  afterAll(async () => {
    await src?.site.deps.stats.stop();
    await src?.drop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes one archive: a manifest with the schema version and the SHA-256 of every file', async () => {
    expect(path.basename(archive)).toMatch(/^portal-\d{8}T\d{6}Z$/);
    expect(manifest.schemaVersion).toBe(latestMigration());
    expect(manifest.dialect).toBe(dialect);
    const names = manifest.tables.map((t) => t.name);
    for (const t of ['article', 'account', 'audit_log', 'session', 'stat_day', 'media'])
      expect(names).toContain(t);
    expect(names).not.toContain('kysely_migration');
    // Referenced tables load first.
    expect(names.indexOf('section')).toBeLessThan(names.indexOf('article'));
    expect(names.indexOf('account')).toBeLessThan(names.indexOf('session'));
    expect(manifest.media.files).toBeGreaterThan(10);
    const listed = new Set(manifest.files.map((f) => f.path));
    for (const key of Object.keys(await mediaHashes(src.storage)))
      expect(listed.has(`media/${key}`)).toBe(true);
    const rows = await fs.readFile(path.join(archive, 'db', 'audit_log.jsonl'), 'utf8');
    expect(rows.trim().split('\n').length).toBe(await count(src.db, 'audit_log'));
    // No half-written archive is left behind.
    expect((await fs.readdir(path.dirname(archive))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('--verify restores into a scratch place and finds it identical', async () => {
    const v = await verifyBackup(archive, epochMigrationHooks);
    expect(v.files).toBe(manifest.media.files);
    expect(v.rows).toBe(manifest.tables.reduce((n, t) => n + t.rows, 0));
  });

  it('backup → wipe → restore: content, accounts, audit, counts and media hashes identical', async () => {
    const target = await emptyDb(dialect, dir, false);
    const mediaDir = path.join(dir, `media-restored-${dialect}`);
    try {
      await restoreBackup({
        archive,
        db: target.db,
        storage: localStorage(mediaDir),
        hooks: epochMigrationHooks,
      });
      const before = await tableDigests(src.db);
      const after = await tableDigests(target.db);
      expect(after).toEqual(before);
      for (const t of ['article', 'account', 'audit_log', 'stat_day', 'stat_count'])
        expect(after[t]!.rows, t).toBeGreaterThan(0);
      expect(await mediaHashes(localStorage(mediaDir))).toEqual(await mediaHashes(src.storage));

      // The restored site works: search finds what it found, new rows get new ids, the audit
      // log is append-only again.
      const clock = manualClock(new Date());
      const restored = appOn(target.db, target.url, mediaDir, clock);
      const q = { q: 'Điện Biên', page: 1 };
      const ids = async (d: AppDeps) => (await d.search.search(q)).results.map((r) => r.id);
      expect((await ids(restored.deps)).length).toBeGreaterThan(0);
      expect(await ids(restored.deps)).toEqual(await ids(src.site.deps));
      const again = await makeStaff(
        { ...restored, get: undefined as never, close: undefined as never },
        clock,
        'phongvien',
        'reporter',
      );
      expect(again.id).toBeGreaterThan(0);
      await expect(sql`DELETE FROM audit_log`.execute(target.db.kysely)).rejects.toThrow();

      // The document: its record, field, relation both ways and file row as they were, and its
      // PDF served byte-identical (SHA-256 as recorded at upload) from the restored store.
      const { id, older, fieldId, pdf } = src.document;
      const docsOf = (d: AppDeps) => d.documents;
      for (const k of ['find', 'relations', 'fieldIdsOf', 'files'] as const)
        expect(await docsOf(restored.deps)[k](id), k).toEqual(await docsOf(src.site.deps)[k](id));
      expect(await restored.deps.documents.fieldIdsOf(id)).toEqual([fieldId]);
      expect(await restored.deps.documents.relations(older)).toMatchObject([
        { kind: 'replaces', label: 'Bị thay thế bởi', other: { id, published: true } },
      ]);
      const [file] = await restored.deps.documents.files(id);
      const sha = createHash('sha256').update(pdf).digest('hex');
      expect(file).toMatchObject({ kind: 'pdf', bytes: pdf.length, sha256: sha, pages: 2 });
      const d = (await restored.deps.documents.find(id))!;
      const served = await restored.app.request(
        `https://dangbo.example.vn/van-ban/${id}/tep/${file!.n}/x.pdf?tai-ve=1`,
        { headers: { 'user-agent': BROWSER_UA } },
      );
      expect(served.status).toBe(200);
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(bytes.equals(pdf)).toBe(true);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
      // Still found by a phrase of its PDF, and shown on its public page.
      expect((await restored.deps.documents.search('thay the ban cu')).map((x) => x.id)).toContain(
        id,
      );
      const page = await restored.app.request(`https://dangbo.example.vn/van-ban/${d.slug}-${id}`, {
        headers: { 'user-agent': BROWSER_UA },
      });
      expect(await page.text()).toContain('144-QĐ/TW');
      await restored.deps.stats.stop();

      // Restoring again into the now full database is refused, before anything is written.
      await expect(
        restoreBackup({ archive, db: target.db, storage: localStorage(mediaDir) }),
      ).rejects.toMatchObject({ code: 'backup.db_not_empty' });
    } finally {
      await target.drop();
    }
  }, 120_000);

  it('refuses a full media store, a damaged archive and a newer schema, in Vietnamese and English', async () => {
    const target = await emptyDb(dialect, dir, false);
    try {
      const full = localStorage(path.join(dir, 'media-full'));
      await full.put('x/a.txt', Buffer.from('đã có'));
      await expect(restoreBackup({ archive, db: target.db, storage: full })).rejects.toMatchObject({
        code: 'backup.media_not_empty',
      });

      const copy = path.join(dir, 'tampered');
      await fs.cp(archive, copy, { recursive: true });
      const empty = () => localStorage(path.join(dir, `media-${Math.random()}`));
      const m = JSON.parse(await fs.readFile(path.join(copy, 'manifest.json'), 'utf8')) as Manifest;
      await fs.writeFile(
        path.join(copy, 'manifest.json'),
        JSON.stringify({ ...m, schemaVersion: '2099-01-01T0000-future' }),
      );
      const newer = await restoreBackup({ archive: copy, db: target.db, storage: empty() }).catch(
        (e: unknown) => e,
      );
      expect(newer).toBeInstanceOf(BackupError);
      expect((newer as BackupError).code).toBe('backup.newer_schema');
      expect((newer as Error).message).toContain('mới hơn phần mềm này');
      expect((newer as Error).message).toContain('newer than this software');

      await fs.appendFile(path.join(copy, 'db', 'article.jsonl'), '[1]\n');
      await expect(
        restoreBackup({ archive: copy, db: target.db, storage: empty() }),
      ).rejects.toMatchObject({ code: 'backup.corrupt' });
      await expect(verifyBackup(copy)).rejects.toMatchObject({ code: 'backup.corrupt' });
      // Nothing was written by the refusals.
      expect(await tableDigests(target.db)).toEqual({});
    } finally {
      await target.drop();
    }
  });

  it.runIf(dialect === 'sqlite' && dialects.includes('postgres'))(
    'restores a SQLite archive into PostgreSQL (the move a growing site makes)',
    async () => {
      const target = await freshDb('postgres', { migrate: false });
      const mediaDir = path.join(dir, 'media-pg');
      try {
        const r = await restoreBackup({
          archive,
          db: target.db,
          storage: localStorage(mediaDir),
          hooks: epochMigrationHooks,
        });
        expect(r.manifest.dialect).toBe('sqlite');
        expect(await tableDigests(target.db)).toEqual(await tableDigests(src.db));
        expect(await mediaHashes(localStorage(mediaDir))).toEqual(await mediaHashes(src.storage));
        const clock = manualClock(new Date());
        const moved = appOn(target.db, target.url, mediaDir, clock);
        const q = { q: 'Điện Biên', page: 1 };
        const found = (await moved.deps.search.search(q)).results.map((x) => x.id);
        expect(found.length).toBeGreaterThan(0);
        const page = await moved.app.request('/');
        expect(page.status).toBe(200);
        await moved.deps.stats.stop();
      } finally {
        await target.drop();
      }
    },
    120_000,
  );

  // Last: it writes to the source database the tests above compare with.
  it('the scheduled job writes an archive, applies the retention, and the admin dashboard shows it', async () => {
    const backupDir = path.join(dir, 'scheduled');
    const old = ['portal-20200101T000000Z', 'portal-20200102T000000Z'];
    for (const n of old) await fs.mkdir(path.join(backupDir, n), { recursive: true });
    const partial = path.join(backupDir, '.portal-20200103T000000Z.partial');
    await fs.mkdir(partial);
    await fs.utimes(partial, new Date('2020-01-03'), new Date('2020-01-03'));
    const clock = manualClock(new Date());
    const site = appOn(src.db, src.url, src.mediaDir, clock, {
      BACKUP_DIR: backupDir,
      BACKUP_EVERY_HOURS: '24',
      BACKUP_KEEP_DAILY: '1',
      BACKUP_KEEP_WEEKLY: '0',
      BACKUP_KEEP_MONTHLY: '1',
    });
    const asTest = { ...site, get: undefined as never, close: undefined as never };
    try {
      await site.deps.jobs.tick();
      const left = (await fs.readdir(backupDir)).sort();
      expect(left).toHaveLength(1);
      expect(left[0]).toMatch(/^portal-\d{8}T\d{6}Z$/);
      const status = await site.deps.backups.status();
      expect(status.last).toMatchObject({ ok: true, archive: left[0], removed: 2 });
      expect(status.last!.rows).toBeGreaterThan(100);
      await verifyBackup(path.join(backupDir, left[0]!));
      // Once a day: the next tick does not run it again.
      await site.deps.jobs.tick();
      expect(await fs.readdir(backupDir)).toEqual(left);

      const admin = await (await makeStaff(asTest, clock, 'quantri', 'admin')).login();
      const page = await admin.get('/quan-tri');
      expect(page.text).toContain('Sao lưu dữ liệu');
      expect(page.text).toContain('Sao lưu thành công gần nhất');
      expect(page.text).toContain(left[0]);
      expect(page.text).toContain('mỗi 24 giờ');
      const reporter = await (await makeStaff(asTest, clock, 'phongvien2', 'reporter')).login();
      expect((await reporter.get('/quan-tri')).text).not.toContain('Sao lưu dữ liệu');

      // A failed run is recorded and shown, in Vietnamese; the last success stays shown.
      const blocked = path.join(dir, 'not-a-folder');
      await fs.writeFile(blocked, 'x');
      const failing = appOn(src.db, src.url, src.mediaDir, clock, {
        BACKUP_DIR: blocked,
        BACKUP_EVERY_HOURS: '24',
      });
      await failing.deps.backups.run();
      expect((await failing.deps.backups.status()).last).toMatchObject({ ok: false });
      const after = await admin.get('/quan-tri');
      expect(after.text).toContain('thất bại');
      expect(after.text).toContain(left[0]);
      await failing.deps.stats.stop();
    } finally {
      await site.deps.stats.stop();
    }
  }, 120_000);
});
