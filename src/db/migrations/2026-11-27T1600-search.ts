import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.
//
// Full-text search over articles. `article_search` holds each article's searchable text as
// plain text in its original spelling (title, lead, body without tags, featured-image caption,
// tag names) and is kept in step with `article`, `article_tag`, `tag` and `media` by triggers,
// so no write path can forget the index. Visibility (status, published_at) is not copied: the
// search query joins `article`, so an unpublished, withdrawn or future article is never found.
//
// Two indexes over the same text: the whole article (`document`), and its headline part
// (title, tags, lead), which is small, so ranking headline matches stays cheap at any size.
//
// SQLite: FTS5 tables over `article_search` (external content) index the text with đ/Đ
// folded to d/D by the triggers; `unicode61 remove_diacritics 2` folds tones and case. Token
// positions are those of the original text, so snippet()/highlight() mark the original words.
// Never run the FTS5 'rebuild' command: it would re-index the unfolded text.
// `html_text()` is registered on every connection by db/connect.ts (lib/html-text.ts).
// A covering index on article (id, status, published_at, section_id) lets the search check
// visibility and filters without reading article rows (their bodies spill to overflow pages).
//
// PostgreSQL: a `vn_unaccent` text search configuration (unaccent + simple: folds tones, đ and
// case, keeps two-letter syllables) and generated, weighted tsvectors with GIN indexes;
// `html_text()` is the same transformation as lib/html-text.ts, in SQL.

const run = async (db: Kysely<any>, statements: string[]): Promise<void> => {
  for (const s of statements) await sql.raw(s).execute(db);
};

/** SQLite: text as indexed by FTS5, with đ/Đ folded (FTS5 folds everything else). */
const foldD = (col: string): string => `replace(replace(${col}, 'đ', 'd'), 'Đ', 'D')`;
/** SQLite: plain text without the snippet markers U+E000/U+E001. */
const plainSqlite = (expr: string): string =>
  `replace(replace(${expr}, char(57344), ''), char(57345), '')`;

const FTS_COLUMNS = ['title', 'lead', 'body', 'caption', 'tags'];
const HEADLINE_COLUMNS = ['title', 'tags', 'lead'];
const FTS_OPTIONS = `content='article_search', content_rowid='article_id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'`;

/** SQLite: recomputes the `article_search` rows of the articles matched by `where` (alias a). */
function refreshSqlite(where: string): string {
  return `INSERT INTO article_search (article_id, title, lead, body, caption, tags)
    SELECT a.id, ${plainSqlite('a.title')}, ${plainSqlite('a.lead')}, html_text(a.body_html),
      coalesce((SELECT ${plainSqlite('m.caption')} FROM media m WHERE m.id = a.image_id), ''),
      coalesce((SELECT group_concat(${plainSqlite('n.name')}, ', ') FROM (SELECT t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = a.id ORDER BY t.name) n), '')
    FROM article a WHERE ${where}
    ON CONFLICT (article_id) DO UPDATE SET title = excluded.title, lead = excluded.lead, body = excluded.body,
      caption = excluded.caption, tags = excluded.tags
    WHERE (title, lead, body, caption, tags) IS NOT (excluded.title, excluded.lead, excluded.body, excluded.caption, excluded.tags);`;
}

const values = (cols: string[], row: 'new' | 'old'): string =>
  cols.map((c) => foldD(`${row}.${c}`)).join(', ');

const FTS_TABLES: [table: string, columns: string[]][] = [
  ['article_fts', FTS_COLUMNS],
  ['article_headline_fts', HEADLINE_COLUMNS],
];

/** SQLite: statements adding a row's folded text to both FTS tables (new), or removing it (old). */
function ftsWrite(row: 'new' | 'old'): string {
  return FTS_TABLES.map(([table, cols]) =>
    row === 'old'
      ? `INSERT INTO ${table} (${table}, rowid, ${cols.join(', ')}) VALUES ('delete', old.article_id, ${values(cols, 'old')});`
      : `INSERT INTO ${table} (rowid, ${cols.join(', ')}) VALUES (new.article_id, ${values(cols, 'new')});`,
  ).join('\n');
}

async function upSqlite(db: Kysely<any>): Promise<void> {
  await run(db, [
    `CREATE TABLE article_search (
      article_id INTEGER PRIMARY KEY,
      title TEXT NOT NULL, lead TEXT NOT NULL, body TEXT NOT NULL, caption TEXT NOT NULL, tags TEXT NOT NULL)`,
    `CREATE VIRTUAL TABLE article_fts USING fts5(${FTS_COLUMNS.join(', ')}, ${FTS_OPTIONS})`,
    `CREATE VIRTUAL TABLE article_headline_fts USING fts5(${HEADLINE_COLUMNS.join(', ')}, ${FTS_OPTIONS})`,
    'CREATE INDEX article_search_visibility_idx ON article (id, status, published_at, section_id)',
    `CREATE TRIGGER article_search_ai AFTER INSERT ON article_search BEGIN ${ftsWrite('new')} END`,
    `CREATE TRIGGER article_search_ad AFTER DELETE ON article_search BEGIN ${ftsWrite('old')} END`,
    `CREATE TRIGGER article_search_au AFTER UPDATE ON article_search BEGIN ${ftsWrite('old')} ${ftsWrite('new')} END`,
    `CREATE TRIGGER article_search_article_ai AFTER INSERT ON article BEGIN ${refreshSqlite('a.id = new.id')} END`,
    `CREATE TRIGGER article_search_article_au AFTER UPDATE OF title, lead, body_html, image_id ON article BEGIN ${refreshSqlite('a.id = new.id')} END`,
    `CREATE TRIGGER article_search_article_ad AFTER DELETE ON article BEGIN DELETE FROM article_search WHERE article_id = old.id; END`,
    `CREATE TRIGGER article_search_article_tag_ai AFTER INSERT ON article_tag BEGIN ${refreshSqlite('a.id = new.article_id')} END`,
    `CREATE TRIGGER article_search_article_tag_ad AFTER DELETE ON article_tag BEGIN ${refreshSqlite('a.id = old.article_id')} END`,
    `CREATE TRIGGER article_search_article_tag_au AFTER UPDATE ON article_tag BEGIN ${refreshSqlite('a.id IN (old.article_id, new.article_id)')} END`,
    `CREATE TRIGGER article_search_tag_au AFTER UPDATE OF name ON tag BEGIN ${refreshSqlite('a.id IN (SELECT article_id FROM article_tag WHERE tag_id = new.id)')} END`,
    `CREATE TRIGGER article_search_media_au AFTER UPDATE OF caption ON media BEGIN ${refreshSqlite('a.id IN (SELECT id FROM article WHERE image_id = new.id)')} END`,
    // Index what is already there (the triggers on article_search fill the FTS tables).
    refreshSqlite('1 = 1').replace(/;$/, ''),
  ]);
}

async function downSqlite(db: Kysely<any>): Promise<void> {
  await run(db, [
    ...[
      'article_ai',
      'article_au',
      'article_ad',
      'article_tag_ai',
      'article_tag_ad',
      'article_tag_au',
      'tag_au',
      'media_au',
    ].map((t) => `DROP TRIGGER IF EXISTS article_search_${t}`),
    'DROP TABLE IF EXISTS article_fts',
    'DROP TABLE IF EXISTS article_headline_fts',
    'DROP INDEX IF EXISTS article_search_visibility_idx',
    'DROP TABLE IF EXISTS article_search',
  ]);
}

/** PostgreSQL: plain text without the snippet markers, composed (NFC). */
const PG_FUNCTIONS = [
  `CREATE FUNCTION search_plain(s text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT normalize(btrim(regexp_replace(replace(replace(replace(s, chr(57344), ''), chr(57345), ''), chr(160), ' '),
      '[ \\t\\n\\r\\f\\v]+', ' ', 'g'), ' '), NFC)
  $$`,
  // Same as lib/html-text.ts htmlToText: tags → spaces, entities decoded (&amp; last).
  `CREATE FUNCTION html_text(html text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT search_plain(replace(replace(replace(replace(replace(replace(replace(
      regexp_replace(html, '<[^>]*>', ' ', 'g'),
      '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&apos;', ''''), '&nbsp;', ' '), '&amp;', '&'))
  $$`,
];

async function upPostgres(db: Kysely<any>): Promise<void> {
  await run(db, [
    // A trusted extension: the database owner may create it. Shipped with PostgreSQL (contrib).
    'CREATE EXTENSION IF NOT EXISTS unaccent',
    'CREATE TEXT SEARCH CONFIGURATION vn_unaccent (COPY = simple)',
    `ALTER TEXT SEARCH CONFIGURATION vn_unaccent
      ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple`,
    ...PG_FUNCTIONS,
    `CREATE TABLE article_search (
      article_id integer PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
      title text NOT NULL, lead text NOT NULL, body text NOT NULL, caption text NOT NULL, tags text NOT NULL,
      document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('vn_unaccent'::regconfig, title), 'A') ||
        setweight(to_tsvector('vn_unaccent'::regconfig, tags), 'B') ||
        setweight(to_tsvector('vn_unaccent'::regconfig, lead), 'B') ||
        setweight(to_tsvector('vn_unaccent'::regconfig, caption), 'C') ||
        setweight(to_tsvector('vn_unaccent'::regconfig, body), 'D')) STORED,
      headline tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('vn_unaccent'::regconfig, title), 'A') ||
        setweight(to_tsvector('vn_unaccent'::regconfig, tags), 'B') ||
        setweight(to_tsvector('vn_unaccent'::regconfig, lead), 'C')) STORED)`,
    'CREATE INDEX article_search_document_idx ON article_search USING gin (document)',
    'CREATE INDEX article_search_headline_idx ON article_search USING gin (headline)',
    `CREATE FUNCTION article_search_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO article_search AS s (article_id, title, lead, body, caption, tags)
      SELECT a.id, search_plain(a.title), search_plain(a.lead), html_text(a.body_html),
        coalesce(search_plain(m.caption), ''),
        coalesce((SELECT string_agg(search_plain(t.name), ', ' ORDER BY t.name)
                  FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = a.id), '')
      FROM article a LEFT JOIN media m ON m.id = a.image_id
      WHERE a.id = ANY (ids)
      ON CONFLICT (article_id) DO UPDATE SET title = excluded.title, lead = excluded.lead, body = excluded.body,
        caption = excluded.caption, tags = excluded.tags
      WHERE (s.title, s.lead, s.body, s.caption, s.tags)
        IS DISTINCT FROM (excluded.title, excluded.lead, excluded.body, excluded.caption, excluded.tags)
    $$`,
    `CREATE FUNCTION article_search_on_article() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM article_search_refresh(ARRAY[NEW.id]); RETURN NULL; END $$`,
    `CREATE TRIGGER article_search_article AFTER INSERT OR UPDATE OF title, lead, body_html, image_id ON article
      FOR EACH ROW EXECUTE FUNCTION article_search_on_article()`,
    `CREATE FUNCTION article_search_on_article_tag() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM article_search_refresh(ARRAY[OLD.article_id]); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM article_search_refresh(ARRAY[NEW.article_id]); END IF;
        RETURN NULL;
      END $$`,
    `CREATE TRIGGER article_search_article_tag AFTER INSERT OR UPDATE OR DELETE ON article_tag
      FOR EACH ROW EXECUTE FUNCTION article_search_on_article_tag()`,
    `CREATE FUNCTION article_search_on_tag() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM article_search_refresh(ARRAY(SELECT article_id FROM article_tag WHERE tag_id = NEW.id)); RETURN NULL; END $$`,
    `CREATE TRIGGER article_search_tag AFTER UPDATE OF name ON tag FOR EACH ROW EXECUTE FUNCTION article_search_on_tag()`,
    `CREATE FUNCTION article_search_on_media() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM article_search_refresh(ARRAY(SELECT id FROM article WHERE image_id = NEW.id)); RETURN NULL; END $$`,
    `CREATE TRIGGER article_search_media AFTER UPDATE OF caption ON media FOR EACH ROW EXECUTE FUNCTION article_search_on_media()`,
    'SELECT article_search_refresh(ARRAY(SELECT id FROM article))',
  ]);
}

async function downPostgres(db: Kysely<any>): Promise<void> {
  await run(db, [
    'DROP TRIGGER IF EXISTS article_search_article ON article',
    'DROP TRIGGER IF EXISTS article_search_article_tag ON article_tag',
    'DROP TRIGGER IF EXISTS article_search_tag ON tag',
    'DROP TRIGGER IF EXISTS article_search_media ON media',
    'DROP FUNCTION IF EXISTS article_search_on_article(), article_search_on_article_tag(), article_search_on_tag(), article_search_on_media()',
    'DROP TABLE IF EXISTS article_search',
    'DROP FUNCTION IF EXISTS article_search_refresh(integer[]), html_text(text), search_plain(text)',
    'DROP TEXT SEARCH CONFIGURATION IF EXISTS vn_unaccent',
    // The unaccent extension stays: it may have been there before, and other features may use it.
  ]);
}

/** Creates the article search index and the triggers that keep it in step with the articles. */
export async function up(db: Kysely<any>): Promise<void> {
  await (isPostgres(db) ? upPostgres(db) : upSqlite(db));
}

/** Drops the search index, its triggers and functions. */
export async function down(db: Kysely<any>): Promise<void> {
  await (isPostgres(db) ? downPostgres(db) : downSqlite(db));
}
