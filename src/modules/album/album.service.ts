import { Conflict, Forbidden, Gone, NotFound, Validation } from '../../http/errors.ts';
import { slugify } from '../../lib/slug.ts';
import { moved, type MoveDirection } from '../../lib/order.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import type { Account } from '../account/account.ts';
import { can } from '../account/account.policy.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { Media } from '../media/media.ts';
import type { UploadFile, UploadOutcome } from '../media/media.service.ts';
import { albumHref, MAX_ITEMS, publishProblems, type Album, type AlbumItem } from './album.ts';
import type { AlbumFields, AlbumRepository, ItemText } from './album.repository.ts';
import type { AlbumForm } from './album.schema.ts';
import {
  ALBUM_RULES,
  canEditAlbum,
  canTransitionAlbum,
  canViewAlbum,
  nextAlbumStatus,
  type AlbumTransition,
} from './album.workflow.ts';
import { say } from './album.messages.ts';

/** What album changes write through, bound to one transaction. */
export interface AlbumWrites {
  repo: AlbumRepository;
  audit: AuditService;
}

type Who = Pick<Account, 'id' | 'role' | 'allSections' | 'sectionIds' | 'disabledAt'>;

/** A photo with its library item. */
export interface AlbumPhoto {
  item: AlbumItem;
  media: Media;
}

/** An album with its cover, for listings. */
export interface AlbumCard {
  album: Album;
  href: string;
  cover: AlbumPhoto | undefined;
}

/**
 * Photo albums: the back office's use cases (fields, photos, order, the workflow) and the public
 * reads. Every write is one transaction with its audit record; cached public pages follow by the
 * content epoch (the database's triggers).
 */
export function albumService(deps: {
  repo: AlbumRepository;
  tx: UnitOfWork<AlbumWrites>;
  media: {
    byIds(ids: number[]): Promise<Map<number, Media>>;
    upload(actor: Actor, files: UploadFile[]): Promise<UploadOutcome[]>;
  };
  /** Whether a map unit code exists. */
  unitExists: (code: string) => boolean;
  clock: () => Date;
}) {
  const { repo, tx, clock } = deps;

  async function album(id: number): Promise<Album> {
    const a = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
    if (!a) throw new NotFound(say('album.not_found'));
    return a;
  }

  /** The album if `who` may open it in the back office. */
  async function viewable(who: Who, id: number): Promise<Album> {
    const a = await album(id);
    if (!canViewAlbum(who, a)) throw new Forbidden(say('album.forbidden'));
    return a;
  }

  /** The album if `who` may change it now. */
  async function editable(who: Who, id: number): Promise<Album> {
    const a = await viewable(who, id);
    if (!canEditAlbum(who, a)) throw new Forbidden(say('album.forbidden_edit'));
    return a;
  }

  async function fields(form: AlbumForm): Promise<AlbumFields> {
    if (form.unitCode && !deps.unitExists(form.unitCode))
      throw Validation.of('unitCode', say('album.bad_unit'));
    if (
      form.eventThreadId !== null &&
      !(await repo.eventThreads()).some((t) => t.id === form.eventThreadId)
    )
      throw Validation.of('eventThreadId', say('album.bad_thread'));
    return { ...form, slug: slugify(form.title) || 'album' };
  }

  async function photos(albumId: number): Promise<AlbumPhoto[]> {
    const items = await repo.items(albumId);
    const media = await deps.media.byIds(items.map((i) => i.mediaId));
    return items.flatMap((item) => {
      const m = media.get(item.mediaId);
      return m ? [{ item, media: m }] : [];
    });
  }

  async function item(albumId: number, itemId: number): Promise<AlbumItem> {
    const found = (await repo.items(albumId)).find((i) => i.id === itemId);
    if (!found) throw new NotFound(say('album.photo_not_found'));
    return found;
  }

  /** Adds library images (only images of this site) after the last photo. */
  async function addMedia(actor: Actor, a: Album, media: Media[]): Promise<number> {
    const images = media.filter((m) => m.kind === 'image');
    if (images.length === 0) throw Validation.of('media', say('album.not_image'));
    const count = await repo.countItems(a.id);
    if (count + images.length > MAX_ITEMS) throw Validation.of('media', say('album.too_many'));
    await tx(async ({ repo, audit }) => {
      await repo.addItems(
        a.id,
        images.map((m) => ({ mediaId: m.id, caption: m.caption, credit: m.credit, alt: m.alt })),
      );
      await repo.touch(a.id, clock());
      await audit.record(actor, 'album.photos_added', {
        type: 'album',
        id: a.id,
        summary: `${a.title}: ${images.length} ảnh`,
        detail: { mediaIds: images.map((m) => m.id) },
      });
    });
    return images.length;
  }

  async function cards(list: Album[]): Promise<AlbumCard[]> {
    const covers = await repo.covers(list.map((a) => a.id));
    const media = await deps.media.byIds([...covers.values()].map((i) => i.mediaId));
    return list.map((a) => {
      const item = covers.get(a.id);
      const m = item && media.get(item.mediaId);
      return { album: a, href: albumHref(a), cover: item && m ? { item, media: m } : undefined };
    });
  }

  return {
    album,
    viewable,
    photos,
    eventThreads: () => repo.eventThreads(),

    /** The back office's list (drafts of others hidden from those who may not open them). */
    async adminList(who: Who, page: number, perPage = 30) {
      const total = await repo.count();
      const pageCount = Math.max(1, Math.ceil(total / perPage));
      const p = Math.min(Math.max(1, page), pageCount);
      const list = await repo.list({ limit: perPage, offset: (p - 1) * perPage });
      return { items: list.filter((a) => canViewAlbum(who, a)), page: p, pageCount };
    },

    async create(actor: Actor, who: Who, form: AlbumForm): Promise<number> {
      if (!can(who, 'album.create')) throw new Forbidden(say('album.forbidden'));
      const f = await fields(form);
      return tx(async ({ repo, audit }) => {
        const id = await repo.insert(f, who.id, clock());
        await audit.record(actor, 'album.created', { type: 'album', id, summary: f.title });
        return id;
      });
    },

    async update(actor: Actor, who: Who, id: number, form: AlbumForm): Promise<void> {
      const before = await editable(who, id);
      const f = await fields(form);
      await tx(async ({ repo, audit }) => {
        await repo.update(id, f, clock());
        await audit.record(actor, 'album.updated', {
          type: 'album',
          id,
          summary: f.title,
          detail: { before: { title: before.title, unitCode: before.unitCode }, after: f },
        });
      });
    },

    /** Adds photos picked in the library. */
    async pick(actor: Actor, who: Who, id: number, mediaIds: number[]): Promise<number> {
      const a = await editable(who, id);
      const found = await deps.media.byIds(mediaIds);
      return addMedia(
        actor,
        a,
        mediaIds.flatMap((m) => found.get(m) ?? []),
      );
    },

    /** Uploads several files into the library and adds the images among them, in order. */
    async upload(
      actor: Actor,
      who: Who,
      id: number,
      files: UploadFile[],
    ): Promise<{ added: number; refused: { file: string; error: string }[] }> {
      const a = await editable(who, id);
      if (!can(who, 'media.upload')) throw new Forbidden(say('album.forbidden'));
      const outcomes = await deps.media.upload(actor, files);
      const refused = outcomes.flatMap((o) =>
        o.ok
          ? o.media.kind === 'image'
            ? []
            : [{ file: o.file, error: say('album.not_image').message }]
          : [{ file: o.file, error: o.error }],
      );
      const images = outcomes.flatMap((o) => (o.ok && o.media.kind === 'image' ? [o.media] : []));
      const added = images.length ? await addMedia(actor, a, images) : 0;
      return { added, refused };
    },

    async updateItem(actor: Actor, who: Who, id: number, itemId: number, t: ItemText) {
      const a = await editable(who, id);
      const before = await item(id, itemId);
      await tx(async ({ repo, audit }) => {
        await repo.updateItem(id, itemId, t);
        await repo.touch(id, clock());
        await audit.record(actor, 'album.photo_updated', {
          type: 'album',
          id,
          summary: `${a.title}: ảnh ${before.position + 1}`,
          detail: { itemId, before: { ...before }, after: t },
        });
      });
    },

    async removeItem(actor: Actor, who: Who, id: number, itemId: number) {
      const a = await editable(who, id);
      await item(id, itemId);
      await tx(async ({ repo, audit }) => {
        await repo.removeItem(id, itemId);
        if (a.coverItemId === itemId) await repo.setCover(id, null);
        await repo.touch(id, clock());
        await audit.record(actor, 'album.photo_removed', {
          type: 'album',
          id,
          summary: a.title,
          detail: { itemId },
        });
      });
    },

    async setCover(actor: Actor, who: Who, id: number, itemId: number) {
      const a = await editable(who, id);
      await item(id, itemId);
      await tx(async ({ repo, audit }) => {
        await repo.setCover(id, itemId);
        await repo.touch(id, clock());
        await audit.record(actor, 'album.updated', {
          type: 'album',
          id,
          summary: `${a.title}: ảnh bìa`,
          detail: { coverItemId: itemId },
        });
      });
    },

    /** Moves a photo one step; false when it is already at that end. */
    async moveItem(actor: Actor, who: Who, id: number, itemId: number, dir: MoveDirection) {
      const a = await editable(who, id);
      await item(id, itemId);
      return tx(async ({ repo, audit }) => {
        const order = moved(
          (await repo.items(id)).map((i) => i.id),
          itemId,
          dir,
        );
        if (!order) return false;
        await repo.reorder(id, order);
        await repo.touch(id, clock());
        await audit.record(actor, 'album.photo_moved', {
          type: 'album',
          id,
          summary: `${a.title} (${dir === 'up' ? 'lên' : 'xuống'})`,
          detail: { itemId },
        });
        return true;
      });
    },

    /**
     * Puts the photos in the order given (dragged in the back office): `ids` must name every photo
     * of the album exactly once, else nothing changes and the person is told to reload.
     */
    async reorderItems(actor: Actor, who: Who, id: number, ids: number[]) {
      const a = await editable(who, id);
      return tx(async ({ repo, audit }) => {
        const current = (await repo.items(id)).map((i) => i.id);
        const same =
          ids.length === current.length &&
          new Set(ids).size === ids.length &&
          ids.every((x) => current.includes(x));
        if (!same) throw Validation.of('media', say('album.stale_order'));
        if (ids.every((x, i) => current[i] === x)) return false;
        await repo.reorder(id, ids);
        await repo.touch(id, clock());
        await audit.record(actor, 'album.photo_moved', {
          type: 'album',
          id,
          summary: `${a.title} (kéo thả)`,
          detail: { order: ids },
        });
        return true;
      });
    },

    /** Takes a workflow step (with its note where one is needed), on the version the person saw. */
    async transition(
      actor: Actor,
      who: Who,
      id: number,
      step: { t: AlbumTransition; note: string; version: number },
    ): Promise<Album> {
      const a = await viewable(who, id);
      if (!canTransitionAlbum(who, step.t, a)) throw new Forbidden(say('album.bad_transition'));
      if (ALBUM_RULES[step.t].note && !step.note)
        throw Validation.of('note', say('album.note_required'));
      if (step.t === 'publish') {
        const problems = publishProblems(await repo.items(id));
        if (problems.length)
          throw new Validation({ publish: problems.join(' ') }, say('album.cannot_publish'));
      }
      const to = nextAlbumStatus(step.t, a.status);
      return tx(async ({ repo, audit }) => {
        const ok = await repo.setStatus(
          id,
          { status: a.status, version: step.version },
          {
            status: to,
            publishedAt: step.t === 'publish' && !a.publishedAt ? clock() : undefined,
            correction: step.t === 'correct' || step.t === 'withdraw' ? step.note : undefined,
          },
          clock(),
        );
        if (!ok) throw new Conflict(say('album.conflict'));
        await audit.record(actor, `album.${step.t}`, {
          type: 'album',
          id,
          summary: step.note ? `${a.title}: ${step.note}` : a.title,
          detail: { from: a.status, to },
        });
        return (await repo.byId(id))!;
      });
    },

    /** A published album and its photos for the public page; a withdrawn one is gone (410). */
    async publicAlbum(id: number): Promise<{ album: Album; photos: AlbumPhoto[] }> {
      const a = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
      if (a?.status === 'withdrawn') throw new Gone();
      if (!a || a.status !== 'published') throw new NotFound(say('album.not_found'));
      return { album: a, photos: await photos(id) };
    },

    /** A page of published albums, newest first. */
    async listing(page: number, perPage = 12) {
      const total = await repo.countPublished();
      const pageCount = Math.max(1, Math.ceil(total / perPage));
      const list = await repo.published({ limit: perPage, offset: (page - 1) * perPage });
      return { items: await cards(list), page, pageCount, total };
    },

    /** The image sitemap's entries: each published album's address and its photos, in order. */
    async sitemap(): Promise<
      { href: string; lastmod: Date; images: { key: string; alt: string }[] }[]
    > {
      const out = new Map<
        number,
        { href: string; lastmod: Date; images: { key: string; alt: string }[] }
      >();
      for (const r of await repo.publishedPhotos(50_000)) {
        let e = out.get(r.id);
        if (!e) {
          e = { href: albumHref(r), lastmod: new Date(r.updatedAt), images: [] };
          out.set(r.id, e);
        }
        e.images.push({ key: r.key, alt: r.alt });
      }
      return [...out.values()];
    },

    /** The latest published albums taken in a map unit (its page lists them). */
    async inUnit(code: string, limit = 12): Promise<AlbumCard[]> {
      return cards(await repo.published({ unitCode: code, limit, offset: 0 }));
    },

    /** The latest published albums of an event thread (its public page lists them). */
    async inThread(threadId: number, limit = 24): Promise<AlbumCard[]> {
      return cards(await repo.published({ eventThreadId: threadId, limit, offset: 0 }));
    },
  };
}

export type AlbumService = ReturnType<typeof albumService>;
