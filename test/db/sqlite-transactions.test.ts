import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Db } from '../../src/db/connect.ts';
import { inTransaction } from '../../src/db/transaction.ts';

describe('SQLite transactions', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-tx-'));
  const file = path.join(dir, 'tx.db');
  let db: Db;
  beforeAll(async () => {
    db = connect(`sqlite:${file}`, { guardTransactions: true });
    await db.kysely.schema.createTable('t').addColumn('n', 'integer').execute();
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('take the write lock when they begin, so a use case that reads first never fails on upgrade', async () => {
    const other = new SQLite(file);
    other.pragma('busy_timeout = 0');
    try {
      await inTransaction(db, async (tx) => {
        // Only a read so far: another connection's write must already wait for this transaction.
        await tx.kysely
          .selectFrom('t' as never)
          .selectAll()
          .execute();
        expect(() => other.prepare('INSERT INTO t (n) VALUES (1)').run()).toThrow(/locked|busy/i);
      });
      other.prepare('INSERT INTO t (n) VALUES (2)').run();
    } finally {
      other.close();
    }
  });
});
