/**
 * Use cases in one transaction.
 *
 * The pattern, used everywhere a use case writes more than one row:
 *
 * - Repository factories keep their shape, `xRepository(db: Db)`, and never decide where their
 *   queries run: a `Db` is either the database or a transaction of it (`inTransaction` hands
 *   out a `Db` whose `kysely` is the `Transaction<Database>`). Building a repository is a few
 *   closures, so binding one to a transaction costs nothing.
 * - A service that writes takes a `UnitOfWork<R>` next to its ordinary dependencies: `R` is the
 *   set of repositories (and the audit service) its use cases write through. The composition
 *   root (services.ts) builds it with `unitOfWork(db, (tx) => ({ repo: xRepository(tx), … }))`.
 *   A use case reads what it needs, then writes everything — rows and audit record — inside
 *   `await deps.tx(async ({ repo, audit }) => { … })`, and does what happens outside the
 *   database (CDN purge, in-memory caches, files, jobs) only after that returned, i.e. after
 *   commit. A throw anywhere inside rolls every write back.
 * - Inside a transaction, use only what the callback was given. A query on the outer `db`
 *   would deadlock on SQLite (one connection, serialised by Kysely) and escape the transaction
 *   on PostgreSQL; `connect(url, { guardTransactions: true })` (tests, development) installs a
 *   guard that makes such a query throw at once instead (see `TransactionGuard` in db/drivers.ts). It is off by
 *   default: on Node 20 async context tracking slows every promise once enabled.
 * - Transactions nest by joining: `inTransaction` on a `Db` that is already a transaction (and
 *   `atomic` on a transaction executor) runs the callback in the open transaction, so a
 *   repository method that must be atomic on its own (e.g. replacing an article's tags) stays
 *   atomic when called alone and joins the use case's transaction when called inside one.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Db } from './connect.ts';
import type { Database } from './database.ts';

/** Where a query runs: the database's Kysely instance or an open transaction of it. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** Runs `fn` in a transaction of `k`, or in `k` itself when it already is one. */
export function atomic<T>(k: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return k.isTransaction ? fn(k) : k.transaction().execute(fn);
}

/**
 * Runs `fn` in one transaction with `tx`, a `Db` bound to it (commit when `fn` resolves,
 * rollback when it throws). Called with a `Db` that already is a transaction, joins it.
 */
export async function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  if (db.kysely.isTransaction) return fn(db);
  return db.kysely.transaction().execute((trx) => {
    const tx: Db = {
      kysely: trx,
      dialect: db.dialect,
      // The hot reader is another connection: it would not see this transaction's writes.
      hot: undefined,
      guard: db.guard,
      analyze: () => Promise.reject(new Error('statistics are gathered outside transactions')),
      close: () => Promise.reject(new Error('a transaction is not closed, it commits')),
    };
    return db.guard ? db.guard.inside(() => fn(tx)) : fn(tx);
  });
}

/** Runs a use case's writes in one transaction, with the repositories bound to it. */
export type UnitOfWork<R> = <T>(fn: (r: R) => Promise<T>) => Promise<T>;

/** A unit of work over `db`: each call opens a transaction and binds the repositories to it. */
export function unitOfWork<R>(db: Db, bind: (tx: Db) => R): UnitOfWork<R> {
  return (fn) => inTransaction(db, (tx) => fn(bind(tx)));
}
