/**
 * The backup archive: one folder `portal-<UTC time>` holding a portable dump of every table
 * (`db/<table>.jsonl`, see db/dump.ts), a copy of the media store (`media/<key>`) and
 * `manifest.json` (schema version, dialect, per-table row counts and digests, the SHA-256 of
 * every file). It is written under a hidden temporary name and renamed when complete, so an
 * archive folder is either whole or absent.
 *
 * Consistency: SQLite is copied with its online backup API (better-sqlite3 `backup()`) to a
 * snapshot file while the site serves, and the dump is read from the snapshot; PostgreSQL is
 * read in one read-only REPEATABLE READ transaction (the snapshot pg_dump takes). The database
 * is copied before the media: files are written before the rows that name them and are never
 * rewritten, so every file a copied row names is in the store when the media are copied.
 *
 * Why a logical dump rather than `pg_dump -Fc` or the SQLite file: the same archive restores
 * into either database (SQLite → PostgreSQL, the move a growing site makes), needs no client
 * tools of the matching major version on the machine, and can be checked row by row.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import {
  connect,
  isPostgresUrl,
  sqliteFileOf,
  type Db,
  type DialectName,
} from '../../db/connect.ts';
import {
  describeTables,
  loadTables,
  readRows,
  readSnapshot,
  tableDigests,
  TableDigest,
} from '../../db/dump.ts';
import {
  appliedMigration,
  knowsMigration,
  latestMigration,
  migrateTo,
  migrateToLatest,
  type MigrationHooks,
} from '../../db/migrate.ts';
import { localStorage } from '../../storage/storage.local.ts';
import type { FileStorage } from '../../storage/storage.ts';
import { BackupError, say } from './backup.messages.ts';

export const ARCHIVE_FORMAT = 'cong-thong-tin-backup/1';
const MANIFEST = 'manifest.json';

/** What `manifest.json` says about an archive. */
export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  createdAt: string;
  /** The newest migration applied to the copied database. */
  schemaVersion: string;
  dialect: DialectName;
  /** In load order (referenced tables first). */
  tables: { name: string; columns: string[]; rows: number; digest: string; file: string }[];
  media: { files: number; bytes: number };
  /** Every file of the archive but the manifest, with its SHA-256. */
  files: { path: string; bytes: number; sha256: string }[];
}

/** `portal-20261207T042200Z`: sortable, one per second. */
export function archiveName(now: Date): string {
  return `portal-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}`;
}

async function sha256(file: string): Promise<string> {
  const h = createHash('sha256');
  await pipeline(createReadStream(file), h);
  return h.digest('hex');
}

async function* walk(dir: string, prefix = ''): AsyncGenerator<string> {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) yield* walk(path.join(dir, e.name), rel);
    else if (e.isFile()) yield rel;
  }
}

/** Opens a consistent copy of the source: a snapshot file for SQLite, the live PostgreSQL. */
async function openSource(
  databaseUrl: string,
  scratch: string,
): Promise<{ db: Db; close(): Promise<void> }> {
  if (isPostgresUrl(databaseUrl)) {
    const db = connect(databaseUrl, { poolSize: 1 });
    return { db, close: () => db.close() };
  }
  const file = sqliteFileOf(databaseUrl);
  if (file === ':memory:') throw new BackupError(say('backup.memory_db'));
  const snapshot = path.join(scratch, 'snapshot.db');
  const live = new SQLite(file, { fileMustExist: true });
  try {
    await live.backup(snapshot);
  } finally {
    live.close();
  }
  const db = connect(`sqlite:${snapshot}`);
  return { db, close: () => db.close() };
}

/**
 * Writes a new archive of the database at `databaseUrl` and the media `storage` into `dir`;
 * returns its path and manifest.
 */
export async function createBackup(opts: {
  databaseUrl: string;
  storage: FileStorage;
  dir: string;
  now?: Date;
}): Promise<{ path: string; manifest: Manifest }> {
  const now = opts.now ?? new Date();
  await fs.mkdir(opts.dir, { recursive: true });
  let name = archiveName(now);
  for (let n = 2; await exists(path.join(opts.dir, name)); n++) name = `${archiveName(now)}-${n}`;
  const work = path.join(opts.dir, `.${name}.partial`);
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-backup-'));
  await fs.rm(work, { recursive: true, force: true });
  await fs.mkdir(path.join(work, 'db'), { recursive: true });
  try {
    const source = await openSource(opts.databaseUrl, scratch);
    let schemaVersion: string | undefined;
    let tables: Manifest['tables'];
    try {
      schemaVersion = await appliedMigration(source.db);
      const described = await describeTables(source.db);
      tables = await readSnapshot(source.db, async (k) => {
        const out: Manifest['tables'] = [];
        for (const t of described) {
          const file = `db/${t.name}.jsonl`;
          const digest = new TableDigest(t.columns);
          const fh = await fs.open(path.join(work, file), 'w');
          try {
            for await (const batch of readRows(k, source.db.dialect, t)) {
              for (const r of batch) digest.add(r);
              await fh.write(batch.map((r) => `${JSON.stringify(r)}\n`).join(''));
            }
            await fh.sync();
          } finally {
            await fh.close();
          }
          out.push({
            name: t.name,
            columns: t.columns,
            rows: digest.rows,
            digest: digest.value,
            file,
          });
        }
        return out;
      });
    } finally {
      await source.close();
    }
    if (!schemaVersion)
      throw new Error('The database has no migrations applied: nothing to back up');
    const media = { files: 0, bytes: 0 };
    for await (const key of opts.storage.keys()) {
      const dest = path.join(work, 'media', ...key.split('/'));
      await fs.mkdir(path.dirname(dest), { recursive: true });
      const local = opts.storage.localPath(key);
      if (local) await fs.copyFile(local, dest);
      else {
        const data = await opts.storage.get(key);
        if (!data) continue; // removed since it was listed
        await fs.writeFile(dest, data);
      }
      media.files++;
      media.bytes += (await fs.stat(dest)).size;
    }
    const files: Manifest['files'] = [];
    for await (const rel of walk(work)) {
      const abs = path.join(work, ...rel.split('/'));
      files.push({ path: rel, bytes: (await fs.stat(abs)).size, sha256: await sha256(abs) });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : 1));
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      createdAt: now.toISOString(),
      schemaVersion,
      dialect: isPostgresUrl(opts.databaseUrl) ? 'postgres' : 'sqlite',
      tables,
      media,
      files,
    };
    await fs.writeFile(path.join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    const final = path.join(opts.dir, name);
    await fs.rename(work, final);
    return { path: final, manifest };
  } catch (err) {
    await fs.rm(work, { recursive: true, force: true });
    throw err;
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

/** Reads an archive's manifest and checks every file against its SHA-256. */
export async function readArchive(archive: string): Promise<Manifest> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await fs.readFile(path.join(archive, MANIFEST), 'utf8')) as Manifest;
  } catch {
    throw new BackupError(say('backup.not_archive', archive));
  }
  if (manifest?.format !== ARCHIVE_FORMAT || !Array.isArray(manifest.files))
    throw new BackupError(say('backup.not_archive', archive));
  // Each table's rows are a listed (so checked) file of its own name.
  const listed = new Set(manifest.files.map((f) => f.path));
  if (
    !Array.isArray(manifest.tables) ||
    manifest.tables.some((t) => t.file !== `db/${t.name}.jsonl` || !listed.has(t.file))
  )
    throw new BackupError(say('backup.not_archive', archive));
  for (const f of manifest.files) {
    const safe = /^(db|media)\/[A-Za-z0-9_./-]+$/.test(f.path) && !f.path.includes('..');
    const abs = path.join(archive, ...f.path.split('/'));
    if (!safe || !(await exists(abs)) || (await sha256(abs)) !== f.sha256)
      throw new BackupError(say('backup.corrupt', f.path));
  }
  return manifest;
}

/** Whether the database has no table at all (a fresh SQLite file or PostgreSQL database). */
async function isBlank(db: Db): Promise<boolean> {
  const k = db.kysely.withoutPlugins();
  const q =
    db.dialect === 'postgres'
      ? sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()`
      : sql<{
          n: number;
        }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`;
  return Number((await q.execute(k)).rows[0]?.n ?? 0) === 0;
}

/** Refuses an archive whose schema this code cannot hold (newer, or unknown). */
export function checkSchema(version: string): void {
  if (knowsMigration(version)) return;
  const latest = latestMigration();
  throw new BackupError(
    version > latest
      ? say('backup.newer_schema', version, latest)
      : say('backup.unknown_schema', version),
  );
}

async function* jsonlBatches(file: string): AsyncGenerator<unknown[][]> {
  const lines = readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let batch: unknown[][] = [];
  for await (const line of lines) {
    if (!line) continue;
    batch.push(JSON.parse(line) as unknown[]);
    if (batch.length === 1000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Puts an archive back into an empty database (no tables) and an empty media store: migrates
 * to the archive's schema version, loads every table, migrates on to the newest schema (unless
 * `upgrade: false`), then writes the media. Refuses a damaged archive, a newer schema and a
 * target that is not empty, before writing anything.
 */
export async function restoreBackup(opts: {
  archive: string;
  db: Db;
  storage: FileStorage;
  hooks?: MigrationHooks;
  upgrade?: boolean;
}): Promise<{ manifest: Manifest; rows: number; files: number }> {
  const manifest = await readArchive(opts.archive);
  checkSchema(manifest.schemaVersion);
  if (!(await isBlank(opts.db))) throw new BackupError(say('backup.db_not_empty'));
  for await (const key of opts.storage.keys()) {
    void key;
    throw new BackupError(say('backup.media_not_empty'));
  }
  await migrateTo(opts.db, manifest.schemaVersion, opts.hooks);
  const { rows } = await loadTables(opts.db, {
    dialect: manifest.dialect,
    tables: manifest.tables,
    rows: (table) =>
      jsonlBatches(
        path.join(opts.archive, ...manifest.tables.find((t) => t.name === table)!.file.split('/')),
      ),
  });
  if (opts.upgrade !== false) await migrateToLatest(opts.db, opts.hooks);
  let files = 0;
  for (const f of manifest.files.filter((x) => x.path.startsWith('media/'))) {
    await opts.storage.put(
      f.path.slice('media/'.length),
      await fs.readFile(path.join(opts.archive, ...f.path.split('/'))),
    );
    files++;
  }
  return { manifest, rows, files };
}

/**
 * Restores an archive into a scratch SQLite database and media folder and compares: every
 * table's row count and digest, every media file's SHA-256. A PostgreSQL archive is thereby
 * also proven to load into the other database. Throws a BackupError on the first difference.
 */
export async function verifyBackup(
  archive: string,
  hooks?: MigrationHooks,
): Promise<{ tables: number; rows: number; files: number }> {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-verify-'));
  const db = connect(`sqlite:${path.join(scratch, 'verify.db')}`);
  try {
    const storage = localStorage(path.join(scratch, 'media'));
    const { manifest, rows, files } = await restoreBackup({
      archive,
      db,
      storage,
      hooks,
      upgrade: false,
    });
    const digests = await tableDigests(db);
    for (const t of manifest.tables) {
      const got = digests[t.name];
      if (!got && manifest.dialect !== 'sqlite') continue; // a table of the other dialect only
      if (!got || got.rows !== t.rows || got.digest !== t.digest)
        throw new BackupError(say('backup.verify_mismatch', `bảng/table ${t.name}`));
    }
    for (const f of manifest.files.filter((x) => x.path.startsWith('media/'))) {
      const local = storage.localPath(f.path.slice('media/'.length));
      if (!local || (await sha256(local)) !== f.sha256)
        throw new BackupError(say('backup.verify_mismatch', `tệp/file ${f.path}`));
    }
    return { tables: manifest.tables.length, rows, files };
  } finally {
    await db.close();
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
