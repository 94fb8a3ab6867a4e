import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.
//
// SQLite only (PostgreSQL's headline_words column already is its own index): the syllable-pair
// index of the headline alone (title, tags, lead), `article_headline_words_fts`. A column
// filter on article_words_fts ({title tags lead} : …) still walks each token's whole doclist,
// and a common syllable is in the body of most articles: at 100,000 articles the title and
// headline pools of a long query took ~100 ms there. The headline's own doclists are short.
// Same text (search_pairs(), registered by db/connect.ts), same triggers on article_search.

const COLUMNS = ['title', 'tags', 'lead'];
const TABLE = 'article_headline_words_fts';
const values = (prefix: string) => COLUMNS.map((c) => `search_pairs(${prefix}${c})`).join(', ');
const insertNew = `INSERT INTO ${TABLE} (rowid, ${COLUMNS.join(', ')}) VALUES (new.article_id, ${values('new.')});`;
const remove = `DELETE FROM ${TABLE} WHERE rowid = old.article_id;`;

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  for (const s of [
    `CREATE VIRTUAL TABLE ${TABLE} USING fts5(${COLUMNS.join(', ')}, content='', contentless_delete=1, detail=column, tokenize="unicode61 remove_diacritics 0 tokenchars '_'")`,
    `CREATE TRIGGER article_headline_words_ai AFTER INSERT ON article_search BEGIN ${insertNew} END`,
    `CREATE TRIGGER article_headline_words_ad AFTER DELETE ON article_search BEGIN ${remove} END`,
    `CREATE TRIGGER article_headline_words_au AFTER UPDATE ON article_search BEGIN ${remove} ${insertNew} END`,
    `INSERT INTO ${TABLE} (rowid, ${COLUMNS.join(', ')}) SELECT article_id, ${values('')} FROM article_search`,
  ])
    await sql.raw(s).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  for (const s of [
    'DROP TRIGGER IF EXISTS article_headline_words_ai',
    'DROP TRIGGER IF EXISTS article_headline_words_ad',
    'DROP TRIGGER IF EXISTS article_headline_words_au',
    `DROP TABLE IF EXISTS ${TABLE}`,
  ])
    await sql.raw(s).execute(db);
}
