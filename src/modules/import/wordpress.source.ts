import fs from 'node:fs';
import { SaxesParser } from 'saxes';

/**
 * Reads a WordPress export (WXR, "Tools → Export" in WordPress, versions 1.0–1.2) as a stream:
 * the file is never loaded whole (exports of old portals run to hundreds of megabytes), each
 * author, category, tag and item is handed out as soon as its element closes. Elements are
 * named by their usual prefixes (`wp:`, `content:`, `excerpt:`, `dc:`), which every WordPress
 * version writes. Comments (`wp:comment`) are skipped: no consent was recorded for that
 * personal data.
 */

export interface WxrAuthor {
  login: string;
  displayName: string;
}
export interface WxrTerm {
  id: number;
  slug: string;
  name: string;
  parentSlug: string;
  description: string;
}
export interface WxrItem {
  id: number;
  title: string;
  link: string;
  creator: string;
  content: string;
  excerpt: string;
  /** "YYYY-MM-DD HH:MM:SS": site time and UTC ("0000-00-00 00:00:00" when never published). */
  postDate: string;
  postDateGmt: string;
  slug: string;
  status: string;
  parent: number;
  type: string;
  attachmentUrl: string;
  /** Category slugs (domain "category") and tag slugs with their names (domain "post_tag"). */
  categories: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
  meta: Record<string, string>;
}
export type WxrEntry =
  | { kind: 'site'; baseUrl: string }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'category'; term: WxrTerm }
  | { kind: 'tag'; term: WxrTerm }
  | { kind: 'item'; item: WxrItem };

/** Largest text kept of one element (a body beyond this is cut, with the rest of the file fine). */
const MAX_TEXT = 4 * 1024 * 1024;

/** The entries of a WXR file, in file order. Throws on XML that is not well formed. */
export async function* readWxr(file: string): AsyncGenerator<WxrEntry> {
  const parser = new SaxesParser({ position: false });
  const out: WxrEntry[] = [];
  const stack: string[] = [];
  let text = '';
  let item: WxrItem | undefined;
  let term: Partial<WxrTerm> & { kind?: 'category' | 'tag' } = {};
  let author: Partial<WxrAuthor> | undefined;
  let metaKey = '';
  let inComment = 0;
  let catAttrs: { domain: string; nicename: string } | undefined;
  let error: Error | undefined;

  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    text = '';
    if (tag.name === 'wp:comment') inComment++;
    if (inComment) return;
    if (tag.name === 'item') item = emptyItem();
    else if (tag.name === 'wp:author') author = {};
    else if (tag.name === 'wp:category' && !item) term = { kind: 'category' };
    else if (tag.name === 'wp:tag' && !item) term = { kind: 'tag' };
    else if (tag.name === 'category' && item) {
      const a = tag.attributes as Record<string, string>;
      catAttrs = { domain: a.domain ?? '', nicename: a.nicename ?? '' };
    }
  });
  const onText = (t: string) => {
    if (!inComment && text.length < MAX_TEXT) text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    stack.pop();
    const name = tag.name;
    const v = text;
    text = '';
    if (name === 'wp:comment') {
      inComment--;
      return;
    }
    if (inComment) return;
    if (item) {
      switch (name) {
        case 'item':
          out.push({ kind: 'item', item });
          item = undefined;
          return;
        case 'title':
          item.title = v;
          return;
        case 'link':
          item.link = v.trim();
          return;
        case 'dc:creator':
          item.creator = v.trim();
          return;
        case 'content:encoded':
          item.content = v;
          return;
        case 'excerpt:encoded':
          item.excerpt = v;
          return;
        case 'wp:post_id':
          item.id = Number(v.trim()) || 0;
          return;
        case 'wp:post_date':
          item.postDate = v.trim();
          return;
        case 'wp:post_date_gmt':
          item.postDateGmt = v.trim();
          return;
        case 'wp:post_name':
          item.slug = v.trim();
          return;
        case 'wp:status':
          item.status = v.trim();
          return;
        case 'wp:post_parent':
          item.parent = Number(v.trim()) || 0;
          return;
        case 'wp:post_type':
          item.type = v.trim();
          return;
        case 'wp:attachment_url':
          item.attachmentUrl = v.trim();
          return;
        case 'wp:meta_key':
          metaKey = v.trim();
          return;
        case 'wp:meta_value':
          if (metaKey && Object.keys(item.meta).length < 200) item.meta[metaKey] = v;
          metaKey = '';
          return;
        case 'category':
          if (catAttrs?.domain === 'category')
            item.categories.push({ slug: catAttrs.nicename, name: v.trim() });
          else if (catAttrs?.domain === 'post_tag')
            item.tags.push({ slug: catAttrs.nicename, name: v.trim() });
          catAttrs = undefined;
          return;
      }
      return;
    }
    if (author) {
      if (name === 'wp:author_login') author.login = v.trim();
      else if (name === 'wp:author_display_name') author.displayName = v.trim();
      else if (name === 'wp:author') {
        if (author.login)
          out.push({
            kind: 'author',
            author: { login: author.login, displayName: author.displayName ?? '' },
          });
        author = undefined;
      }
      return;
    }
    if (term.kind) {
      if (name === 'wp:term_id') term.id = Number(v.trim()) || 0;
      else if (name === 'wp:category_nicename' || name === 'wp:tag_slug') term.slug = v.trim();
      else if (name === 'wp:cat_name' || name === 'wp:tag_name') term.name = v.trim();
      else if (name === 'wp:category_parent') term.parentSlug = v.trim();
      else if (name === 'wp:category_description' || name === 'wp:tag_description')
        term.description = v.trim();
      else if (name === 'wp:category' || name === 'wp:tag') {
        if (term.slug)
          out.push({
            kind: term.kind,
            term: {
              id: term.id ?? 0,
              slug: term.slug,
              name: term.name ?? term.slug,
              parentSlug: term.parentSlug ?? '',
              description: term.description ?? '',
            },
          });
        term = {};
      }
      return;
    }
    if (name === 'wp:base_site_url' || (name === 'link' && stack.at(-1) === 'channel'))
      out.push({ kind: 'site', baseUrl: v.trim() });
  });

  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (error) throw error;
      while (out.length) yield out.shift()!;
    }
    parser.close();
    if (error) throw error;
    while (out.length) yield out.shift()!;
  } finally {
    stream.destroy();
  }
}

function emptyItem(): WxrItem {
  return {
    id: 0,
    title: '',
    link: '',
    creator: '',
    content: '',
    excerpt: '',
    postDate: '',
    postDateGmt: '',
    slug: '',
    status: '',
    parent: 0,
    type: '',
    attachmentUrl: '',
    categories: [],
    tags: [],
    meta: {},
  };
}

/**
 * A WordPress date ("2023-03-05 08:30:00"): the UTC one when set, else the site time read as
 * Vietnam time (+07:00). Undefined for the zero date and nonsense.
 */
export function wxrDate(gmt: string, local: string): Date | undefined {
  const re = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
  const g = re.exec(gmt);
  if (g && g[1] !== '0000') {
    const d = new Date(`${g[1]}-${g[2]}-${g[3]}T${g[4]}:${g[5]}:${g[6]}Z`);
    if (!Number.isNaN(d.getTime())) return d;
  }
  const l = re.exec(local);
  if (l && l[1] !== '0000') {
    const d = new Date(`${l[1]}-${l[2]}-${l[3]}T${l[4]}:${l[5]}:${l[6]}+07:00`);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return undefined;
}

/**
 * A WordPress body as HTML: `[caption]` shortcodes become the image followed by an italic caption
 * paragraph (which the body rewrite turns into a figure with its caption), other shortcodes are
 * dropped (listed), and a body typed without paragraphs gets them as `wpautop` would (blank
 * lines end paragraphs, single newlines become line breaks).
 */
export function wxrBodyHtml(raw: string): { html: string; dropped: string[] } {
  const dropped: string[] = [];
  const autop = !/<p[\s>]/i.test(raw);
  let s = raw.replace(/\[caption\b[^\]]*\]([\s\S]*?)\[\/caption\]/gi, (_m, inner: string) => {
    const img = /(<a\b[^>]*>\s*)?<img\b[^>]*>(\s*<\/a>)?/i.exec(inner);
    const caption = inner.replace(img?.[0] ?? '', '').trim();
    return `\n\n<p>${img?.[0] ?? ''}</p>${caption ? `<p><em>${caption}</em></p>` : ''}\n\n`;
  });
  s = s.replace(/\[\/?([a-z_][a-z0-9_-]*)\b[^\]]*\]/gi, (m, name: string) => {
    if (!dropped.includes(name)) dropped.push(name);
    return '';
  });
  if (autop) {
    s = s
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) =>
        /^<(?:p|h[1-6]|ul|ol|table|blockquote|figure|div)\b/i.test(p)
          ? p
          : `<p>${p.replace(/\n/g, '<br>')}</p>`,
      )
      .join('');
  }
  return { html: s, dropped };
}
