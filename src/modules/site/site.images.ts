import crypto from 'node:crypto';
import type { Metadata } from 'sharp';
import { loadSharp } from '../../lib/sharp.ts';
import { Validation } from '../../http/errors.ts';
import { formatDecimal } from '../../lib/number.ts';
import { StorageError, type FileStorage } from '../../storage/storage.ts';
import { say } from './site.messages.ts';

/** What an uploaded site image is for; each has its own size limit and rendition. */
export type SiteImageKind = 'logo' | 'favicon' | 'banner' | 'headerDesktop' | 'headerPhone';

/** Largest accepted upload per kind, in bytes. */
export const IMAGE_LIMITS: Record<SiteImageKind, number> = {
  logo: 1024 * 1024,
  favicon: 256 * 1024,
  banner: 3 * 1024 * 1024,
  headerDesktop: 3 * 1024 * 1024,
  headerPhone: 2 * 1024 * 1024,
};

/** Widest rendition kept of each header banner (the page is at most 1200 px wide; 2× for sharp screens on phones). */
const HEADER_WIDTH = { headerDesktop: 1600, headerPhone: 800 } as const;

/** A re-encoded image in storage. */
export interface StoredImage {
  key: string;
  width: number;
  height: number;
}

const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif']);

/** "1,5 MB" / "300 KB": a size as a reader says it. */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024
    ? `${formatDecimal(n / (1024 * 1024), 1).replace(/,0$/, '')} MB`
    : `${Math.ceil(n / 1024)} KB`;
}

async function reencode(
  data: Buffer,
  kind: SiteImageKind,
): Promise<{ out: Buffer; ext: string; width: number; height: number }> {
  const sharp = await loadSharp();
  const input = () => sharp(data, { failOn: 'error', limitInputPixels: 40_000_000 });
  let meta: Metadata;
  try {
    meta = await input().metadata();
  } catch {
    throw Validation.of('file', say('site.not_an_image'));
  }
  if (!meta.format || !ACCEPTED.has(meta.format) || !meta.width || !meta.height)
    throw Validation.of('file', say('site.not_an_image'));
  try {
    // Re-encoding drops metadata and anything else hidden in the file.
    const pipeline =
      kind === 'favicon'
        ? input()
            .resize(64, 64, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
            .png({ compressionLevel: 9 })
        : kind === 'logo'
          ? input()
              .rotate()
              .resize({ width: 960, height: 240, fit: 'inside', withoutEnlargement: true })
              .png({ compressionLevel: 9 })
          : input()
              .rotate()
              .resize({
                width: kind === 'banner' ? 1200 : HEADER_WIDTH[kind],
                withoutEnlargement: true,
              })
              .flatten({ background: '#ffffff' })
              .jpeg({ quality: 82, mozjpeg: true });
    const { data: out, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return {
      out,
      ext: kind === 'logo' || kind === 'favicon' ? 'png' : 'jpg',
      width: info.width,
      height: info.height,
    };
  } catch {
    throw Validation.of('file', say('site.not_an_image'));
  }
}

/**
 * Checks an uploaded image by its content (not its name), within the size limit of its kind,
 * re-encodes it and stores it under a content-hashed key ("site/logo-3f2a….png").
 * Throws Validation with a Vietnamese message for the `file` field.
 */
export async function storeSiteImage(
  storage: FileStorage,
  data: Buffer,
  kind: SiteImageKind,
): Promise<StoredImage> {
  if (data.length === 0) throw Validation.of('file', say('site.image_required'));
  const limit = IMAGE_LIMITS[kind];
  if (data.length > limit) {
    throw Validation.of(
      'file',
      say('site.image_too_large', formatBytes(data.length), formatBytes(limit)),
    );
  }
  const { out, ext, width, height } = await reencode(data, kind);
  const key = `site/${kind}-${crypto.createHash('sha256').update(out).digest('hex').slice(0, 12)}.${ext}`;
  try {
    if (!(await storage.has(key))) await storage.put(key, out);
  } catch (err) {
    // Disk full or the store down: told on the form like any refusal, nothing half written
    // (the store writes a temp file and renames it), the settings untouched.
    if (err instanceof StorageError) throw Validation.of('file', say('site.store_failed'));
    throw err;
  }
  return { key, width, height };
}
