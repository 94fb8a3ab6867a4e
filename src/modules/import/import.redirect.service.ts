import { fold } from '../../lib/text.ts';
import type { FileStorage } from '../../storage/storage.ts';
import { originalKey } from './import.files.ts';
import { resizedOriginals } from './import.ts';
import { articleId, newsTarget, normalPath, parseOldAddress, pathKey } from './import.redirect.ts';
import type { RedirectRepository } from './import.redirect.repository.ts';

/** Letters and digits only: `LichSuDangBo`, `lich-su-dang-bo` and `Lịch sử Đảng bộ` compare equal. */
const compact = (s: string) => fold(s).replace(/[^a-z0-9]/g, '');

/**
 * Resolves an old address of the current site to its new path (for a 301), or undefined. Keys
 * on (module, id) for articles, ignoring the alias and its case, as NukeViet itself does; lists,
 * tags and pages by alias; old files by their path under `uploads/`.
 */
export function oldAddressResolver(deps: {
  repo: RedirectRepository;
  storage: Pick<FileStorage, 'has'>;
  siteId: () => number;
}) {
  const { repo } = deps;

  async function news(data: string, rest: string[]): Promise<string | undefined> {
    const t = newsTarget(rest);
    if (!t) return undefined;
    switch (t.kind) {
      case 'home':
        return '/';
      case 'article': {
        const id = await repo.byId('article', `${data}:${t.id}`);
        return id === undefined ? undefined : repo.articlePath(id);
      }
      case 'tag': {
        const id = await repo.byAlias('tag', data, t.alias);
        return id === undefined ? undefined : repo.tagPath(id);
      }
      case 'rss': {
        if (!t.alias) return '/rss';
        const id = await repo.byAlias('section', data, t.alias);
        const slug = id === undefined ? undefined : await repo.sectionSlug(id);
        return slug && `/rss/${slug}`;
      }
      case 'section': {
        const id = await repo.byAlias('section', data, t.alias);
        if (id !== undefined) return repo.sectionPath(id);
        const aid = articleId(t.alias);
        const art = aid === undefined ? undefined : await repo.byId('article', `${data}:${aid}`);
        return art === undefined ? undefined : repo.articlePath(art);
      }
    }
  }

  return async function resolve(
    pathname: string,
    search: URLSearchParams,
  ): Promise<string | undefined> {
    // WordPress: `/?p=N`, `/?page_id=N` (and on /index.php).
    const wpId = search.get('p') ?? search.get('page_id');
    if ((pathname === '/' || pathname === '/index.php') && wpId && /^\d{1,10}$/.test(wpId)) {
      const key = search.has('p') ? `?p=${Number(wpId)}` : `?page_id=${Number(wpId)}`;
      const hit = await repo.path(key);
      if (hit) return targetPath(hit.kind, hit.id);
    }
    // A crawled portal's addresses, recorded whole with their query (`/TinTuc/ChiTiet/…`,
    // `/Tintuc/?PageIndex=2`), and its image files.
    if (pathname.length <= 1000 && !pathname.includes('\0')) {
      const hit = await repo.path(pathKey(pathname, search));
      if (hit) return targetPath(hit.kind, hit.id);
    }
    const old = parseOldAddress(pathname, search);
    if (!old) return undefined;
    // A permalink recorded as a whole (WordPress `/<year>/<month>/<slug>/`, `/category/…`).
    if (
      old.kind === 'module' &&
      pathname.length <= 500 &&
      /\/$|^\/(?:\d{4}|category|tag)\//.test(pathname)
    ) {
      const hit = await repo.path(normalPath(pathname));
      if (hit) return targetPath(hit.kind, hit.id);
    }
    if (old.kind === 'file') {
      // A document's file (kept under the registry's own key): its download address.
      const doc = await repo.documentFile(old.rel);
      if (doc) return repo.documentFilePath(doc.id, doc.n);
      // Only files this site's import copied (the storage is shared by every site); a
      // WordPress resized copy (`foo-300x200.jpg`) answers with its original.
      let rel: string | undefined;
      for (const r of [old.rel, ...resizedOriginals(old.rel)])
        if ((await repo.byId('file', r)) !== undefined) {
          rel = r;
          break;
        }
      if (!rel) return undefined;
      const key = originalKey(deps.siteId(), rel);
      if (!key) return undefined;
      return (await deps.storage.has(key)) ? `/media/${key}` : undefined;
    }
    if (old.kind === 'path') {
      const hit = await repo.path(normalPath(pathname));
      if (hit) return targetPath(hit.kind, hit.id);
      return reference(pathname);
    }
    // `/index.php` alone: the old home, on a site that did import an old portal only.
    if (!old.module) return (await repo.defaultNews()) ? '/' : undefined;
    const mod = await repo.module(old.module);
    if (mod?.file === 'news') return news(mod.data, old.rest);
    if (mod?.file === 'page') {
      if (old.rest.length === 0) {
        const id = await repo.byId('page-section', old.module);
        return id === undefined ? undefined : repo.sectionPath(id);
      }
      const id = await repo.byAlias('page', mod.data, old.rest[0] ?? '');
      return id === undefined ? undefined : repo.pagePath(id);
    }
    if (mod?.file === 'laws') return laws(mod.data, old.rest, search);
    if (mod) return '/';
    // No module segment: news as the default module (`/<cat>/<alias>-<id>.html`).
    const def = await repo.defaultNews();
    const viaNews = def ? await news(def.data, [old.module, ...old.rest]) : undefined;
    return viaNews === '/' ? undefined : (viaNews ?? reference(pathname));
  };

  /** `/vi/laws/detail/<alias>/` (and `?download=1&id=N`, N from 0), lists, RSS. */
  async function laws(
    data: string,
    rest: string[],
    search: URLSearchParams,
  ): Promise<string | undefined> {
    const r = rest.filter((s) => !/^page-\d+$/.test(s));
    if (r[0] === 'rss') return '/rss/van-ban';
    if (r[0] !== 'detail' || !r[1]) return '/van-ban';
    const id = await repo.byAlias('document', data, r[1]);
    if (id === undefined) return undefined;
    const download = search.get('download');
    const index = Number(search.get('id') ?? '0');
    if (download && Number.isInteger(index) && index >= 0 && index < 1000) {
      const n = await repo.byId('docfile', `${id}:${index}`);
      return n === undefined ? repo.documentPath(id) : repo.documentFilePath(id, n);
    }
    return repo.documentPath(id);
  }

  async function targetPath(kind: string, id: number): Promise<string | undefined> {
    if (kind === 'article') return repo.articlePath(id);
    if (kind === 'section') return repo.sectionPath(id);
    if (kind === 'page') return repo.pagePath(id);
    if (kind === 'tag') return repo.tagPath(id);
    if (kind === 'media') return repo.mediaPath(id);
    return undefined;
  }

  /** The reference portal's `/GioiThieu/<Alias>`: the static page whose name matches the alias. */
  async function reference(pathname: string): Promise<string | undefined> {
    const m = /^\/gioithieu\/([^/]+)\/?$/i.exec(pathname);
    if (!m?.[1]) return undefined;
    let alias = m[1];
    try {
      alias = decodeURIComponent(alias);
    } catch {
      return undefined;
    }
    const want = compact(alias.replace(/\.aspx?$|\.html?$/i, ''));
    if (!want) return undefined;
    const page = (await repo.pages()).find(
      (p) => compact(p.slug) === want || compact(p.title) === want,
    );
    return page ? repo.pagePath(page.id) : undefined;
  }
}
