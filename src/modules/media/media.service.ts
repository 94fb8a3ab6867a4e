import crypto from 'node:crypto';
import path from 'node:path';
import { vnParts } from '../../lib/date.ts';
import { slugify } from '../../lib/slug.ts';
import { cleanLine, fold } from '../../lib/text.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import type { Logger } from '../../lib/log.ts';
import { StorageError, type FileStorage } from '../../storage/storage.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditTarget } from '../audit/audit.service.ts';
import { detectFile, isRefused, type Detected } from './media.detect.ts';
import { ImageRefused, probeImage, renditionKey, renditions } from './media.encode.ts';
import { SHOWN_AS_IS, withRenditions } from './media.renditions.ts';
import { MEDIA_MESSAGES as M } from './media.messages.ts';
import {
  formatBytes,
  KIND_LABELS,
  type Media,
  type MediaKind,
  type MediaLimits,
  type MediaVariant,
} from './media.ts';
import type { MediaRepository, NewMedia } from './media.repository.ts';

export interface ImportImageInput {
  data: Buffer;
  originalName: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** Storage folder, e.g. "2023/03". */
  folder: string;
}

/** An imported image whose renditions may wait: the original shows until they exist. */
export interface ImportOriginalInput extends ImportImageInput {
  /** Where the original bytes are stored already (the import's copy of an old file), if they are. */
  storedKey?: string;
}

/** Failed attempts after which an image keeps its original (shown on the health of the queue). */
export const RENDITION_ATTEMPTS = 3;

/** One uploaded file: the name the browser gave (display only) and its bytes. */
export interface UploadFile {
  name: string;
  data: Buffer;
}

/** What happened to one file of an upload; one refused file never loses the others. */
export type UploadOutcome =
  | { ok: true; file: string; media: Media; existing: boolean }
  | { ok: false; file: string; error: string };

/** Caption, credit and alt of an item (already validated at the edge). */
export interface MediaText {
  alt: string;
  caption: string;
  credit: string;
}

/** A page of the library. */
export interface MediaPage {
  items: Media[];
  total: number;
  page: number;
  pageCount: number;
}

/** A refusal of one upload, with the reason to show. */
class Refusal extends Error {}

/** The name to show for an uploaded file: no folders, no control characters, NFC, bounded. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return cleanLine(base.replace(/[\u0000-\u001f\u007f]/g, '')).slice(0, 200) || 'tệp không tên';
}

/** The folded words of a search: letters and digits only (so they are safe inside LIKE). */
export function searchWords(q: string): string[] {
  return fold(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

function searchText(name: string, t: MediaText): string {
  return fold([name, t.alt, t.caption, t.credit].join(' ')).replace(/\s+/g, ' ').trim();
}

/** Media use cases: uploads checked by content, images re-encoded, the library and its text. */
/** What media changes write through, bound to one transaction. */
export interface MediaWrites {
  repo: MediaRepository;
  audit: MediaAudit;
}
type MediaAudit = { record(actor: Actor, action: string, target?: AuditTarget): Promise<void> };
/** Writes the audit record of a new item, in the transaction that inserts it. */
type Recorder = (media: Media, audit: MediaAudit) => Promise<void>;

export function mediaService(deps: {
  repo: MediaRepository;
  storage: FileStorage;
  limits: MediaLimits;
  clock: () => Date;
  audit: { record(actor: Actor, action: string, target?: AuditTarget): Promise<void> };
  /** Runs a new item or a metadata change and its audit record in one transaction. */
  tx: UnitOfWork<MediaWrites>;
  /** Where a store failure is reported (the person sees a Vietnamese message). */
  log?: Logger;
}) {
  const { repo, storage, limits, clock, audit } = deps;
  const manifestKey = (base: string): string => `${base}.variants.json`;

  /** Variants already encoded for the same bytes (a shared media folder, a re-seed), if complete. */
  async function storedVariants(base: string): Promise<MediaVariant[] | undefined> {
    const raw = await storage.get(manifestKey(base));
    const variants = raw && (JSON.parse(raw.toString('utf8')) as MediaVariant[]);
    // Manifests written before AVIF was added are re-encoded.
    return variants?.some((v) => v.format === 'avif') ? variants : undefined;
  }

  /**
   * Encodes and stores every rendition of an image, recording them beside the files. New files
   * are announced first by an upload intent (its id returned), which the insert drops.
   */
  async function storeImage(
    data: Buffer,
    base: string,
  ): Promise<{ variants: MediaVariant[]; intent?: number }> {
    const stored = await storedVariants(base);
    if (stored) return { variants: stored };
    const out = await renditions(data, base);
    const main = renditionKey(base, 'jpeg');
    // The main rendition first: recovery keeps the files when an item uses that key.
    const keys = [
      main,
      ...out.map((r) => r.variant.key).filter((k) => k !== main),
      manifestKey(base),
    ];
    const intent = await repo.addIntent(keys, clock());
    const written: string[] = [];
    try {
      for (const r of out)
        if (!(await storage.has(r.variant.key))) {
          await storage.put(r.variant.key, r.data);
          written.push(r.variant.key);
        }
      const variants = out.map((r) => r.variant);
      await storage.put(manifestKey(base), Buffer.from(JSON.stringify(variants)));
      return { variants, intent };
    } catch (err) {
      // A rendition failed (disk full): the ones written for it go too, no orphan is left.
      for (const key of written) await storage.remove(key).catch(() => undefined);
      await repo.dropIntent(intent).catch(() => undefined);
      throw err;
    }
  }

  function baseKey(data: Buffer, name: string, folder: string): string {
    const hash = crypto.createHash('sha256').update(data).digest('hex').slice(0, 10);
    const ext = path.extname(name);
    return `${folder}/${hash}/${slugify(path.basename(name, ext), 60)}`;
  }

  /** Inserts the item (its files are stored already) and its audit record, in one transaction. */
  async function insert(
    m: Omit<NewMedia, 'searchText' | 'createdAt'>,
    record?: Recorder,
    intent?: number,
  ): Promise<Media> {
    return deps.tx(async ({ repo, audit }) => {
      // The files are the item's from this commit on: nothing for recovery to remove.
      if (intent !== undefined) await repo.dropIntent(intent);
      const id = await repo.insertNew({
        ...m,
        createdAt: clock(),
        searchText: searchText(m.originalName, m),
      });
      // The same file sent twice at once: the storage key is unique, so the other request's item wins.
      const stored = id === undefined ? await repo.byKey(m.key) : await repo.byId(id);
      if (!stored) throw new Error(`media ${m.key} vanished after insert`);
      await record?.(stored, audit);
      return stored;
    });
  }

  /** Checks, converts and stores one file; throws Refusal with the reason to show. */
  async function accept(
    file: UploadFile,
    actor: Actor,
    folder: string,
    record: Recorder,
  ): Promise<{ media: Media; existing: boolean }> {
    const name = displayName(file.name);
    const detected = await detectFile(file.data);
    if (isRefused(detected)) throw new Refusal(detected.refused);
    if (file.data.length > limits[detected.kind])
      throw new Refusal(
        M['media.too_large'](file.data.length, detected.kind, limits[detected.kind]),
      );
    const base = baseKey(file.data, name, folder);
    const key = detected.kind === 'image' ? renditionKey(base, 'jpeg') : `${base}.${detected.ext}`;
    const existing = await repo.byKey(key);
    if (existing) return { media: existing, existing: true };
    const text = { alt: '', caption: '', credit: '' };
    if (detected.kind !== 'image') {
      const intent = await repo.addIntent([key], clock());
      try {
        await storage.put(key, file.data);
      } catch (err) {
        await repo.dropIntent(intent).catch(() => undefined);
        throw err;
      }
      return {
        media: await insert(
          {
            ...text,
            kind: detected.kind,
            originalName: name,
            key,
            mime: detected.mime,
            width: null,
            height: null,
            byteSize: file.data.length,
            variants: [],
            uploadedBy: actor.id,
          },
          record,
          intent,
        ),
        existing: false,
      };
    }
    return {
      media: await insertImage(
        file.data,
        detected,
        base,
        { ...text, originalName: name, uploadedBy: actor.id },
        record,
      ),
      existing: false,
    };
  }

  async function insertImage(
    data: Buffer,
    detected: Pick<Detected, 'ext'>,
    base: string,
    meta: MediaText & { originalName: string; uploadedBy: number | null },
    record?: Recorder,
  ): Promise<Media> {
    try {
      await probeImage(data, detected.ext);
      const { variants, intent } = await storeImage(data, base);
      const main = variants.find((v) => v.key === renditionKey(base, 'jpeg'));
      if (!main) throw new ImageRefused(M['media.bad_image']);
      return await insert(
        {
          ...meta,
          kind: 'image',
          key: main.key,
          mime: 'image/jpeg',
          width: main.width,
          height: main.height,
          byteSize: main.bytes,
          variants,
        },
        record,
        intent,
      );
    } catch (err) {
      if (err instanceof ImageRefused) throw new Refusal(err.message);
      throw err;
    }
  }

  return {
    limits,

    /**
     * Stores a demo or imported image once: keys derive from the content hash, so importing the
     * same bytes again reuses the stored item. Writes AVIF, WebP and JPEG renditions.
     */
    async importImage(input: ImportImageInput): Promise<Media> {
      const base = baseKey(input.data, input.originalName, input.folder);
      const existing = await repo.byKey(renditionKey(base, 'jpeg'));
      if (existing) return existing;
      const text = { alt: input.alt, caption: input.caption ?? '', credit: input.credit ?? '' };
      try {
        const detected = await detectFile(input.data);
        if (isRefused(detected) || detected.kind !== 'image')
          throw new Refusal(isRefused(detected) ? detected.refused : M['media.bad_image']);
        return await insertImage(input.data, detected, base, {
          ...text,
          originalName: input.originalName,
          uploadedBy: null,
        });
      } catch (err) {
        if (err instanceof Refusal)
          throw new Error(`${input.originalName}: ${err.message}`, { cause: err });
        throw err;
      }
    },

    /**
     * Stores an imported image without waiting for its renditions: the original (already stored
     * under `storedKey`, or stored here) becomes the library item at once and the item is queued,
     * in the same transaction, for the `media-renditions` job (`renderQueued`). Pages show the
     * original until then. Content-addressed like `importImage`: the same bytes again return the
     * same item, before or after its renditions. GIF and HEIC, which not every browser shows, are
     * encoded at once.
     */
    async importOriginal(input: ImportOriginalInput): Promise<Media> {
      const base = baseKey(input.data, input.originalName, input.folder);
      const done = await repo.byKey(renditionKey(base, 'jpeg'));
      if (done) return done;
      const detected = await detectFile(input.data);
      if (isRefused(detected) || detected.kind !== 'image' || !SHOWN_AS_IS.has(detected.ext))
        return this.importImage(input);
      // "-goc": never the main rendition's key (`<base>.jpg`), which the job writes later.
      const key = input.storedKey ?? `${base}-goc.${detected.ext}`;
      const waiting = await repo.byKey(key);
      if (waiting) return waiting;
      let size: { width: number; height: number };
      try {
        size = await probeImage(input.data, detected.ext);
      } catch (err) {
        if (err instanceof ImageRefused)
          throw new Error(`${input.originalName}: ${err.message}`, { cause: err });
        throw err;
      }
      let intent: number | undefined;
      if (!input.storedKey && !(await storage.has(key))) {
        intent = await repo.addIntent([key], clock());
        try {
          await storage.put(key, input.data);
        } catch (err) {
          await repo.dropIntent(intent).catch(() => undefined);
          throw err;
        }
      }
      const text = { alt: input.alt, caption: input.caption ?? '', credit: input.credit ?? '' };
      return deps.tx(async ({ repo }) => {
        if (intent !== undefined) await repo.dropIntent(intent);
        const id = await repo.insertNew({
          ...text,
          kind: 'image',
          originalName: input.originalName,
          key,
          mime: detected.mime,
          width: size.width,
          height: size.height,
          byteSize: input.data.length,
          variants: [],
          uploadedBy: null,
          createdAt: clock(),
          searchText: searchText(input.originalName, text),
        });
        if (id !== undefined) await repo.queueRenditions(id, key, base, clock());
        const stored = await repo.byKey(key);
        if (!stored) throw new Error(`media ${key} vanished after insert`);
        return stored;
      });
    },

    /**
     * Makes the renditions of up to `limit` queued images of the current site (the
     * `media-renditions` job, per site): each is encoded from its stored original, then in one
     * transaction the item points at its renditions, the bodies that showed the original get
     * the responsive `<picture>`, and the image leaves the queue. A killed process leaves the
     * queue row (and an upload intent for any file already written, which `recoverUploads`
     * clears): the next run does it again. A failure is counted; after RENDITION_ATTEMPTS the
     * original stays. Returns the number of images done.
     */
    async renderQueued(limit = 8): Promise<number> {
      const rows = await repo.queuedRenditions(limit, RENDITION_ATTEMPTS);
      const made = new Map<string, Media>();
      const finished: { row: (typeof rows)[number]; media: Media; intent?: number }[] = [];
      for (const row of rows) {
        try {
          const data = await storage.get(row.sourceKey);
          if (!data) throw new Error(`original missing: ${row.sourceKey}`);
          const { variants, intent } = await storeImage(data, row.baseKey);
          const main = variants.find((v) => v.key === renditionKey(row.baseKey, 'jpeg'));
          if (!main) throw new Error(`no main rendition for ${row.sourceKey}`);
          const before = await repo.byId(row.mediaId);
          if (!before) continue;
          const media: Media = {
            ...before,
            key: main.key,
            mime: 'image/jpeg',
            width: main.width,
            height: main.height,
            byteSize: main.bytes,
            variants,
          };
          made.set(`/media/${row.sourceKey}`, media);
          finished.push({ row, media, intent });
        } catch (err) {
          deps.log?.warn({ err, media: row.mediaId }, 'renditions failed');
          await repo.renditionFailed(
            row.mediaId,
            err instanceof ImageRefused ? M['media.bad_image'] : (err as Error).message,
          );
        }
      }
      if (finished.length === 0) return 0;
      await deps.tx(async ({ repo }) => {
        for (const b of await repo.bodiesNaming([...made.keys()])) {
          const html = withRenditions(b.bodyHtml, made);
          if (html !== b.bodyHtml) await repo.setBody(b.table, b.id, html);
        }
        for (const f of finished) {
          if (f.intent !== undefined) await repo.dropIntent(f.intent);
          const v = f.media;
          await repo.renditionsMade(
            v.id,
            { key: v.key, width: v.width, height: v.height, bytes: v.byteSize },
            v.variants,
            clock(),
          );
        }
      });
      return finished.length;
    },

    /** How many images of the current site still wait for their renditions. */
    renditionsPending: () => repo.renditionsPending(),

    /**
     * Accepts uploaded files one by one: each is judged by its content and size, images are
     * re-encoded, documents and videos stored as they are. Every upload and refusal is audited.
     */
    async upload(actor: Actor, files: UploadFile[]): Promise<UploadOutcome[]> {
      const p = vnParts(clock());
      const folder = `${p.year}/${String(p.month).padStart(2, '0')}`;
      const outcomes: UploadOutcome[] = [];
      for (const file of files) {
        const name = displayName(file.name);
        const uploaded = (media: Media, existing: boolean, a: MediaAudit) =>
          a.record(actor, 'media.uploaded', {
            type: 'media',
            id: media.id,
            summary: `${name} (${KIND_LABELS[media.kind]}, ${formatBytes(file.data.length)})${existing ? ', đã có trong thư viện' : ''}`,
            detail: { mime: media.mime, bytes: file.data.length, key: media.key, existing },
          });
        try {
          // A new item is recorded in the transaction that inserts it; one already there, alone.
          const { media, existing } = await accept(file, actor, folder, (m, a) =>
            uploaded(m, false, a),
          );
          if (existing) await uploaded(media, true, audit);
          outcomes.push({ ok: true, file: name, media, existing });
        } catch (err) {
          // The store could not write (disk full…): said like a refusal, and logged.
          if (err instanceof StorageError)
            deps.log?.error({ err, key: err.key }, 'media store failed');
          const refusal = err instanceof StorageError ? new Refusal(M['media.store_failed']) : err;
          if (!(refusal instanceof Refusal)) throw err;
          outcomes.push({ ok: false, file: name, error: refusal.message });
          await audit.record(actor, 'media.refused', {
            type: 'media',
            summary: `${name}: ${refusal.message}`.slice(0, 400),
            detail: { bytes: file.data.length },
          });
        }
      }
      return outcomes;
    },

    /**
     * Removes the files of uploads that never reached the library (the process was killed
     * between writing them and the insert): every intent older than `olderThanMs` (a live
     * upload on another instance is younger), unless an item now uses its main key (the same
     * bytes uploaded again since). Run at start and by the `upload-recovery` job; returns the
     * number of files removed.
     */
    async recoverUploads(olderThanMs = 10 * 60_000): Promise<number> {
      let removed = 0;
      for (const intent of await repo.staleIntents(new Date(clock().getTime() - olderThanMs))) {
        const [main] = intent.keys;
        if (main === undefined || !(await repo.keyInUse(main)))
          for (const key of intent.keys)
            if (await storage.has(key)) {
              await storage.remove(key);
              removed++;
            }
        await repo.dropIntent(intent.id);
      }
      if (removed) deps.log?.warn({ removed }, 'files of unfinished uploads removed');
      return removed;
    },

    byId: (id: number) => repo.byId(id),
    byIds: (ids: number[]) => repo.byIds(ids),
    usage: (m: Media) => repo.usage(m),

    /** A page of the library, newest first; `q` matches name, alt, caption and credit without diacritics. */
    async list(q: {
      q?: string;
      kind?: MediaKind;
      page: number;
      perPage: number;
    }): Promise<MediaPage> {
      const filter = { words: searchWords(q.q ?? ''), kind: q.kind };
      const total = await repo.count(filter);
      const pageCount = Math.max(1, Math.ceil(total / q.perPage));
      const page = Math.min(Math.max(1, q.page), pageCount);
      const items = await repo.list({
        ...filter,
        limit: q.perPage,
        offset: (page - 1) * q.perPage,
      });
      return { items, total, page, pageCount };
    },

    /** Changes an item's caption, credit and alt; a field left out keeps its value. Places of use may still override them. */
    async updateText(actor: Actor, m: Media, given: Partial<MediaText>): Promise<Media> {
      const t: MediaText = {
        alt: given.alt ?? m.alt,
        caption: given.caption ?? m.caption,
        credit: given.credit ?? m.credit,
      };
      const changed = (['alt', 'caption', 'credit'] as const).filter((f) => m[f] !== t[f]);
      return deps.tx(async ({ repo, audit }) => {
        await repo.updateText(m.id, {
          ...t,
          searchText: searchText(m.originalName, t),
          updatedAt: clock(),
        });
        await audit.record(actor, 'media.updated', {
          type: 'media',
          id: m.id,
          summary: `${m.originalName}: ${changed.length ? changed.join(', ') : 'không thay đổi'}`,
          detail: Object.fromEntries(changed.map((f) => [f, { before: m[f], after: t[f] }])),
        });
        return (await repo.byId(m.id)) ?? m;
      });
    },
  };
}

export type MediaService = ReturnType<typeof mediaService>;
