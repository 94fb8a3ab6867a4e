import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * Văn bản in full-text search, and views counted once per reader.
 *
 * `document.search_text` is already folded by the code (document-number.ts textKey: lower case,
 * no tone marks, đ → d, tokens separated by single spaces), so the index only has to split it
 * into words: SQLite, an FTS5 table over that column (external content, kept by triggers, so a
 * restore that inserts documents fills it); PostgreSQL, a generated tsvector with a GIN index
 * (the `vn_unaccent` configuration of the search migration). A parallel index: the articles'
 * tables are not touched.
 *
 * `document_view` holds one row per document and reader (a keyed hash, as for downloads).
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`ALTER TABLE document ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('vn_unaccent'::regconfig, search_text)) STORED`.execute(
      db,
    );
    await sql`CREATE INDEX document_search_vector_idx ON document USING gin (search_vector)`.execute(
      db,
    );
  } else {
    for (const s of [
      `CREATE VIRTUAL TABLE document_fts USING fts5(search_text, content='document', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
      `CREATE TRIGGER document_fts_ai AFTER INSERT ON document BEGIN
         INSERT INTO document_fts(rowid, search_text) VALUES (new.id, new.search_text); END`,
      `CREATE TRIGGER document_fts_ad AFTER DELETE ON document BEGIN
         INSERT INTO document_fts(document_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END`,
      `CREATE TRIGGER document_fts_au AFTER UPDATE OF search_text ON document BEGIN
         INSERT INTO document_fts(document_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
         INSERT INTO document_fts(rowid, search_text) VALUES (new.id, new.search_text); END`,
      // The content is folded already: rebuilding from it is exact.
      `INSERT INTO document_fts(document_fts) VALUES ('rebuild')`,
    ])
      await sql.raw(s).execute(db);
  }

  await db.schema
    .createTable('document_view')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('document_id', 'integer', (c) =>
      c.notNull().references('document.id').onDelete('cascade'),
    )
    .addColumn('reader', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_view_pk', ['document_id', 'reader'])
    .execute();
}

/** Drops the index and the view rows. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('document_view').execute();
  if (isPostgres(db)) {
    await sql`DROP INDEX document_search_vector_idx`.execute(db);
    await sql`ALTER TABLE document DROP COLUMN search_vector`.execute(db);
  } else {
    for (const s of [
      'DROP TRIGGER document_fts_au',
      'DROP TRIGGER document_fts_ad',
      'DROP TRIGGER document_fts_ai',
      'DROP TABLE document_fts',
    ])
      await sql.raw(s).execute(db);
  }
}
