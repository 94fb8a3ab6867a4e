/** One re-encoded rendition of an image. */
export interface MediaVariant {
  width: number;
  height: number;
  format: 'jpeg' | 'webp';
  key: string;
  bytes: number;
}

/** A media item as the rest of the app sees it. */
export interface Media {
  id: number;
  originalName: string;
  /** Key of the main (largest JPEG) rendition. */
  key: string;
  mime: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  variants: MediaVariant[];
}

/** Widths (px) of the responsive renditions; the original is never served larger than the last. */
export const VARIANT_WIDTHS = [480, 800, 1200] as const;

/** Public URL of a stored file. */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

/** `srcset` for one format, smallest first. */
export function srcset(m: Media, format: MediaVariant['format']): string {
  return m.variants
    .filter((v) => v.format === format)
    .sort((a, b) => a.width - b.width)
    .map((v) => `${mediaUrl(v.key)} ${v.width}w`)
    .join(', ');
}

/**
 * The stored-HTML form of a figure in an article body (what the editor will also produce):
 * WebP source, JPEG fallback with srcset, real dimensions, lazy loading, and a caption.
 * `esc` escapes text for HTML.
 */
export function figureHtml(m: Media, caption: string, alt: string, esc: (s: string) => string): string {
  const sizes = '(max-width: 760px) 100vw, 720px';
  return (
    `<figure class="image"><picture>` +
    `<source type="image/webp" srcset="${esc(srcset(m, 'webp'))}" sizes="${sizes}">` +
    `<img src="${esc(mediaUrl(m.key))}" srcset="${esc(srcset(m, 'jpeg'))}" sizes="${sizes}" width="${m.width}" height="${m.height}" alt="${esc(alt)}" loading="lazy" decoding="async">` +
    `</picture>${caption ? `<figcaption>${esc(caption)}</figcaption>` : ''}</figure>`
  );
}
