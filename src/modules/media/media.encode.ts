import type { Metadata, OutputInfo, Sharp } from 'sharp';
import { loadSharp } from '../../lib/sharp.ts';
import { MEDIA_MESSAGES as M } from './media.messages.ts';
import { MAIN_WIDTH, VARIANT_WIDTHS, type ImageFormat, type MediaVariant } from './media.ts';

/** A decoded image refused for what it is (corrupt, too big, unreadable HEIC). */
export class ImageRefused extends Error {}

/**
 * Encoder settings, chosen by measurement (`npm run bench media-encode`): AVIF effort 2 costs
 * about half a second for the four widths of a 1200×800 photo (effort 4, the default, about
 * six) for files within a few percent of the smallest.
 */
const ENCODERS: Record<ImageFormat, (p: Sharp) => Sharp> = {
  avif: (p) => p.avif({ quality: 45, effort: 2 }),
  webp: (p) => p.webp({ quality: 74, effort: 4 }),
  jpeg: (p) =>
    p.flatten({ background: '#ffffff' }).jpeg({ quality: 78, progressive: true, mozjpeg: true }),
};

/** File extension of each format. */
const FORMAT_EXT: Record<ImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/** Input sharp may decode, and the decoded pixel cap (a "decompression bomb" guard). */
const INPUT = { failOn: 'error', limitInputPixels: 100_000_000 } as const;

/** One encoded rendition, before storage. */
export interface Rendition {
  variant: MediaVariant;
  data: Buffer;
}

/** The key of a rendition: `<base>.<ext>` for the main one, `<base>-<w>w.<ext>` for the others. */
export function renditionKey(base: string, format: ImageFormat, width?: number): string {
  return `${base}${width === undefined ? '' : `-${width}w`}.${FORMAT_EXT[format]}`;
}

/**
 * Checks that `data` decodes as the image format its magic bytes claim, and returns its size.
 * Anything else (a corrupt file, a polyglot sharp reads differently, an oversized canvas) is refused.
 */
export async function probeImage(
  data: Buffer,
  ext: string,
): Promise<{ width: number; height: number }> {
  let meta: Metadata;
  const sharp = await loadSharp();
  try {
    meta = await sharp(data, INPUT).metadata();
  } catch {
    throw new ImageRefused(ext === 'heic' ? M['media.heic'] : M['media.bad_image']);
  }
  const expected: Record<string, string[]> = {
    jpg: ['jpeg'],
    png: ['png'],
    webp: ['webp'],
    gif: ['gif'],
    avif: ['heif', 'avif'],
    heic: ['heif'],
  };
  if (!meta.format || !(expected[ext] ?? []).includes(meta.format) || !meta.width || !meta.height)
    throw new ImageRefused(ext === 'heic' ? M['media.heic'] : M['media.bad_image']);
  if (meta.width * meta.height > INPUT.limitInputPixels)
    throw new ImageRefused(M['media.too_many_pixels']);
  return { width: meta.width, height: meta.height };
}

/** Decoded pixels, ready to encode from. */
export interface Master {
  data: Buffer;
  info: OutputInfo;
}

/** Decodes once: first frame, EXIF orientation applied, sRGB, at most MAIN_WIDTH wide. */
export async function decodeMaster(data: Buffer): Promise<Master> {
  const sharp = await loadSharp();
  try {
    return await sharp(data, INPUT)
      .rotate()
      .resize({ width: MAIN_WIDTH, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new ImageRefused(M['media.bad_image']);
  }
}

/** The widths to encode from a master: each VARIANT_WIDTHS narrower than it, then the master's own (undefined). */
export function renditionWidths(master: Master): (number | undefined)[] {
  return [...VARIANT_WIDTHS.filter((w) => w < master.info.width), undefined];
}

/** Encodes one rendition of a master (`width` undefined: the main rendition). */
export async function encode(
  master: Master,
  format: ImageFormat,
  base: string,
  width?: number,
): Promise<Rendition> {
  const { width: w, height: h, channels } = master.info;
  const from = (await loadSharp())(master.data, { raw: { width: w, height: h, channels } });
  const r = await ENCODERS[format](width === undefined ? from : from.resize({ width })).toBuffer({
    resolveWithObject: true,
  });
  return {
    data: r.data,
    variant: {
      width: r.info.width,
      height: r.info.height,
      format,
      key: renditionKey(base, format, width),
      bytes: r.info.size,
    },
  };
}

/**
 * Every rendition of an image, from one decode: AVIF, WebP and JPEG at each VARIANT_WIDTHS
 * narrower than the main rendition, plus the main rendition in each format. Nothing of the
 * original file survives: metadata, trailing data and hidden payloads go with the re-encode.
 */
export async function renditions(data: Buffer, base: string): Promise<Rendition[]> {
  const master = await decodeMaster(data);
  const out: Rendition[] = [];
  for (const w of renditionWidths(master)) {
    for (const format of ['avif', 'webp', 'jpeg'] as const)
      out.push(await encode(master, format, base, w));
  }
  return out;
}
