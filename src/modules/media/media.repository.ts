import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Media, MediaVariant } from './media.ts';
import type { MediaTable } from './media.table.ts';

/** Maps a row to the domain type. */
export function toMedia(row: Selectable<MediaTable>): Media {
  return {
    id: row.id,
    originalName: row.originalName,
    key: row.storageKey,
    mime: row.mime,
    width: row.width ?? 0,
    height: row.height ?? 0,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    variants: JSON.parse(row.variants) as MediaVariant[],
  };
}

/** The only place that queries the `media` table. */
export function mediaRepository(db: Db) {
  const k = db.kysely;
  return {
    async insert(m: Omit<Media, 'id'> & { byteSize: number; createdAt: string }): Promise<number> {
      const row = await k
        .insertInto('media')
        .values({
          kind: 'image',
          originalName: m.originalName,
          storageKey: m.key,
          mime: m.mime,
          width: m.width,
          height: m.height,
          byteSize: m.byteSize,
          alt: m.alt,
          caption: m.caption,
          credit: m.credit,
          variants: JSON.stringify(m.variants),
          createdAt: m.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async byKey(key: string): Promise<Media | undefined> {
      const row = await k.selectFrom('media').selectAll().where('storageKey', '=', key).executeTakeFirst();
      return row && toMedia(row);
    },
    async byIds(ids: number[]): Promise<Map<number, Media>> {
      if (ids.length === 0) return new Map();
      const rows = await k.selectFrom('media').selectAll().where('id', 'in', ids).execute();
      return new Map(rows.map((r) => [r.id, toMedia(r)]));
    },
  };
}

export type MediaRepository = ReturnType<typeof mediaRepository>;
