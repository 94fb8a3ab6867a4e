import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { atomic } from '../../db/transaction.ts';
import type { AlbumItemTable, AlbumTable } from '../../db/tables/album.table.ts';
import { ALBUM_STATUSES, type Album, type AlbumItem, type AlbumStatus } from './album.ts';

function toAlbum(r: Selectable<AlbumTable>): Album {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    description: r.description,
    takenOn: r.takenOn,
    unitCode: r.unitCode,
    credit: r.credit,
    tags: r.tags ? r.tags.split(',') : [],
    eventThreadId: r.eventThreadId,
    coverItemId: r.coverItemId,
    status: (ALBUM_STATUSES as string[]).includes(r.status) ? (r.status as AlbumStatus) : 'draft',
    authorId: r.authorId,
    correction: r.correction,
    version: r.version,
    publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
  };
}

function toItem(r: Selectable<AlbumItemTable>): AlbumItem {
  return {
    id: r.id,
    albumId: r.albumId,
    mediaId: r.mediaId,
    position: r.position,
    caption: r.caption,
    credit: r.credit,
    alt: r.alt,
  };
}

/** The fields an editor sets on an album. */
export interface AlbumFields {
  slug: string;
  title: string;
  description: string;
  takenOn: string;
  unitCode: string;
  credit: string;
  tags: string[];
  eventThreadId: number | null;
}

/** The text of one photo's use in an album. */
export interface ItemText {
  caption: string;
  credit: string;
  alt: string;
}

function columns(f: AlbumFields) {
  return {
    slug: f.slug,
    title: f.title,
    description: f.description,
    takenOn: f.takenOn,
    unitCode: f.unitCode,
    credit: f.credit,
    tags: f.tags.join(','),
    eventThreadId: f.eventThreadId,
  };
}

/** The only place that queries albums and their photos; every query is the current site's. */
export function albumRepository(db: Db) {
  const k = db.kysely;
  const albums = () => k.selectFrom('album').where('album.siteId', '=', currentSiteId());
  const items = () => k.selectFrom('albumItem').where('albumItem.siteId', '=', currentSiteId());
  return {
    async byId(id: number): Promise<Album | undefined> {
      const r = await albums().selectAll().where('id', '=', id).executeTakeFirst();
      return r && toAlbum(r);
    },
    /** The back office's list, newest first (optionally one state). */
    async list(q: { status?: AlbumStatus; limit: number; offset: number }): Promise<Album[]> {
      let s = albums().selectAll();
      if (q.status) s = s.where('status', '=', q.status);
      const rows = await s
        .orderBy('updatedAt', 'desc')
        .orderBy('id', 'desc')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      return rows.map(toAlbum);
    },
    async count(q: { status?: AlbumStatus } = {}): Promise<number> {
      let s = albums().select((eb) => eb.fn.countAll<number>().as('n'));
      if (q.status) s = s.where('status', '=', q.status);
      return Number((await s.executeTakeFirstOrThrow()).n);
    },
    /** Published albums, newest first; `unitCode` keeps those taken in one map unit. */
    async published(q: {
      unitCode?: string;
      eventThreadId?: number;
      limit: number;
      offset: number;
    }): Promise<Album[]> {
      let s = albums().selectAll().where('status', '=', 'published');
      if (q.unitCode) s = s.where('unitCode', '=', q.unitCode);
      if (q.eventThreadId) s = s.where('eventThreadId', '=', q.eventThreadId);
      const rows = await s
        .orderBy('publishedAt', 'desc')
        .orderBy('id', 'desc')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      return rows.map(toAlbum);
    },
    /** Every photo of the published albums (the image sitemap): album, its photo's stored key. */
    async publishedPhotos(
      limit: number,
    ): Promise<{ id: number; slug: string; updatedAt: string; key: string; alt: string }[]> {
      return albums()
        .innerJoin('albumItem', 'albumItem.albumId', 'album.id')
        .innerJoin('media', 'media.id', 'albumItem.mediaId')
        .select([
          'album.id',
          'album.slug',
          'album.updatedAt',
          'media.storageKey as key',
          'albumItem.alt',
        ])
        .where('album.status', '=', 'published')
        .orderBy('album.publishedAt', 'desc')
        .orderBy('album.id', 'desc')
        .orderBy('albumItem.position')
        .orderBy('albumItem.id')
        .limit(limit)
        .execute();
    },
    async countPublished(): Promise<number> {
      const r = await albums()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'published')
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async insert(f: AlbumFields, authorId: number | null, at: Date): Promise<number> {
      const r = await k
        .insertInto('album')
        .values({
          siteId: currentSiteId(),
          ...columns(f),
          authorId,
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async update(id: number, f: AlbumFields, at: Date): Promise<void> {
      await k
        .updateTable('album')
        .set({ ...columns(f), updatedAt: at.toISOString() })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    /** Moves the album from `from` to `to` if no one else did first; false when it had moved. */
    async setStatus(
      id: number,
      from: { status: AlbumStatus; version: number },
      to: { status: AlbumStatus; publishedAt?: Date; correction?: string },
      at: Date,
    ): Promise<boolean> {
      const r = await k
        .updateTable('album')
        .set((eb) => ({
          status: to.status,
          version: eb('version', '+', 1),
          updatedAt: at.toISOString(),
          ...(to.publishedAt ? { publishedAt: to.publishedAt.toISOString() } : {}),
          ...(to.correction !== undefined ? { correction: to.correction } : {}),
        }))
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .where('status', '=', from.status)
        .where('version', '=', from.version)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** Marks a change of the album's photos (its `updatedAt`). */
    async touch(id: number, at: Date): Promise<void> {
      await k
        .updateTable('album')
        .set({ updatedAt: at.toISOString() })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    async setCover(id: number, itemId: number | null): Promise<void> {
      await k
        .updateTable('album')
        .set({ coverItemId: itemId })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },

    /** The photos of an album in order. */
    async items(albumId: number): Promise<AlbumItem[]> {
      const rows = await items()
        .selectAll()
        .where('albumId', '=', albumId)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toItem);
    },
    /** The cover photo of each album: the chosen one, else the first. */
    async covers(albumIds: number[]): Promise<Map<number, AlbumItem>> {
      const out = new Map<number, AlbumItem>();
      if (albumIds.length === 0) return out;
      const rows = await items()
        .selectAll()
        .where('albumId', 'in', albumIds)
        .orderBy('position')
        .orderBy('id')
        .execute();
      const chosen = new Map<number, number | null>(
        (await albums().select(['id', 'coverItemId']).where('id', 'in', albumIds).execute()).map(
          (r) => [r.id, r.coverItemId],
        ),
      );
      for (const r of rows) if (!out.has(r.albumId)) out.set(r.albumId, toItem(r));
      for (const r of rows) if (chosen.get(r.albumId) === r.id) out.set(r.albumId, toItem(r));
      return out;
    },
    async countItems(albumId: number): Promise<number> {
      const r = await items()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('albumId', '=', albumId)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    /** Appends photos after the last one. */
    async addItems(albumId: number, list: ({ mediaId: number } & ItemText)[]): Promise<void> {
      if (list.length === 0) return;
      const last = await items()
        .select((eb) => eb.fn.max('position').as('p'))
        .where('albumId', '=', albumId)
        .executeTakeFirst();
      const start = last?.p === null || last?.p === undefined ? 0 : Number(last.p) + 1;
      await k
        .insertInto('albumItem')
        .values(
          list.map((x, i) => ({
            siteId: currentSiteId(),
            albumId,
            mediaId: x.mediaId,
            position: start + i,
            caption: x.caption,
            credit: x.credit,
            alt: x.alt,
          })),
        )
        .execute();
    },
    async updateItem(albumId: number, itemId: number, t: ItemText): Promise<void> {
      await k
        .updateTable('albumItem')
        .set(t)
        .where('siteId', '=', currentSiteId())
        .where('albumId', '=', albumId)
        .where('id', '=', itemId)
        .execute();
    },
    async removeItem(albumId: number, itemId: number): Promise<void> {
      await k
        .deleteFrom('albumItem')
        .where('siteId', '=', currentSiteId())
        .where('albumId', '=', albumId)
        .where('id', '=', itemId)
        .execute();
    },
    /** Writes positions 0, 1, 2… in the order of `ids`. */
    async reorder(albumId: number, ids: number[]): Promise<void> {
      await atomic(k, async (trx) => {
        for (const [position, id] of ids.entries())
          await trx
            .updateTable('albumItem')
            .set({ position })
            .where('siteId', '=', currentSiteId())
            .where('albumId', '=', albumId)
            .where('id', '=', id)
            .execute();
      });
    },
    /** Event threads to bind an album to (they are shared by every site). */
    async eventThreads(): Promise<{ id: number; name: string; slug: string }[]> {
      return k.selectFrom('eventThread').select(['id', 'name', 'slug']).orderBy('name').execute();
    },
  };
}

export type AlbumRepository = ReturnType<typeof albumRepository>;
