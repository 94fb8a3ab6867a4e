import os from 'node:os';
import type { KyselyPlugin } from 'kysely';
import path from 'node:path';
import { createApp } from '../../src/app.tsx';
import { loadConfig } from '../../src/config/config.ts';
import type { DialectName } from '../../src/db/connect.ts';
import { seedDemo } from '../../src/seed/seed.ts';
import type { Logger } from '../../src/lib/log.ts';
import { buildDeps, type AppDeps } from '../../src/services.ts';
import { freshDb } from './test-db.ts';
import type { Mailer } from '../../src/modules/participation/participation.mail.ts';

/** Media folder shared by the test run: demo images are encoded once, then reused by content hash. */
export const TEST_MEDIA_DIR = path.join(os.tmpdir(), 'portal-test-media');

/** A real browser's user agent, for requests that should count as human reads. */
export const BROWSER_UA =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';

/**
 * The app in process on a fresh migrated database, seeded with the demo content unless told not
 * to. It logs nothing (LOG_LEVEL is silent under NODE_ENV=test) unless given a `log`.
 */
export async function testApp(
  dialect: DialectName,
  opts: {
    seed?: boolean;
    clock?: () => Date;
    /** Configuration overrides (environment variable names). */
    env?: Record<string, string>;
    /** Loopback origins the link checker may contact in this test (refused by default). */
    unsafeTestOnlyLoopbackOrigins?: readonly string[];
    /** Test-only Kysely plugins on the app's queries (e.g. test/support/sql-probe.ts). */
    plugins?: KyselyPlugin[];
    log?: Logger;
    /** Where the app's e-mail goes (modules/participation); none: nothing is mailed. */
    mailer?: Mailer;
  } = {},
) {
  const tdb = await freshDb(dialect);
  const appDb = (opts.plugins ?? []).reduce(
    (db, p) => ({ ...db, kysely: db.kysely.withPlugin(p) }),
    tdb.db,
  );
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: tdb.url,
    MEDIA_DIR: TEST_MEDIA_DIR,
    BASE_URL: 'https://dangbo.example.vn',
    ...opts.env,
  });
  const deps: AppDeps = buildDeps(config, appDb, {
    clock: opts.clock,
    log: opts.log,
    unsafeTestOnlyLoopbackOrigins: opts.unsafeTestOnlyLoopbackOrigins,
    mailer: opts.mailer,
  });
  if (opts.seed !== false) await seedDemo(tdb.db, deps.media);
  await deps.platform.load();
  const app = createApp(deps);
  return {
    app,
    deps,
    db: tdb.db,
    /** GET a path; returns status, headers and body text. */
    async get(p: string, headers: Record<string, string> = {}) {
      const res = await app.request(p, { headers });
      return { status: res.status, headers: res.headers, text: await res.text() };
    },
    async close() {
      await deps.stats.stop();
      await tdb.drop();
    },
  };
}
