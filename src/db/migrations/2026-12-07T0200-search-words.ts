import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.
//
// PostgreSQL only (SQLite's FTS5 tokenizer already splits text as the search does): index
// words as search.ts reads them. PostgreSQL's parser keeps "NQ/TW" as one file-path token,
// "-19" as a signed number and "1.200" as a decimal, so "Nghị quyết 57-NQ/TW" or "COVID-19"
// could not be found by their words. The tsvectors are now built from the text with / - . : _ @
// read as spaces (search_words), the same word boundaries as SQLite and the ranking.

const pick = (words: string) => (col: string) =>
  `to_tsvector('vn_unaccent'::regconfig, ${words.replace('$', col)})`;

function columns(words: (col: string) => string): string[] {
  return [
    `ADD COLUMN document tsvector GENERATED ALWAYS AS (
      setweight(${words('title')}, 'A') || setweight(${words('tags')}, 'B') ||
      setweight(${words('lead')}, 'B') || setweight(${words('caption')}, 'C') ||
      setweight(${words('body')}, 'D')) STORED`,
    `ADD COLUMN headline tsvector GENERATED ALWAYS AS (
      setweight(${words('title')}, 'A') || setweight(${words('tags')}, 'B') ||
      setweight(${words('lead')}, 'C')) STORED`,
  ];
}

async function rebuild(db: Kysely<any>, words: (col: string) => string): Promise<void> {
  await sql
    .raw('ALTER TABLE article_search DROP COLUMN document, DROP COLUMN headline')
    .execute(db);
  await sql.raw(`ALTER TABLE article_search ${columns(words).join(', ')}`).execute(db);
  await sql
    .raw('CREATE INDEX article_search_document_idx ON article_search USING gin (document)')
    .execute(db);
  await sql
    .raw('CREATE INDEX article_search_headline_idx ON article_search USING gin (headline)')
    .execute(db);
}

/** Rebuilds the PostgreSQL tsvectors over search_words(text). */
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql
    .raw(
      `CREATE FUNCTION search_words(s text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT translate(s, '/-.:_@', '      ')
      $$`,
    )
    .execute(db);
  await rebuild(db, pick('search_words($)'));
}

/** Back to the tsvectors of the search migration. */
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await rebuild(db, pick('$'));
  await sql.raw('DROP FUNCTION IF EXISTS search_words(text)').execute(db);
}
