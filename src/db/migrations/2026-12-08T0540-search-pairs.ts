import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.
//
// An index of syllables and syllable pairs (#15), so that finding "articles holding every word
// of the query and at least one adjacent pair of its syllables intact" is a lookup of tokens,
// without checking positions: at 100,000 articles, phrase queries over common syllables ("dien",
// "bien", "dang") read the positions (FTS5) or the whole tsvector (PostgreSQL recheck) of tens of
// thousands of articles per search. Each field is indexed as its folded syllables followed by
// each adjacent pair joined by "_" ("dao tao can bo dao_tao tao_can can_bo"; lib/search-words.ts).
//
// SQLite: `article_words_fts`, a contentless FTS5 table (detail=column: column filters, no
// positions) kept by triggers on `article_search`, its text made by the `search_pairs()`
// function that db/connect.ts registers on every connection.
//
// PostgreSQL: generated tsvector columns without positions (`title_words`, `headline_words`
// for title, tags and lead, `words` for the whole article), each with a GIN index; a query of
// plain lexemes (no phrase, no weight) is answered by the index alone, with no recheck.

const COLUMNS = ['title', 'tags', 'lead', 'caption', 'body'];
const pairs = (row: 'new' | 'article_search') =>
  COLUMNS.map((c) => `search_pairs(${row === 'new' ? 'new.' : ''}${c})`).join(', ');
const insert = (row: 'new' | 'article_search') =>
  row === 'new'
    ? `INSERT INTO article_words_fts (rowid, ${COLUMNS.join(', ')}) VALUES (new.article_id, ${pairs('new')});`
    : `INSERT INTO article_words_fts (rowid, ${COLUMNS.join(', ')}) SELECT article_id, ${pairs(row)} FROM article_search`;
const remove = 'DELETE FROM article_words_fts WHERE rowid = old.article_id;';

async function upSqlite(db: Kysely<any>): Promise<void> {
  for (const s of [
    `CREATE VIRTUAL TABLE article_words_fts USING fts5(${COLUMNS.join(', ')}, content='', contentless_delete=1, detail=column, tokenize="unicode61 remove_diacritics 0 tokenchars '_'")`,
    `CREATE TRIGGER article_words_ai AFTER INSERT ON article_search BEGIN ${insert('new')} END`,
    `CREATE TRIGGER article_words_ad AFTER DELETE ON article_search BEGIN ${remove} END`,
    `CREATE TRIGGER article_words_au AFTER UPDATE ON article_search BEGIN ${remove} ${insert('new')} END`,
    insert('article_search'),
  ])
    await sql.raw(s).execute(db);
}

async function downSqlite(db: Kysely<any>): Promise<void> {
  for (const s of [
    'DROP TRIGGER IF EXISTS article_words_ai',
    'DROP TRIGGER IF EXISTS article_words_ad',
    'DROP TRIGGER IF EXISTS article_words_au',
    'DROP TABLE IF EXISTS article_words_fts',
  ])
    await sql.raw(s).execute(db);
}

async function upPostgres(db: Kysely<any>): Promise<void> {
  for (const s of [
    // The syllables of a text as the search indexes them (search_words, vn_unaccent), without
    // positions, and each adjacent pair as one lexeme "a_b" (positions p and p + 1).
    `CREATE FUNCTION search_pairs(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      WITH v AS (SELECT to_tsvector('vn_unaccent'::regconfig, search_words(t)) AS v),
      w AS (SELECT u.lexeme, p FROM v, unnest(v.v) u, unnest(u.positions) p)
      SELECT strip((SELECT v FROM v)) || coalesce(
        (SELECT array_to_tsvector(array_agg(DISTINCT a.lexeme || '_' || b.lexeme))
          FROM w a JOIN w b ON b.p = a.p + 1), ''::tsvector)
    $$`,
    `ALTER TABLE article_search
      ADD COLUMN title_words tsvector GENERATED ALWAYS AS (search_pairs(title)) STORED,
      ADD COLUMN headline_words tsvector GENERATED ALWAYS AS (
        search_pairs(title) || search_pairs(tags) || search_pairs(lead)) STORED,
      ADD COLUMN words tsvector GENERATED ALWAYS AS (
        search_pairs(title) || search_pairs(tags) || search_pairs(lead) ||
        search_pairs(caption) || search_pairs(body)) STORED`,
    'CREATE INDEX article_search_title_words_idx ON article_search USING gin (title_words)',
    'CREATE INDEX article_search_headline_words_idx ON article_search USING gin (headline_words)',
    'CREATE INDEX article_search_words_idx ON article_search USING gin (words)',
  ])
    await sql.raw(s).execute(db);
}

async function downPostgres(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      'ALTER TABLE article_search DROP COLUMN IF EXISTS title_words, DROP COLUMN IF EXISTS headline_words, DROP COLUMN IF EXISTS words',
    )
    .execute(db);
  await sql.raw('DROP FUNCTION IF EXISTS search_pairs(text)').execute(db);
}

/** Adds the syllable-pair index and what keeps it in step with `article_search`. */
export async function up(db: Kysely<any>): Promise<void> {
  await (isPostgres(db) ? upPostgres(db) : upSqlite(db));
}

/** Drops the syllable-pair index. */
export async function down(db: Kysely<any>): Promise<void> {
  await (isPostgres(db) ? downPostgres(db) : downSqlite(db));
}
