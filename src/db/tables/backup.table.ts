import type { Generated } from 'kysely';

/** `backup_run`: one row per scheduled backup (modules/backup). */
export interface BackupRunTable {
  id: Generated<number>;
  startedAt: string;
  finishedAt: string;
  /** 1 when the archive was written, 0 when the run failed (`message` says why). */
  ok: number;
  /** The archive's folder name under BACKUP_DIR ('' when failed). */
  archive: Generated<string>;
  bytes: Generated<number>;
  rowCount: Generated<number>;
  files: Generated<number>;
  /** Older archives removed by the retention rule in this run. */
  removed: Generated<number>;
  message: Generated<string>;
}
