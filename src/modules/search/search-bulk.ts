import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

/**
 * Bulk writes with the search index refreshed once for all their articles instead of row by
 * row (migration 2026-12-08T0410-search-bulk): inside the transaction of `db`, the per-row
 * triggers on `article` and `article_tag` are held back while `fn` runs; then the index rows
 * of the articles `fn` returns are recomputed in one statement, before the commit. Other
 * transactions never see the hold. `db` must already be a transaction.
 */
export async function withSearchHeld(db: Db, fn: () => Promise<number[]>): Promise<void> {
  if (!db.kysely.isTransaction) throw new Error('withSearchHeld needs a transaction');
  await sql`INSERT INTO search_suspend (since) VALUES (${new Date().toISOString()})`.execute(
    db.kysely,
  );
  const ids = await fn();
  await sql`DELETE FROM search_suspend`.execute(db.kysely);
  if (ids.length) await refreshSearch(db, ids);
}

/** Recomputes the search index rows of these articles (same text as the triggers make). */
export async function refreshSearch(db: Db, ids: number[]): Promise<void> {
  if (db.dialect === 'postgres') {
    await sql`SELECT article_search_refresh(${ids}::integer[])`.execute(db.kysely);
    return;
  }
  // SQLite: the statement of the search migration's triggers (2026-11-27T1600-search).
  const plain = (e: string) => `replace(replace(${e}, char(57344), ''), char(57345), '')`;
  await sql`INSERT INTO article_search (article_id, title, lead, body, caption, tags)
    SELECT a.id, ${sql.raw(plain('a.title'))}, ${sql.raw(plain('a.lead'))}, html_text(a.body_html),
      coalesce((SELECT ${sql.raw(plain('m.caption'))} FROM media m WHERE m.id = a.image_id), ''),
      coalesce((SELECT group_concat(${sql.raw(plain('n.name'))}, ', ') FROM (SELECT t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = a.id ORDER BY t.name) n), '')
    FROM article a WHERE a.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))
    ON CONFLICT (article_id) DO UPDATE SET title = excluded.title, lead = excluded.lead, body = excluded.body,
      caption = excluded.caption, tags = excluded.tags
    WHERE (title, lead, body, caption, tags) IS NOT (excluded.title, excluded.lead, excluded.body, excluded.caption, excluded.tags)`.execute(
    db.kysely,
  );
}
