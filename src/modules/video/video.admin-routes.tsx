import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { formOf, formText, requireStaff } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldErrors, Forbidden, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { can } from '../account/account.policy.ts';
import type { MediaService } from '../media/media.service.ts';
import { albumTransitions, canEditAlbum } from '../album/album.workflow.ts';
import { transitionSchema } from '../album/album.schema.ts';
import { formatDuration, parseDuration, type Video } from './video.ts';
import { VIDEO_MESSAGES as M } from './video.messages.ts';
import { videoFormSchema } from './video.schema.ts';
import type { VideoService } from './video.service.ts';
import { VideoFormPage, VideoListPage, type VideoValues } from './views/video.admin.tsx';

/** What the video back office uses. */
export interface VideoRouteDeps {
  videos: VideoService;
  media: Pick<MediaService, 'list'>;
  shell: Shell;
}

const BASE = '/quan-tri/video';

/** Caps the captions upload (a .vtt of at most 512 KB) before the staff guard reads the body. */
export function videoBodyLimit(): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: 1024 * 1024,
    onError: (c) => c.text('Tệp gửi lên quá lớn (tối đa 1 MB).', 413),
  });
  return (c, next) =>
    c.req.method === 'POST' && c.req.path.startsWith(`${BASE}/`) ? limit(c, next) : next();
}

function valuesOf(v: Video | undefined): VideoValues {
  return {
    title: v?.title ?? '',
    description: v?.description ?? '',
    mediaId: v?.mediaId ? String(v.mediaId) : '',
    posterMediaId: v?.posterMediaId ? String(v.posterMediaId) : '',
    transcript: v?.transcript ?? '',
    duration: v?.durationSeconds ? formatDuration(v.durationSeconds) : '',
    credit: v?.credit ?? '',
    eventThreadId: v?.eventThreadId ? String(v.eventThreadId) : '',
    externalUrl: v?.externalUrl ?? '',
  };
}

const KEYS = [
  'title',
  'description',
  'mediaId',
  'posterMediaId',
  'transcript',
  'duration',
  'credit',
  'eventThreadId',
  'externalUrl',
] as const;

/** Back office of videos: list, create, fields, captions upload, workflow. */
export function videoAdminRoutes(deps: VideoRouteDeps) {
  const app = new Hono<AppEnv>();

  const videoStaff = (c: Context<AppEnv>) => {
    const staff = requireStaff(c);
    if (!can(staff.account, 'album.create')) throw new Forbidden('Bạn không có quyền với video.');
    return staff;
  };

  const page = async (
    c: Context<AppEnv>,
    video: Video | undefined,
    extra: { values?: VideoValues; errors?: Record<string, string>; notice?: string } = {},
  ) => {
    const staff = videoStaff(c);
    const [videos, images, threads, framesAvailable] = await Promise.all([
      deps.media.list({ kind: 'video', page: 1, perPage: 100 }),
      deps.media.list({ kind: 'image', page: 1, perPage: 100 }),
      deps.videos.threads(),
      deps.videos.framesAvailable(),
    ]);
    const errors = extra.errors ?? {};
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <VideoFormPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          video={video}
          values={extra.values ?? valuesOf(video)}
          errors={errors}
          choices={{ videos: videos.items, images: images.items, threads }}
          editable={!video || canEditAlbum(staff.account, video)}
          transitions={video ? albumTransitions(staff.account, video) : []}
          notice={extra.notice}
          framesAvailable={framesAvailable}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  };

  const typed = (body: Record<string, unknown>): VideoValues =>
    Object.fromEntries(KEYS.map((k) => [k, formText(body, k)])) as unknown as VideoValues;

  app.get('/video', async (c) => {
    const staff = videoStaff(c);
    const videos = await deps.videos.adminList(staff.account);
    return renderAdmin(c, deps, (chrome) => <VideoListPage chrome={chrome} videos={videos} />);
  });

  app.get('/video/moi', (c) => page(c, undefined));
  app.post('/video/moi', async (c) => {
    const staff = videoStaff(c);
    const values = typed(await formOf(c));
    const parsed = videoFormSchema.safeParse(values);
    if (!parsed.success) return page(c, undefined, { values, errors: fieldErrors(parsed.error) });
    try {
      const id = await deps.videos.create(actorOf(c), staff.account, parsed.data);
      return c.redirect(`${BASE}/${id}?da-luu=1`, 303);
    } catch (err) {
      if (err instanceof Validation) return page(c, undefined, { values, errors: err.fields });
      throw err;
    }
  });

  app.get('/video/:id{[0-9]+}', async (c) => {
    const staff = videoStaff(c);
    const v = await deps.videos.viewable(staff.account, Number(c.req.param('id')));
    return page(c, v, { notice: c.req.query('da-luu') ? 'Đã lưu video.' : undefined });
  });
  app.post('/video/:id{[0-9]+}', async (c) => {
    const staff = videoStaff(c);
    const v = await deps.videos.viewable(staff.account, Number(c.req.param('id')));
    const values = typed(await formOf(c));
    const parsed = videoFormSchema.safeParse(values);
    if (!parsed.success) return page(c, v, { values, errors: fieldErrors(parsed.error) });
    try {
      await deps.videos.update(actorOf(c), staff.account, v.id, parsed.data);
    } catch (err) {
      if (err instanceof Validation) return page(c, v, { values, errors: err.fields });
      throw err;
    }
    return c.redirect(`${BASE}/${v.id}?da-luu=1`, 303);
  });

  app.post('/video/:id{[0-9]+}/phu-de', async (c) => {
    const staff = videoStaff(c);
    const v = await deps.videos.viewable(staff.account, Number(c.req.param('id')));
    const file = (await formOf(c)).captions;
    const data = file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
    try {
      await deps.videos.captions(actorOf(c), staff.account, v.id, data);
    } catch (err) {
      if (err instanceof Validation) return page(c, v, { errors: err.fields });
      throw err;
    }
    return c.redirect(`${BASE}/${v.id}?da-luu=1`, 303);
  });

  app.post('/video/:id{[0-9]+}/anh-tu-video', async (c) => {
    const staff = videoStaff(c);
    const v = await deps.videos.viewable(staff.account, Number(c.req.param('id')));
    const at = parseDuration(formText(await formOf(c), 'at'));
    if (at === undefined) return page(c, v, { errors: { at: M['video.bad_time'] } });
    try {
      await deps.videos.posterFromVideo(actorOf(c), staff.account, v.id, at);
    } catch (err) {
      if (err instanceof Validation) return page(c, v, { errors: err.fields });
      throw err;
    }
    return c.redirect(`${BASE}/${v.id}?da-luu=1`, 303);
  });

  app.post('/video/:id{[0-9]+}/chuyen', async (c) => {
    const staff = videoStaff(c);
    const v = await deps.videos.viewable(staff.account, Number(c.req.param('id')));
    const body = await formOf(c);
    const parsed = transitionSchema.safeParse({
      t: formText(body, 't'),
      note: formText(body, 'note'),
      version: formText(body, 'version'),
    });
    if (!parsed.success)
      return page(c, v, { errors: { note: 'Không thực hiện được thao tác này với video.' } });
    try {
      await deps.videos.transition(actorOf(c), staff.account, v.id, parsed.data);
    } catch (err) {
      if (err instanceof Validation) return page(c, v, { errors: err.fields });
      throw err;
    }
    return c.redirect(`${BASE}/${v.id}?da-luu=1`, 303);
  });

  return app;
}
