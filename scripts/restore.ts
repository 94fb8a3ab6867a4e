/**
 * `npm run restore -- <archive>`: puts a backup archive back into the empty database named by
 * DATABASE_URL and the empty media store configured (MEDIA_DIR, or the bucket of MEDIA_STORE=s3).
 * Either database: an archive of SQLite restores into PostgreSQL. See docs/OPERATIONS.md,
 * "Restore drill".
 */
import { loadConfig } from '../src/config/config.ts';
import { connect } from '../src/db/connect.ts';
import { epochMigrationHooks } from '../src/modules/cache/cache.epoch.ts';
import { restoreBackup } from '../src/modules/backup/backup.archive.ts';
import { BackupError } from '../src/modules/backup/backup.messages.ts';
import { openStorage } from '../src/storage/storage.open.ts';

const archive = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!archive) {
  console.error('Cách dùng / usage: npm run restore -- <thư mục bản sao lưu / archive folder>');
  process.exit(2);
}
const config = loadConfig();
const db = connect(config.databaseUrl);
try {
  const r = await restoreBackup({
    archive,
    db,
    storage: openStorage(config.mediaStore),
    hooks: epochMigrationHooks,
  });
  console.log(
    `Đã khôi phục ${archive} (${r.manifest.dialect} → ${db.dialect}, lược đồ ${r.manifest.schemaVersion}): ${r.rows} dòng, ${r.files} tệp media. / Restored.`,
  );
} catch (err) {
  if (err instanceof BackupError) {
    console.error(err.message);
    process.exitCode = 1;
  } else throw err;
} finally {
  await db.close();
}
