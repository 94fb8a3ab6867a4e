import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { BackupRunTable } from '../../db/tables/backup.table.ts';
import type { BackupRun } from './backup.ts';

function toRun(r: Selectable<BackupRunTable>): BackupRun {
  return {
    id: r.id,
    startedAt: new Date(r.startedAt),
    finishedAt: new Date(r.finishedAt),
    ok: r.ok === 1,
    archive: r.archive,
    bytes: Number(r.bytes),
    rows: Number(r.rowCount),
    files: r.files,
    removed: r.removed,
    message: r.message,
  };
}

/** The only place that queries `backup_run`. */
export function backupRepository(db: Db) {
  const k = db.kysely;
  return {
    async record(run: Omit<BackupRun, 'id'>): Promise<void> {
      await k
        .insertInto('backupRun')
        .values({
          startedAt: run.startedAt.toISOString(),
          finishedAt: run.finishedAt.toISOString(),
          ok: run.ok ? 1 : 0,
          archive: run.archive,
          bytes: run.bytes,
          rowCount: run.rows,
          files: run.files,
          removed: run.removed,
          message: run.message,
        })
        .execute();
    },
    /** The newest run, or the newest successful one. */
    async last(okOnly = false): Promise<BackupRun | undefined> {
      let q = k.selectFrom('backupRun').selectAll();
      if (okOnly) q = q.where('ok', '=', 1);
      const r = await q.orderBy('finishedAt', 'desc').orderBy('id', 'desc').executeTakeFirst();
      return r && toRun(r);
    },
  };
}

export type BackupRepository = ReturnType<typeof backupRepository>;
