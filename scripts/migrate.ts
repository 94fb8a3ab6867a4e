/**
 * `npm run migrate`: applies every pending migration to DATABASE_URL once, before instances
 * start (they refuse an unmigrated or newer schema unless MIGRATE_AT_START; see
 * docs/OPERATIONS.md, "Upgrades").
 */
import { loadConfig } from '../src/config/config.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest, SchemaError, schemaStatus } from '../src/db/migrate.ts';
import { epochMigrationHooks } from '../src/modules/cache/cache.epoch.ts';

const config = loadConfig();
const db = connect(config.databaseUrl);
try {
  const status = await schemaStatus(db);
  if (status.unknown.length) {
    console.error(new SchemaError(status).message);
    process.exitCode = 1;
  } else {
    await migrateToLatest(db, epochMigrationHooks);
    const before = status.applied ?? '(trống / empty)';
    console.log(
      status.pending.length
        ? `Đã áp dụng ${status.pending.length} bước chuyển đổi: ${before} → ${status.latest}. / Migrated.`
        : `Lược đồ dữ liệu đã mới nhất (${status.latest}); không có gì để chuyển đổi. / Already up to date.`,
    );
  }
} finally {
  await db.close();
}
