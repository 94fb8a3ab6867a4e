import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { connect, type DialectName } from '../../src/db/connect.ts';
import { latestMigration, migrateToLatest, SchemaError } from '../../src/db/migrate.ts';
import { epochMigrationHooks } from '../../src/modules/cache/cache.epoch.ts';
import { startServer } from '../../src/server.ts';
import { dialects, freshDb } from '../support/test-db.ts';

/** An empty database of the dialect (a SQLite file: the server opens its own connection). */
async function blank(dialect: DialectName, dir: string) {
  if (dialect === 'postgres') return freshDb('postgres', { migrate: false });
  const url = `sqlite:${path.join(dir, `s-${Math.random().toString(36).slice(2)}.db`)}`;
  const db = connect(url);
  return { db, url, drop: () => db.close() };
}

describe.each(dialects)('an instance starting on %s checks the schema', (dialect) => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-schema-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const start = (url: string, env: Record<string, string> = {}) =>
    startServer(
      loadConfig({
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: url,
        MEDIA_DIR: path.join(dir, 'media'),
        SEED_DEMO: '0',
        ...env,
      }),
    );

  it('refuses an unmigrated database unless told to migrate at start (the SQLite default)', async () => {
    const t = await blank(dialect, dir);
    try {
      if (dialect === 'postgres') {
        const err = await start(t.url).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(SchemaError);
        expect((err as Error).message).toContain('npm run migrate');
        expect((err as Error).message).toContain('chưa được chuyển đổi');
        // Nothing was applied by the refusal.
        const tables = await sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()`.execute(
          t.db.kysely,
        );
        expect(tables.rows[0]!.n).toBe(0);
      } else {
        await expect(start(t.url, { MIGRATE_AT_START: '0' })).rejects.toBeInstanceOf(SchemaError);
      }
      // Migrated once (what `npm run migrate` does), it starts.
      await migrateToLatest(t.db, epochMigrationHooks);
      const s = await start(t.url);
      expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
      await s.stop();
      // With MIGRATE_AT_START a blank database is migrated at start.
      const u = await blank(dialect, dir);
      try {
        const s2 = await start(u.url, { MIGRATE_AT_START: '1' });
        await s2.stop();
        const last = await sql<{
          name: string;
        }>`SELECT max(name) AS name FROM kysely_migration`.execute(u.db.kysely);
        expect(last.rows[0]!.name).toBe(latestMigration());
      } finally {
        await u.drop();
      }
    } finally {
      await t.drop();
    }
  }, 60_000);

  it('refuses a database a newer release migrated, even when told to migrate', async () => {
    const t = await blank(dialect, dir);
    try {
      await migrateToLatest(t.db, epochMigrationHooks);
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01T0000-future', '2099-01-01T00:00:00.000Z')`.execute(
        t.db.kysely.withoutPlugins(),
      );
      for (const env of [{ MIGRATE_AT_START: '0' }, { MIGRATE_AT_START: '1' }]) {
        const err = await start(t.url, env).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(SchemaError);
        expect((err as Error).message).toContain('mới hơn phần mềm này');
        expect((err as Error).message).toContain('2099-01-01T0000-future');
      }
    } finally {
      await t.drop();
    }
  }, 60_000);
});
