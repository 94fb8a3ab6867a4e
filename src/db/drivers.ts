/**
 * Wrappers of a Kysely dialect's driver, applied by `connect()`: the transaction guard and
 * SQLite's immediate transactions (see db/transaction.ts for how use cases use transactions).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { CompiledQuery, type DatabaseConnection, type Dialect, type Driver } from 'kysely';

/**
 * Makes a query on the outer connection inside a transaction's callback throw at once. The
 * transaction's own connection is taken before the callback starts, so any connection asked
 * for while the callback runs is the mistake: on SQLite it would wait forever for the one
 * connection the transaction holds; on PostgreSQL it would run outside the transaction.
 */
export class TransactionGuard {
  readonly #open = new AsyncLocalStorage<true>();

  /** Runs `fn` marked as the body of an open transaction. */
  inside<T>(fn: () => Promise<T>): Promise<T> {
    return this.#open.run(true, fn);
  }

  /** The dialect with its driver guarded. */
  dialect(inner: Dialect): Dialect {
    const open = this.#open;
    return withDriver(inner, (driver) => ({
      acquireConnection(): Promise<DatabaseConnection> {
        if (open.getStore())
          return Promise.reject(
            new Error(
              'A query on the outer database ran inside a transaction: use the repositories the transaction callback was given.',
            ),
          );
        return driver.acquireConnection();
      },
    }));
  }
}

/**
 * SQLite transactions that take the write lock when they begin (`BEGIN IMMEDIATE`). A use case
 * reads, then writes: in a deferred transaction another connection's write in between makes
 * the upgrade fail at once (SQLITE_BUSY, busy_timeout does not apply); an immediate one waits
 * its turn at BEGIN instead.
 */
export function immediateTransactions(inner: Dialect): Dialect {
  return withDriver(inner, () => ({
    async beginTransaction(c: DatabaseConnection): Promise<void> {
      await c.executeQuery(CompiledQuery.raw('begin immediate'));
    },
  }));
}

/** The dialect with some of its driver's methods replaced (the others delegate). */
function withDriver(inner: Dialect, replace: (driver: Driver) => Partial<Driver>): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createDriver: () => {
      const d = inner.createDriver();
      const r = replace(d);
      return {
        init: () => d.init(),
        acquireConnection: r.acquireConnection ?? (() => d.acquireConnection()),
        beginTransaction: r.beginTransaction ?? ((c, s) => d.beginTransaction(c, s)),
        commitTransaction: (c) => d.commitTransaction(c),
        rollbackTransaction: (c) => d.rollbackTransaction(c),
        savepoint: d.savepoint && ((c, n, q) => d.savepoint!(c, n, q)),
        rollbackToSavepoint:
          d.rollbackToSavepoint && ((c, n, q) => d.rollbackToSavepoint!(c, n, q)),
        releaseSavepoint: d.releaseSavepoint && ((c, n, q) => d.releaseSavepoint!(c, n, q)),
        releaseConnection: (c) => d.releaseConnection(c),
        destroy: () => d.destroy(),
      };
    },
    createQueryCompiler: () => inner.createQueryCompiler(),
    createIntrospector: (db) => inner.createIntrospector(db),
  };
}
