import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { formList, formOf, formText, requireStaff } from '../../http/admin-guard.ts';
import type { AssetManifest } from '../../http/assets.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldErrors, Forbidden, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { pageParam } from '../../http/request.ts';
import { directionOf } from '../../lib/order.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { can } from '../account/account.policy.ts';
import type { MapUnit } from '../map/map.ts';
import type { MediaService } from '../media/media.service.ts';
import { uploadedFiles } from '../media/media.http.ts';
import type { Album } from './album.ts';
import {
  albumFormSchema,
  itemFormSchema,
  orderSchema,
  pickSchema,
  transitionSchema,
} from './album.schema.ts';
import type { AlbumService } from './album.service.ts';
import { albumTransitions, canEditAlbum } from './album.workflow.ts';
import {
  AlbumEditPage,
  AlbumListPage,
  AlbumNewPage,
  type AlbumChoices,
  type AlbumValues,
} from './views/album.admin.tsx';
import { ALBUM_MESSAGES as M, say } from './album.messages.ts';

/** What the album back office uses. */
export interface AlbumRouteDeps {
  albums: AlbumService;
  media: Pick<MediaService, 'list'>;
  map: { units: MapUnit[] };
  config: { mediaLimits: { image: number } };
  assets: Pick<AssetManifest, 'urls'>;
  shell: Shell;
}

const BASE = '/quan-tri/thu-vien-anh';

/** Caps the body of the album's upload before the staff guard reads it (mounted before the guard). */
export function albumBodyLimit(deps: Pick<AlbumRouteDeps, 'config'>): MiddlewareHandler<AppEnv> {
  const maxSize = deps.config.mediaLimits.image * 4 + 16 * 1024 * 1024;
  const limit = bodyLimit({
    maxSize,
    onError: (c) => c.text('Tệp gửi lên quá lớn.', 413),
  });
  return (c, next) =>
    c.req.method === 'POST' && /^\/quan-tri\/thu-vien-anh\/[0-9]+\/tai-anh\/?$/.test(c.req.path)
      ? limit(c, next)
      : next();
}

function valuesOf(a: Album | undefined): AlbumValues {
  return {
    title: a?.title ?? '',
    description: a?.description ?? '',
    takenOn: a?.takenOn ?? '',
    unitCode: a?.unitCode ?? '',
    credit: a?.credit ?? '',
    tags: a?.tags.join(', ') ?? '',
    eventThreadId: a?.eventThreadId ? String(a.eventThreadId) : '',
  };
}

function typed(body: Record<string, unknown>): AlbumValues {
  return {
    title: formText(body, 'title'),
    description: formText(body, 'description'),
    takenOn: formText(body, 'takenOn'),
    unitCode: formText(body, 'unitCode'),
    credit: formText(body, 'credit'),
    tags: formText(body, 'tags'),
    eventThreadId: formText(body, 'eventThreadId'),
  };
}

/** The id in the `:id` parameter (the route pattern keeps it to digits). */
const idOf = (c: Context<AppEnv>, name = 'id') => Number(c.req.param(name));

/** Back office of photo albums: list, create, fields, photos (upload, pick, text, order), workflow. */
export function albumAdminRoutes(deps: AlbumRouteDeps) {
  const app = new Hono<AppEnv>();

  /** Anyone who works on albums at all (reporters and up). */
  const albumStaff = (c: Context<AppEnv>) => {
    const staff = requireStaff(c);
    if (!can(staff.account, 'album.create')) throw new Forbidden(say('album.forbidden'));
    return staff;
  };

  const choices = async (): Promise<AlbumChoices> => ({
    units: deps.map.units.map((u) => ({ code: u.code, fullName: u.fullName })),
    threads: await deps.albums.eventThreads(),
  });

  const editor = async (
    c: Context<AppEnv>,
    id: number,
    extra: {
      values?: AlbumValues;
      errors?: Record<string, string>;
      notice?: string;
      refused?: { file: string; error: string }[];
      itemErrors?: { itemId: number; errors: Record<string, string> };
      status?: 200 | 400;
    } = {},
  ) => {
    const staff = albumStaff(c);
    const album = await deps.albums.viewable(staff.account, id);
    const editable = canEditAlbum(staff.account, album);
    const [photos, ch, library] = await Promise.all([
      deps.albums.photos(id),
      choices(),
      editable
        ? deps.media.list({ kind: 'image', page: 1, perPage: 48 })
        : Promise.resolve({ items: [] }),
    ]);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <AlbumEditPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          album={album}
          photos={photos}
          values={extra.values ?? valuesOf(album)}
          errors={extra.errors ?? {}}
          choices={ch}
          editable={editable}
          transitions={albumTransitions(staff.account, album)}
          library={library.items}
          notice={extra.notice}
          refused={extra.refused}
          itemErrors={extra.itemErrors}
          orderScript={deps.assets.urls['album-order.js']}
        />
      ),
      extra.status ?? 200,
    );
  };

  const back = (id: number, anchor = '') => `${BASE}/${id}?da-luu=1${anchor}`;

  app.get('/thu-vien-anh', async (c) => {
    const staff = albumStaff(c);
    const list = await deps.albums.adminList(staff.account, pageParam(c));
    return renderAdmin(c, deps, (chrome) => (
      <AlbumListPage
        chrome={chrome}
        albums={list.items}
        page={list.page}
        pageCount={list.pageCount}
        mayCreate={can(staff.account, 'album.create')}
      />
    ));
  });

  const newForm = async (c: Context<AppEnv>, values: AlbumValues, errors = {}) => {
    const staff = albumStaff(c);
    const ch = await choices();
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <AlbumNewPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          values={values}
          errors={errors}
          choices={ch}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  };

  app.get('/thu-vien-anh/moi', (c) => newForm(c, valuesOf(undefined)));
  app.post('/thu-vien-anh/moi', async (c) => {
    const staff = albumStaff(c);
    const values = typed(await formOf(c));
    const parsed = albumFormSchema.safeParse(values);
    if (!parsed.success) return newForm(c, values, fieldErrors(parsed.error));
    try {
      const id = await deps.albums.create(actorOf(c), staff.account, parsed.data);
      return c.redirect(`${BASE}/${id}?da-luu=1`, 303);
    } catch (err) {
      if (err instanceof Validation) return newForm(c, values, err.fields);
      throw err;
    }
  });

  app.get('/thu-vien-anh/:id{[0-9]+}', (c) =>
    editor(c, idOf(c), { notice: c.req.query('da-luu') ? M['album.saved'] : undefined }),
  );
  app.post('/thu-vien-anh/:id{[0-9]+}', async (c) => {
    const staff = albumStaff(c);
    const id = idOf(c);
    const values = typed(await formOf(c));
    const parsed = albumFormSchema.safeParse(values);
    if (!parsed.success)
      return editor(c, id, { values, errors: fieldErrors(parsed.error), status: 400 });
    try {
      await deps.albums.update(actorOf(c), staff.account, id, parsed.data);
    } catch (err) {
      if (err instanceof Validation)
        return editor(c, id, { values, errors: err.fields, status: 400 });
      throw err;
    }
    return c.redirect(back(id), 303);
  });

  app.post('/thu-vien-anh/:id{[0-9]+}/tai-anh', async (c) => {
    const staff = albumStaff(c);
    const id = idOf(c);
    await deps.albums.viewable(staff.account, id);
    let files;
    try {
      files = await uploadedFiles(await formOf(c));
    } catch (err) {
      if (err instanceof Validation)
        return editor(c, id, {
          errors: { media: Object.values(err.fields).join(' ') },
          status: 400,
        });
      throw err;
    }
    try {
      const r = await deps.albums.upload(actorOf(c), staff.account, id, files);
      if (r.refused.length)
        return editor(c, id, {
          refused: r.refused,
          notice: r.added ? `Đã thêm ${r.added} ảnh.` : undefined,
          status: r.added ? 200 : 400,
        });
      return c.redirect(back(id), 303);
    } catch (err) {
      if (err instanceof Validation) return editor(c, id, { errors: err.fields, status: 400 });
      throw err;
    }
  });

  app.post('/thu-vien-anh/:id{[0-9]+}/chon-anh', async (c) => {
    const staff = albumStaff(c);
    const id = idOf(c);
    const parsed = pickSchema.safeParse(formList(await formOf(c), 'media'));
    if (!parsed.success) {
      await deps.albums.viewable(staff.account, id);
      return editor(c, id, { errors: { media: M['album.no_photo_chosen'] }, status: 400 });
    }
    try {
      await deps.albums.pick(actorOf(c), staff.account, id, parsed.data);
    } catch (err) {
      if (err instanceof Validation) return editor(c, id, { errors: err.fields, status: 400 });
      throw err;
    }
    return c.redirect(back(id), 303);
  });

  app.post('/thu-vien-anh/:id{[0-9]+}/anh/:item{[0-9]+}', async (c) => {
    const staff = albumStaff(c);
    const id = idOf(c);
    const itemId = idOf(c, 'item');
    const parsed = itemFormSchema.safeParse({
      caption: formText(await formOf(c), 'caption'),
      credit: formText(await formOf(c), 'credit'),
      alt: formText(await formOf(c), 'alt'),
    });
    if (!parsed.success) {
      await deps.albums.viewable(staff.account, id);
      return editor(c, id, {
        itemErrors: { itemId, errors: fieldErrors(parsed.error) },
        status: 400,
      });
    }
    await deps.albums.updateItem(actorOf(c), staff.account, id, itemId, parsed.data);
    return c.redirect(back(id, `#anh-${itemId}`), 303);
  });

  app.post('/thu-vien-anh/:id{[0-9]+}/anh/:item{[0-9]+}/:dir{len|xuong}', async (c) => {
    const staff = albumStaff(c);
    const id = idOf(c);
    const itemId = idOf(c, 'item');
    const dir = directionOf(c.req.param('dir'));
    if (dir) await deps.albums.moveItem(actorOf(c), staff.account, id, itemId, dir);
    return c.redirect(back(id, `#anh-${itemId}`), 303);
  });

  app.post('/thu-vien-anh/:id{[0-9]+}/thu-tu', async (c) => {
    const staff = albumStaff(c);
    const id = idOf(c);
    const parsed = orderSchema.safeParse(formText(await formOf(c), 'order'));
    try {
      if (!parsed.success) throw Validation.of('media', say('album.stale_order'));
      await deps.albums.reorderItems(actorOf(c), staff.account, id, parsed.data);
    } catch (err) {
      if (err instanceof Validation) {
        await deps.albums.viewable(staff.account, id);
        return editor(c, id, { errors: err.fields, status: 400 });
      }
      throw err;
    }
    return c.redirect(back(id, '#h-photos'), 303);
  });

  app.post('/thu-vien-anh/:id{[0-9]+}/anh/:item{[0-9]+}/bia', async (c) => {
    const staff = albumStaff(c);
    const id = idOf(c);
    await deps.albums.setCover(actorOf(c), staff.account, id, idOf(c, 'item'));
    return c.redirect(back(id), 303);
  });

  app.post('/thu-vien-anh/:id{[0-9]+}/anh/:item{[0-9]+}/xoa', async (c) => {
    const staff = albumStaff(c);
    const id = idOf(c);
    await deps.albums.removeItem(actorOf(c), staff.account, id, idOf(c, 'item'));
    return c.redirect(back(id), 303);
  });

  app.post('/thu-vien-anh/:id{[0-9]+}/chuyen', async (c) => {
    const staff = albumStaff(c);
    const id = idOf(c);
    const body = await formOf(c);
    const parsed = transitionSchema.safeParse({
      t: formText(body, 't'),
      note: formText(body, 'note'),
      version: formText(body, 'version'),
    });
    if (!parsed.success) {
      await deps.albums.viewable(staff.account, id);
      return editor(c, id, { errors: { note: say('album.bad_transition').message }, status: 400 });
    }
    try {
      await deps.albums.transition(actorOf(c), staff.account, id, parsed.data);
    } catch (err) {
      if (err instanceof Validation) return editor(c, id, { errors: err.fields, status: 400 });
      throw err;
    }
    return c.redirect(back(id), 303);
  });

  return app;
}
