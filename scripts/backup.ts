/**
 * `npm run backup`: writes one archive of the database and the media store into BACKUP_DIR
 * (see src/modules/backup/backup.archive.ts and docs/OPERATIONS.md).
 * `npm run backup -- --verify`: also restores it into a scratch place and compares.
 * `npm run backup -- --verify <archive>`: checks an existing archive only.
 */
import { loadConfig } from '../src/config/config.ts';
import { epochMigrationHooks } from '../src/modules/cache/cache.epoch.ts';
import { createBackup, verifyBackup } from '../src/modules/backup/backup.archive.ts';
import { BackupError } from '../src/modules/backup/backup.messages.ts';
import { openStorage } from '../src/storage/storage.open.ts';

const args = process.argv.slice(2);
const verify = args.includes('--verify');
let archive = args.find((a) => !a.startsWith('--'));
try {
  const config = loadConfig();
  if (!archive) {
    const started = Date.now();
    const made = await createBackup({
      databaseUrl: config.databaseUrl,
      storage: openStorage(config.mediaStore),
      dir: config.backupDir,
    });
    const rows = made.manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Đã sao lưu vào ${made.path}: ${made.manifest.tables.length} bảng, ${rows} dòng, ${made.manifest.media.files} tệp media, lược đồ ${made.manifest.schemaVersion} (${Date.now() - started} ms).`,
    );
    archive = made.path;
  }
  if (verify) {
    const v = await verifyBackup(archive, epochMigrationHooks);
    console.log(
      `Đã kiểm tra ${archive}: khôi phục thử ${v.tables} bảng, ${v.rows} dòng, ${v.files} tệp media — khớp hoàn toàn. / Verified: a trial restore matches.`,
    );
  }
} catch (err) {
  if (err instanceof BackupError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
