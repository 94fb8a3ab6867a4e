import { escapeHtml, sanitizeBody } from '../../lib/html.ts';
import { mediaUrl, srcset, type Media } from './media.ts';

/**
 * Image formats an imported original may be shown as until its renditions exist: what every
 * browser decodes and `/media/*` serves. Others (GIF, HEIC) are encoded at once.
 */
export const SHOWN_AS_IS = new Set(['jpg', 'png', 'webp']);

const SIZES = '(max-width: 760px) 100vw, 720px';
const ATTR = (name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i');
const attr = (tag: string, name: string) => ATTR(name).exec(tag)?.[1];

/** The `<picture>` of an image now that its renditions exist (AVIF, WebP, JPEG srcset), alt kept. */
function pictureOf(m: Media, altEscaped: string): string {
  const sources = (['avif', 'webp'] as const)
    .map((f) => [f, srcset(m, f)] as const)
    .filter(([, set]) => set)
    .map(([f, set]) => `<source type="image/${f}" srcset="${escapeHtml(set)}" sizes="${SIZES}">`)
    .join('');
  return `<picture>${sources}${imgOf(m, altEscaped)}</picture>`;
}

function imgOf(m: Media, altEscaped: string): string {
  const jpeg = srcset(m, 'jpeg');
  return (
    `<img src="${escapeHtml(mediaUrl(m.key))}"` +
    (jpeg ? ` srcset="${escapeHtml(jpeg)}" sizes="${SIZES}"` : '') +
    ` width="${m.width}" height="${m.height}" alt="${altEscaped}" loading="lazy" decoding="async">`
  );
}

/**
 * A stored body with the images that showed their original (`byOldUrl`: the original's
 * `/media/…` URL → the item with its renditions) pointed at the renditions: a `<picture>` gets
 * its AVIF and WebP sources and a JPEG srcset, a lone `<img>` its new address and size. Text,
 * captions and alt stay as they were. Returns the body unchanged when it names none of them.
 */
export function withRenditions(html: string, byOldUrl: Map<string, Media>): string {
  const target = (tag: string) => {
    const src = attr(tag, 'src');
    return src === undefined ? undefined : byOldUrl.get(src.replace(/&amp;/g, '&'));
  };
  let changed = false;
  let out = html.replace(/<picture\b[^>]*>[\s\S]*?<\/picture>/gi, (pic) => {
    const img = /<img\b[^>]*>/i.exec(pic)?.[0];
    const m = img && target(img);
    if (!img || !m) return pic;
    changed = true;
    return pictureOf(m, attr(img, 'alt') ?? '');
  });
  out = out.replace(/<img\b[^>]*>/gi, (img) => {
    const m = target(img);
    if (!m) return img;
    changed = true;
    return imgOf(m, attr(img, 'alt') ?? '');
  });
  return changed ? sanitizeBody(out) : html;
}
