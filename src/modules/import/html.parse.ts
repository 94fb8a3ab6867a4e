import { is, selectAll as cssAll, selectOne as cssOne } from 'css-select';
import render from 'dom-serializer';
import { Element, type AnyNode, type Document } from 'domhandler';
import {
  getAttributeValue,
  nextElementSibling,
  removeElement,
  replaceElement,
  textContent,
} from 'domutils';
import { parseDocument } from 'htmlparser2';
import { escapeHtml, sanitizeBody } from '../../lib/html.ts';
import { figureHtml, type Media } from '../media/media.ts';
import { imageAttributes } from '../newsroom/newsroom.service.ts';
import type { CrawlConfig } from './html.config.ts';

/**
 * Reading crawled pages with a real HTML parser (htmlparser2, the one the sanitiser already
 * uses) and CSS selectors (css-select): list pages give article links and the next page;
 * article pages give title, "Thời gian đăng", "Lượt đọc", lead, byline, body and its images
 * with captions. No regular expression ever reads HTML here; the ones below read plain text.
 */

/** The page's text: the charset its header (or meta tag) names, UTF-8 otherwise. */
export function decodePage(body: Buffer, contentType: string): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const head = body.subarray(0, 2048).toString('latin1');
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body).normalize('NFC');
    } catch {
      // an unknown label: the next one
    }
  }
  return body.toString('utf8').normalize('NFC');
}

/** css-select over htmlparser2's DOM (a document or any node as the root). */
const selectAll = (q: string, root: AnyNode): Element[] => cssAll<AnyNode, Element>(q, root);
const selectOne = (q: string, root: AnyNode): Element | null => cssOne<AnyNode, Element>(q, root);

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const text = (n: AnyNode | null | undefined) => (n ? clean(textContent(n)) : '');

/** Whether `inner` is `outer` or inside it. */
function within(inner: AnyNode, outer: AnyNode): boolean {
  for (let n: AnyNode | null = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}

/** An address of a page, resolved against the page's own; undefined when not http(s). */
function absolute(ref: string | undefined, base: URL): URL | undefined {
  if (!ref || /^\s*(?:javascript|mailto|tel|data):/i.test(ref)) return undefined;
  try {
    const u = new URL(ref.trim(), base);
    u.hash = '';
    return ['http:', 'https:'].includes(u.protocol) ? u : undefined;
  } catch {
    return undefined;
  }
}

/** A list page: the article links (in page order, once each) and the next page's address. */
export function parseList(
  html: string,
  base: URL,
  c: CrawlConfig,
): { articles: URL[]; next?: URL } {
  const doc = parseDocument(html);
  const seen = new Set<string>();
  const articles: URL[] = [];
  for (const a of selectAll(c.list.articleLinks, doc)) {
    const u = absolute(getAttributeValue(a, 'href'), base);
    if (u && !seen.has(u.href)) {
      seen.add(u.href);
      articles.push(u);
    }
  }
  const nextEl = c.list.nextPage ? selectOne(c.list.nextPage, doc) : null;
  const next = nextEl ? absolute(getAttributeValue(nextEl, 'href'), base) : undefined;
  return { articles, next };
}

/** Links to static pages on a page (the rule file's `pages.links`, e.g. the menu's `/GioiThieu/…`). */
export function parsePageLinks(html: string, base: URL, selector: string): URL[] {
  const seen = new Map<string, URL>();
  for (const a of selectAll(selector, parseDocument(html))) {
    const u = absolute(getAttributeValue(a, 'href'), base);
    if (u && !seen.has(u.href)) seen.set(u.href, u);
  }
  return [...seen.values()];
}

/**
 * A static page: the article rules with the page's own title, body and removals (no posting
 * time, read count, lead or byline).
 */
export function parseStaticPage(
  html: string,
  base: URL,
  c: CrawlConfig,
): CrawledArticle | undefined {
  const p = c.pages;
  return parseArticle(html, base, {
    ...c,
    article: {
      title: p?.title ?? c.article.title,
      body: p?.body ?? c.article.body,
      postedAt: p?.title ?? c.article.title,
      remove: p?.remove ?? c.article.remove,
    },
  });
}

/**
 * "dd/MM/yyyy hh:mm[:ss] [AM|PM|SA|CH]" in Vietnam time (UTC+7, no daylight saving) → the
 * instant; undefined when the text holds no such date or it is not a real one.
 */
export function parseVnDateTime(s: string): Date | undefined {
  const m =
    /(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:\s*(?:lúc\s*)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(AM|PM|SA|CH)?)?/i.exec(
      s.normalize('NFC'),
    );
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  const half = (m[7] ?? '').toUpperCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = half === 'PM' || half === 'CH';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  if (year < 1990 || year > 2100) return undefined;
  const t = Date.UTC(year, month - 1, day, hour - 7, minute, second);
  const check = new Date(t + 7 * 3600_000);
  if (check.getUTCDate() !== day) return undefined; // 31/02 and the like
  return new Date(t);
}

/** "Lượt đọc: 12.695" → 12695; with no label, the last number of a dedicated element. */
export function parseReadCount(s: string, dedicated: boolean): number | undefined {
  const t = s.normalize('NFC');
  const m =
    /(?:lượt\s*(?:đọc|xem)|số\s*lần\s*(?:đọc|xem)|lượt\s*truy\s*cập)\s*:?\s*(\d[\d.,\s]*)/i.exec(t);
  const digits = m?.[1] ?? (dedicated ? /(\d[\d.,]*)\s*$/.exec(t)?.[1] : undefined);
  if (!digits) return undefined;
  const n = Number(digits.replace(/\D/g, ''));
  return Number.isSafeInteger(n) && n >= 0 && n < 1e12 ? n : undefined;
}

/** An image of an article's body: where it was, and its caption. */
export interface CrawledImage {
  src: URL;
  alt: string;
  caption: string;
  img: Element;
  /** The body's direct child holding the image (the image itself when it is one). */
  block: AnyNode;
  /** The caption's element, when it is not inside the block. */
  captionEl?: AnyNode;
}

export interface CrawledArticle {
  title: string;
  /** The text the posting time was read from (for the report). */
  postedAtText: string;
  postedAt?: Date;
  readCount?: number;
  lead: string;
  byline: string;
  /** The body's HTML as the old site had it (minus removed parts): the checksum's input. */
  rawBody: string;
  images: CrawledImage[];
  /** Same-host links of the body. */
  body?: Element;
  doc: Document;
}

/** An article page read by its rule set; undefined when the page has no title or body. */
export function parseArticle(html: string, base: URL, c: CrawlConfig): CrawledArticle | undefined {
  const doc = parseDocument(html);
  const a = c.article;
  const title = text(selectOne(a.title, doc));
  const body = selectOne(a.body, doc) ?? undefined;
  if (!title || !body) return undefined;
  for (const sel of ['script', 'style', 'noscript', 'iframe', 'form', ...a.remove])
    for (const el of selectAll(sel, body)) removeElement(el);
  const postedEl = selectOne(a.postedAt, doc);
  const postedAtText = text(postedEl);
  const readEl = a.readCount ? selectOne(a.readCount, doc) : postedEl;
  const readCount = readEl
    ? parseReadCount(text(readEl), !!a.readCount && a.readCount !== a.postedAt)
    : undefined;
  const leadEl = a.lead ? selectOne(a.lead, doc) : null;
  const lead = text(leadEl);
  if (leadEl && within(leadEl, body) && leadEl !== body) removeElement(leadEl);
  let byline = '';
  if (a.byline) {
    const els = selectAll(a.byline, doc);
    const el = els[els.length - 1];
    const t = text(el);
    if (el && t && t.length <= 200) {
      byline = t;
      if (within(el, body) && el !== body) removeElement(el);
    }
  }
  const images: CrawledImage[] = [];
  for (const img of selectAll('img', body)) {
    const src = absolute(getAttributeValue(img, 'src') ?? getAttributeValue(img, 'data-src'), base);
    if (!src) {
      removeElement(img);
      continue;
    }
    let block: AnyNode = img;
    while (block.parent && block.parent !== body) block = block.parent;
    let caption = '';
    let captionEl: AnyNode | undefined;
    if (c.images.captionInside && block !== img && block instanceof Element) {
      const el = selectOne(c.images.captionInside, block);
      if (el) caption = text(el);
    }
    if (!caption && c.images.captionNext) {
      const next = block instanceof Element ? nextElementSibling(block) : null;
      if (next && is(next, c.images.captionNext) && !selectOne('img', next)) {
        const t = text(next);
        if (t && t.length <= 400) {
          caption = t;
          captionEl = next;
        }
      }
    }
    if (!caption && block instanceof Element) caption = text(selectOne('figcaption', block));
    images.push({
      src,
      alt: clean(getAttributeValue(img, 'alt') ?? ''),
      caption,
      img,
      block,
      captionEl,
    });
  }
  const rawBody = render(body.children, { encodeEntities: 'utf8' });
  return {
    title,
    postedAtText,
    postedAt: parseVnDateTime(postedAtText),
    readCount,
    lead,
    byline,
    rawBody,
    images,
    body,
    doc,
  };
}

/** Nodes from an HTML fragment (our own figure markup). */
function fragment(html: string): AnyNode[] {
  return parseDocument(html).children;
}

/**
 * The body for this site: each image becomes its media item (a figure with its caption when
 * it stands alone in its block), links to the old host become relative (the redirect table
 * answers them), then the one sanitiser. `resolve` gives the media of an image URL (undefined:
 * not fetched, the image goes with a note; `{}`: a dry run, left as it is).
 */
export async function crawledBody(
  art: CrawledArticle,
  resolve: (
    src: URL,
    text: { alt: string; caption: string },
  ) => Promise<{ media?: Media } | undefined>,
  sameHost: (u: URL) => boolean,
): Promise<{ html: string; problems: string[] }> {
  const problems: string[] = [];
  const body = art.body!;
  const used = new Map<string, Media>();
  for (const im of art.images) {
    const alt = im.alt || im.caption;
    if (!sameHost(im.src)) {
      problems.push(`Ảnh ngoài trang cũ bị bỏ (không tải từ máy chủ khác): ${im.src.href}`);
      removeElement(im.img);
      continue;
    }
    const got = await resolve(im.src, { alt, caption: im.caption });
    if (!got) {
      problems.push(`Thiếu ảnh hoặc ảnh không đọc được: ${im.src.href}`);
      removeElement(im.img);
      continue;
    }
    const media = got.media;
    if (!media) continue;
    used.set(media.key, media);
    const alone =
      im.block === im.img ||
      (im.block instanceof Element &&
        selectAll('img', im.block).length === 1 &&
        clean(textContent(im.block)) === (im.captionEl ? '' : clean(im.caption)));
    if (alone) {
      const nodes = fragment(figureHtml(media, im.caption, alt, escapeHtml));
      const [first, ...rest] = nodes;
      if (first) {
        replaceElement(im.block, first);
        let prev = first;
        for (const n of rest) {
          // siblings after the figure, in order
          const parent = prev.parent;
          if (!parent) break;
          const i = parent.children.indexOf(prev);
          parent.children.splice(i + 1, 0, n);
          n.parent = parent;
          prev = n;
        }
      }
      if (im.captionEl) removeElement(im.captionEl);
    } else {
      const [node] = fragment(
        `<img src="/media/${escapeHtml(media.key)}" alt="${escapeHtml(alt)}">`,
      );
      if (node) replaceElement(im.img, node);
    }
  }
  for (const a of selectAll('a[href]', body)) {
    const href = getAttributeValue(a, 'href') ?? '';
    let u: URL | undefined;
    try {
      u = new URL(href, 'http://x.invalid/');
    } catch {
      continue;
    }
    if (/^https?:\/\//i.test(href) && sameHost(u)) a.attribs.href = u.pathname + u.search;
  }
  const html = render(body.children, { encodeEntities: 'utf8' });
  const out = sanitizeBody(html, {
    image: (src) => {
      const m = src.startsWith('/media/') ? used.get(src.slice('/media/'.length)) : undefined;
      return m ? imageAttributes(m) : { loading: 'lazy', decoding: 'async' };
    },
  });
  return { html: out, problems };
}

/**
 * A NukeViet banner whose content is HTML (no image file): read with the parser, never run or
 * carried over as markup. The first image and the first http(s) link make the banner; scripts,
 * frames and embeds are named so the report can say they were dropped; the text is kept for
 * the report of a banner that has no image (text or embed only: not importable as a banner).
 */
export function readHtmlBanner(html: string): {
  src?: string;
  alt: string;
  href?: string;
  text: string;
  dropped: string[];
} {
  const doc = parseDocument(html.slice(0, 100_000));
  const dropped = [
    ...new Set(selectAll('script, iframe, object, embed, form, style', doc).map((e) => e.name)),
  ];
  for (const el of selectAll('script, style', doc)) removeElement(el);
  const img = selectOne('img[src]', doc);
  const a = selectAll('a[href]', doc).find((x) =>
    /^https?:\/\//i.test(getAttributeValue(x, 'href') ?? ''),
  );
  return {
    src: img ? getAttributeValue(img, 'src') : undefined,
    alt: img ? clean(getAttributeValue(img, 'alt') ?? '') : '',
    href: a ? getAttributeValue(a, 'href')?.trim() : undefined,
    text: clean(textContent(doc.children)).slice(0, 200),
    dropped,
  };
}
