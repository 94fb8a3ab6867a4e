/**
 * `npm run migrate`: applies every pending migration to DATABASE_URL once, before instances
 * start (they refuse an unmigrated or newer schema unless MIGRATE_AT_START; see
 * docs/OPERATIONS.md, "Upgrades").
 */
import { loadConfig } from '../src/config/config.ts';
import { connect } from '../src/db/connect.ts';
import { appliedMigration, latestMigration, migrateToLatest } from '../src/db/migrate.ts';
import { epochMigrationHooks } from '../src/modules/cache/cache.epoch.ts';

const config = loadConfig();
const db = connect(config.databaseUrl);
try {
  const before = await appliedMigration(db);
  await migrateToLatest(db, epochMigrationHooks);
  const after = await appliedMigration(db);
  console.log(
    before === after
      ? `Lược đồ dữ liệu đã mới nhất (${after}); không có gì để chuyển đổi. / Already at ${after}.`
      : `Đã chuyển lược đồ dữ liệu từ ${before ?? '(trống)'} lên ${after}. / Migrated ${before ?? '(empty)'} → ${after}.`,
  );
  if (after !== latestMigration())
    console.warn(`Lược đồ ${after} mới hơn phần mềm này (${latestMigration()}).`);
} finally {
  await db.close();
}
