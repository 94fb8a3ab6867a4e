import path from 'node:path';
import type { Executor } from '../../db/transaction.ts';
import { slugify } from '../../lib/slug.ts';
import type { Media } from '../media/media.ts';
import { crawlHosts, type CrawlConfig } from './html.config.ts';
import { politeFetcher, type PoliteFetcher } from './html.fetch.ts';
import {
  crawledBody,
  decodePage,
  parseArticle,
  parseList,
  parsePageLinks,
  parseStaticPage,
  type CrawledArticle,
} from './html.parse.ts';
import type { FileImportDeps } from './import.files.ts';
import { freeSectionSlug, mapped, upsert, type Ctx } from './import.pipeline.ts';
import { pathKey } from './import.redirect.ts';
import type { ImportedArticle } from './import.repository.ts';
import {
  aliasKey,
  checksum,
  decodeText,
  warn,
  type ImportCursor,
  type ImportPhase,
} from './import.ts';

/**
 * Source 3: any HTML portal, by crawling (for sites like dienbien.dcs.vn). The rule file says
 * where the list pages start and where things are on a page (CSS selectors); the crawl walks
 * the list pages and their next-page links, reads each article page, and sends what it found
 * through the same pipeline as the other sources: the source-id map (idempotent re-runs),
 * images as media items with their captions, old addresses (article and list pages, image
 * files) into the redirect table. Its frontier (`import_crawl_url`) lives in the database: a
 * stopped crawl resumes where it stopped.
 */

/** How an old address is keyed in the redirect table: path decoded, lower case, + query. */
export function crawlKey(u: URL): string {
  return pathKey(u.pathname, u.searchParams);
}

/** The frontier of one run. */
function frontier(k: Executor, runId: number) {
  return {
    async add(url: string, kind: 'list' | 'article' | 'page', sectionKey: string): Promise<void> {
      await k
        .insertInto('importCrawlUrl')
        .values({ runId, url, kind, sectionKey })
        .onConflict((oc) => oc.columns(['runId', 'url']).doNothing())
        .execute();
    },
    async any(): Promise<boolean> {
      return !!(await k
        .selectFrom('importCrawlUrl')
        .select('id')
        .where('runId', '=', runId)
        .executeTakeFirst());
    },
    async next() {
      return k
        .selectFrom('importCrawlUrl')
        .select(['id', 'url', 'kind', 'sectionKey'])
        .where('runId', '=', runId)
        .where('state', '=', 'pending')
        .orderBy('id')
        .executeTakeFirst();
    },
    async mark(id: number, state: 'done' | 'skipped' | 'failed'): Promise<void> {
      await k.updateTable('importCrawlUrl').set({ state }).where('id', '=', id).execute();
    },
    async done(): Promise<number> {
      const r = await k
        .selectFrom('importCrawlUrl')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('runId', '=', runId)
        .where('state', '!=', 'pending')
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },
  };
}

export interface CrawlDeps {
  runId: number;
  siteId: number;
  config: CrawlConfig;
  userAgent: string;
  importImage: FileImportDeps['importImage'];
  fetch?: typeof fetch;
}

/** The default user agent: names this portal (and where to reach it), as robots rules expect. */
export function crawlerUserAgent(portalHost: string | null): string {
  const host = (portalHost ?? '').replace(/[^\x21-\x7e]/g, '');
  return `CongThongTinDangBo-NhapDuLieu/1.0 (+${host ? `https://${host}/` : 'cong thong tin Dang bo'}; chuyen du lieu trang cu)`;
}

export async function importHtml(
  ctx: Ctx,
  d: CrawlDeps,
  cursor: ImportCursor,
  phase: (p: ImportPhase, fn: () => Promise<void>) => Promise<void>,
  saveCursor: () => Promise<void>,
): Promise<void> {
  const c = d.config;
  const hosts = crawlHosts(c);
  for (const h of hosts) if (!ctx.oldHosts.includes(h)) ctx.oldHosts.push(h);
  const fetcher = politeFetcher({
    userAgent: d.userAgent,
    perSecond: c.requestsPerSecond,
    timeoutMs: c.timeoutMs,
    hosts,
    fetch: d.fetch,
  });
  const path = (old: string, kind: string, id: number) =>
    ctx.dry || !id
      ? Promise.resolve()
      : ctx.repo.putItem('path', old, { targetId: id, alias: kind });

  await phase('sections', async () => {
    const names = [...new Set(c.startUrls.map((s) => s.section))];
    for (const [i, name] of names.entries()) {
      const key = slugify(name, 80);
      const id = await upsert(ctx, 'section', `sec:${key}`, checksum(name), key, {
        exists: (id) => ctx.repo.sectionExists(id),
        insert: async (repo) =>
          repo.insertSection({
            parentId: null,
            slug: await freeSectionSlug(repo, key),
            name: decodeText(name).slice(0, 200),
            description: '',
            kind: 'articles',
            position: 100 + i,
          }),
        update: (repo, id) =>
          repo.updateSection(id, {
            parentId: null,
            name: decodeText(name).slice(0, 200),
            description: '',
            position: 100 + i,
          }),
      });
      for (const s of c.startUrls.filter((x) => x.section === name))
        if (id) await path(crawlKey(new URL(s.url)), 'section', id);
    }
    // Static pages go to a "pages" section (one of that name already there is reused).
    if (c.pages) {
      const name = decodeText(c.pages.section).slice(0, 200);
      const key = slugify(name, 80);
      await upsert(ctx, 'section', `pages:${key}`, checksum(['pages', name]), key, {
        exists: (id) => ctx.repo.sectionExists(id),
        insert: async (repo) => {
          const existing = await repo.sectionBySlug(key);
          if (existing?.kind === 'pages') return existing.id;
          return repo.insertSection({
            parentId: null,
            slug: await freeSectionSlug(repo, key),
            name,
            description: '',
            kind: 'pages',
            position: 90,
          });
        },
        update: (repo, id) =>
          repo.updateSection(id, { parentId: null, name, description: '', position: 90 }),
      });
    }
  });

  await phase('articles', async () => {
    const f = frontier(ctx.db.kysely, d.runId);
    const pagesKey = c.pages ? `pages:${slugify(c.pages.section, 80)}` : '';
    if (!(await f.any())) {
      for (const s of c.startUrls) await f.add(new URL(s.url).href, 'list', slugify(s.section, 80));
      for (const u of c.pages?.urls ?? []) await f.add(new URL(u).href, 'page', pagesKey);
    }
    /** Static pages linked from a list page or a static page (the menu). */
    const addPageLinks = async (html: string, base: URL) => {
      if (!c.pages?.links) return;
      for (const u of parsePageLinks(html, base, c.pages.links))
        if (fetcher.sameHost(u)) await f.add(u.href, 'page', pagesKey);
    };
    const images = imageResolver(ctx, d, fetcher);
    let fetched = 0;
    for (;;) {
      const row = await f.next();
      if (!row) break;
      if (fetched >= c.maxPages) {
        warn(ctx.report, {
          kind: 'article',
          sourceId: row.url,
          message: `Đã tải đủ ${c.maxPages} trang (maxPages): dừng thu thập, chạy tiếp bằng --resume.`,
        });
        return;
      }
      fetched++;
      const page = await fetcher.get(row.url, c.maxPageBytes);
      const kind = row.kind === 'list' ? 'section' : row.kind === 'page' ? 'page' : 'article';
      if (!page.ok) {
        warn(ctx.report, { kind, sourceId: row.url, message: page.message });
        if (kind !== 'section') ctx.report.counts[kind].skipped++;
        await f.mark(row.id, page.disallowed ? 'skipped' : 'failed');
        continue;
      }
      if (!/html|xml/.test(page.contentType) && page.contentType) {
        warn(ctx.report, {
          kind,
          sourceId: row.url,
          message: `Không phải trang HTML (${page.contentType}): ${row.url}`,
        });
        await f.mark(row.id, 'failed');
        continue;
      }
      const html = decodePage(page.body, page.contentType);
      if (row.kind === 'page') {
        await addPageLinks(html, page.url);
        const p = parseStaticPage(html, page.url, c);
        if (!p) {
          ctx.report.counts.page.skipped++;
          warn(ctx.report, {
            kind: 'page',
            sourceId: row.url,
            message: `Không tìm thấy tiêu đề hoặc nội dung trang tĩnh theo bộ chọn của tệp quy tắc: ${row.url}`,
          });
        } else
          await importCrawledPage(ctx, new URL(row.url), page.url, row.sectionKey, p, {
            images,
            fetcher,
            path,
          });
      } else if (row.kind === 'list') {
        const list = parseList(html, page.url, c);
        if (list.articles.length === 0)
          warn(ctx.report, {
            kind: 'section',
            sourceId: row.url,
            message: `Trang danh sách không có liên kết bài nào theo bộ chọn “${c.list.articleLinks}”: ${row.url}`,
          });
        for (const a of list.articles)
          if (fetcher.sameHost(a)) await f.add(a.href, 'article', row.sectionKey);
        if (list.next && fetcher.sameHost(list.next))
          await f.add(list.next.href, 'list', row.sectionKey);
        await addPageLinks(html, page.url);
        const section = await mapped(ctx, 'section', `sec:${row.sectionKey}`);
        if (section) await path(crawlKey(new URL(row.url)), 'section', section.targetId);
      } else {
        const art = parseArticle(html, page.url, c);
        if (!art) {
          ctx.report.counts.article.skipped++;
          warn(ctx.report, {
            kind: 'article',
            sourceId: row.url,
            message: `Không tìm thấy tiêu đề hoặc nội dung theo bộ chọn của tệp quy tắc: ${row.url}`,
          });
        } else
          await importCrawled(
            ctx,
            c,
            new URL(row.url),
            page.url,
            row.sectionKey,
            art,
            images,
            fetcher,
            path,
          );
      }
      await f.mark(row.id, 'done');
      if (fetched % 20 === 0) {
        cursor.lastArticleId = await f.done();
        await saveCursor();
      }
    }
    cursor.lastArticleId = await f.done();
  });
}

/** Images of the old site fetched once per run, made media items (content-addressed: a re-run reuses them). */
function imageResolver(ctx: Ctx, d: CrawlDeps, fetcher: PoliteFetcher) {
  const seen = new Map<string, { media?: Media } | undefined>();
  return async (src: URL, text: { alt: string; caption: string }) => {
    const key = crawlKey(src);
    if (seen.has(key)) return seen.get(key);
    let out: { media?: Media } | undefined;
    if (ctx.dry) out = {};
    else {
      const got = await fetcher.get(src, d.config.maxImageBytes);
      if (got.ok) {
        try {
          const media = await d.importImage({
            data: got.body,
            originalName: path.basename(src.pathname) || 'anh',
            alt: text.alt.slice(0, 500),
            caption: text.caption.slice(0, 1000),
            folder: `nhap/${d.siteId}/html`,
          });
          const before = await ctx.repo.item('file', `crawl:${key}`);
          if (!before) ctx.report.counts.file.created++;
          else ctx.report.counts.file.unchanged++;
          await ctx.repo.putItem('file', `crawl:${key}`, { targetId: media.id });
          await ctx.repo.putItem('path', key, { targetId: media.id, alias: 'media' });
          out = { media };
        } catch (err) {
          warn(ctx.report, {
            kind: 'file',
            sourceId: src.href,
            message: `Ảnh không đọc được (${(err as Error).message}): ${src.href}`,
          });
        }
      } else warn(ctx.report, { kind: 'file', sourceId: src.href, message: got.message });
    }
    seen.set(key, out);
    return out;
  };
}

async function importCrawled(
  ctx: Ctx,
  c: CrawlConfig,
  url: URL,
  finalUrl: URL,
  sectionKey: string,
  art: CrawledArticle,
  images: ReturnType<typeof imageResolver>,
  fetcher: PoliteFetcher,
  path: (old: string, kind: string, id: number) => Promise<void>,
): Promise<void> {
  const sid = crawlKey(url);
  const title = decodeText(art.title).slice(0, 300);
  const section = await mapped(ctx, 'section', `sec:${sectionKey}`);
  if (!section) {
    ctx.report.counts.article.skipped++;
    return;
  }
  const sum = checksum([
    title,
    art.postedAtText,
    art.readCount ?? null,
    art.lead,
    art.byline,
    art.rawBody,
    section.targetId,
  ]);
  const known = await ctx.repo.item('article', sid);
  if (known && known.checksum === sum && (await ctx.repo.articleExists(known.targetId))) {
    ctx.report.counts.article.unchanged++;
    return;
  }
  if (!art.postedAt)
    warn(ctx.report, {
      kind: 'article',
      sourceId: sid,
      message: `“${title}”: không đọc được “Thời gian đăng” (${art.postedAtText.slice(0, 80) || 'trống'}), lấy thời điểm nhập.`,
    });
  if (art.readCount === undefined && c.article.readCount)
    warn(ctx.report, {
      kind: 'article',
      sourceId: sid,
      message: `“${title}”: không đọc được “Lượt đọc”, bắt đầu từ 0.`,
    });
  const body = await crawledBody(art, images, fetcher.sameHost);
  for (const p of body.problems)
    warn(ctx.report, { kind: 'article', sourceId: sid, message: `“${title}”: ${p}` });
  let imageId: number | null = null;
  for (const im of art.images) {
    if (!fetcher.sameHost(im.src)) continue;
    const got = await images(im.src, { alt: im.alt || im.caption, caption: im.caption });
    if (got?.media) {
      imageId = got.media.id;
      break;
    }
  }
  const at = (art.postedAt ?? ctx.now).toISOString();
  const last = finalUrl.pathname.split('/').filter(Boolean).pop() ?? '';
  const alias = aliasKey(last.replace(/\.(?:html?|aspx?|php)$/i, ''));
  const row: ImportedArticle = {
    sectionId: section.targetId,
    slug: slugify(title || alias, 90) || 'bai-viet',
    title,
    lead: decodeText(art.lead).slice(0, 1000),
    bodyHtml: body.html,
    byline: art.byline.slice(0, 200),
    status: 'published',
    publishedAt: at,
    createdAt: at,
    updatedAt: at,
    imageId,
    sourceName: null,
    sourceUrl: null,
    scheduledAt: null,
    unpublishAt: null,
    withdrawnAt: null,
    withdrawnReason: null,
  };
  const reads = art.readCount ?? 0;
  const id = await upsert(ctx, 'article', sid, sum, alias, {
    baseline: reads,
    exists: (id) => ctx.repo.articleExists(id),
    insert: (repo) => repo.insertArticle(row, reads, ctx.history),
    update: (repo, id) => repo.updateArticle(id, row, reads - (known?.baseline ?? 0), ctx.history),
  });
  if (id) {
    await path(sid, 'article', id);
    const after = crawlKey(finalUrl);
    if (after !== sid) await path(after, 'article', id);
  }
}

/**
 * A static page of the old portal (`/GioiThieu/<Alias>`) → a static page of the "pages"
 * section, through the map (a re-run changes nothing), its old address (and the one it
 * redirected to) into the redirect table.
 */
async function importCrawledPage(
  ctx: Ctx,
  url: URL,
  finalUrl: URL,
  sectionKey: string,
  p: CrawledArticle,
  d: {
    images: ReturnType<typeof imageResolver>;
    fetcher: PoliteFetcher;
    path: (old: string, kind: string, id: number) => Promise<void>;
  },
): Promise<void> {
  const sid = crawlKey(url);
  const title = decodeText(p.title).slice(0, 300);
  const section = await mapped(ctx, 'section', sectionKey);
  if (!section) {
    ctx.report.counts.page.skipped++;
    return;
  }
  const sum = checksum([title, p.rawBody, section.targetId]);
  const known = await ctx.repo.item('page', sid);
  if (known && known.checksum === sum && (await ctx.repo.pageExists(known.targetId))) {
    ctx.report.counts.page.unchanged++;
    return;
  }
  const body = await crawledBody(p, d.images, d.fetcher.sameHost);
  for (const problem of body.problems)
    warn(ctx.report, { kind: 'page', sourceId: sid, message: `“${title}”: ${problem}` });
  const last = finalUrl.pathname.split('/').filter(Boolean).pop() ?? '';
  const alias = aliasKey(last.replace(/\.(?:html?|aspx?|php)$/i, ''));
  const sectionId = section.targetId;
  const id = await upsert(ctx, 'page', sid, sum, alias, {
    known: known ?? null,
    exists: (id) => ctx.repo.pageExists(id),
    insert: async (repo) => {
      const base = slugify(title || alias, 80) || 'trang';
      let slug = base;
      for (let n = 2; await repo.pageSlugTaken(sectionId, slug); n++) slug = `${base}-${n}`;
      return repo.insertPage({ sectionId, slug, title, bodyHtml: body.html, position: 0 });
    },
    update: (repo, id) => repo.updatePage(id, { title, bodyHtml: body.html, position: 0 }),
  });
  if (id) {
    await d.path(sid, 'page', id);
    const after = crawlKey(finalUrl);
    if (after !== sid) await d.path(after, 'page', id);
  }
}
