import type { Kysely } from 'kysely';
import { fold } from '../../lib/text.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * Hỏi đáp search without diacritics: `contact_question.search_key` holds the folded subject,
 * question, asker and answer ("dien bien" finds "Điện Biên"), filled for the questions already
 * published.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('contact_question')
    .addColumn('search_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows = await db
    .selectFrom('contact_question')
    .select(['message_id', 'subject', 'question', 'asker', 'answer'])
    .execute();
  for (const r of rows)
    await db
      .updateTable('contact_question')
      .set({ search_key: fold([r.subject, r.question, r.asker, r.answer].join('\n')) })
      .where('message_id', '=', r.message_id)
      .execute();
}

/** Drops the column. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contact_question').dropColumn('search_key').execute();
}
