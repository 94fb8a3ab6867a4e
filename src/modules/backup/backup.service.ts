import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../lib/log.ts';
import type { FileStorage } from '../../storage/storage.ts';
import { createBackup } from './backup.archive.ts';
import type { BackupRepository } from './backup.repository.ts';
import { archivesToKeep, archiveTime, type BackupStatus, type Retention } from './backup.ts';

/** A half-written archive older than this was left by a crash: removed by the next run. */
const STALE_PARTIAL_MS = 24 * 3600_000;

/**
 * Scheduled backups (the `backup` job): writes an archive, applies the retention to BACKUP_DIR,
 * records the result for the dashboard. A failed run is recorded (and logged), not thrown: the
 * next run comes at the next interval.
 */
export function backupService(deps: {
  repo: BackupRepository;
  databaseUrl: string;
  storage: FileStorage;
  dir: string;
  everyHours: number;
  keep: Retention;
  clock: () => Date;
  log: Logger;
}) {
  /** Removes the archives the retention does not keep; returns how many. */
  async function prune(): Promise<number> {
    const names = await fs.readdir(deps.dir).catch(() => [] as string[]);
    const keep = archivesToKeep(names, deps.keep);
    let removed = 0;
    for (const name of names) {
      const partial = /^\.portal-.*\.partial$/.test(name);
      if (partial) {
        const st = await fs.stat(path.join(deps.dir, name)).catch(() => undefined);
        if (!st || deps.clock().getTime() - st.mtimeMs < STALE_PARTIAL_MS) continue;
      } else if (!archiveTime(name) || keep.has(name)) continue;
      await fs.rm(path.join(deps.dir, name), { recursive: true, force: true });
      if (!partial) removed++;
    }
    return removed;
  }

  return {
    /** Hours between scheduled runs (0: off). */
    everyHours: deps.everyHours,

    /** One scheduled run: archive, retention, record. */
    async run(): Promise<void> {
      const startedAt = deps.clock();
      try {
        const made = await createBackup({
          databaseUrl: deps.databaseUrl,
          storage: deps.storage,
          dir: deps.dir,
          now: startedAt,
        });
        const removed = await prune();
        const m = made.manifest;
        await deps.repo.record({
          startedAt,
          finishedAt: deps.clock(),
          ok: true,
          archive: path.basename(made.path),
          bytes: m.files.reduce((n, f) => n + f.bytes, 0),
          rows: m.tables.reduce((n, t) => n + t.rows, 0),
          files: m.media.files,
          removed,
          message: '',
        });
        deps.log.info({ archive: made.path, removed }, 'scheduled backup written');
      } catch (err) {
        deps.log.error({ err }, 'scheduled backup failed');
        await deps.repo.record({
          startedAt,
          finishedAt: deps.clock(),
          ok: false,
          archive: '',
          bytes: 0,
          rows: 0,
          files: 0,
          removed: 0,
          message: (err instanceof Error ? err.message : String(err)).slice(0, 1000),
        });
      }
    },

    async status(): Promise<BackupStatus> {
      const [last, lastOk] = await Promise.all([deps.repo.last(), deps.repo.last(true)]);
      return { everyHours: deps.everyHours, keep: deps.keep, last, lastOk };
    },
  };
}

export type BackupService = ReturnType<typeof backupService>;
