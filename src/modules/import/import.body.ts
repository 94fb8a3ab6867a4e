import { escapeHtml, sanitizeBody } from '../../lib/html.ts';
import { figureHtml, type Media } from '../media/media.ts';
import { imageAttributes } from '../newsroom/newsroom.service.ts';
import { relativeOldLink, uploadsPath } from './import.ts';

/** A file of the old `uploads/` folder as it now is here. */
export interface ImportedFile {
  /** The storage key of the original bytes (served at /media/<key>). */
  key: string;
  /** The media item, for images. */
  media?: Media;
}

/** Finds (importing on first use) the file an old path under `uploads/` names. */
export type FileResolver = (
  rel: string,
  text: { alt: string; caption: string },
) => Promise<ImportedFile | undefined>;

const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i');
const attr = (tag: string, name: string): string | undefined => {
  const m = ATTR(name).exec(tag);
  return m ? (m[1] ?? m[2] ?? '') : undefined;
};
const decodeAttr = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
const stripTags = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Rewrites an old body for this site: images under `uploads/` become media figures (a caption
 * paragraph in italics right after the image, NukeViet's usual layout, becomes the figcaption),
 * links to old files point to the copied originals, links to the old host become relative (the
 * redirect table answers them), then the one sanitiser. Returns the HTML and the problems found.
 */
export async function rewriteBody(
  html: string,
  resolve: FileResolver,
  oldHosts: readonly string[],
): Promise<{ html: string; problems: string[] }> {
  const problems: string[] = [];
  const used = new Map<string, Media>();
  let out = html.normalize('NFC');

  // 1. An image alone in its paragraph, maybe followed by an italic caption paragraph.
  const figure =
    /<p\b[^>]*>\s*(<img\b[^>]*>)\s*<\/p>(\s*<p\b[^>]*>\s*<(em|i)>([\s\S]*?)<\/\3>\s*<\/p>)?/gi;
  out = await replaceAsync(
    out,
    figure,
    async (whole, img: string, _c, _t, captionHtml?: string) => {
      const src = decodeAttr(attr(img, 'src') ?? '');
      const rel = uploadsPath(src, oldHosts);
      if (!rel) return whole;
      const alt = stripTags(decodeAttr(attr(img, 'alt') ?? ''));
      const caption = captionHtml ? stripTags(captionHtml) : '';
      const file = await resolve(rel, { alt, caption });
      if (!file) {
        problems.push(`Thiếu ảnh hoặc ảnh không đọc được: uploads/${rel}`);
        return '';
      }
      if (!file.media) return whole; // a dry run: found and readable, not copied
      used.set(file.media.key, file.media);
      return figureHtml(file.media, caption, alt || caption, escapeHtml);
    },
  );

  // 2. Other images: the src points to the media item (or the image goes, with a note).
  out = await replaceAsync(out, /<img\b[^>]*>/gi, async (img) => {
    const src = decodeAttr(attr(img, 'src') ?? '');
    if (src.startsWith('/media/')) return img;
    const rel = uploadsPath(src, oldHosts);
    if (!rel) {
      if (src) problems.push(`Ảnh ngoài trang cũ bị bỏ (không tải từ máy chủ khác): ${src}`);
      return '';
    }
    const alt = stripTags(decodeAttr(attr(img, 'alt') ?? ''));
    const file = await resolve(rel, { alt, caption: '' });
    if (!file) {
      problems.push(`Thiếu ảnh hoặc ảnh không đọc được: uploads/${rel}`);
      return '';
    }
    if (!file.media) return img;
    used.set(file.media.key, file.media);
    return `<img src="/media/${escapeHtml(file.media.key)}" alt="${escapeHtml(alt)}">`;
  });

  // 3. Links: old files → their copies; old-host pages → relative (the redirects answer them).
  out = await replaceAsync(out, /<a\b[^>]*>/gi, async (a) => {
    const href = attr(a, 'href');
    if (href === undefined) return a;
    const raw = decodeAttr(href);
    const rel = uploadsPath(raw, oldHosts);
    let next = raw;
    if (rel) {
      const file = await resolve(rel, { alt: '', caption: '' });
      if (file) next = `/media/${file.key}`;
      else problems.push(`Thiếu tệp đính kèm: uploads/${rel}`);
    } else next = relativeOldLink(raw, oldHosts);
    return next === raw ? a : a.replace(ATTR('href'), `href="${escapeHtml(next)}"`);
  });

  const clean = sanitizeBody(out, {
    image: (src) => {
      const m = src.startsWith('/media/') ? used.get(src.slice('/media/'.length)) : undefined;
      return m ? imageAttributes(m) : { loading: 'lazy', decoding: 'async' };
    },
  });
  return { html: clean, problems };
}

/** `String.replace` with an async replacer, called one match at a time (a file is imported once). */
async function replaceAsync(
  s: string,
  re: RegExp,
  fn: (...m: string[]) => Promise<string>,
): Promise<string> {
  let out = '';
  let last = 0;
  for (const m of [...s.matchAll(re)]) {
    const at = m.index ?? 0;
    out += s.slice(last, at) + (await fn(...(m as unknown as string[])));
    last = at + m[0].length;
  }
  return out + s.slice(last);
}
