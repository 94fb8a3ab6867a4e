import SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const MAX_STATEMENTS = 1000;

/**
 * better-sqlite3 behind Kysely with prepared statements reused by SQL text. Kysely prepares every
 * query anew, which costs as much as running a primary-key read; Kysely compiles the same SQL
 * for the same query shape, so a small cache serves nearly every call. A statement still being
 * iterated (a streamed query) is busy: the caller then gets a fresh one.
 */
export function withStatementCache(db: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached && !cached.busy) return cached;
      const stmt = db.prepare(sql);
      if (!cached) {
        if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

/**
 * Single-value reads on the hottest paths (the page cache's epoch, the read count of a cached
 * article), synchronous and without Kysely's per-query work. SQLite files only: a second,
 * read-only connection, which in WAL mode sees committed data only and never waits for a
 * transaction of the main connection.
 */
export interface HotReader {
  /** A reader of the first column of the first row of `sql` (prepared on first use). */
  value(sql: string): (...params: unknown[]) => unknown;
  /** A reader of every row of `sql`, as objects (prepared on first use). */
  rows<R>(sql: string): (...params: unknown[]) => R[];
  close(): void;
}

/** Opens the read-only companion connection of a SQLite file. */
export function hotReader(file: string): HotReader {
  let db: SQLite.Database | undefined;
  const open = () => (db ??= new SQLite(file, { readonly: true, fileMustExist: true }));
  return {
    value(sql) {
      let stmt: SQLite.Statement | undefined;
      return (...params) => {
        stmt ??= open().prepare(sql).pluck();
        return stmt.get(...params);
      };
    },
    rows<R>(sql: string) {
      let stmt: SQLite.Statement | undefined;
      return (...params: unknown[]) => {
        stmt ??= open().prepare(sql);
        return stmt.all(...params) as R[];
      };
    },
    close: () => db?.close(),
  };
}
