import { EXTERNAL_VIDEO_HOSTS_MESSAGE, parseExternalVideo } from './video.external.ts';
import crypto from 'node:crypto';
import { Conflict, Forbidden, Gone, NotFound, Validation } from '../../http/errors.ts';
import { slugify } from '../../lib/slug.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import type { FileStorage } from '../../storage/storage.ts';
import type { Account } from '../account/account.ts';
import { can } from '../account/account.policy.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { Media } from '../media/media.ts';
import type { UploadFile, UploadOutcome } from '../media/media.service.ts';
import { withLocalFile, type VideoProbe } from './video.probe.ts';
import { say } from './video.messages.ts';
import {
  ALBUM_RULES,
  canEditAlbum,
  canTransitionAlbum,
  canViewAlbum,
  nextAlbumStatus,
  type AlbumTransition,
} from '../album/album.workflow.ts';
import { checkWebVtt, videoPublishProblems, type Video } from './video.ts';
import type { VideoFields, VideoRepository } from './video.repository.ts';
import type { VideoForm } from './video.schema.ts';

/** What video changes write through, bound to one transaction. */
export interface VideoWrites {
  repo: VideoRepository;
  audit: AuditService;
}

type Who = Pick<Account, 'id' | 'role' | 'allSections' | 'sectionIds' | 'disabledAt'>;

/**
 * Videos: a library MP4/WebM with its poster, required WebVTT captions and transcript, through
 * the album workflow (the same rules and album.* rights). Every write is one transaction with
 * its audit record; the captions file is stored (content-hashed) before.
 */
export function videoService(deps: {
  repo: VideoRepository;
  tx: UnitOfWork<VideoWrites>;
  media: {
    byIds(ids: number[]): Promise<Map<number, Media>>;
    /** Adds a poster frame to the library (re-encoded like any upload). */
    upload(actor: Actor, files: UploadFile[]): Promise<UploadOutcome[]>;
  };
  storage: FileStorage;
  /** Reads duration and frames from the file; answers nothing when ffmpeg is absent. */
  probe: VideoProbe;
  clock: () => Date;
}) {
  const { repo, tx, clock } = deps;

  async function video(id: number): Promise<Video> {
    const v = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
    if (!v) throw new NotFound('Không tìm thấy video.');
    return v;
  }
  async function viewable(who: Who, id: number): Promise<Video> {
    const v = await video(id);
    if (!canViewAlbum(who, v)) throw new Forbidden('Bạn không có quyền với video này.');
    return v;
  }
  async function editable(who: Who, id: number): Promise<Video> {
    const v = await viewable(who, id);
    if (!canEditAlbum(who, v)) throw new Forbidden('Video ở trạng thái này bạn không sửa được.');
    return v;
  }

  async function fields(form: VideoForm): Promise<VideoFields> {
    const ids = [form.mediaId, form.posterMediaId].filter((x): x is number => x !== null);
    const found = await deps.media.byIds(ids);
    if (form.mediaId !== null && found.get(form.mediaId)?.kind !== 'video')
      throw Validation.of('mediaId', {
        code: 'video.bad_file',
        message: 'Hãy chọn một tệp video (MP4 hoặc WebM) trong thư viện.',
      });
    if (form.posterMediaId !== null && found.get(form.posterMediaId)?.kind !== 'image')
      throw Validation.of('posterMediaId', {
        code: 'video.bad_poster',
        message: 'Ảnh đại diện phải là một ảnh trong thư viện.',
      });
    if (
      form.eventThreadId !== null &&
      !(await repo.threads()).some((t) => t.id === form.eventThreadId)
    )
      throw Validation.of('eventThreadId', {
        code: 'video.bad_thread',
        message: 'Dòng sự kiện không tồn tại.',
      });
    // Only a known host's canonical page is stored; the embed is derived from it on render.
    const external = form.externalUrl ? parseExternalVideo(form.externalUrl)?.pageUrl : '';
    if (external === undefined)
      throw Validation.of('externalUrl', {
        code: 'video.bad_external',
        message: EXTERNAL_VIDEO_HOSTS_MESSAGE,
      });
    const { duration, ...rest } = form;
    // Left empty, the duration is read from the file (when ffprobe can).
    const file = form.mediaId !== null ? found.get(form.mediaId) : undefined;
    const read =
      duration === 0 && file
        ? await withLocalFile(deps.storage, file.key, (f) => deps.probe.duration(f))
        : undefined;
    return {
      ...rest,
      externalUrl: external,
      durationSeconds: read ?? duration,
      slug: slugify(form.title) || 'video',
    };
  }

  /** The library items a video shows (file and poster). */
  async function filesOf(v: Video): Promise<{ file?: Media; poster?: Media }> {
    const ids = [v.mediaId, v.posterMediaId].filter((x): x is number => x !== null);
    const m = await deps.media.byIds(ids);
    return {
      file: v.mediaId ? m.get(v.mediaId) : undefined,
      poster: v.posterMediaId ? m.get(v.posterMediaId) : undefined,
    };
  }

  return {
    video,
    viewable,
    filesOf,
    threads: () => repo.threads(),
    async adminList(who: Who) {
      return (await repo.list(100, 0)).filter((v) => canViewAlbum(who, v));
    },

    async create(actor: Actor, who: Who, form: VideoForm): Promise<number> {
      if (!can(who, 'album.create')) throw new Forbidden('Bạn không có quyền với video.');
      const f = await fields(form);
      return tx(async ({ repo, audit }) => {
        const id = await repo.insert(f, who.id, clock());
        await audit.record(actor, 'video.created', { type: 'video', id, summary: f.title });
        return id;
      });
    },

    async update(actor: Actor, who: Who, id: number, form: VideoForm): Promise<void> {
      await editable(who, id);
      const f = await fields(form);
      await tx(async ({ repo, audit }) => {
        await repo.update(id, f, clock());
        await audit.record(actor, 'video.updated', { type: 'video', id, summary: f.title });
      });
    },

    /** Whether posters can be taken from the file on this server (ffmpeg installed). */
    framesAvailable: () => deps.probe.available(),

    /**
     * Takes the frame at `atSeconds` of the video's file as its poster: the frame joins the media
     * library (re-encoded like an upload, alt from the title) and becomes the poster.
     */
    async posterFromVideo(actor: Actor, who: Who, id: number, atSeconds: number): Promise<void> {
      const v = await editable(who, id);
      const file = v.mediaId ? (await deps.media.byIds([v.mediaId])).get(v.mediaId) : undefined;
      if (!file) throw Validation.of('poster', say('video.no_file'));
      const frame = await withLocalFile(deps.storage, file.key, (f) =>
        deps.probe.frame(f, atSeconds),
      );
      if (!frame) throw Validation.of('poster', say('video.no_frame'));
      const [up] = await deps.media.upload(actor, [
        { name: `${v.slug}-anh-dai-dien.jpg`, data: frame },
      ]);
      if (!up?.ok) throw Validation.of('poster', say('video.no_frame'));
      await tx(async ({ repo, audit }) => {
        await repo.setPoster(id, up.media.id, clock());
        await audit.record(actor, 'video.updated', {
          type: 'video',
          id,
          summary: `${v.title}: ảnh đại diện từ video`,
          detail: { posterMediaId: up.media.id, atSeconds },
        });
      });
    },

    /** Stores checked WebVTT captions for the video (replacing any before). */
    async captions(actor: Actor, who: Who, id: number, data: Buffer): Promise<void> {
      const v = await editable(who, id);
      const checked = checkWebVtt(data);
      if (!checked.ok)
        throw Validation.of('captions', { code: 'video.bad_captions', message: checked.error });
      const out = Buffer.from(checked.text, 'utf8');
      const key = `video/phu-de-${crypto.createHash('sha256').update(out).digest('hex').slice(0, 16)}.vtt`;
      if (!(await deps.storage.has(key))) await deps.storage.put(key, out);
      await tx(async ({ repo, audit }) => {
        await repo.setCaptions(id, key, clock());
        await audit.record(actor, 'video.captions', {
          type: 'video',
          id,
          summary: v.title,
          detail: { key },
        });
      });
    },

    async transition(
      actor: Actor,
      who: Who,
      id: number,
      step: { t: AlbumTransition; note: string; version: number },
    ): Promise<Video> {
      const v = await viewable(who, id);
      if (!canTransitionAlbum(who, step.t, v))
        throw new Forbidden('Không thực hiện được thao tác này với video ở trạng thái hiện tại.');
      if (ALBUM_RULES[step.t].note && !step.note)
        throw Validation.of('note', {
          code: 'video.note_required',
          message: 'Vui lòng ghi lý do.',
        });
      if (step.t === 'publish') {
        const problems = videoPublishProblems(v);
        if (problems.length)
          throw new Validation({ publish: problems.join(' ') }, 'Chưa xuất bản được video.');
      }
      const to = nextAlbumStatus(step.t, v.status);
      return tx(async ({ repo, audit }) => {
        const ok = await repo.setStatus(
          id,
          { status: v.status, version: step.version },
          {
            status: to,
            publishedAt: step.t === 'publish' && !v.publishedAt ? clock() : undefined,
            correction: step.t === 'correct' || step.t === 'withdraw' ? step.note : undefined,
          },
          clock(),
        );
        if (!ok)
          throw new Conflict('Video vừa được người khác thay đổi. Hãy tải lại trang và thử lại.');
        await audit.record(actor, `video.${step.t}`, {
          type: 'video',
          id,
          summary: step.note ? `${v.title}: ${step.note}` : v.title,
          detail: { from: v.status, to },
        });
        return (await repo.byId(id))!;
      });
    },

    /** A published video for its public page; a withdrawn one is gone (410). */
    async publicVideo(id: number) {
      const v = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
      if (v?.status === 'withdrawn') throw new Gone();
      if (!v || v.status !== 'published') throw new NotFound('Không tìm thấy video.');
      return { video: v, ...(await filesOf(v)) };
    },

    published: (limit = 24, offset = 0) => repo.published({ limit, offset }),
    inThread: (threadId: number, limit = 24) =>
      repo.published({ eventThreadId: threadId, limit, offset: 0 }),
  };
}

export type VideoService = ReturnType<typeof videoService>;
