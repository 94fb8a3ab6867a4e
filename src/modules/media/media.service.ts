import crypto from 'node:crypto';
import path from 'node:path';
import sharp from 'sharp';
import { slugify } from '../../lib/slug.ts';
import type { FileStorage } from '../../storage/storage.ts';
import { VARIANT_WIDTHS, type Media, type MediaVariant } from './media.ts';
import type { MediaRepository } from './media.repository.ts';

export interface ImportImageInput {
  data: Buffer;
  originalName: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** Storage folder, e.g. "2023/03". */
  folder: string;
}

/** Media use cases: re-encodes images (dropping metadata and anything hidden in the file). */
export function mediaService(deps: { repo: MediaRepository; storage: FileStorage }) {
  const { repo, storage } = deps;

  async function encode(
    data: Buffer,
    width: number,
    format: MediaVariant['format'],
    key: string,
  ): Promise<MediaVariant> {
    const pipeline = sharp(data, { failOn: 'error' }).rotate().resize({ width, withoutEnlargement: true });
    const out =
      format === 'webp'
        ? await pipeline.webp({ quality: 74 }).toBuffer({ resolveWithObject: true })
        : await pipeline.jpeg({ quality: 78, progressive: true, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    if (!(await storage.has(key))) await storage.put(key, out.data);
    return { width: out.info.width, height: out.info.height, format, key, bytes: out.info.size };
  }

  const manifestKey = (base: string): string => `${base}.variants.json`;

  /** Variants already encoded for the same bytes (a shared media folder, a re-seed). */
  async function storedVariants(key: string): Promise<MediaVariant[] | undefined> {
    const raw = await storage.get(key);
    return raw && (JSON.parse(raw.toString('utf8')) as MediaVariant[]);
  }

  /** Encodes the main JPEG and the responsive variants, and records them beside the files. */
  async function renditions(data: Buffer, base: string): Promise<MediaVariant[]> {
    const meta = await sharp(data, { failOn: 'error' }).metadata();
    if (!meta.width || !meta.height) throw new Error('Tệp không phải là ảnh hợp lệ.');
    const main = await encode(data, 1600, 'jpeg', `${base}.jpg`);
    const variants: MediaVariant[] = [];
    for (const width of VARIANT_WIDTHS) {
      if (width >= main.width && width !== VARIANT_WIDTHS[0]) continue;
      for (const format of ['webp', 'jpeg'] as const) {
        variants.push(await encode(data, width, format, `${base}-${width}w.${format === 'jpeg' ? 'jpg' : 'webp'}`));
      }
    }
    variants.push(main, await encode(data, 1600, 'webp', `${base}.webp`));
    await storage.put(manifestKey(base), Buffer.from(JSON.stringify(variants)));
    return variants;
  }

  return {
    /**
     * Stores an image once: keys are derived from the content hash, so importing the same bytes
     * again reuses the stored item. Writes the JPEG main file plus JPEG and WebP variants.
     */
    async importImage(input: ImportImageInput): Promise<Media> {
      const hash = crypto.createHash('sha256').update(input.data).digest('hex').slice(0, 10);
      const ext = path.extname(input.originalName);
      const base = `${input.folder}/${hash}/${slugify(path.basename(input.originalName, ext), 60)}`;
      const mainKey = `${base}.jpg`;
      const existing = await repo.byKey(mainKey);
      if (existing) return existing;

      const variants = (await storedVariants(manifestKey(base))) ?? (await renditions(input.data, base));
      const main = variants.find((v) => v.key === mainKey);
      if (!main) throw new Error('Tệp không phải là ảnh hợp lệ.');
      const media: Omit<Media, 'id'> = {
        originalName: input.originalName,
        key: mainKey,
        mime: 'image/jpeg',
        width: main.width,
        height: main.height,
        alt: input.alt,
        caption: input.caption ?? '',
        credit: input.credit ?? '',
        variants,
      };
      const id = await repo.insert({ ...media, byteSize: main.bytes, createdAt: new Date().toISOString() });
      return { id, ...media };
    },
  };
}

export type MediaService = ReturnType<typeof mediaService>;
