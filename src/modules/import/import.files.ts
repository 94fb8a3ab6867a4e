import fs from 'node:fs';
import path from 'node:path';
import type { FileStorage } from '../../storage/storage.ts';
import { slugify } from '../../lib/slug.ts';
import { detectFile, isRefused } from '../media/media.detect.ts';
import type { Media } from '../media/media.ts';
import type { ImportedFile } from './import.body.ts';

/** Extensions the media route serves (an old file of another kind stays behind, with a note). */
const SERVED = new Set([
  'jpg',
  'jpeg',
  'png',
  'webp',
  'avif',
  'mp4',
  'webm',
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'ods',
]);

/**
 * Where the original bytes of an old `uploads/<rel>` file are kept in this site's storage
 * (byte-identical, so shared links to /uploads/… keep giving the same file): `nhap/<site>/…`,
 * each folder and name made a safe slug, the extension kept.
 */
export function originalKey(siteId: number, rel: string): string | undefined {
  const parts = rel.split('/');
  const file = parts.pop() ?? '';
  const dot = file.lastIndexOf('.');
  const ext = dot > 0 ? file.slice(dot + 1).toLowerCase() : '';
  if (!SERVED.has(ext)) return undefined;
  const dirs = parts.map((p) => slugify(p, 60).replace(/^$/, 'x'));
  return ['nhap', String(siteId), ...dirs, `${slugify(file.slice(0, dot), 80)}.${ext}`].join('/');
}

/** What copying old files needs. */
export interface FileImportDeps {
  storage: FileStorage;
  importImage(input: {
    data: Buffer;
    originalName: string;
    alt: string;
    caption?: string;
    folder: string;
    /** Where the original bytes are stored already (renditions may then be made later). */
    storedKey?: string;
  }): Promise<Media>;
}

/**
 * Copies files from the old `uploads/` folder, read from the local disk (never over HTTP):
 * judged by their content like an upload (a script named .jpg is refused), originals kept
 * byte-identical, images also made media items at once (showing the original; their renditions
 * are made in the background, see mediaService.importOriginal). `dry` only checks.
 */
export function fileImporter(
  deps: FileImportDeps,
  opts: {
    siteId: number;
    uploadsDir: string;
    dry: boolean;
    /** Records a copied file in the site's redirect table (its media id, 0 for documents). */
    record: (rel: string, mediaId: number) => Promise<void>;
  },
) {
  const root = opts.uploadsDir ? path.resolve(opts.uploadsDir) : '';
  const seen = new Map<string, ImportedFile | undefined>();
  const problems = new Map<string, string>();

  async function load(
    rel: string,
    text: { alt: string; caption: string },
  ): Promise<ImportedFile | undefined> {
    if (!root) {
      problems.set(rel, `Chưa chỉ thư mục uploads: không lấy được uploads/${rel}`);
      return undefined;
    }
    const full = path.resolve(root, rel);
    if (!full.startsWith(root + path.sep)) return undefined;
    const key = originalKey(opts.siteId, rel);
    if (!key) {
      problems.set(rel, `Loại tệp không được hỗ trợ: uploads/${rel}`);
      return undefined;
    }
    const data = await fs.promises.readFile(full).catch(() => undefined);
    if (!data) {
      problems.set(rel, `Không tìm thấy tệp: uploads/${rel}`);
      return undefined;
    }
    const detected = await detectFile(data);
    if (isRefused(detected)) {
      problems.set(rel, `Tệp bị từ chối (${detected.refused}): uploads/${rel}`);
      return undefined;
    }
    if (opts.dry) return { key };
    if (!(await deps.storage.has(key))) await deps.storage.put(key, data);
    if (detected.kind !== 'image') {
      await opts.record(rel, 0);
      return { key };
    }
    const folder = ['nhap', String(opts.siteId), ...key.split('/').slice(2, -1)].join('/');
    try {
      const media = await deps.importImage({
        data,
        originalName: path.basename(rel),
        alt: text.alt,
        caption: text.caption,
        folder,
        storedKey: key,
      });
      await opts.record(rel, media.id);
      return { key, media };
    } catch (err) {
      problems.set(rel, `Ảnh không đọc được (${(err as Error).message}): uploads/${rel}`);
      return undefined;
    }
  }

  return {
    /** The file (once per run, whatever the number of uses). */
    async resolve(rel: string, text: { alt: string; caption: string }) {
      if (!seen.has(rel)) seen.set(rel, await load(rel, text));
      return seen.get(rel);
    },
    /** The problem met with a file, if any. */
    problem: (rel: string) => problems.get(rel),
    /** Files copied (or, in a dry run, found readable). */
    count: () => [...seen.values()].filter(Boolean).length,
    missing: () => [...problems.entries()],
  };
}
