/** `npm run db:seed`: migrates, then writes the demo content into an empty database. */
import { loadConfig } from '../src/config/config.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { epochMigrationHooks } from '../src/modules/cache/cache.epoch.ts';
import { isEmpty, seedDemo } from '../src/seed/seed.ts';
import { buildDeps } from '../src/services.ts';

const config = loadConfig();
const db = connect(config.databaseUrl);
try {
  await migrateToLatest(db, epochMigrationHooks);
  if (!(await isEmpty(db))) {
    console.log('Cơ sở dữ liệu đã có nội dung; không tạo thêm nội dung mẫu.');
  } else {
    const { articles } = await seedDemo(db, buildDeps(config, db).media);
    console.log(`Đã tạo nội dung mẫu: ${articles} bài viết.`);
  }
} finally {
  await db.close();
}
