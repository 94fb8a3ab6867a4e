import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.
//
// A bulk writer (the import, #21) may hold back the search index's per-row triggers on
// `article` and `article_tag` for its own transaction, then refresh the index for the rows it
// wrote, once, before it commits: `search_suspend` holds a row only inside such a transaction
// (inserted first, deleted before commit), and no other transaction ever sees it (uncommitted
// on PostgreSQL; SQLite has one writer). Every other write keeps its triggers, so the index is
// never out of step with a committed article.

/** SQLite: the search triggers on article and article_tag (the others are not held back). */
const SQLITE_TRIGGERS = [
  'article_search_article_ai',
  'article_search_article_au',
  'article_search_article_tag_ai',
  'article_search_article_tag_ad',
  'article_search_article_tag_au',
];
const WHEN = 'WHEN NOT EXISTS (SELECT 1 FROM search_suspend) ';

async function rewriteSqlite(db: Kysely<any>, change: (s: string) => string): Promise<void> {
  for (const name of SQLITE_TRIGGERS) {
    const r = await sql<{
      sql: string;
    }>`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ${name}`.execute(db);
    const old = r.rows[0]?.sql;
    if (!old) continue;
    await sql.raw(`DROP TRIGGER ${name}`).execute(db);
    await sql.raw(change(old)).execute(db);
  }
}

/** PostgreSQL: the trigger functions, with the check (`held`) or without. */
function pgFunctions(held: boolean): string[] {
  const check = held ? 'IF EXISTS (SELECT 1 FROM search_suspend) THEN RETURN NULL; END IF;' : '';
  return [
    `CREATE OR REPLACE FUNCTION article_search_on_article() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${check} PERFORM article_search_refresh(ARRAY[NEW.id]); RETURN NULL; END $$`,
    `CREATE OR REPLACE FUNCTION article_search_on_article_tag() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${check}
        IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM article_search_refresh(ARRAY[OLD.article_id]); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM article_search_refresh(ARRAY[NEW.article_id]); END IF;
        RETURN NULL;
      END $$`,
  ];
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE search_suspend (since text NOT NULL)`.execute(db);
  if (isPostgres(db)) for (const s of pgFunctions(true)) await sql.raw(s).execute(db);
  else await rewriteSqlite(db, (s) => s.replace(/ BEGIN /, ` ${WHEN}BEGIN `));
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) for (const s of pgFunctions(false)) await sql.raw(s).execute(db);
  else await rewriteSqlite(db, (s) => s.replace(` ${WHEN}BEGIN `, ' BEGIN '));
  await sql`DROP TABLE IF EXISTS search_suspend`.execute(db);
}
