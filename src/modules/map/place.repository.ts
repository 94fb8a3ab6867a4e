import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { atomic } from '../../db/transaction.ts';
import type { Article } from '../article/article.ts';
import { toArticle } from '../article/article.repository.ts';
import type { UnitNote } from './map.ts';

/** The only place that queries place tags (article_place) and unit descriptions (map_unit_note). */
export function placeRepository(db: Db) {
  const k = db.kysely;

  const taggedPublished = (code: string, now: Date) =>
    k
      .selectFrom('article')
      .where('article.siteId', '=', currentSiteId())
      .innerJoin('articlePlace', 'articlePlace.articleId', 'article.id')
      .where('articlePlace.unitCode', '=', code)
      .where('article.status', '=', 'published')
      .where('article.publishedAt', '<=', now.toISOString());

  return {
    /** Unit codes an article is tagged with. */
    async placesOf(articleId: number): Promise<string[]> {
      const rows = await k
        .selectFrom('articlePlace')
        .select('unitCode')
        .where('articleId', '=', articleId)
        .orderBy('unitCode')
        .execute();
      return rows.map((r) => r.unitCode);
    },
    /** Replaces an article's place tags with `codes` (atomically). */
    async setPlaces(articleId: number, codes: string[]): Promise<void> {
      await atomic(k, async (trx) => {
        await trx.deleteFrom('articlePlace').where('articleId', '=', articleId).execute();
        if (codes.length)
          await trx
            .insertInto('articlePlace')
            .values(codes.map((unitCode) => ({ articleId, unitCode })))
            .execute();
      });
    },
    /** Published articles tagged with a unit, newest first. */
    async publishedTagged(
      code: string,
      now: Date,
      limit: number,
      offset: number,
    ): Promise<Article[]> {
      const rows = await taggedPublished(code, now)
        .selectAll('article')
        .orderBy('article.publishedAt', 'desc')
        .orderBy('article.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(toArticle);
    },
    async countPublishedTagged(code: string, now: Date): Promise<number> {
      const row = await taggedPublished(code, now)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async note(code: string): Promise<UnitNote | undefined> {
      const row = await k
        .selectFrom('mapUnitNote')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirst();
      return (
        row && {
          description: row.description,
          updatedAt: new Date(row.updatedAt),
          updatedBy: row.updatedBy,
        }
      );
    },
    /** Codes of the units that have a description. */
    async describedCodes(): Promise<Set<string>> {
      const rows = await k
        .selectFrom('mapUnitNote')
        .select('code')
        .where('description', '<>', '')
        .execute();
      return new Set(rows.map((r) => r.code));
    },
    async saveNote(code: string, description: string, updatedBy: string, at: Date): Promise<void> {
      const values = { description, updatedBy, updatedAt: at.toISOString() };
      await k
        .insertInto('mapUnitNote')
        .values({ code, ...values })
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .execute();
    },
  };
}

export type PlaceRepository = ReturnType<typeof placeRepository>;
