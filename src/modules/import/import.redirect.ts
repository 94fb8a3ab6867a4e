import { aliasKey, uploadsPath } from './import.ts';

/**
 * What an old address names, read from its shape alone (no database): NukeViet 4.x forms
 * (`/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>`, `/index.php/vi/news/…`,
 * `/vi/news/…`, `/news/…`, `/<cat>/<alias>-<id>.html` when news is the default module, print,
 * savefile and sendmail variants, lists and `page-N`, tags, RSS, static pages), old files under
 * `/uploads/` or `/assets/`, and any other path (a crawled portal's `/GioiThieu/<Alias>`),
 * looked up as a whole.
 */
export type OldAddress =
  | { kind: 'module'; module: string; rest: string[] }
  | { kind: 'file'; rel: string }
  | { kind: 'path'; path: string };

/** Old paths longer than this are not looked up (nothing real is that long). */
const MAX_PATH = 1000;

/** Reads an old address (path and query string) into what it names; undefined for nothing. */
export function parseOldAddress(pathname: string, search: URLSearchParams): OldAddress | undefined {
  if (pathname.length > MAX_PATH || pathname.includes('\0')) return undefined;
  let segs = pathname.split('/').filter(Boolean);
  // Old files: NukeViet's /uploads/ and /assets/, WordPress's /wp-content/uploads/.
  const filePath = /^\/(?:wp-content\/)?(?:uploads|assets)\//.test(pathname);
  const file = filePath ? uploadsPath(pathname, []) : undefined;
  if (file) return { kind: 'file', rel: file };
  if (filePath) return undefined;

  if (segs[0]?.toLowerCase() === 'index.php') {
    segs = segs.slice(1);
    const nv = search.get('nv') ?? search.get('name');
    if (nv && segs.length === 0) {
      const op = search.get('op') ?? '';
      segs = [nv, ...op.split('/').filter(Boolean)];
    }
    if (segs.length === 0) return { kind: 'module', module: '', rest: [] };
  }
  // The language segment (and `?language=`) names no content: dropped.
  if (segs[0] && /^[a-z]{2}$/i.test(segs[0])) segs = segs.slice(1);
  if (segs.length === 0) return undefined;
  const decoded = segs.map((s) => aliasKey(s));
  const looksNukeviet =
    /\.html?$/.test(decoded[decoded.length - 1] ?? '') ||
    pathname.startsWith('/index.php') ||
    /^\/[a-z]{2}\//i.test(pathname) ||
    decoded.length >= 2;
  if (looksNukeviet)
    return {
      kind: 'module',
      module: decoded[0] ?? '',
      rest: decoded.slice(1).map((s) => s.replace(/\.html?$/, '')),
    };
  return { kind: 'path', path: normalPath(pathname) };
}

/** An old path as the `path` rows of the redirect table key it: decoded, NFC, lower case. */
export function normalPath(pathname: string): string {
  return aliasKey(pathname.replace(/\/+$/, '') || '/');
}

/**
 * A crawled portal's old address as the `path` rows key it: the path as `normalPath` makes it,
 * plus the query string (parameters sorted, lower case) when there is one — such portals name
 * pages by query (`/Tintuc/?PageIndex=146`, `/ChiTiet.aspx?id=5`).
 */
export function pathKey(pathname: string, search: URLSearchParams): string {
  const params = [...search.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const q = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return normalPath(pathname) + q.toLowerCase();
}

/** An article segment `<alias>-<id>`: the id (NukeViet keys on it and ignores the alias). */
export function articleId(segment: string): number | undefined {
  const m = /-(\d{1,9})$/.exec(segment);
  return m ? Number(m[1]) : undefined;
}

/** What an old NukeViet news address asks for once the module is known. */
export type NewsTarget =
  | { kind: 'article'; id: number }
  | { kind: 'section'; alias: string }
  | { kind: 'tag'; alias: string }
  | { kind: 'rss'; alias: string }
  | { kind: 'home' };

/** Reads the part after a news module: `<cat>/<alias>-<id>`, `tag/<alias>`, `rss/<cat>`, `<cat>/page-N`. */
export function newsTarget(rest: string[]): NewsTarget | undefined {
  let r = rest.filter((s) => !/^page-\d+$/.test(s));
  if (r.length === 0) return { kind: 'home' };
  if (['print', 'savefile', 'sendmail'].includes(r[0] ?? '')) r = r.slice(1);
  const head = r[0] ?? '';
  if (head === 'tag') return r[1] ? { kind: 'tag', alias: r[1] } : undefined;
  if (head === 'rss') return { kind: 'rss', alias: r[1] ?? '' };
  if (head === 'topic' || head === 'search' || head === 'groups') return { kind: 'home' };
  const last = r[r.length - 1] ?? '';
  const id = r.length >= 2 ? articleId(last) : undefined;
  if (id !== undefined) return { kind: 'article', id };
  // One segment: a category list (or, when no category has that alias, `<alias>-<id>`).
  return { kind: 'section', alias: head };
}
