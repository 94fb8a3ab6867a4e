import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Db, type DialectName } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { epochMigrationHooks } from '../../src/modules/cache/cache.epoch.ts';

/** The dialects every database test runs on (PostgreSQL when a server is available). */
export const dialects: DialectName[] = inject('pgAdminUrl') ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh, migrated database of the given dialect, and how to throw it away. */
export interface TestDb {
  db: Db;
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates an empty database: in-memory SQLite, or a new PostgreSQL database on the test server. */
export async function freshDb(
  dialect: DialectName,
  opts: { migrate?: boolean } = {},
): Promise<TestDb> {
  let url = 'sqlite::memory:';
  let cleanup = async () => {};
  if (dialect === 'postgres') {
    const admin = inject('pgAdminUrl');
    const name = `t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    url = withDatabase(admin, name);
    cleanup = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      // A closed pool's sockets finish closing asynchronously: wait for those sessions to go, so
      // FORCE does not kill one mid-goodbye (its client would raise an unhandled error).
      for (let i = 0; i < 100; i++) {
        const r = await c.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
          [name],
        );
        if (!r.rows[0]?.n) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const db = connect(url, { poolSize: 4, guardTransactions: true });
  if (opts.migrate !== false) await migrateToLatest(db, epochMigrationHooks);
  return {
    db,
    url,
    async drop() {
      await db.close();
      await cleanup();
    },
  };
}
