/**
 * The content epoch: the database increments `cache_epoch.n` by triggers whenever content that
 * public pages show changes, whichever code (or person with a SQL console) changes it. There is
 * one row per site (id = the site's id): a change moves only its own site's epoch (see
 * `siteOf`), so a commune's edit keeps the province's cached pages. Cached pages carry the epoch
 * they were built at; a page built at another epoch is never served.
 *
 * Every table is content unless listed in NOT_CONTENT, so a table added later is covered by
 * default: `ensureEpochTriggers` runs after every migration run (`epochMigrationHooks`) and makes the
 * triggers exactly match the schema as it is (missing ones created, outdated ones replaced).
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { MigrationHooks } from '../../db/migrate.ts';
import type { EpochDialect, Executor, SiteOf, TableRule } from './cache.epoch.dialect.ts';
import { postgresEpochDialect } from './cache.epoch.postgres.ts';
import { sqliteEpochDialect } from './cache.epoch.sqlite.ts';

export type { EpochDialect, Executor, SiteOf, TableRule } from './cache.epoch.dialect.ts';

/** Tables that no public page shows (or that change on every read), with the reason. */
export const NOT_CONTENT: Readonly<Record<string, string>> = {
  cache_epoch: 'the epoch itself',
  cache_change: 'the epoch’s record of article changes',
  kysely_migration: 'migration bookkeeping',
  kysely_migration_lock: 'migration bookkeeping',
  stat_day: 'counting: shown live, never cached',
  stat_count: 'counting',
  stat_reader: 'counting',
  stat_read: 'counting',
  stat_salt: 'counting',
  account: 'back office only (changes at every login)',
  account_section: 'back office only',
  account_site: 'back office only',
  article_proposal: 'back office only (what shows is the accepted copy, an article)',
  session: 'back office only',
  form_stash: 'back office only',
  rate_limit: 'back office only',
  job_lease: 'job runner bookkeeping (changes every few seconds)',
  audit_log: 'back office only (append-only)',
  article_revision: 'back office only (autosaves)',
  article_search: 'derived: the search index, kept by triggers on the tables it is built from',
  backup_run: 'back office only (scheduled backups)',
  upload_intent: 'upload bookkeeping (files not yet in the library)',
  contact_message: 'readers’ messages: back office only (Hỏi đáp shows contact_question)',
  contact_note: 'back office only (staff notes on readers’ messages)',
  contact_attachment: 'back office only (files readers send)',
  import_item: 'import bookkeeping (old addresses answer 301, never cached)',
  import_run: 'back office only (imports)',
  document_download: 'counting: download dedup rows',
  consultation_response:
    'readers’ comments on drafts: back office only (the page shows live counts, not cached)',
  mail_outbox: 'outgoing mail: back office only',
  poll_voter: 'counting: who voted (a daily hash), changes on every vote',
  search_suspend: 'search index bookkeeping (a row only inside an import batch’s transaction)',
  import_crawl_url: 'import bookkeeping (the crawler’s queue of old pages)',
  media_rendition_queue:
    'rendition bookkeeping (the item itself changes when its renditions are made)',
};

export const TABLE_RULES: Readonly<Record<string, TableRule>> = {
  article: {
    ignoreColumns: ['read_count', 'lock_account_id', 'lock_until'],
    // Drafts, reviews and scheduled articles never show; a scheduled one shows when the job publishes it.
    publicStatuses: ['published', 'unpublished', 'withdrawn'],
  },
  document: { ignoreColumns: ['view_count'], publicStatuses: ['published', 'withdrawn'] },
  document_file: { ignoreColumns: ['download_count'] },
  // A vote moves a total; the sidebar shows the question, the results page is never cached.
  poll_choice: { ignoreColumns: ['votes'] },
};

/**
 * Tables without a `site_id` of their own whose rows belong to a parent's site: a change moves
 * that site's epoch only. Any other table without `site_id` is shared content (tags, the sites
 * themselves) and moves every site's epoch.
 */
export const SITE_PARENTS: Readonly<Record<string, { parent: string; via: string }>> = {
  page: { parent: 'section', via: 'section_id' },
  article_tag: { parent: 'article', via: 'article_id' },
  article_section: { parent: 'article', via: 'article_id' },
  article_author: { parent: 'article', via: 'article_id' },
  article_note: { parent: 'article', via: 'article_id' },
  article_place: { parent: 'article', via: 'article_id' },
  weblink_check: { parent: 'weblink', via: 'link_id' },
};

/** Whose epoch a change of `table` moves (see SiteOf). */
export function siteOf(table: string, columns: string[]): SiteOf {
  if (table === 'article') return { kind: 'article' };
  const p = SITE_PARENTS[table];
  if (p?.parent === 'article') return { kind: 'article', via: p.via };
  if (columns.includes('site_id')) return { kind: 'own' };
  return p ? { kind: 'parent', ...p } : { kind: 'every' };
}

/** One trigger as the schema should have it. */
export interface TriggerSpec {
  table: string;
  name: string;
  sql: string;
}

/** Trigger names carry a hash of their definition: a changed definition gets a new name. */
function spec(table: string, kind: string, template: string): TriggerSpec {
  const hash = crypto.createHash('sha256').update(template).digest('hex').slice(0, 8);
  const name = `cache_epoch_${table}_${kind}_${hash}`;
  return { table, name, sql: template.replace('$NAME', `"${name}"`) };
}

/** Whether the epoch follows this table. */
export function isContentTable(table: string): boolean {
  return !(table in NOT_CONTENT) && !table.startsWith('sqlite_');
}

function dialectOf(db: Db): EpochDialect {
  return db.dialect === 'postgres' ? postgresEpochDialect : sqliteEpochDialect;
}

/** The triggers every content table should have now. */
export async function expectedTriggers(db: Db, k: Executor = db.kysely): Promise<TriggerSpec[]> {
  const d = dialectOf(db);
  const out: TriggerSpec[] = [];
  for (const table of (await d.tables(k)).filter(isContentTable).sort()) {
    const columns = await d.columns(k, table);
    for (const s of d.statements(table, columns, TABLE_RULES[table], siteOf(table, columns)))
      out.push(spec(table, s.kind, s.sql));
  }
  return out;
}

/**
 * Creates missing epoch triggers and drops outdated ones; returns how many of each. When it
 * changed anything (a migration ran), it also moves the epoch: content may have changed while
 * no trigger watched, and pages other instances cached before must go.
 */
export async function ensureEpochTriggers(db: Db): Promise<{ created: number; dropped: number }> {
  const d = dialectOf(db);
  return d.exclusive(db, async (k) => {
    const expected = await expectedTriggers(db, k);
    const existing = await d.existing(k);
    const want = new Set(expected.map((t) => `${t.table}.${t.name}`));
    const have = new Set(existing.map((t) => `${t.table}.${t.name}`));
    const stale = existing.filter((t) => !want.has(`${t.table}.${t.name}`));
    const missing = expected.filter((t) => !have.has(`${t.table}.${t.name}`));
    for (const statement of [...stale.map((t) => d.drop(t)), ...missing.map((t) => t.sql)])
      await sql.raw(statement).execute(k);
    if (stale.length || missing.length) await sql`UPDATE cache_epoch SET n = n + 1`.execute(k);
    return { created: missing.length, dropped: stale.length };
  });
}

/**
 * Drops every epoch trigger (before migrations run: a trigger that names a column would stop a
 * migration from dropping that column on SQLite). `ensureEpochTriggers` puts them back.
 */
export async function dropEpochTriggers(db: Db): Promise<void> {
  const d = dialectOf(db);
  await d.exclusive(db, async (k) => {
    for (const t of await d.existing(k)) await sql.raw(d.drop(t)).execute(k);
  });
}

/**
 * The hooks every migration run gets (`migrateToLatest(db, epochMigrationHooks)`): the triggers
 * step aside while pending migrations run, then are fitted to the schema as it now is.
 */
export const epochMigrationHooks: MigrationHooks = {
  beforeMigrate: dropEpochTriggers,
  afterMigrate: async (db) => {
    await ensureEpochTriggers(db);
  },
};
