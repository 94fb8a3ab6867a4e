import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';

/** A table whose changes only sometimes show: columns that never show, rows that never show. */
export interface TableRule {
  /** Changes of only these columns do not bump the epoch (read counts come live, not from the cache). */
  ignoreColumns: string[];
  /** Rows show publicly only when `status` is one of these (before or after the change). */
  publicStatuses?: string[];
}

/**
 * Whose epoch a row's change moves: its own site's (`site_id`), its parent's site (a row of
 * `parent` named by the row's column `via`), its article's (recorded), or, for content without
 * a site, every site's.
 */
export type SiteOf =
  | { kind: 'own' }
  | { kind: 'parent'; parent: string; via: string }
  | { kind: 'every' }
  /**
   * An article (no `via`) or a row of one (`via`: its column naming the article): moves the
   * article's site's epoch and records the article and its section in `cache_change`.
   */
  | { kind: 'article'; via?: string };

/** A connection or a transaction. */
export type Executor = Kysely<Database>;

/** What differs between the dialects: how to list tables, columns and triggers, and the trigger SQL. */
export interface EpochDialect {
  /** Ordinary tables a trigger can be put on (no virtual tables or their shadow tables). */
  tables(k: Executor): Promise<string[]>;
  columns(k: Executor, table: string): Promise<string[]>;
  /** Epoch triggers present now. */
  existing(k: Executor): Promise<{ table: string; name: string }[]>;
  /** The trigger statements for a table, with `$NAME` where each trigger's name goes. */
  statements(
    table: string,
    columns: string[],
    rule: TableRule | undefined,
    site: SiteOf,
  ): { kind: string; sql: string }[];
  drop(t: { table: string; name: string }): string;
  /** Runs `fn` so that two instances starting together do not race on the DDL. */
  exclusive<T>(db: Db, fn: (k: Executor) => Promise<T>): Promise<T>;
}
