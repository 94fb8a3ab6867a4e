/** What a library item is: a re-encoded image, a downloadable document, or a video stored as is. */
export type MediaKind = 'image' | 'document' | 'video';

export const MEDIA_KINDS: readonly MediaKind[] = ['image', 'document', 'video'];

/** Vietnamese names of the kinds (filters, badges, audit summaries). */
export const KIND_LABELS: Record<MediaKind, string> = {
  image: 'Ảnh',
  document: 'Tài liệu',
  video: 'Video',
};

/** Encodings of an image rendition, best first. */
export type ImageFormat = 'avif' | 'webp' | 'jpeg';

/** One re-encoded rendition of an image. */
export interface MediaVariant {
  width: number;
  height: number;
  format: ImageFormat;
  key: string;
  bytes: number;
}

/** A media item as the rest of the app sees it. */
export interface Media {
  id: number;
  kind: MediaKind;
  /** The name the file had on the uploader's computer (display only; never trusted). */
  originalName: string;
  /** Key of the file to link: the main (largest JPEG) rendition of an image, else the file itself. */
  key: string;
  mime: string;
  /** Pixel size of the main rendition; 0 for documents and videos. */
  width: number;
  height: number;
  /** Size in bytes of the file under `key`. */
  byteSize: number;
  alt: string;
  caption: string;
  credit: string;
  variants: MediaVariant[];
  createdAt: Date;
  updatedAt: Date | null;
  /** Who uploaded it (null for demo content and imports). */
  uploader: { id: number; name: string } | null;
}

/** Widths (px) of the responsive renditions; the original is never served larger than the main rendition. */
export const VARIANT_WIDTHS = [240, 480, 800, 1200] as const;

/** Width cap (px) of the main rendition. */
export const MAIN_WIDTH = 1600;

/** Public URL of a stored file. */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

/** `srcset` for one format, smallest first ('' when the item has no rendition in that format). */
export function srcset(m: Pick<Media, 'variants'>, format: ImageFormat): string {
  return m.variants
    .filter((v) => v.format === format)
    .sort((a, b) => a.width - b.width)
    .map((v) => `${mediaUrl(v.key)} ${v.width}w`)
    .join(', ');
}

/** The smallest JPEG rendition: thumbnails in the library grid. */
export function thumbnailKey(m: Pick<Media, 'variants' | 'key'>): string {
  const jpegs = m.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width);
  return jpegs[0]?.key ?? m.key;
}

/** Caption, credit and alt of one use of an item: the stored text unless the place of use overrides it. */
export interface FigureText {
  alt: string;
  caption: string;
  credit: string;
}

/** Resolves the text of one use: every override that is given (even '') wins over the stored value. */
export function figureText(
  m: Pick<Media, 'alt' | 'caption' | 'credit'>,
  overrides: Partial<FigureText> = {},
): FigureText {
  return {
    alt: overrides.alt ?? m.alt,
    caption: overrides.caption ?? m.caption,
    credit: overrides.credit ?? m.credit,
  };
}

/**
 * The stored-HTML form of a figure in an article body (what the editor also produces):
 * AVIF and WebP sources, JPEG fallback with srcset, real dimensions, lazy loading, and a caption
 * followed by the credit. `esc` escapes text for HTML.
 */
export function figureHtml(
  m: Media,
  caption: string,
  alt: string,
  esc: (s: string) => string,
  credit = '',
): string {
  const sizes = '(max-width: 760px) 100vw, 720px';
  const sources = (['avif', 'webp'] as const)
    .map((f) => [f, srcset(m, f)] as const)
    .filter(([, set]) => set)
    .map(([f, set]) => `<source type="image/${f}" srcset="${esc(set)}" sizes="${sizes}">`)
    .join('');
  // The credit in its own span, as the editor writes it (src/client/figure.ts reads it back).
  const text =
    caption || credit
      ? esc(caption) + (credit ? `<span class="credit"> (${esc(credit)})</span>` : '')
      : '';
  return (
    `<figure class="image"><picture>${sources}` +
    `<img src="${esc(mediaUrl(m.key))}" srcset="${esc(srcset(m, 'jpeg'))}" sizes="${sizes}" width="${m.width}" height="${m.height}" alt="${esc(alt)}" loading="lazy" decoding="async">` +
    `</picture>${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`
  );
}

/** Per-kind upload size limits, in bytes. */
export interface MediaLimits {
  image: number;
  document: number;
  video: number;
}

/** "20 MB", "1,5 MB", "830 KB": a size the Vietnamese way. */
export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`;
  const mb = n / (1024 * 1024);
  return `${(Math.round(mb * 10) / 10).toString().replace('.', ',')} MB`;
}
