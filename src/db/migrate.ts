import {
  Migrator,
  sql,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
} from 'kysely';
import type { Db } from './connect.ts';
import * as m20261127T1500 from './migrations/2026-11-27T1500-portal.ts';
import * as m20261127T1620 from './migrations/2026-11-27T1620-accounts.ts';
import * as m20261127T1700 from './migrations/2026-11-27T1700-newsroom.ts';
import * as m20261127T1610 from './migrations/2026-11-27T1610-stats.ts';
import * as m20261127T1640 from './migrations/2026-11-27T1640-media.ts';
import * as m20261127T1600 from './migrations/2026-11-27T1600-search.ts';
import * as m20261127T1630 from './migrations/2026-11-27T1630-site.ts';
import * as m20261127T1720 from './migrations/2026-11-27T1720-cache.ts';
import * as m20261207T0100 from './migrations/2026-12-07T0100-form-stash-owner.ts';
import * as m20261207T0200 from './migrations/2026-12-07T0200-search-words.ts';
import * as m20261207T1000 from './migrations/2026-12-07T1000-sites.ts';
import * as m20261207T1010 from './migrations/2026-12-07T1010-page-translation.ts';
import * as m20261207T1200 from './migrations/2026-12-07T1200-backup-runs.ts';
import * as m20261207T1210 from './migrations/2026-12-07T1210-site-indexes.ts';
import * as m20261207T1220 from './migrations/2026-12-07T1220-job-failures.ts';
import * as m20261207T1600 from './migrations/2026-12-07T1600-participation.ts';
import * as m20261207T1400 from './migrations/2026-12-07T1400-schedule.ts';
import * as m20261207T1500 from './migrations/2026-12-07T1500-albums.ts';
import * as m20261207T1700 from './migrations/2026-12-07T1700-import.ts';
import * as m20261207T1810 from './migrations/2026-12-07T1810-cache-changes.ts';
import * as m20261207T1860 from './migrations/2026-12-07T1860-upload-intent.ts';
import * as m20261207T1820 from './migrations/2026-12-07T1820-consultation.ts';
import * as m20261207T1830 from './migrations/2026-12-07T1830-question-search-key.ts';
import * as m20261207T1300 from './migrations/2026-12-07T1300-documents.ts';
import * as m20261207T1850 from './migrations/2026-12-07T1850-schedule-units-photos.ts';
import * as m20261207T1830doc from './migrations/2026-12-07T1830-document-search.ts';
import * as m20261208T0100 from './migrations/2026-12-08T0100-document-signer.ts';
import * as m20261208T0300 from './migrations/2026-12-08T0300-mail-outbox-sla.ts';
import * as m20261208T0310 from './migrations/2026-12-08T0310-polls.ts';
import * as m20261208T0200 from './migrations/2026-12-08T0200-hub-editors-blocks.ts';
import * as m20261208T0400 from './migrations/2026-12-08T0400-import-crawl.ts';
import * as m20261208T0410 from './migrations/2026-12-08T0410-search-bulk.ts';
import * as m20261208T0530 from './migrations/2026-12-08T0530-media-renditions.ts';
import * as m20261208T0540 from './migrations/2026-12-08T0540-search-pairs.ts';
import * as m20261208T0540h from './migrations/2026-12-08T0540-search-pairs-headline.ts';

/** Every migration, by its frozen dated name. Add new ones at the end; never edit old ones. */
const migrations: Record<string, Migration> = {
  '2026-11-27T1500-portal': m20261127T1500,
  '2026-11-27T1620-accounts': m20261127T1620,
  '2026-11-27T1700-newsroom': m20261127T1700,
  '2026-11-27T1610-stats': m20261127T1610,
  '2026-11-27T1640-media': m20261127T1640,
  '2026-11-27T1600-search': m20261127T1600,
  '2026-11-27T1630-site': m20261127T1630,
  '2026-11-27T1720-cache': m20261127T1720,
  '2026-12-07T0100-form-stash-owner': m20261207T0100,
  '2026-12-07T0200-search-words': m20261207T0200,
  '2026-12-07T1000-sites': m20261207T1000,
  '2026-12-07T1010-page-translation': m20261207T1010,
  '2026-12-07T1200-backup-runs': m20261207T1200,
  '2026-12-07T1210-site-indexes': m20261207T1210,
  '2026-12-07T1220-job-failures': m20261207T1220,
  '2026-12-07T1600-participation': m20261207T1600,
  '2026-12-07T1400-schedule': m20261207T1400,
  '2026-12-07T1500-albums': m20261207T1500,
  '2026-12-07T1700-import': m20261207T1700,
  '2026-12-07T1810-cache-changes': m20261207T1810,
  '2026-12-07T1860-upload-intent': m20261207T1860,
  '2026-12-07T1820-consultation': m20261207T1820,
  '2026-12-07T1830-question-search-key': m20261207T1830,
  '2026-12-07T1300-documents': m20261207T1300,
  '2026-12-07T1850-schedule-units-photos': m20261207T1850,
  '2026-12-07T1830-document-search': m20261207T1830doc,
  '2026-12-08T0100-document-signer': m20261208T0100,
  '2026-12-08T0300-mail-outbox-sla': m20261208T0300,
  '2026-12-08T0310-polls': m20261208T0310,
  '2026-12-08T0200-hub-editors-blocks': m20261208T0200,
  '2026-12-08T0400-import-crawl': m20261208T0400,
  '2026-12-08T0410-search-bulk': m20261208T0410,
  '2026-12-08T0530-media-renditions': m20261208T0530,
  '2026-12-08T0540-search-pairs': m20261208T0540,
  '2026-12-08T0540-search-pairs-headline': m20261208T0540h,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

function migrator(db: Db): Migrator {
  return new Migrator({ db: db.kysely, provider });
}

function check(result: MigrationResultSet): void {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '?'} failed`, { cause: result.error });
  }
}

/**
 * What the application fits around a migration run (db/ imports nothing of the app, so the
 * callers pass it; the page cache's epoch triggers are the one user: modules/cache/cache.epoch.ts
 * `epochMigrationHooks`).
 */
export interface MigrationHooks {
  /** Runs before the pending migrations, only when some are pending. */
  beforeMigrate?: (db: Db) => Promise<void>;
  /** Runs after every migration run, pending migrations or not. */
  afterMigrate?: (db: Db) => Promise<void>;
}

/**
 * Applies every pending migration (after `beforeMigrate`, when some are pending), then runs
 * `afterMigrate`; throws if a migration fails.
 */
export async function migrateToLatest(db: Db, hooks: MigrationHooks = {}): Promise<void> {
  const m = migrator(db);
  if (hooks.beforeMigrate && (await m.getMigrations()).some((x) => !x.executedAt))
    await hooks.beforeMigrate(db);
  check(await m.migrateToLatest());
  await hooks.afterMigrate?.(db);
}

/** The name of the newest migration this code knows: the schema version it expects. */
export function latestMigration(): string {
  return Object.keys(migrations).sort().at(-1)!;
}

/** Whether this code knows a migration of that name. */
export function knowsMigration(name: string): boolean {
  return Object.hasOwn(migrations, name);
}

/** The newest migration applied to the database (its schema version), or undefined when none is. */
export async function appliedMigration(db: Db): Promise<string | undefined> {
  // Read the table itself: a newer release may have applied migrations this code does not know.
  // Names sort in the order they apply (a dated prefix). No table yet: nothing applied.
  const rows = await sql<{
    name: string;
  }>`SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1`
    .execute(db.kysely.withoutPlugins())
    .catch(() => ({ rows: [] as { name: string }[] }));
  return rows.rows[0]?.name;
}

/** Where the database's schema stands against this code's migrations. */
export interface SchemaStatus {
  applied: string | undefined;
  latest: string;
  /** Known migrations not yet applied, in order. */
  pending: string[];
  /** Applied migrations this code does not know: a newer release migrated the database. */
  unknown: string[];
}

export async function schemaStatus(db: Db): Promise<SchemaStatus> {
  const done = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`
    .execute(db.kysely.withoutPlugins())
    .then((r) => r.rows.map((x) => x.name))
    .catch(() => [] as string[]); // no table yet: nothing applied
  const applied = new Set(done);
  return {
    applied: done.at(-1),
    latest: latestMigration(),
    pending: Object.keys(migrations)
      .sort()
      .filter((n) => !applied.has(n)),
    unknown: done.filter((n) => !knowsMigration(n)),
  };
}

/** Why an instance will not start on this database; the message is for the operator. */
export class SchemaError extends Error {
  constructor(readonly status: SchemaStatus) {
    super(
      status.unknown.length
        ? `Cơ sở dữ liệu có lược đồ mới hơn phần mềm này (cơ sở dữ liệu: ${status.applied}, phần mềm: ${status.latest}). Hãy chạy phiên bản phần mềm mới hơn. / The database schema (${status.applied}) is newer than this software's (${status.latest}): run the newer release.`
        : `Cơ sở dữ liệu chưa được chuyển đổi lên lược đồ của phần mềm này (còn ${status.pending.length} bước, mới nhất ${status.latest}). Hãy chạy "npm run migrate" một lần trước khi khởi động, hoặc đặt MIGRATE_AT_START=1. / The database schema is behind this software (${status.pending.length} pending migrations): run "npm run migrate" once before starting, or set MIGRATE_AT_START=1.`,
    );
    this.name = 'SchemaError';
  }
}

/**
 * What an instance does with the schema at start: refuses a newer one; applies pending
 * migrations when `migrateAtStart` (the embedded SQLite default), else refuses to start until
 * `npm run migrate` has run (several instances on PostgreSQL).
 */
export async function prepareSchema(
  db: Db,
  migrateAtStart: boolean,
  hooks: MigrationHooks = {},
): Promise<void> {
  const status = await schemaStatus(db);
  if (status.unknown.length) throw new SchemaError(status);
  if (migrateAtStart) await migrateToLatest(db, hooks);
  else if (status.pending.length) throw new SchemaError(status);
}

/**
 * Applies the migrations up to and including `name` (restoring a backup taken at that schema
 * version), with the same hooks as `migrateToLatest`.
 */
export async function migrateTo(db: Db, name: string, hooks: MigrationHooks = {}): Promise<void> {
  const m = migrator(db);
  if (hooks.beforeMigrate) await hooks.beforeMigrate(db);
  check(await m.migrateTo(name));
  await hooks.afterMigrate?.(db);
}

/** Reverts every migration (used by the up-down-up test). */
export async function migrateDownAll(db: Db): Promise<void> {
  const m = migrator(db);
  for (;;) {
    const result = await m.migrateDown();
    check(result);
    if (!result.results?.length) return;
  }
}
