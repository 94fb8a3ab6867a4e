import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { writePositions } from '../../db/positions.ts';
import type { Banner, BannerPlacement } from './banner.ts';
import type { BannerTable } from '../../db/tables/banner.table.ts';

/** Maps a row to the domain type. */
function toBanner(row: Selectable<BannerTable>): Banner {
  return {
    id: row.id,
    title: row.title,
    imageKey: row.imageKey,
    width: row.imageWidth,
    height: row.imageHeight,
    linkUrl: row.linkUrl,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    placement: row.placement === 'home' ? 'home' : 'sidebar',
    position: row.position,
    active: row.active === 1,
  };
}

/** Fields written from the admin form (and the stored image). */
export type BannerFields = Omit<Banner, 'id' | 'position'>;

function columns(b: BannerFields) {
  return {
    title: b.title,
    imageKey: b.imageKey,
    imageWidth: b.width,
    imageHeight: b.height,
    linkUrl: b.linkUrl,
    startsOn: b.startsOn,
    endsOn: b.endsOn,
    placement: b.placement,
    active: b.active ? 1 : 0,
  };
}

/** The only place that queries banners. */
export function bannerRepository(db: Db) {
  const k = db.kysely;
  return {
    async list(): Promise<Banner[]> {
      const rows = await k
        .selectFrom('banner')
        .where('banner.siteId', '=', currentSiteId())
        .selectAll()
        .orderBy('placement')
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toBanner);
    },
    /** Active banners whose dates include `day`, in their order. */
    async showingOn(day: string): Promise<Banner[]> {
      const rows = await k
        .selectFrom('banner')
        .where('banner.siteId', '=', currentSiteId())
        .selectAll()
        .where('active', '=', 1)
        .where('startsOn', '<=', day)
        .where('endsOn', '>=', day)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toBanner);
    },
    async byId(id: number): Promise<Banner | undefined> {
      const row = await k
        .selectFrom('banner')
        .where('banner.siteId', '=', currentSiteId())
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toBanner(row);
    },
    async insert(b: BannerFields, position: number, at: Date): Promise<number> {
      const row = await k
        .insertInto('banner')
        .values({
          siteId: currentSiteId(),
          ...columns(b),
          position,
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async update(id: number, b: BannerFields, at: Date): Promise<void> {
      await k
        .updateTable('banner')
        .where('siteId', '=', currentSiteId())
        .set({ ...columns(b), updatedAt: at.toISOString() })
        .where('id', '=', id)
        .execute();
    },
    async remove(id: number): Promise<void> {
      await k
        .deleteFrom('banner')
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    reorder: (ids: number[]): Promise<void> => writePositions(k, 'banner', ids),
    async countIn(placement: BannerPlacement): Promise<number> {
      const row = await k
        .selectFrom('banner')
        .where('banner.siteId', '=', currentSiteId())
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('placement', '=', placement)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type BannerRepository = ReturnType<typeof bannerRepository>;
