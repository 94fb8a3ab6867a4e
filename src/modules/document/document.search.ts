import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { TextTerm } from './document-number.ts';

/**
 * The condition "document `d` holds every term", one form per database over the parallel index
 * of the document-search migration: SQLite's FTS5 table `document_fts` (rowid = document id),
 * PostgreSQL's GIN-indexed `document.search_vector`. Both index the folded `search_text`, so
 * words match whole (never a substring: "9" never matches "109") and folded like articles.
 */
export function textMatch(dialect: Db['dialect'], terms: TextTerm[]): RawBuilder<boolean> {
  if (dialect === 'postgres') {
    const q = terms
      .map((t) => {
        const ws = t.words.map((w, i) => (t.prefix && i === t.words.length - 1 ? `${w}:*` : w));
        return ws.length > 1 ? `(${ws.join(' <-> ')})` : ws[0]!;
      })
      .join(' & ');
    return sql<boolean>`d.search_vector @@ to_tsquery('vn_unaccent'::regconfig, ${q})`;
  }
  const m = terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? ' *' : ''}`).join(' AND ');
  return sql<boolean>`d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ${m})`;
}
