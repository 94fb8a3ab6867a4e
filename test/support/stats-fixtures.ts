import { sql } from 'kysely';
import type { Db } from '../../src/db/connect.ts';
import { platformRepository } from '../../src/modules/platform/platform.repository.ts';

/**
 * Inserts a section and `n` published articles of a site (the province unless told) for
 * counting tests; returns the article ids and the section id.
 */
export async function countingFixture(
  db: Db,
  n = 1,
  siteId = 1,
): Promise<{ sectionId: number; articleIds: number[] }> {
  const at = '2026-01-01T00:00:00.000Z';
  const section = await db.kysely
    .insertInto('section')
    .values({ siteId, slug: `tin-${n}`, name: 'Tin trong tỉnh', createdAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const articleIds: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = await db.kysely
      .insertInto('article')
      .values({
        siteId,
        sectionId: section.id,
        slug: `bai-${i}`,
        title: `Bài ${i}`,
        status: 'published',
        publishedAt: at,
        createdAt: at,
        updatedAt: at,
        readCount: 100,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    articleIds.push(row.id);
  }
  return { sectionId: section.id, articleIds };
}

/** Every row of every counting table, as JSON text (to look for what must never be stored). */
export async function countingTablesDump(db: Db): Promise<string> {
  const out: unknown[] = [];
  for (const table of ['stat_day', 'stat_salt', 'stat_reader', 'stat_read', 'stat_count']) {
    out.push(table, (await sql`select * from ${sql.table(table)}`.execute(db.kysely)).rows);
  }
  return JSON.stringify(out);
}

/** The stored read count of an article. */
export async function storedReads(db: Db, id: number): Promise<number> {
  const row = await db.kysely
    .selectFrom('article')
    .select('readCount')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.readCount);
}

/** A second site, the commune Mường Nhé under the province's host at /xa/muong-nhe; returns its id. */
export async function muongNhe(db: Db): Promise<number> {
  return platformRepository(db).insert({
    slug: 'muong-nhe',
    kind: 'xa',
    name: 'Đảng bộ xã Mường Nhé',
    unitCode: '03160',
    host: null,
    pathPrefix: '/xa/muong-nhe',
    parentId: 1,
  });
}
