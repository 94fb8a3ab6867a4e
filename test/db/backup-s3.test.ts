import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.tsx';
import { loadConfig } from '../../src/config/config.ts';
import { connect, type Db, type DialectName } from '../../src/db/connect.ts';
import { tableDigests } from '../../src/db/dump.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import {
  createBackup,
  restoreBackup,
  verifyBackup,
} from '../../src/modules/backup/backup.archive.ts';
import { BACKUP_MESSAGES } from '../../src/modules/backup/backup.messages.ts';
import { epochMigrationHooks } from '../../src/modules/cache/cache.epoch.ts';
import { buildDeps } from '../../src/services.ts';
import { localStorage } from '../../src/storage/storage.local.ts';
import { openStorage } from '../../src/storage/storage.open.ts';
import type { FileStorage } from '../../src/storage/storage.ts';
import * as fx from '../support/media-fixtures.ts';
import { startS3, type TestS3 } from '../support/s3-server.ts';
import { dialects, freshDb } from '../support/test-db.ts';

const s3 = await startS3();
afterAll(() => s3?.stop());

const ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/** A database of the dialect on a file (SQLite backs up files) or a new PostgreSQL database. */
async function emptyDb(dialect: DialectName, dir: string, migrate: boolean) {
  if (dialect === 'postgres') return freshDb('postgres', { migrate });
  const url = `sqlite:${path.join(dir, `portal-${Math.random().toString(36).slice(2)}.db`)}`;
  const db = connect(url, { guardTransactions: true });
  if (migrate) await migrateToLatest(db, epochMigrationHooks);
  return { db, url, drop: () => db.close() };
}

async function hashes(storage: FileStorage): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const key of storage.keys())
    out[key] = createHash('sha256')
      .update((await storage.get(key))!)
      .digest('hex');
  return out;
}

function appOn(db: Db, url: string, env: Record<string, string>) {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    BASE_URL: 'https://dangbo.example.vn',
    ...env,
  });
  const deps = buildDeps(config, db);
  return { deps, app: createApp(deps), storage: openStorage(config.mediaStore) };
}

describe.runIf(s3).each(dialects)('backup and restore with media on S3, on %s', (dialect) => {
  const store = s3 as TestS3;
  let dir: string;
  let source: Awaited<ReturnType<typeof emptyDb>>;
  let site: ReturnType<typeof appOn>;
  let archive: string;
  const urls: string[] = [];
  const folder = (name: string) => `${dialect}-${name}-${Date.now().toString(36)}/`;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-backup-s3-'));
    source = await emptyDb(dialect, dir, true);
    site = appOn(source.db, source.url, store.env(folder('source')));
    const uploaded = await site.deps.media.upload(ACTOR, [
      { name: 'Đại hội Đảng bộ.jpg', data: await fx.jpeg(900, 600, 41) },
      { name: 'Nghị quyết.pdf', data: fx.pdf() },
      { name: 'Phóng sự.mp4', data: fx.mp4(50_000) },
    ]);
    for (const u of uploaded) {
      if (!u.ok) throw new Error(u.error);
      urls.push(`/media/${u.media.key}`);
    }
  });
  afterAll(async () => {
    await site?.deps.stats.stop();
    await source?.drop();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('walks the bucket into an archive that verifies, and restores into an empty database and an empty bucket', async () => {
    const before = await hashes(site.storage);
    expect(Object.keys(before).length).toBeGreaterThan(10); // renditions of the image too
    const made = await createBackup({
      databaseUrl: source.url,
      storage: site.storage,
      dir: path.join(dir, 'backups'),
    });
    archive = made.path;
    expect(made.manifest.media.files).toBe(Object.keys(before).length);
    // The archive's media are the bucket's objects, byte for byte.
    for (const f of made.manifest.files.filter((x) => x.path.startsWith('media/')))
      expect(f.sha256, f.path).toBe(before[f.path.slice('media/'.length)]);
    expect((await verifyBackup(archive, epochMigrationHooks)).files).toBe(
      Object.keys(before).length,
    );

    const target = await emptyDb(dialect, dir, false);
    const restored = appOn(target.db, target.url, store.env(folder('restored')));
    try {
      const r = await restoreBackup({
        archive,
        db: target.db,
        storage: restored.storage,
        hooks: epochMigrationHooks,
      });
      expect(r.files).toBe(Object.keys(before).length);
      expect(await hashes(restored.storage)).toEqual(before);
      const digests = await tableDigests(target.db);
      const original = await tableDigests(source.db);
      expect(digests.media).toEqual(original.media);
      // The restored site serves the files from its bucket.
      await restored.deps.platform.load();
      for (const url of urls) {
        const res = await restored.app.request(url, { headers: { range: 'bytes=0-99' } });
        expect(res.status, url).toBe(206);
        expect(Buffer.from(await res.arrayBuffer())).toEqual(
          (await site.storage.get(url.slice('/media/'.length)))!.subarray(0, 100),
        );
      }
    } finally {
      await restored.deps.stats.stop();
      await target.drop();
    }
  });

  it('refuses to restore into a bucket folder that already holds files, writing nothing', async () => {
    const target = await emptyDb(dialect, dir, false);
    const busy = openStorage(loadConfig(store.env(folder('busy'))).mediaStore);
    await busy.put('co-san.jpg', Buffer.from('x'));
    try {
      await expect(
        restoreBackup({ archive, db: target.db, storage: busy, hooks: epochMigrationHooks }),
      ).rejects.toThrow(BACKUP_MESSAGES['backup.media_not_empty']);
      expect(Object.keys(await hashes(busy))).toEqual(['co-san.jpg']);
    } finally {
      await target.drop();
    }
  });

  it('moves a site from the disk to a bucket: a disk backup restores into S3', async () => {
    const disk = localStorage(path.join(dir, 'disk-media'));
    for (const url of urls) {
      const key = url.slice('/media/'.length);
      await disk.put(key, (await site.storage.get(key))!);
    }
    const made = await createBackup({
      databaseUrl: source.url,
      storage: disk,
      dir: path.join(dir, 'disk-backups'),
    });
    const target = await emptyDb(dialect, dir, false);
    const bucket = openStorage(loadConfig(store.env(folder('moved'))).mediaStore);
    try {
      await restoreBackup({
        archive: made.path,
        db: target.db,
        storage: bucket,
        hooks: epochMigrationHooks,
      });
      expect(await hashes(bucket)).toEqual(await hashes(disk));
    } finally {
      await target.drop();
    }
  });
});
