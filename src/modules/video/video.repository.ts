import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type { VideoTable } from '../../db/tables/album.table.ts';
import { ALBUM_STATUSES, type AlbumStatus } from '../album/album.ts';
import type { Video } from './video.ts';

function toVideo(r: Selectable<VideoTable>): Video {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    description: r.description,
    mediaId: r.mediaId,
    posterMediaId: r.posterMediaId,
    captionsKey: r.captionsKey,
    transcript: r.transcript,
    durationSeconds: r.durationSeconds,
    credit: r.credit,
    eventThreadId: r.eventThreadId,
    status: (ALBUM_STATUSES as string[]).includes(r.status) ? (r.status as AlbumStatus) : 'draft',
    authorId: r.authorId,
    correction: r.correction,
    version: r.version,
    publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
    updatedAt: new Date(r.updatedAt),
    externalUrl: r.externalUrl,
  };
}

/** What an editor sets on a video (captions are uploaded on their own). */
export interface VideoFields {
  slug: string;
  title: string;
  description: string;
  mediaId: number | null;
  posterMediaId: number | null;
  transcript: string;
  durationSeconds: number;
  credit: string;
  eventThreadId: number | null;
  externalUrl: string;
}

/** The only place that queries videos; the current site's rows only. */
export function videoRepository(db: Db) {
  const k = db.kysely;
  const videos = () => k.selectFrom('video').where('video.siteId', '=', currentSiteId());
  const byIdQ = (id: number) =>
    k.updateTable('video').where('siteId', '=', currentSiteId()).where('id', '=', id);
  return {
    async byId(id: number): Promise<Video | undefined> {
      const r = await videos().selectAll().where('id', '=', id).executeTakeFirst();
      return r && toVideo(r);
    },
    async list(limit: number, offset: number): Promise<Video[]> {
      const rows = await videos()
        .selectAll()
        .orderBy('updatedAt', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(toVideo);
    },
    async published(q: {
      eventThreadId?: number;
      limit: number;
      offset: number;
    }): Promise<Video[]> {
      let s = videos().selectAll().where('status', '=', 'published');
      if (q.eventThreadId) s = s.where('eventThreadId', '=', q.eventThreadId);
      const rows = await s
        .orderBy('publishedAt', 'desc')
        .orderBy('id', 'desc')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      return rows.map(toVideo);
    },
    async insert(f: VideoFields, authorId: number | null, at: Date): Promise<number> {
      const r = await k
        .insertInto('video')
        .values({
          siteId: currentSiteId(),
          ...f,
          authorId,
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async update(id: number, f: VideoFields, at: Date): Promise<void> {
      await byIdQ(id)
        .set({ ...f, updatedAt: at.toISOString() })
        .execute();
    },
    async setPoster(id: number, mediaId: number, at: Date): Promise<void> {
      await byIdQ(id).set({ posterMediaId: mediaId, updatedAt: at.toISOString() }).execute();
    },
    async setCaptions(id: number, key: string, at: Date): Promise<void> {
      await byIdQ(id).set({ captionsKey: key, updatedAt: at.toISOString() }).execute();
    },
    /** Moves the video from `from` to `to` if no one else did first; false when it had moved. */
    async setStatus(
      id: number,
      from: { status: AlbumStatus; version: number },
      to: { status: AlbumStatus; publishedAt?: Date; correction?: string },
      at: Date,
    ): Promise<boolean> {
      const r = await byIdQ(id)
        .set((eb) => ({
          status: to.status,
          version: eb('version', '+', 1),
          updatedAt: at.toISOString(),
          ...(to.publishedAt ? { publishedAt: to.publishedAt.toISOString() } : {}),
          ...(to.correction !== undefined ? { correction: to.correction } : {}),
        }))
        .where('status', '=', from.status)
        .where('version', '=', from.version)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async threads(): Promise<{ id: number; name: string }[]> {
      return k.selectFrom('eventThread').select(['id', 'name']).orderBy('name').execute();
    },
  };
}

export type VideoRepository = ReturnType<typeof videoRepository>;
