import fs from 'node:fs';
import path from 'node:path';
import { inTransaction } from '../../db/transaction.ts';
import { slugify } from '../../lib/slug.ts';
import { rewriteBody } from './import.body.ts';
import { freeSectionSlug, mapped, upsert, type Ctx } from './import.pipeline.ts';
import { normalPath } from './import.redirect.ts';
import { importRepository, type ImportedArticle } from './import.repository.ts';
import {
  aliasKey,
  checksum,
  decodeText,
  uploadsPath,
  warn,
  wpOriginalRel,
  type ImportCursor,
  type ImportPhase,
} from './import.ts';
import { readWxr, wxrBodyHtml, wxrDate, type WxrItem, type WxrTerm } from './wordpress.source.ts';

/** An attachment of the export: its file under uploads/ and the texts WordPress kept for it. */
interface Attachment {
  rel: string;
  title: string;
  caption: string;
  alt: string;
}

/** What the first pass over the file gathers (small: no bodies). */
interface Head {
  hosts: string[];
  authors: Map<string, string>;
  categories: WxrTerm[];
  tags: WxrTerm[];
  attachments: Map<number, Attachment>;
  /** The attachments' files under uploads/. */
  rels: Set<string>;
}

/** The path (and query) of an old permalink on one of the old hosts, or undefined. */
function oldPath(link: string): string | undefined {
  try {
    const u = new URL(link);
    return u.pathname;
  } catch {
    return undefined;
  }
}

async function readHead(file: string): Promise<Head> {
  const head: Head = {
    hosts: [],
    authors: new Map(),
    categories: [],
    tags: [],
    attachments: new Map(),
    rels: new Set(),
  };
  for await (const e of readWxr(file)) {
    if (e.kind === 'site') {
      try {
        const h = new URL(e.baseUrl).host.toLowerCase();
        if (h && !head.hosts.includes(h)) head.hosts.push(h);
      } catch {
        // not an address: no host to add
      }
    } else if (e.kind === 'author')
      head.authors.set(e.author.login, decodeText(e.author.displayName) || e.author.login);
    else if (e.kind === 'category') head.categories.push(e.term);
    else if (e.kind === 'tag') head.tags.push(e.term);
    else if (e.item.type === 'attachment') {
      const rel =
        (e.item.meta._wp_attached_file ?? '').replace(/^\/+/, '') ||
        uploadsPath(e.item.attachmentUrl, head.hosts) ||
        '';
      if (rel) head.rels.add(rel);
      head.attachments.set(e.item.id, {
        rel,
        title: decodeText(e.item.title),
        caption: decodeText(e.item.excerpt.replace(/<[^>]*>/g, ' ')),
        alt: decodeText(e.item.meta._wp_attachment_image_alt ?? ''),
      });
    }
  }
  return head;
}

/**
 * The body's file resolver: a resized copy (`foo-300x200.jpg`, what `src` and `srcset` name
 * in WordPress bodies) resolves to its imported original attachment (`foo.jpg`), so the body
 * shows the one media item and its renditions instead of a small copy or a missing image.
 */
function bodyFiles(ctx: Ctx, head: Head) {
  const known = head.rels;
  const onDisk = (rel: string) =>
    !!ctx.uploadsDir && fs.existsSync(path.join(path.resolve(ctx.uploadsDir), rel));
  return (rel: string, t: { alt: string; caption: string }) =>
    ctx.files.resolve(
      wpOriginalRel(rel, (r) => known.has(r) || (!known.has(rel) && !onDisk(rel) && onDisk(r))),
      t,
    );
}

/** WordPress's status → this platform's (trash is not imported). */
function wpStatus(s: string, at: Date | undefined, now: Date) {
  if (s === 'publish')
    return at && at.getTime() > now.getTime() ? ('scheduled' as const) : ('published' as const);
  if (s === 'future') return 'scheduled' as const;
  if (s === 'trash') return undefined;
  return 'draft' as const;
}

/**
 * A WordPress export (WXR) into the site: categories → sections, tags, authors → bylines,
 * attachments → media (files from the local uploads folder, captions and alt kept), posts →
 * articles, pages → static pages, each old permalink (`/<year>/<month>/<slug>/`, `/?p=N`,
 * `/?page_id=N`, `/category/<slug>/`, `/tag/<slug>/`) into the redirect table.
 */
export async function importWordpress(
  ctx: Ctx,
  file: string,
  cursor: ImportCursor,
  phase: (p: ImportPhase, fn: () => Promise<void>) => Promise<void>,
  saveCursor: () => Promise<void>,
): Promise<void> {
  const head = await readHead(file);
  for (const h of head.hosts) if (!ctx.oldHosts.includes(h)) ctx.oldHosts.push(h);
  const path = (old: string, kind: string, id: number) =>
    ctx.dry ? Promise.resolve() : ctx.repo.putItem('path', old, { targetId: id, alias: kind });

  await phase('sections', async () => {
    const placed = new Set<string>();
    const cats = head.categories;
    for (let pass = 0; pass < 10 && placed.size < cats.length; pass++)
      for (const c of cats) {
        if (placed.has(c.slug)) continue;
        if (c.parentSlug && !placed.has(c.parentSlug) && cats.some((x) => x.slug === c.parentSlug))
          continue;
        placed.add(c.slug);
        const parent = c.parentSlug
          ? await ctx.repo.item('section', `cat:${c.parentSlug}`)
          : undefined;
        const name = decodeText(c.name).slice(0, 200) || c.slug;
        const fields = {
          parentId: parent?.targetId || null,
          name,
          description: decodeText(c.description).slice(0, 1000),
          position: 100 + pass,
        };
        const id = await upsert(
          ctx,
          'section',
          `cat:${c.slug}`,
          checksum([c, fields.parentId]),
          aliasKey(c.slug),
          {
            exists: (id) => ctx.repo.sectionExists(id),
            insert: async (repo) =>
              repo.insertSection({
                ...fields,
                slug: await freeSectionSlug(repo, slugify(aliasKey(c.slug) || name, 80)),
                kind: 'articles',
              }),
            update: (repo, id) => repo.updateSection(id, fields),
          },
        );
        if (id) {
          // WordPress links a child category by its whole chain: /category/<parent>/<child>/.
          const chain = [c.slug];
          for (let p = c.parentSlug, n = 0; p && n < 10; n++) {
            chain.unshift(p);
            p = cats.find((x) => x.slug === p)?.parentSlug ?? '';
          }
          await path(normalPath(`/category/${c.slug}`), 'section', id);
          if (chain.length > 1)
            await path(normalPath(`/category/${chain.join('/')}`), 'section', id);
        }
      }
  });

  await phase('tags', async () => {
    for (const t of head.tags) {
      const name = decodeText(t.name).slice(0, 100) || t.slug;
      const id = await upsert(ctx, 'tag', `tag:${t.slug}`, checksum(t), aliasKey(t.slug), {
        exists: async () => true,
        insert: (repo) => repo.tag(slugify(name, 80), name),
        update: async () => undefined,
      });
      if (id) await path(normalPath(`/tag/${t.slug}`), 'tag', id);
    }
  });

  await phase('articles', async () => {
    let pagesSection: number | undefined;
    let index = 0;
    for await (const e of readWxr(file)) {
      if (e.kind !== 'item') continue;
      index++;
      if (index <= cursor.lastArticleId) continue;
      const it = e.item;
      if (it.type === 'attachment') {
        const a = head.attachments.get(it.id);
        if (a?.rel) await ctx.files.resolve(a.rel, { alt: a.alt || a.title, caption: a.caption });
        else
          warn(ctx.report, {
            kind: 'file',
            sourceId: String(it.id),
            message: `Tệp đính kèm số ${it.id} không có đường dẫn trong uploads/.`,
          });
      } else if (it.type === 'post') await importPost(ctx, head, it, path);
      else if (it.type === 'page') {
        pagesSection ??= await wpPagesSection(ctx);
        await importWpPage(ctx, head, it, pagesSection, path);
      }
      if (index % 100 === 0) {
        cursor.lastArticleId = index;
        await saveCursor();
      }
    }
    cursor.lastArticleId = index;
  });
}

async function importPost(
  ctx: Ctx,
  head: Head,
  it: WxrItem,
  path: (old: string, kind: string, id: number) => Promise<void>,
): Promise<void> {
  const sid = String(it.id);
  const title = decodeText(it.title).slice(0, 300) || `Bài số ${it.id}`;
  const at = wxrDate(it.postDateGmt, it.postDate);
  const status = wpStatus(it.status, at, ctx.now);
  if (!status) {
    ctx.report.counts.article.skipped++;
    return;
  }
  const sections: number[] = [];
  for (const c of it.categories) {
    const s = await mapped(ctx, 'section', `cat:${c.slug}`);
    if (s && !sections.includes(s.targetId)) sections.push(s.targetId);
  }
  if (sections.length === 0) {
    ctx.report.counts.article.skipped++;
    warn(ctx.report, {
      kind: 'article',
      sourceId: sid,
      message: `“${title}”: không thuộc chuyên mục nào trong tệp xuất, bài không được nhập.`,
    });
    return;
  }
  const tagIds: number[] = [];
  for (const t of it.tags) {
    const tag = await mapped(ctx, 'tag', `tag:${t.slug}`);
    if (tag) tagIds.push(tag.targetId);
  }
  const sum = checksum([it, sections, tagIds]);
  const known = await ctx.repo.item('article', sid);
  if (known && known.checksum === sum && (await ctx.repo.articleExists(known.targetId))) {
    ctx.report.counts.article.unchanged++;
    return;
  }
  if (it.status === 'private' || it.status === 'pending')
    warn(ctx.report, {
      kind: 'article',
      sourceId: sid,
      message: `“${title}”: trạng thái “${it.status}” của WordPress nhập thành bản nháp.`,
    });
  if (!at)
    warn(ctx.report, {
      kind: 'article',
      sourceId: sid,
      message: `“${title}”: không đọc được ngày đăng, lấy thời điểm nhập.`,
    });

  let imageId: number | null = null;
  const thumb = head.attachments.get(Number(it.meta._thumbnail_id ?? 0));
  if (thumb?.rel) {
    const f = await ctx.files.resolve(thumb.rel, {
      alt: thumb.alt || thumb.title || title,
      caption: thumb.caption,
    });
    if (f?.media) imageId = f.media.id;
  }
  const { html, dropped } = wxrBodyHtml(it.content);
  if (dropped.length)
    warn(ctx.report, {
      kind: 'article',
      sourceId: sid,
      message: `“${title}”: bỏ mã rút gọn WordPress ${dropped.map((d) => `[${d}]`).join(', ')}.`,
    });
  const body = await rewriteBody(html, bodyFiles(ctx, head), ctx.oldHosts);
  for (const p of body.problems)
    warn(ctx.report, { kind: 'article', sourceId: sid, message: `“${title}”: ${p}` });
  const created = at ?? ctx.now;
  const iso = (d: Date | undefined) => d?.toISOString() ?? null;
  const views = Math.max(0, Number(it.meta.post_views_count ?? it.meta.views ?? 0) || 0);
  const row: ImportedArticle = {
    sectionId: sections[0]!,
    slug: slugify(aliasKey(it.slug) || title, 90),
    title,
    lead: decodeText(it.excerpt.replace(/<[^>]*>/g, ' ')).slice(0, 1000),
    bodyHtml: body.html,
    byline: (head.authors.get(it.creator) ?? decodeText(it.creator)).slice(0, 200),
    status,
    publishedAt: status === 'draft' ? null : iso(created),
    createdAt: created.toISOString(),
    updatedAt: created.toISOString(),
    imageId,
    sourceName: null,
    sourceUrl: null,
    scheduledAt: status === 'scheduled' ? iso(created) : null,
    unpublishAt: null,
    withdrawnAt: null,
    withdrawnReason: null,
  };
  const secondary = sections.slice(1);
  const id = await upsert(ctx, 'article', sid, sum, aliasKey(it.slug), {
    baseline: views,
    exists: (id) => ctx.repo.articleExists(id),
    insert: async (repo) => {
      const id = await repo.insertArticle(row, views, ctx.history);
      await repo.setSecondarySections(id, secondary);
      await repo.setTags(id, tagIds);
      return id;
    },
    update: async (repo, id) => {
      await repo.updateArticle(id, row, views - (known?.baseline ?? 0), ctx.history);
      await repo.setSecondarySections(id, secondary);
      await repo.setTags(id, tagIds);
    },
  });
  if (id) {
    const p = oldPath(it.link);
    if (p && p !== '/') await path(normalPath(p), 'article', id);
    await path(`?p=${it.id}`, 'article', id);
  }
}

/** The section WordPress pages go to: an existing "Giới thiệu" pages section, else a new one. */
async function wpPagesSection(ctx: Ctx): Promise<number> {
  const known = await ctx.repo.item('page-section', 'pages');
  if (known && (await ctx.repo.sectionExists(known.targetId))) return known.targetId;
  const existing = await ctx.repo.sectionBySlug('gioi-thieu');
  if (ctx.dry) return existing?.kind === 'pages' ? existing.id : 0;
  return inTransaction(ctx.db, async (tx) => {
    const repo = importRepository(tx.kysely, ctx.source);
    const id =
      existing?.kind === 'pages'
        ? existing.id
        : await repo.insertSection({
            parentId: null,
            slug: await freeSectionSlug(repo, 'gioi-thieu'),
            name: 'Giới thiệu',
            description: '',
            kind: 'pages',
            position: 90,
          });
    await repo.putItem('page-section', 'pages', { targetId: id });
    return id;
  });
}

async function importWpPage(
  ctx: Ctx,
  head: Head,
  it: WxrItem,
  sectionId: number,
  path: (old: string, kind: string, id: number) => Promise<void>,
): Promise<void> {
  const sid = String(it.id);
  const title = decodeText(it.title).slice(0, 300) || `Trang ${it.id}`;
  if (it.status !== 'publish') {
    ctx.report.counts.page.skipped++;
    warn(ctx.report, {
      kind: 'page',
      sourceId: sid,
      message: `Trang “${title}” chưa đăng trên WordPress (${it.status}): không nhập.`,
    });
    return;
  }
  const sum = checksum([it, sectionId]);
  const known = await ctx.repo.item('page', sid);
  if (known && known.checksum === sum && (await ctx.repo.pageExists(known.targetId))) {
    ctx.report.counts.page.unchanged++;
    return;
  }
  const { html } = wxrBodyHtml(it.content);
  const body = await rewriteBody(html, bodyFiles(ctx, head), ctx.oldHosts);
  for (const problem of body.problems)
    warn(ctx.report, { kind: 'page', sourceId: sid, message: `“${title}”: ${problem}` });
  const id = await upsert(ctx, 'page', sid, sum, aliasKey(it.slug), {
    exists: (id) => ctx.repo.pageExists(id),
    insert: async (repo) => {
      const base = slugify(aliasKey(it.slug) || title, 80);
      let slug = base;
      for (let n = 2; await repo.pageSlugTaken(sectionId, slug); n++) slug = `${base}-${n}`;
      return repo.insertPage({ sectionId, slug, title, bodyHtml: body.html, position: it.id });
    },
    update: (repo, id) => repo.updatePage(id, { title, bodyHtml: body.html, position: it.id }),
  });
  if (id) {
    const p = oldPath(it.link);
    if (p && p !== '/') await path(normalPath(p), 'page', id);
    await path(`?p=${it.id}`, 'page', id);
    await path(`?page_id=${it.id}`, 'page', id);
  }
}
