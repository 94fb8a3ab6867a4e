import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type { MediaTable } from '../../db/tables/media.table.ts';
import type { Media, MediaKind, MediaVariant } from './media.ts';

/** A media row with the uploader's name joined in. */
type MediaRow = Selectable<MediaTable> & { uploaderName: string | null };

/** Maps a row to the domain type. */
function toMedia(row: MediaRow): Media {
  return {
    id: row.id,
    kind: row.kind as MediaKind,
    originalName: row.originalName,
    key: row.storageKey,
    mime: row.mime,
    width: row.width ?? 0,
    height: row.height ?? 0,
    byteSize: Number(row.byteSize),
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    variants: JSON.parse(row.variants) as MediaVariant[],
    createdAt: new Date(row.createdAt),
    updatedAt: row.updatedAt ? new Date(row.updatedAt) : null,
    uploader: row.uploadedBy === null ? null : { id: row.uploadedBy, name: row.uploaderName ?? '' },
  };
}

/** A new item, as the service prepares it (no size for documents and videos). */
export type NewMedia = Pick<
  Media,
  | 'kind'
  | 'originalName'
  | 'key'
  | 'mime'
  | 'byteSize'
  | 'alt'
  | 'caption'
  | 'credit'
  | 'variants'
  | 'createdAt'
> & {
  width: number | null;
  height: number | null;
  uploadedBy: number | null;
  searchText: string;
};

/** The library listing: folded search words (all must match), a kind, a page. */
export interface MediaQuery {
  words?: string[];
  kind?: MediaKind;
  limit: number;
  offset: number;
}

/** The only place that queries the `media` table. */
/** The row of a new item. */
function mediaRow(m: NewMedia) {
  return {
    siteId: currentSiteId(),
    kind: m.kind,
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
    createdAt: m.createdAt.toISOString(),
    uploadedBy: m.uploadedBy,
    searchText: m.searchText,
  };
}

export function mediaRepository(db: Db) {
  const k = db.kysely;
  const base = () =>
    k
      .selectFrom('media')
      .where('media.siteId', '=', currentSiteId())
      .leftJoin('account', 'account.id', 'media.uploadedBy')
      .selectAll('media')
      .select('account.fullName as uploaderName');

  function filtered(q: Omit<MediaQuery, 'limit' | 'offset'>) {
    let b = k.selectFrom('media').where('media.siteId', '=', currentSiteId());
    if (q.kind) b = b.where('media.kind', '=', q.kind);
    // Words hold letters and digits only (split by the service), so they need no LIKE escaping.
    for (const w of q.words ?? []) b = b.where('media.searchText', 'like', `%${w}%`);
    return b;
  }

  return {
    /** Records the files an upload is about to write (before the first); returns its id. */
    async addIntent(keys: string[], at: Date): Promise<number> {
      const row = await k
        .insertInto('uploadIntent')
        .values({ createdAt: at.toISOString(), keys: JSON.stringify(keys) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    /** Forgets an intent: its upload was inserted (same transaction) or undone. */
    async dropIntent(id: number): Promise<void> {
      await k.deleteFrom('uploadIntent').where('id', '=', id).execute();
    },
    /** Intents recorded before `before`: uploads that never finished. */
    async staleIntents(before: Date): Promise<{ id: number; keys: string[] }[]> {
      const rows = await k
        .selectFrom('uploadIntent')
        .select(['id', 'keys'])
        .where('createdAt', '<', before.toISOString())
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ id: r.id, keys: JSON.parse(r.keys) as string[] }));
    },
    /** Lists a new image for the `media-renditions` job (in the transaction that inserts it). */
    async queueRenditions(mediaId: number, sourceKey: string, baseKey: string, at: Date) {
      await k
        .insertInto('mediaRenditionQueue')
        .values({
          mediaId,
          siteId: currentSiteId(),
          sourceKey,
          baseKey,
          queuedAt: at.toISOString(),
        })
        .onConflict((oc) => oc.column('mediaId').doNothing())
        .execute();
    },
    /** This site's images waiting for renditions, oldest first, skipping those that failed `maxAttempts` times. */
    async queuedRenditions(
      limit: number,
      maxAttempts: number,
    ): Promise<{ mediaId: number; sourceKey: string; baseKey: string; attempts: number }[]> {
      return k
        .selectFrom('mediaRenditionQueue')
        .select(['mediaId', 'sourceKey', 'baseKey', 'attempts'])
        .where('siteId', '=', currentSiteId())
        .where('attempts', '<', maxAttempts)
        .orderBy('mediaId')
        .limit(limit)
        .execute();
    },
    /** How many of this site's images still wait for renditions (failed ones included). */
    async renditionsPending(): Promise<number> {
      const row = await k
        .selectFrom('mediaRenditionQueue')
        .where('siteId', '=', currentSiteId())
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Records a failed attempt (the original stays on the pages). */
    async renditionFailed(mediaId: number, message: string): Promise<void> {
      await k
        .updateTable('mediaRenditionQueue')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), lastError: message.slice(0, 500) }))
        .where('mediaId', '=', mediaId)
        .execute();
    },
    /** Points an image at its renditions and takes it off the queue. */
    async renditionsMade(
      mediaId: number,
      main: { key: string; width: number; height: number; bytes: number },
      variants: MediaVariant[],
      at: Date,
    ): Promise<void> {
      await k
        .updateTable('media')
        .set({
          storageKey: main.key,
          mime: 'image/jpeg',
          width: main.width,
          height: main.height,
          byteSize: main.bytes,
          variants: JSON.stringify(variants),
          updatedAt: at.toISOString(),
        })
        .where('id', '=', mediaId)
        .execute();
      await k.deleteFrom('mediaRenditionQueue').where('mediaId', '=', mediaId).execute();
    },
    /**
     * Bodies of this site's articles and static pages that name one of `urls` (a LIKE over the
     * bodies: run by the background job once per batch, never for a page view).
     */
    async bodiesNaming(
      urls: string[],
    ): Promise<{ table: 'article' | 'page'; id: number; bodyHtml: string }[]> {
      if (urls.length === 0) return [];
      const articles = await k
        .selectFrom('article')
        .select(['id', 'bodyHtml'])
        .where('article.siteId', '=', currentSiteId())
        .where((eb) => eb.or(urls.map((u) => eb('bodyHtml', 'like', `%${u}%`))))
        .execute();
      const pages = await k
        .selectFrom('page')
        .innerJoin('section', 'section.id', 'page.sectionId')
        .select(['page.id', 'page.bodyHtml'])
        .where('section.siteId', '=', currentSiteId())
        .where((eb) => eb.or(urls.map((u) => eb('page.bodyHtml', 'like', `%${u}%`))))
        .execute();
      return [
        ...articles.map((r) => ({ table: 'article' as const, id: r.id, bodyHtml: r.bodyHtml })),
        ...pages.map((r) => ({ table: 'page' as const, id: r.id, bodyHtml: r.bodyHtml })),
      ];
    },
    async setBody(table: 'article' | 'page', id: number, bodyHtml: string): Promise<void> {
      if (table === 'article')
        await k.updateTable('article').set({ bodyHtml }).where('id', '=', id).execute();
      else await k.updateTable('page').set({ bodyHtml }).where('id', '=', id).execute();
    },
    /** Whether a library item of any site is stored under `key` (content-addressed keys are shared). */
    async keyInUse(key: string): Promise<boolean> {
      const row = await k
        .selectFrom('media')
        .select('id')
        .where('storageKey', '=', key)
        .executeTakeFirst();
      return row !== undefined;
    },
    /** Inserts unless an item with the same storage key exists (then undefined; no error, so a transaction goes on). */
    async insertNew(m: NewMedia): Promise<number | undefined> {
      const row = await k
        .insertInto('media')
        .values(mediaRow(m))
        .onConflict((oc) => oc.column('storageKey').doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id;
    },
    async insert(m: NewMedia): Promise<number> {
      const row = await k
        .insertInto('media')
        .values(mediaRow(m))
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async byId(id: number): Promise<Media | undefined> {
      const row = await base().where('media.id', '=', id).executeTakeFirst();
      return row && toMedia(row);
    },
    async byKey(key: string): Promise<Media | undefined> {
      const row = await base().where('media.storageKey', '=', key).executeTakeFirst();
      return row && toMedia(row);
    },
    async byIds(ids: number[]): Promise<Map<number, Media>> {
      if (ids.length === 0) return new Map();
      const rows = await base().where('media.id', 'in', ids).execute();
      return new Map(rows.map((r) => [r.id, toMedia(r)]));
    },
    /** One page of the library, newest first. */
    async list(q: MediaQuery): Promise<Media[]> {
      const ids = await filtered(q)
        .select('media.id')
        .orderBy('media.createdAt', 'desc')
        .orderBy('media.id', 'desc')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      const byId = await this.byIds(ids.map((r) => r.id));
      return ids.flatMap((r) => byId.get(r.id) ?? []);
    },
    async count(q: Omit<MediaQuery, 'limit' | 'offset'>): Promise<number> {
      const row = await filtered(q)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async updateText(
      id: number,
      t: { alt: string; caption: string; credit: string; searchText: string; updatedAt: Date },
    ): Promise<void> {
      await k
        .updateTable('media')
        .where('siteId', '=', currentSiteId())
        .set({
          alt: t.alt,
          caption: t.caption,
          credit: t.credit,
          searchText: t.searchText,
          updatedAt: t.updatedAt.toISOString(),
        })
        .where('id', '=', id)
        .execute();
    },
    /**
     * Where an item is used: as an article's featured image, and inside article bodies (a LIKE over
     * the bodies, so only for one item's page, never for a listing).
     */
    async usage(m: Pick<Media, 'id' | 'key'>): Promise<{ featured: number; inBody: number }> {
      const featured = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .where('imageId', '=', m.id)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      // Storage keys hold no % or backslash (assertSafeKey); a "_" wildcard still matches itself.
      const stem = m.key.replace(/\.[a-z0-9]+$/, '');
      const inBody = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .where('bodyHtml', 'like', `%/media/${stem}%`)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return { featured: Number(featured.n), inBody: Number(inBody.n) };
    },
  };
}

export type MediaRepository = ReturnType<typeof mediaRepository>;
