import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  CamelCasePlugin,
  type Dialect,
  type LogEvent,
} from 'kysely';
import { htmlToText } from '../lib/html-text.ts';
import { searchPairs } from '../lib/search-words.ts';
import { createLogger, type Logger } from '../lib/log.ts';
import type { Database } from './database.ts';
import { immediateTransactions, TransactionGuard } from './drivers.ts';
import { hotReader, withStatementCache, type HotReader } from './sqlite-statements.ts';

/** Which SQL engine a connection talks to; dialect-specific code branches on this only. */
export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely instance plus what dialect-specific code needs to know. */
export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: DialectName;
  /** SQLite files: synchronous single-value reads for the hottest paths (see sqlite-statements.ts). */
  readonly hot?: HotReader;
  /**
   * PostgreSQL: how many statements other than a SELECT this process has completed (a write, a
   * COMMIT…): the page cache reads the epoch from the database again after any (modules/cache).
   */
  readonly writes?: () => number;
  /** Makes a query on this database inside one of its transactions throw (see db/drivers.ts). */
  readonly guard?: TransactionGuard;
  /**
   * Refreshes the query planner's statistics (SQLite; PostgreSQL's autovacuum does it itself).
   * SQLite only re-gathers them when a table grows tenfold, so rows moving between sites (a
   * commune's articles added to an install of one site) would leave every listing of a site
   * planned for one site holding them all: sorted instead of walked in index order.
   */
  analyze(): Promise<void>;
  /** PostgreSQL: the pool's connections (for /metrics); undefined on SQLite. */
  poolStats?(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

/** Whether a DATABASE_URL names PostgreSQL. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Resolves `sqlite:./x.db`, `file:./x.db` or a bare path to a file path (`:memory:` kept). */
export function sqliteFileOf(url: string): string {
  const file = url.replace(/^(sqlite|file):(\/\/)?/, '');
  return file === ':memory:' ? file : path.resolve(file);
}

// pg returns BIGINT/NUMERIC as strings; our counters fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));

/**
 * Opens the database named by `url`: PostgreSQL for postgres:// URLs, else embedded SQLite.
 * `log` hears of lost idle PostgreSQL connections (default: warnings on stdout).
 */
export function connect(
  url: string,
  opts: {
    poolSize?: number;
    log?: Logger;
    /** Make a query on the outer connection inside a transaction throw (tests, development; see db/transaction.ts). */
    guardTransactions?: boolean;
    /**
     * PostgreSQL: the server cancels a statement running (or waiting for a lock) longer than
     * this, and a new connection that cannot be made in 5 s fails: a slow or gone database
     * gives quick errors instead of piled-up requests. Off by default (migrations, backups).
     */
    statementTimeoutMs?: number;
    /** SQLite: how long a write waits for another connection's lock (default 5000 ms). */
    busyTimeoutMs?: number;
    /** Hears of every statement sent through Kysely: its duration in seconds and whether it failed (metrics). */
    onQuery?: (seconds: number, failed: boolean) => void;
  } = {},
): Db {
  const plugins = [new CamelCasePlugin()];
  const onQuery = opts.onQuery;
  const log = onQuery
    ? (e: LogEvent) => onQuery(e.queryDurationMillis / 1000, e.level === 'error')
    : undefined;
  const guard = opts.guardTransactions ? new TransactionGuard() : undefined;
  const guarded = (d: Dialect): Dialect => (guard ? guard.dialect(d) : d);
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.poolSize ?? 10,
      ...(opts.statementTimeoutMs
        ? { statement_timeout: opts.statementTimeoutMs, connectionTimeoutMillis: 5000 }
        : {}),
    });
    // An idle connection can die (server restart, admin termination): the pool replaces it;
    // without this listener the error would crash the process.
    pool.on('error', (err) =>
      (opts.log ?? createLogger('warn')).warn({ err }, 'idle PostgreSQL connection lost'),
    );
    // A connection lost while checked out (the server restarts mid-query) emits 'error' on its
    // client, which the pool no longer listens to: without this the process would crash. The
    // query in flight fails with it (a 503), and the pool drops the client when it comes back.
    let writes = 0;
    pool.on('connect', (client) => {
      client.on('error', (err) =>
        (opts.log ?? createLogger('warn')).warn({ err }, 'PostgreSQL connection lost'),
      );
      // Counts completed statements that may write (anything but a SELECT).
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
        const result = query(...args);
        const first = args[0] as string | { text?: string } | undefined;
        const text = typeof first === 'string' ? first : (first?.text ?? '');
        if (!/^\s*select\b/i.test(text) && result instanceof Promise)
          result.then(
            () => writes++,
            () => writes++,
          );
        return result;
      };
    });
    const kysely = new Kysely<Database>({
      dialect: guarded(new PostgresDialect({ pool })),
      plugins,
      log,
    });
    return {
      kysely,
      dialect: 'postgres',
      writes: () => writes,
      guard,
      analyze: async () => {},
      poolStats: () => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      }),
      close: () => kysely.destroy(),
    };
  }
  const file = sqliteFileOf(url);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.round(opts.busyTimeoutMs ?? 5000))}`);
  // Used by the search index triggers (migration 2026-11-27T1600-search): body HTML → plain text.
  sqlite.function('html_text', { deterministic: true }, (html) =>
    htmlToText(typeof html === 'string' ? html : ''),
  );
  // Used by the syllable-pair index triggers (migration 2026-12-08T0540-search-pairs).
  sqlite.function('search_pairs', { deterministic: true }, (text) =>
    searchPairs(typeof text === 'string' ? text : ''),
  );
  // Planner statistics, gathered when missing or stale (SQLite's advice for each new connection):
  // without them "most read" sorts every article instead of walking the read-count index. A
  // sample of rows per index (analysis_limit) keeps it quick on a large file.
  sqlite.pragma('analysis_limit = 1000');
  sqlite.pragma('optimize = 0x10002');
  const kysely = new Kysely<Database>({
    dialect: guarded(
      immediateTransactions(new SqliteDialect({ database: withStatementCache(sqlite) })),
    ),
    plugins,
    log,
  });
  const hot = file === ':memory:' ? undefined : hotReader(file);
  return {
    kysely,
    dialect: 'sqlite',
    hot,
    guard,
    async analyze() {
      // Only tables with indexes (the planner's choices): the search index's text tables have
      // none, and counting their rows would hold the event loop for a second on a large file.
      const tables = sqlite
        .prepare<[], { name: string }>(
          "SELECT DISTINCT tbl_name AS name FROM sqlite_master WHERE type = 'index' AND tbl_name NOT LIKE 'sqlite_%'",
        )
        .all();
      for (const { name } of tables) sqlite.exec(`ANALYZE "${name.replaceAll('"', '""')}"`);
    },
    async close() {
      hot?.close();
      await kysely.destroy();
    },
  };
}
