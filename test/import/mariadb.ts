import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { ROOT } from '../../src/lib/paths.ts';

/** The test server (`.ci/run` starts it): root without a password, on the loopback. */
export const MARIADB_ADMIN = process.env.TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306/test';
export const FIXTURE_DIR = path.join(ROOT, 'test/fixtures/nukeviet');

/** Whether a MariaDB/MySQL server answers (checked once per file). */
export async function mariadbAvailable(): Promise<boolean> {
  try {
    const c = await mysql.createConnection({ uri: MARIADB_ADMIN, connectTimeout: 3000 });
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * The NukeViet fixture loaded into a database of its own (`nv_<random>`); `exec` runs more SQL
 * on it (tests change rows between runs); `drop` removes it.
 */
export async function nukevietDb(): Promise<{
  url: string;
  name: string;
  exec(sql: string): Promise<void>;
  drop(): Promise<void>;
}> {
  const name = `nv_${crypto.randomBytes(5).toString('hex')}`;
  const admin = await mysql.createConnection({ uri: MARIADB_ADMIN, multipleStatements: true });
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.query(`USE ${name}`);
  await admin.query(fs.readFileSync(path.join(FIXTURE_DIR, 'nukeviet.sql'), 'utf8'));
  const u = new URL(MARIADB_ADMIN);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    name,
    async exec(sql: string) {
      await admin.query(sql);
    },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

/**
 * No MariaDB: outside CI the suite is skipped with a warning; in CI (CI set) it fails, so a
 * missing server never passes as green.
 */
export async function requireMariadb(): Promise<boolean> {
  if (await mariadbAvailable()) return true;
  if (process.env.CI) throw new Error(`MariaDB/MySQL is required in CI (${MARIADB_ADMIN})`);
  console.warn(
    `[import tests] no MariaDB/MySQL at ${MARIADB_ADMIN}: NukeViet import tests skipped`,
  );
  return false;
}
