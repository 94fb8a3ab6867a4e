import type { Kysely } from 'kysely';

// Frozen: never edit once landed; add a new dated migration instead.

/** The text fold of this migration's time (copied, not imported, so later changes cannot alter it). */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The media library: who uploaded an item and when it was last edited, a folded search column
 * (filled for existing rows), and indexes for the library's listing by kind and date.
 * `uploaded_by` names an account without a foreign key: accounts are disabled, never deleted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('media').addColumn('uploaded_by', 'integer').execute();
  await db.schema.alterTable('media').addColumn('updated_at', 'text').execute();
  await db.schema
    .alterTable('media')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // One-word aliases: the connection may rename result columns to camelCase.
  const rows = (await db
    .selectFrom('media')
    .select(['id', 'original_name as name', 'alt', 'caption', 'credit'])
    .execute()) as {
    id: number;
    name: string;
    alt: string;
    caption: string;
    credit: string;
  }[];
  for (const r of rows) {
    await db
      .updateTable('media')
      .set({ search_text: fold([r.name, r.alt, r.caption, r.credit].join(' ')) })
      .where('id', '=', r.id)
      .execute();
  }
  await db.schema
    .createIndex('media_kind_created_idx')
    .on('media')
    .columns(['kind', 'created_at'])
    .execute();
  await db.schema.createIndex('media_created_idx').on('media').column('created_at').execute();
}

/** Removes what `up` added. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('media_created_idx').execute();
  await db.schema.dropIndex('media_kind_created_idx').execute();
  for (const col of ['search_text', 'updated_at', 'uploaded_by']) {
    await db.schema.alterTable('media').dropColumn(col).execute();
  }
}
