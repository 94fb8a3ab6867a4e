import type { Logger } from 'pino';
import type { Db } from '../../db/connect.ts';
import { currentSiteId, withSite } from '../../db/site-scope.ts';
import { redirectRepository } from './import.redirect.repository.ts';
import { oldAddressResolver } from './import.redirect.service.ts';
import { inTransaction } from '../../db/transaction.ts';
import { slugify } from '../../lib/slug.ts';
import { rewriteBody } from './import.body.ts';
import { fileImporter, type FileImportDeps } from './import.files.ts';
import {
  aliasKey,
  checksum,
  decodeText,
  emptyReport,
  epoch,
  nukevietStatus,
  warn,
  type ImportCursor,
  type ImportKind,
  type ImportPhase,
  type ImportReport,
} from './import.ts';
import {
  importRepository,
  importRunRepository,
  type ImportedArticle,
  type ImportRepository,
  type ImportRunRow,
} from './import.repository.ts';
import {
  openNukeviet,
  redactUrl,
  type NukevietReader,
  type NvArticle,
  type NvModule,
} from './nukeviet.source.ts';

/** Articles read and written per batch (the cursor is saved after each). */
const BATCH = 200;

/** What a run is given. */
export interface ImportRequest {
  siteId: number;
  /** `mysql://user:password@host:port/database` of the NukeViet database. */
  url: string;
  /** The old site's `uploads/` folder on this machine ('' when there is none). */
  uploadsDir: string;
  /** NukeViet's table prefix (`nv4` by default). */
  prefix: string;
  /** Host names of the old site: links and images on them are taken as local. */
  oldHosts: string[];
  dryRun: boolean;
  startedBy: number | null;
}

export interface ImportServiceDeps extends FileImportDeps {
  db: Db;
  clock: () => Date;
  log: Logger;
  /** Opens the source (tests may wrap it); defaults to a real MariaDB/MySQL connection. */
  open?: typeof openNukeviet;
}

const WITHDRAWN_REASON = 'Bài đã gỡ trên trang cũ trước khi chuyển sang hệ thống mới.';

/**
 * The import pipeline: NukeViet 4.x → this platform, into one site. Idempotent (the source-id
 * map `import_item` turns a re-run into updates of changed rows only), resumable (the run's
 * cursor: finished phases and the last article id), with a report and a dry run that writes
 * nothing but the run's own row.
 */
export function importService(deps: ImportServiceDeps) {
  const runs = importRunRepository(deps.db.kysely);
  const open = deps.open ?? openNukeviet;
  /** Runs go one after another (the two cores are shared with the site). */
  let queue: Promise<void> = Promise.resolve();

  async function execute(run: ImportRunRow, oldHosts: string[]): Promise<ImportReport> {
    const previous = safeJson<Partial<ImportReport>>(run.report);
    const report = emptyReport();
    if (previous.counts) Object.assign(report.counts, previous.counts);
    if (previous.warnings) report.warnings.push(...previous.warnings);
    const cursor: ImportCursor = {
      done: previous.cursor?.done ?? [],
      lastArticleId: previous.cursor?.lastArticleId ?? 0,
    };
    report.cursor = cursor;
    const dry = run.dryRun;
    const save = (status: string) =>
      runs.progress(run.id, status, JSON.stringify(cursor), JSON.stringify(report));
    await save('running');

    const source = await open(run.sourceUrl, { prefix: run.tablePrefix || 'nv4' });
    try {
      return await withSite(run.siteId, async () => {
        const repo = importRepository(deps.db.kysely);
        const files = fileImporter(deps, {
          siteId: run.siteId,
          uploadsDir: run.uploadsDir,
          dry,
          record: (rel, mediaId) => repo.putItem('file', rel, { targetId: mediaId }),
        });
        const modules = await source.modules();
        const news = modules.filter((m) => m.file === 'news');
        const ctx: Ctx = {
          repo,
          report,
          dry,
          files,
          oldHosts,
          now: deps.clock(),
          db: deps.db,
          planned: new Set(),
        };

        const phase = async (p: ImportPhase, fn: () => Promise<void>) => {
          if (cursor.done.includes(p)) return;
          await fn();
          cursor.done.push(p);
          await save('running');
        };
        await phase('sections', async () => {
          // The old modules by URL segment: old addresses name them (`/vi/<module>/…`).
          if (!dry)
            for (const m of modules)
              await repo.putItem('module', m.title.toLowerCase(), {
                targetId: 0,
                alias: `${m.file}:${m.data}`,
              });
          for (const m of news) await importSections(ctx, source, m);
        });
        await phase('tags', async () => {
          for (const m of news) await importTags(ctx, source, m);
        });
        await phase('articles', async () => {
          for (const m of news) {
            const sources = new Map((await source.sources(m)).map((s) => [s.sourceid, s]));
            const suspended = new Set(
              (await source.cats(m)).filter((c) => c.status === 0).map((c) => c.catid),
            );
            for (;;) {
              const batch = await source.articles(m, cursor.lastArticleId, BATCH);
              if (batch.length === 0) break;
              for (const a of batch) await importArticle(ctx, m, a, sources, suspended);
              cursor.lastArticleId = batch[batch.length - 1]!.id;
              await save('running');
            }
          }
        });
        await phase('pages', async () => {
          for (const m of modules.filter((x) => x.file === 'page'))
            await importPages(ctx, source, m);
        });
        await phase('weblinks', async () => {
          for (const m of modules.filter((x) => x.file === 'weblinks'))
            await importWeblinks(ctx, source, m);
        });
        await phase('counter', async () => {
          const total = await source.counterTotal();
          if (total === undefined) return;
          await upsert(ctx, 'counter', 'total', checksum(total), '', {
            exists: async () => true,
            insert: async (r) => {
              await r.putSetting('visitorTotalOffset', total);
              return 0;
            },
            update: async (r) => r.putSetting('visitorTotalOffset', total),
          });
        });
        report.counts.file.created += files.count();
        for (const [rel, message] of files.missing())
          warn(report, { kind: 'file', sourceId: rel, message });
        report.redirects = await repo.itemCount();
        return report;
      });
    } finally {
      await source.close();
    }
  }

  async function runNow(id: number, oldHosts: string[] = []): Promise<ImportReport> {
    const run = await runs.byId(id);
    if (!run) throw new Error(`import run ${id} not found`);
    if (run.status === 'done' || run.status === 'failed' || !run.sourceUrl)
      return { ...emptyReport(), ...safeJson<Partial<ImportReport>>(run.report) };
    try {
      const report = await execute(run, oldHosts.length ? oldHosts : hostsOf(run));
      await runs.finish(id, 'done', JSON.stringify(report));
      deps.log.info({ run: id, site: run.siteId, dry: run.dryRun }, 'import finished');
      return report;
    } catch (err) {
      // The message may carry the connection string: only its redacted form is kept or logged.
      const message = redactSecrets((err as Error).message ?? String(err), run.sourceUrl);
      const current = await runs.byId(id);
      const report = {
        ...emptyReport(),
        ...safeJson<Partial<ImportReport>>(current?.report ?? '{}'),
      };
      report.error = message;
      deps.log.warn({ run: id, site: run.siteId, error: message }, 'import failed');
      // A lost connection leaves the run resumable; anything else ends it.
      if (isTransient(err)) {
        await runs.progress(id, 'queued', JSON.stringify(report.cursor), JSON.stringify(report));
      } else await runs.finish(id, 'failed', JSON.stringify(report));
      return report;
    }
  }

  return {
    runs,
    /** Records a run and starts it in the background (one at a time per process). */
    async start(req: ImportRequest): Promise<number> {
      const id = await runs.create({
        siteId: req.siteId,
        source: 'nukeviet',
        dryRun: req.dryRun,
        sourceUrl: req.url,
        sourceLabel: [redactUrl(req.url), req.oldHosts.join(' ')].filter(Boolean).join(' | '),
        uploadsDir: req.uploadsDir,
        tablePrefix: req.prefix,
        startedBy: req.startedBy,
      });
      return id;
    },
    /** Runs a recorded run to its end (the command line waits for it; the back office does not). */
    runNow,
    /** Runs a recorded run in the background, after the ones already queued in this process. */
    background(id: number): void {
      queue = queue
        .then(() => runNow(id))
        .then(() => undefined)
        .catch((err: unknown) => deps.log.error({ err, run: id }, 'import crashed'));
    },
    /** Resumes runs a stop interrupted (called at start-up). */
    async resumeUnfinished(): Promise<void> {
      for (const r of await runs.unfinished()) if (r.sourceUrl) this.background(r.id);
    },
    /** The new path of an old address of the current site (for a 301), or undefined. */
    resolveOld: oldAddressResolver({
      repo: redirectRepository(deps.db.kysely),
      storage: deps.storage,
      siteId: currentSiteId,
    }),
    /** Waits for the background runs (tests, graceful stop). */
    async idle(): Promise<void> {
      await queue;
    },
  };
}
export type ImportService = ReturnType<typeof importService>;

/** What each step needs. */
interface Ctx {
  repo: ImportRepository;
  report: ImportReport;
  dry: boolean;
  files: ReturnType<typeof fileImporter>;
  oldHosts: string[];
  now: Date;
  db: Db;
  /** A dry run's items that would be created (kind:sourceId), so later phases find them. */
  planned: Set<string>;
}

/** An item of the map, or one a dry run would have created (target id 0). */
async function mapped(
  ctx: Ctx,
  kind: string,
  sourceId: string,
): Promise<{ targetId: number; baseline: number } | undefined> {
  return (
    (await ctx.repo.item(kind, sourceId)) ??
    (ctx.planned.has(`${kind}:${sourceId}`) ? { targetId: 0, baseline: 0 } : undefined)
  );
}

/**
 * One item through the map: unchanged (same checksum, target still there) → skipped; known →
 * updated; new → inserted; the map row written in the same transaction as the content row.
 */
async function upsert(
  ctx: Ctx,
  kind: string,
  sourceId: string,
  sum: string,
  alias: string,
  ops: {
    exists: (id: number) => Promise<boolean>;
    insert: (repo: ImportRepository) => Promise<number>;
    update: (repo: ImportRepository, id: number) => Promise<void>;
    baseline?: number;
  },
  countAs: ImportKind = kind as ImportKind,
): Promise<number | undefined> {
  const known = await ctx.repo.item(kind, sourceId);
  const there = known ? await ops.exists(known.targetId) : false;
  const c = ctx.report.counts[countAs];
  if (known && there && known.checksum === sum) {
    c.unchanged++;
    return known.targetId;
  }
  if (ctx.dry) {
    if (known && there) c.updated++;
    else c.created++;
    ctx.planned.add(`${kind}:${sourceId}`);
    return known?.targetId ?? 0;
  }
  return inTransaction(ctx.db, async (tx) => {
    const repo = importRepository(tx.kysely);
    let id: number;
    if (known && there) {
      await ops.update(repo, known.targetId);
      id = known.targetId;
      c.updated++;
    } else {
      id = await ops.insert(repo);
      c.created++;
    }
    await repo.putItem(kind, sourceId, {
      targetId: id,
      alias,
      checksum: sum,
      baseline: ops.baseline,
    });
    return id;
  });
}

/** A slug not yet used by another section of the site. */
async function freeSectionSlug(repo: ImportRepository, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.sectionBySlug(slug))) return slug;
  }
}

async function importSections(ctx: Ctx, source: NukevietReader, m: NvModule): Promise<void> {
  const cats = await source.cats(m);
  const placed = new Set<number>();
  // Parents before children, whatever the order of the rows.
  for (let pass = 0; pass < 10 && placed.size < cats.length; pass++)
    for (const c of cats) {
      if (placed.has(c.catid)) continue;
      if (c.parentid && !placed.has(c.parentid) && cats.some((x) => x.catid === c.parentid))
        continue;
      placed.add(c.catid);
      const parent = c.parentid
        ? await ctx.repo.item('section', `${m.data}:${c.parentid}`)
        : undefined;
      const name = decodeText(c.title).slice(0, 200) || `Chuyên mục ${c.catid}`;
      const fields = {
        parentId: parent?.targetId || null,
        name,
        description: decodeText(c.description).slice(0, 1000),
        position: c.weight,
      };
      if (c.status === 0)
        warn(ctx.report, {
          kind: 'section',
          sourceId: String(c.catid),
          message: `Chuyên mục “${name}” đang bị đình chỉ trên trang cũ: các bài của nó nhập ở trạng thái đã gỡ xuống.`,
        });
      await upsert(
        ctx,
        'section',
        `${m.data}:${c.catid}`,
        checksum([c, fields.parentId]),
        aliasKey(c.alias),
        {
          exists: (id) => ctx.repo.sectionExists(id),
          insert: async (repo) =>
            repo.insertSection({
              ...fields,
              slug: await freeSectionSlug(repo, slugify(decodeText(c.alias) || name, 80)),
              kind: 'articles',
            }),
          update: (repo, id) => repo.updateSection(id, fields),
        },
      );
    }
}

async function importTags(ctx: Ctx, source: NukevietReader, m: NvModule): Promise<void> {
  for (const t of await source.tags(m)) {
    const name = decodeText(t.title || t.alias.replace(/-/g, ' ')).slice(0, 100);
    const slug = slugify(name, 80);
    await upsert(ctx, 'tag', `${m.data}:${t.tid}`, checksum(t), aliasKey(t.alias), {
      exists: async () => true,
      insert: (repo) => repo.tag(slug, name),
      update: async () => undefined,
    });
  }
}

async function importArticle(
  ctx: Ctx,
  m: NvModule,
  a: NvArticle,
  sources: Map<number, { title: string; link: string }>,
  suspended: Set<number>,
): Promise<void> {
  const sid = `${m.data}:${a.id}`;
  const section = await mapped(ctx, 'section', `${m.data}:${a.catid}`);
  if (!section) {
    ctx.report.counts.article.skipped++;
    warn(ctx.report, {
      kind: 'article',
      sourceId: sid,
      message: `Bài số ${a.id}: chuyên mục ${a.catid} không còn trên trang cũ, bài không được nhập.`,
    });
    return;
  }
  const secondary: number[] = [];
  for (const c of a.listcatid.split(',').map(Number)) {
    if (!c || c === a.catid) continue;
    const s = await mapped(ctx, 'section', `${m.data}:${c}`);
    if (s) secondary.push(s.targetId);
  }
  const tagIds: number[] = [];
  for (const t of a.tagIds) {
    const tag = await mapped(ctx, 'tag', `${m.data}:${t}`);
    if (tag) tagIds.push(tag.targetId);
  }
  const sum = checksum([a, section.targetId, secondary, tagIds]);
  const known = await ctx.repo.item('article', sid);
  if (known && known.checksum === sum && (await ctx.repo.articleExists(known.targetId))) {
    ctx.report.counts.article.unchanged++;
    return;
  }

  const title = decodeText(a.title).slice(0, 300) || `Bài số ${a.id}`;
  const published = epoch(a.publtime);
  let status = nukevietStatus(a.status, published, ctx.now);
  if (status === 'draft' && a.status > 4)
    warn(ctx.report, {
      kind: 'article',
      sourceId: sid,
      message: `“${title}”: trạng thái ${a.status} của trang cũ (chờ duyệt) nhập thành bản nháp.`,
    });
  // A suspended section hides its articles: they come in taken down (the owner may republish).
  if (suspended.has(a.catid) && status === 'published') status = 'unpublished';
  // The lead: text only.
  const lead = decodeText(decodeText(a.hometext).replace(/<[^>]*>/g, ' ')).slice(0, 1000);
  // The home image: 1 and 2 are files of the old site; 3 is another host's (not fetched).
  let imageId: number | null = null;
  if (a.homeimgfile && (a.homeimgthumb === 1 || a.homeimgthumb === 2)) {
    const rel = `${m.upload}/${a.homeimgfile}`.replace(/^\/+/, '');
    const caption = decodeText(a.homeimgalt);
    const f = await ctx.files.resolve(rel, { alt: caption || title, caption });
    if (f?.media) imageId = f.media.id;
    else if (!f)
      warn(ctx.report, {
        kind: 'article',
        sourceId: sid,
        message: `“${title}”: không lấy được ảnh đại diện uploads/${rel}.`,
      });
  } else if (a.homeimgfile && a.homeimgthumb === 3)
    warn(ctx.report, {
      kind: 'article',
      sourceId: sid,
      message: `“${title}”: ảnh đại diện ở máy chủ khác (${a.homeimgfile}) không được tải về.`,
    });

  const body = await rewriteBody(a.bodyhtml, (rel, t) => ctx.files.resolve(rel, t), ctx.oldHosts);
  for (const p of body.problems)
    warn(ctx.report, { kind: 'article', sourceId: sid, message: `“${title}”: ${p}` });
  const src = sources.get(a.sourceid);
  const sourceText = decodeText(a.sourcetext);
  const created = epoch(a.addtime) ?? published ?? ctx.now;
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const row: ImportedArticle = {
    sectionId: section.targetId,
    slug: slugify(decodeText(a.alias) || title, 90),
    title,
    lead,
    bodyHtml: body.html,
    byline: decodeText(a.author).slice(0, 200),
    status,
    publishedAt: status === 'draft' ? null : iso(published ?? created),
    createdAt: created.toISOString(),
    updatedAt: (epoch(a.edittime) ?? created).toISOString(),
    imageId,
    sourceName: src ? decodeText(src.title).slice(0, 200) : null,
    sourceUrl: /^https?:\/\//i.test(sourceText) ? sourceText.slice(0, 500) : src?.link || null,
    scheduledAt: status === 'scheduled' ? iso(published) : null,
    unpublishAt: iso(epoch(a.exptime)),
    withdrawnAt: status === 'withdrawn' ? (epoch(a.edittime) ?? ctx.now).toISOString() : null,
    withdrawnReason: status === 'withdrawn' ? WITHDRAWN_REASON : null,
  };
  const hits = Math.max(0, a.hitstotal);
  await upsert(ctx, 'article', sid, sum, aliasKey(a.alias), {
    baseline: hits,
    exists: (id) => ctx.repo.articleExists(id),
    insert: async (repo) => {
      const id = await repo.insertArticle(row, hits);
      await repo.setSecondarySections(id, secondary);
      await repo.setTags(id, tagIds);
      return id;
    },
    update: async (repo, id) => {
      await repo.updateArticle(id, row, hits - (known?.baseline ?? 0));
      await repo.setSecondarySections(id, secondary);
      await repo.setTags(id, tagIds);
    },
  });
}

async function importPages(ctx: Ctx, source: NukevietReader, m: NvModule): Promise<void> {
  // The module becomes a 'pages' section (an existing Giới thiệu section of that slug is reused).
  const name = decodeText(m.customTitle) || 'Giới thiệu';
  const base = slugify(name, 80);
  let sectionId = (await ctx.repo.item('page-section', m.title))?.targetId;
  if (sectionId !== undefined && !(await ctx.repo.sectionExists(sectionId))) sectionId = undefined;
  if (sectionId === undefined) {
    const existing = await ctx.repo.sectionBySlug(base);
    if (ctx.dry) sectionId = existing?.kind === 'pages' ? existing.id : 0;
    else
      sectionId = await inTransaction(ctx.db, async (tx) => {
        const repo = importRepository(tx.kysely);
        const id =
          existing?.kind === 'pages'
            ? existing.id
            : await repo.insertSection({
                parentId: null,
                slug: await freeSectionSlug(repo, base),
                name,
                description: '',
                kind: 'pages',
                position: 90,
              });
        await repo.putItem('page-section', m.title, { targetId: id, alias: aliasKey(m.title) });
        return id;
      });
  }
  for (const p of await source.pages(m)) {
    const title = decodeText(p.title).slice(0, 300) || `Trang ${p.id}`;
    if (p.status !== 1) {
      ctx.report.counts.page.skipped++;
      warn(ctx.report, {
        kind: 'page',
        sourceId: String(p.id),
        message: `Trang “${title}” đang ẩn trên trang cũ: không nhập.`,
      });
      continue;
    }
    const known = await ctx.repo.item('page', `${m.data}:${p.id}`);
    const sum = checksum([p, sectionId]);
    if (known && known.checksum === sum && (await ctx.repo.pageExists(known.targetId))) {
      ctx.report.counts.page.unchanged++;
      continue;
    }
    const body = await rewriteBody(p.bodytext, (rel, t) => ctx.files.resolve(rel, t), ctx.oldHosts);
    for (const problem of body.problems)
      warn(ctx.report, { kind: 'page', sourceId: String(p.id), message: `“${title}”: ${problem}` });
    const sid = sectionId;
    await upsert(ctx, 'page', `${m.data}:${p.id}`, sum, aliasKey(p.alias), {
      exists: (id) => ctx.repo.pageExists(id),
      insert: async (repo) => {
        const slugBase = slugify(decodeText(p.alias) || title, 80);
        let slug = slugBase;
        for (let n = 2; await repo.pageSlugTaken(sid, slug); n++) slug = `${slugBase}-${n}`;
        return repo.insertPage({
          sectionId: sid,
          slug,
          title,
          bodyHtml: body.html,
          position: p.weight,
        });
      },
      update: (repo, id) => repo.updatePage(id, { title, bodyHtml: body.html, position: p.weight }),
    });
  }
}

async function importWeblinks(ctx: Ctx, source: NukevietReader, m: NvModule): Promise<void> {
  const groups = new Map<number, number>();
  for (const g of await source.weblinkCats(m)) {
    const name = decodeText(g.title).slice(0, 200) || `Nhóm ${g.catid}`;
    const id = await upsert(
      ctx,
      'weblink-group',
      `${m.data}:${g.catid}`,
      checksum(g),
      '',
      {
        exists: (id) => ctx.repo.weblinkGroupExists(id),
        insert: (repo) => repo.insertWeblinkGroup(name, g.weight),
        update: (repo, id) => repo.updateWeblinkGroup(id, name, g.weight),
      },
      'weblink',
    );
    if (id !== undefined) groups.set(g.catid, id);
  }
  let position = 0;
  for (const l of await source.weblinks(m)) {
    position++;
    const title = decodeText(l.title).slice(0, 200);
    const url = decodeText(l.url);
    const group = groups.get(l.catid);
    const ok = isWebUrl(url);
    if (!ok || !title || group === undefined) {
      ctx.report.counts.weblink.skipped++;
      warn(ctx.report, {
        kind: 'weblink',
        sourceId: String(l.id),
        message: `Liên kết “${title}” không nhập: địa chỉ không phải http(s) hoặc không có nhóm.`,
      });
      continue;
    }
    const fields = {
      groupId: group,
      title,
      url: url.slice(0, 500),
      position,
      active: l.status === 1 ? 1 : 0,
    };
    await upsert(ctx, 'weblink', `${m.data}:${l.id}`, checksum([l, group]), '', {
      exists: (id) => ctx.repo.weblinkExists(id),
      insert: (repo) => repo.insertWeblink(fields),
      update: (repo, id) => repo.updateWeblink(id, fields),
    });
  }
}

function safeJson<T>(s: string): T {
  try {
    return JSON.parse(s) as T;
  } catch {
    return {} as T;
  }
}

/** The old hosts a run was started with (kept in its label after the redacted address). */
function hostsOf(run: ImportRunRow): string[] {
  const [, hosts = ''] = run.sourceLabel.split(' | ');
  return hosts.split(/\s+/).filter(Boolean);
}

/** Removes the connection's password (and the whole URL) from a message. */
export function redactSecrets(message: string, url: string): string {
  let out = message;
  if (url) out = out.split(url).join(redactUrl(url));
  try {
    const pw = decodeURIComponent(new URL(url).password);
    if (pw.length >= 3) out = out.split(pw).join('***');
  } catch {
    // not a URL: nothing more to hide
  }
  return out;
}

function isTransient(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return ['PROTOCOL_CONNECTION_LOST', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code);
}

function isWebUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
