import net, { type AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.tsx';
import type { Config } from './config/config.ts';
import { connect, type Db } from './db/connect.ts';
import { prepareSchema } from './db/migrate.ts';
import { createLogger, type Logger } from './lib/log.ts';
import { epochMigrationHooks } from './modules/cache/cache.epoch.ts';
import { isEmpty, seedDemo } from './seed/seed.ts';
import { pageCacheListener } from './modules/cache/cache.listener.ts';
import { createMetrics } from './modules/metrics/metrics.ts';
import { metricsListener } from './modules/metrics/metrics.listener.ts';
import { RELOAD_MS } from './modules/platform/platform.service.ts';
import { buildDeps, type AppDeps } from './services.ts';

/** A running portal: its address and a graceful stop. */
export interface RunningServer {
  url: string;
  deps: AppDeps;
  stop(): Promise<void>;
}

/**
 * Opens the database, checks its schema (applying migrations when MIGRATE_AT_START), seeds an empty database, then listens.
 * `log` defaults to a logger at the configured LOG_LEVEL.
 */
export async function startServer(
  config: Config,
  opts: { log?: Logger } = {},
): Promise<RunningServer> {
  const started = Date.now();
  const log = opts.log ?? createLogger(config.logLevel);
  const metrics = createMetrics();
  const db: Db = connect(config.databaseUrl, {
    log,
    onQuery: metrics.query,
    guardTransactions: config.env !== 'production',
    statementTimeoutMs: config.dbStatementTimeoutMs,
    busyTimeoutMs: config.dbBusyTimeoutMs,
  });
  // Migrations on PostgreSQL get their own connection, without the app's statement timeout.
  const schemaDb =
    db.dialect === 'postgres' ? connect(config.databaseUrl, { log, poolSize: 1 }) : db;
  try {
    await prepareSchema(schemaDb, config.migrateAtStart, epochMigrationHooks);
  } catch (err) {
    await db.close();
    throw err;
  } finally {
    if (schemaDb !== db) await schemaDb.close();
  }
  const deps = buildDeps(config, db, { log, metrics });
  if (config.seedDemo && (await isEmpty(db))) {
    const { articles } = await seedDemo(db, deps.media);
    log.info({ articles }, `Đã tạo nội dung mẫu: ${articles} bài viết.`);
  }
  // The sites, before the first request; reloaded for changes made by other instances.
  await deps.platform.load();
  deps.platform.watch(RELOAD_MS);
  deps.stats.start();
  await deps.pages.start();
  deps.jobs.start();
  void deps.jobs.tick();
  // An import a stop interrupted goes on from its cursor (modules/import).
  void deps.imports.resumeUnfinished();
  let ready = false;
  const app = createApp(deps, { ready: () => ready });
  // Cached pages are answered before Hono (modules/cache/cache.listener.ts); every answer,
  // cached or not, is measured for /metrics.
  const listener = metricsListener(metrics, pageCacheListener(deps, getRequestListener(app.fetch)));
  let draining = false;
  const server = createServer((req, res) => {
    // While stopping, every answer closes its connection, so a proxy never sends another
    // request on a connection this instance is about to close.
    if (draining) res.setHeader('connection', 'close');
    listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  ready = true;
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const startMs = Date.now() - started;
  log.info(
    { url, dialect: db.dialect, startMs },
    `Cổng thông tin đang chạy tại ${url} (${db.dialect}, khởi động trong ${startMs} ms)`,
  );
  return {
    url,
    deps,
    async stop() {
      ready = false;
      draining = true;
      // Stop accepting connections, but do not cut the idle keep-alive ones as http's close()
      // does: a proxy may be writing a request onto one at that moment, and nginx does not retry
      // a POST it has sent (a counted read, a form) — it answers 502. Answers now close their
      // connections; idle ones are closed by the proxy's keep-alive timeout (4 s in
      // deploy/nginx) or by Node's own (keepAliveTimeout, 5 s). Found by test/ops/cluster.test.ts.
      await new Promise<void>((resolve) =>
        net.Server.prototype.close.call(server, () => resolve()),
      );
      deps.platform.stop();
      await deps.jobs.stop();
      await deps.stats.stop();
      await deps.pages.stop();
      await db.close();
      log.info('Đã dừng: số liệu còn chờ đã được ghi.');
    },
  };
}
