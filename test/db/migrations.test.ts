import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateDownAll, migrateToLatest } from '../../src/db/migrate.ts';
import { epochMigrationHooks } from '../../src/modules/cache/cache.epoch.ts';
import { dialects, freshDb } from '../support/test-db.ts';

async function tableNames(t: Awaited<ReturnType<typeof freshDb>>): Promise<string[]> {
  const tables = await t.db.kysely.introspection.getTables();
  return tables.map((x) => x.name).sort();
}

describe.each(dialects)('migrations on %s', (dialect) => {
  it('run up, down and up again', async () => {
    const t = await freshDb(dialect, { migrate: false });
    try {
      await migrateToLatest(t.db, epochMigrationHooks);
      const up = await tableNames(t);
      expect(up).toEqual(
        expect.arrayContaining(['article', 'section', 'setting', 'media', 'weblink', 'stat_day']),
      );
      await migrateDownAll(t.db);
      expect(await tableNames(t)).toEqual([]);
      await migrateToLatest(t.db, epochMigrationHooks);
      expect(await tableNames(t)).toEqual(up);
      // The schema really works: an insert and a read back through the camelCase layer.
      await t.db.kysely
        .insertInto('setting')
        .values({ siteId: 1, key: 'k', value: '"v"' })
        .execute();
      const row = await sql<{ value: string }>`select value from setting where key = 'k'`.execute(
        t.db.kysely,
      );
      expect(row.rows[0]?.value).toBe('"v"');
    } finally {
      await t.drop();
    }
  });
});
