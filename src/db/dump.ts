/**
 * A portable logical copy of the database: every table and column discovered from the database
 * itself (never a hard-coded list, so tables and columns added by later migrations are copied
 * too), read row by row and written back in foreign-key-safe order on either dialect. The
 * schema types are the same on both (integer, bigint, text), so a copy taken from SQLite loads
 * into PostgreSQL and back. Used by the backup archive (src/backup/).
 *
 * Left out: migration bookkeeping (the target is migrated by the code itself), generated columns
 * (PostgreSQL's search vectors; the database computes them), SQLite's virtual and shadow tables
 * (the FTS5 index: it is rebuilt from `article_search` by that table's own triggers on load).
 */
import crypto from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Db } from './connect.ts';
import type { Database } from './database.ts';

/** Tables the migrator owns: never copied. */
const BOOKKEEPING = new Set(['kysely_migration', 'kysely_migration_lock']);

/** One table as the database describes it. */
export interface TableInfo {
  name: string;
  /** Stored (not generated) columns, in table order. */
  columns: string[];
  primaryKey: string[];
  nullable: string[];
  foreignKeys: { column: string; table: string }[];
  /** PostgreSQL identity / serial columns whose sequence must follow the loaded ids. */
  identity: string[];
}

/** A table in load order, with the nullable reference columns filled in a second pass (cycles). */
export interface OrderedTable extends TableInfo {
  deferred: string[];
}

type Row = Record<string, unknown>;
const raw = (db: Db): Kysely<Database> => db.kysely.withoutPlugins();
const rowsOf = async <T>(q: RawBuilder<T>, k: Kysely<Database>): Promise<T[]> =>
  (await q.execute(k)).rows;

async function describeSqlite(k: Kysely<Database>): Promise<TableInfo[]> {
  const tables = await rowsOf(
    sql<{
      name: string;
    }>`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    k,
  );
  const out: TableInfo[] = [];
  for (const { name } of tables) {
    const cols = await rowsOf(
      sql<{
        name: string;
        notnull: number;
        pk: number;
        hidden: number;
      }>`SELECT name, "notnull", pk, hidden FROM pragma_table_xinfo(${name}) ORDER BY cid`,
      k,
    );
    const fks = await rowsOf(
      sql<{
        from: string;
        table: string;
      }>`SELECT "from", "table" FROM pragma_foreign_key_list(${name})`,
      k,
    );
    const stored = cols.filter((c) => c.hidden === 0);
    out.push({
      name,
      columns: stored.map((c) => c.name),
      primaryKey: stored
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      nullable: stored.filter((c) => !c.notnull && c.pk === 0).map((c) => c.name),
      foreignKeys: fks.map((f) => ({ column: f.from, table: f.table })),
      identity: [],
    });
  }
  return out;
}

async function describePostgres(k: Kysely<Database>): Promise<TableInfo[]> {
  const cols = await rowsOf(
    sql<{
      table_name: string;
      column_name: string;
      is_nullable: string;
      is_generated: string;
      is_identity: string;
      column_default: string | null;
    }>`SELECT c.table_name, c.column_name, c.is_nullable, c.is_generated, c.is_identity, c.column_default
      FROM information_schema.columns c JOIN information_schema.tables t
        ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
    k,
  );
  const pks = await rowsOf(
    sql<{ tbl: string; col: string }>`SELECT cl.relname AS tbl, a.attname AS col
      FROM pg_index i JOIN pg_class cl ON cl.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = cl.relnamespace
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      WHERE i.indisprimary AND n.nspname = current_schema()
      ORDER BY cl.relname, array_position(i.indkey::int2[], a.attnum)`,
    k,
  );
  const fks = await rowsOf(
    sql<{
      tbl: string;
      col: string;
      ref: string;
    }>`SELECT cl.relname AS tbl, a.attname AS col, rc.relname AS ref
      FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
      JOIN pg_class rc ON rc.oid = co.confrelid
      JOIN pg_namespace n ON n.oid = cl.relnamespace
      JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = ANY (co.conkey)
      WHERE co.contype = 'f' AND n.nspname = current_schema()`,
    k,
  );
  const byName = new Map<string, TableInfo>();
  for (const c of cols) {
    let t = byName.get(c.table_name);
    if (!t) {
      t = {
        name: c.table_name,
        columns: [],
        primaryKey: [],
        nullable: [],
        foreignKeys: [],
        identity: [],
      };
      byName.set(c.table_name, t);
    }
    if (c.is_generated === 'ALWAYS') continue;
    t.columns.push(c.column_name);
    if (c.is_nullable === 'YES') t.nullable.push(c.column_name);
    if (c.is_identity === 'YES' || c.column_default?.startsWith('nextval('))
      t.identity.push(c.column_name);
  }
  for (const p of pks) byName.get(p.tbl)?.primaryKey.push(p.col);
  for (const f of fks) byName.get(f.tbl)?.foreignKeys.push({ column: f.col, table: f.ref });
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * Every copied table, referenced tables before the tables referring to them. A reference that
 * closes a cycle (a table referring to itself, such as a section's parent) is deferred: loaded
 * as NULL, then set once every row exists; such a column must be nullable.
 */
export async function describeTables(db: Db): Promise<OrderedTable[]> {
  const k = raw(db);
  const all = (
    db.dialect === 'postgres' ? await describePostgres(k) : await describeSqlite(k)
  ).filter((t) => !BOOKKEEPING.has(t.name));
  const byName = new Map(all.map((t) => [t.name, t]));
  const out: OrderedTable[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const deferred = new Map<string, Set<string>>(all.map((t) => [t.name, new Set<string>()]));
  const visit = (t: TableInfo): void => {
    state.set(t.name, 'visiting');
    for (const fk of t.foreignKeys) {
      const target = byName.get(fk.table);
      if (!target) continue;
      const s = state.get(target.name);
      if (s === 'visiting') {
        if (!t.nullable.includes(fk.column))
          throw new Error(
            `Cannot order ${t.name}: ${fk.column} closes a reference cycle and is NOT NULL`,
          );
        deferred.get(t.name)!.add(fk.column);
      } else if (!s) visit(target);
    }
    state.set(t.name, 'done');
    out.push({ ...t, deferred: [] });
  };
  for (const t of all) if (!state.has(t.name)) visit(t);
  return out.map((t) => ({ ...t, deferred: [...deferred.get(t.name)!] }));
}

/** A value as written to the archive: JSON, with bytes as {"$b": base64} and dates as ISO text. */
export function encodeValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Buffer.isBuffer(v) || v instanceof Uint8Array)
    return { $b: Buffer.from(v).toString('base64') };
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return v.toString();
  return v;
}

/** The inverse of `encodeValue`, for the target dialect (SQLite has no booleans). */
export function decodeValue(v: unknown, dialect: Db['dialect']): unknown {
  if (v && typeof v === 'object' && '$b' in v) return Buffer.from(String(v.$b), 'base64');
  if (typeof v === 'boolean' && dialect === 'sqlite') return v ? 1 : 0;
  return v;
}

/**
 * An order-independent digest of a table's rows (sum of each row's SHA-256, mod 2^256), over
 * the columns sorted by name: the same data gives the same digest on either dialect.
 */
export class TableDigest {
  private sum = 0n;
  rows = 0;
  private readonly order: number[];
  constructor(readonly columns: string[]) {
    this.order = columns.map((_, i) => i).sort((a, b) => (columns[a]! < columns[b]! ? -1 : 1));
  }
  add(encoded: unknown[]): void {
    const canonical = JSON.stringify(this.order.map((i) => [this.columns[i], encoded[i]]));
    const h = crypto.createHash('sha256').update(canonical).digest('hex');
    this.sum = (this.sum + BigInt(`0x${h}`)) % (1n << 256n);
    this.rows++;
  }
  get value(): string {
    return this.sum.toString(16).padStart(64, '0');
  }
}

const BATCH = 1000;

/**
 * Reads every row of `table` (encoded, in `table.columns` order), batch by batch. On
 * PostgreSQL call it inside one REPEATABLE READ transaction (see `readSnapshot`) so all tables
 * come from the same instant; on SQLite read a snapshot file (the online backup API).
 */
export async function* readRows(
  k: Kysely<Database>,
  dialect: Db['dialect'],
  table: TableInfo,
): AsyncGenerator<unknown[][]> {
  const cols = sql.join(table.columns.map((c) => sql.ref(c)));
  const decode = (rows: Row[]): unknown[][] =>
    rows.map((r) => table.columns.map((c) => encodeValue(r[c])));
  if (dialect === 'postgres') {
    const cursor = sql.id(`dump_${crypto.randomBytes(4).toString('hex')}`);
    await sql`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${cols} FROM ${sql.table(table.name)}`.execute(
      k,
    );
    for (;;) {
      const rows = await rowsOf(sql<Row>`FETCH ${sql.raw(String(BATCH))} FROM ${cursor}`, k);
      if (rows.length) yield decode(rows);
      if (rows.length < BATCH) break;
    }
    await sql`CLOSE ${cursor}`.execute(k);
    return;
  }
  // SQLite: walk the rowid (every table here has one); keyset paging keeps each read short.
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = await rowsOf(
      sql<
        Row & { __rowid: number }
      >`SELECT rowid AS __rowid, ${cols} FROM ${sql.table(table.name)} WHERE rowid > ${after} ORDER BY rowid LIMIT ${BATCH}`,
      k,
    );
    if (rows.length) yield decode(rows);
    if (rows.length < BATCH) break;
    after = rows.at(-1)!.__rowid;
  }
}

/**
 * Runs `fn` with an executor that sees one consistent state of the whole database: on
 * PostgreSQL a read-only REPEATABLE READ transaction (what pg_dump itself does); on SQLite the
 * caller passes a snapshot file, so the plain executor is already consistent.
 */
export async function readSnapshot<T>(db: Db, fn: (k: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.dialect === 'sqlite') return fn(raw(db));
  return raw(db)
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`SET TRANSACTION READ ONLY`.execute(trx);
      return fn(trx);
    });
}

/** Digests of every table of a live database (tests and `--verify` compare them). */
export async function tableDigests(
  db: Db,
): Promise<Record<string, { rows: number; digest: string }>> {
  const tables = await describeTables(db);
  return readSnapshot(db, async (k) => {
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const t of tables) {
      const d = new TableDigest(t.columns);
      for await (const batch of readRows(k, db.dialect, t)) for (const r of batch) d.add(r);
      out[t.name] = { rows: d.rows, digest: d.value };
    }
    return out;
  });
}

/** What `loadTables` reads: the tables of a dump, in load order, and their rows. */
export interface DumpSource {
  dialect: Db['dialect'];
  tables: { name: string; columns: string[] }[];
  rows(table: string): AsyncIterable<unknown[][]>;
}

/**
 * Writes a dump into a migrated database at the same schema version, in one transaction:
 * rows the migrations wrote are removed first, then every table is loaded in reference order.
 * Triggers must not fire (the append-only audit log, the epoch, the search index would each
 * change what is loaded): on PostgreSQL the table owner disables them for the transaction; on
 * SQLite they are dropped and created again, except those that keep a virtual table (the FTS5
 * index, which cannot be copied) in step: loading its content table rebuilds it.
 */
export async function loadTables(db: Db, dump: DumpSource): Promise<{ rows: number }> {
  const tables = await describeTables(db);
  const target = new Map(tables.map((t) => [t.name, t]));
  for (const t of dump.tables) {
    const into = target.get(t.name);
    if (!into) {
      // Tables of one dialect only (none today) are skipped when crossing dialects.
      if (dump.dialect !== db.dialect) continue;
      throw new Error(`The database has no table ${t.name}: not the backup's schema version`);
    }
    const missing = t.columns.filter((c) => !into.columns.includes(c));
    if (missing.length)
      throw new Error(
        `Table ${t.name} has no column ${missing.join(', ')}: not the backup's schema`,
      );
  }
  const inDump = new Map(dump.tables.map((t) => [t.name, t]));
  let total = 0;
  await raw(db)
    .transaction()
    .execute(async (k) => {
      const restoreTriggers = await suspendTriggers(k, db.dialect, tables);
      for (const t of [...tables].reverse()) await sql`DELETE FROM ${sql.table(t.name)}`.execute(k);
      const later: { table: OrderedTable; column: string; key: unknown[]; value: unknown }[] = [];
      for (const t of tables) {
        const source = inDump.get(t.name);
        if (!source) continue;
        const deferredAt = t.deferred.map((c) => source.columns.indexOf(c));
        const keyAt = t.primaryKey.map((c) => source.columns.indexOf(c));
        const per = Math.max(1, Math.floor(30_000 / source.columns.length));
        for await (const batch of dump.rows(t.name)) {
          const values = batch.map((encoded) => {
            const row = encoded.map((v) => decodeValue(v, db.dialect));
            deferredAt.forEach((i, n) => {
              if (i < 0 || row[i] === null) return;
              later.push({
                table: t,
                column: t.deferred[n]!,
                key: keyAt.map((j) => row[j]),
                value: row[i],
              });
              row[i] = null;
            });
            return row;
          });
          for (let i = 0; i < values.length; i += per) {
            const chunk = values.slice(i, i + per);
            await sql`INSERT INTO ${sql.table(t.name)} (${sql.join(source.columns.map((c) => sql.ref(c)))}) VALUES ${sql.join(
              chunk.map((r) => sql`(${sql.join(r)})`),
            )}`.execute(k);
          }
          total += batch.length;
        }
      }
      for (const l of later) {
        const where = sql.join(
          l.table.primaryKey.map((c, i) => sql`${sql.ref(c)} = ${l.key[i]}`),
          sql` AND `,
        );
        await sql`UPDATE ${sql.table(l.table.name)} SET ${sql.ref(l.column)} = ${l.value} WHERE ${where}`.execute(
          k,
        );
      }
      if (db.dialect === 'postgres')
        for (const t of tables)
          for (const c of t.identity)
            await sql`SELECT setval(pg_get_serial_sequence(${`"${t.name}"`}, ${c}),
              coalesce((SELECT max(${sql.ref(c)}) FROM ${sql.table(t.name)}), 1),
              (SELECT max(${sql.ref(c)}) FROM ${sql.table(t.name)}) IS NOT NULL)`.execute(k);
      await restoreTriggers();
    });
  return { rows: total };
}

/** Stops triggers for the rest of the transaction; returns what puts them back. */
async function suspendTriggers(
  k: Kysely<Database>,
  dialect: Db['dialect'],
  tables: TableInfo[],
): Promise<() => Promise<void>> {
  if (dialect === 'postgres') {
    for (const t of tables)
      await sql`ALTER TABLE ${sql.table(t.name)} DISABLE TRIGGER USER`.execute(k);
    return async () => {
      for (const t of tables)
        await sql`ALTER TABLE ${sql.table(t.name)} ENABLE TRIGGER USER`.execute(k);
    };
  }
  const virtual = (
    await rowsOf(
      sql<{
        name: string;
      }>`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual'`,
      k,
    )
  ).map((v) => v.name);
  const writesVirtual = (body: string): boolean =>
    virtual.some((v) => new RegExp(`\\binto\\s+"?${v}"?[\\s(]`, 'i').test(body));
  const triggers = (
    await rowsOf(
      sql<{
        name: string;
        sql: string;
      }>`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid`,
      k,
    )
  ).filter((t) => !writesVirtual(t.sql));
  for (const t of triggers) await sql`DROP TRIGGER ${sql.id(t.name)}`.execute(k);
  return async () => {
    for (const t of triggers) await sql.raw(t.sql).execute(k);
  };
}
