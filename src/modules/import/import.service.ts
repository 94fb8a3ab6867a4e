import path from 'node:path';
import type { Logger } from 'pino';
import { vnDayKey } from '../../lib/date.ts';
import { htmlToText } from '../../lib/html-text.ts';
import { fold } from '../../lib/text.ts';
import { bannerRepository } from '../banner/banner.repository.ts';
import type { BannerPlacement } from '../banner/banner.ts';
import {
  numberKey,
  numberOrder,
  parseDocumentNumber,
  textKey,
  tidyNumber,
} from '../document/document-number.ts';
import { MAX_FILE_BYTES, fileName, inspectFile } from '../document/document.files.ts';
import {
  documentRepository,
  type DocumentColumns,
  type DocumentRepository,
} from '../document/document.repository.ts';
import { documentSlug, type Effect } from '../document/document.ts';
import { refreshSearch, withSearchHeld } from '../search/search-bulk.ts';
import { storeSiteImage } from '../site/site.images.ts';
import type { Db } from '../../db/connect.ts';
import { currentSiteId, withSite } from '../../db/site-scope.ts';
import { redirectRepository } from './import.redirect.repository.ts';
import { oldAddressResolver } from './import.redirect.service.ts';
import { inTransaction } from '../../db/transaction.ts';
import { slugify } from '../../lib/slug.ts';
import { rewriteBody } from './import.body.ts';
import { importWordpress } from './wordpress.import.ts';
import { loadCrawlConfig } from './html.config.ts';
import { crawlerUserAgent, importHtml } from './html.import.ts';
import { readHtmlBanner } from './html.parse.ts';
import { freeSectionSlug, isWebUrl, mapped, readOld, upsert, type Ctx } from './import.pipeline.ts';
import { fileImporter, type FileImportDeps } from './import.files.ts';
import {
  aliasKey,
  checksum,
  decodeText,
  emptyReport,
  epoch,
  nukevietStatus,
  uploadsPath,
  warn,
  type ImportCursor,
  type ImportPhase,
  type ImportReport,
  type ImportSource,
} from './import.ts';
import {
  importRepository,
  importRunRepository,
  type ImportedArticle,
  type ImportItem,
  type ImportRepository,
  type ImportRunRow,
} from './import.repository.ts';
import {
  openNukeviet,
  redactUrl,
  type NukevietReader,
  type NvArticle,
  type NvLawList,
  type NvModule,
} from './nukeviet.source.ts';

/** Articles read and written per batch (the cursor is saved after each). */
const BATCH = 200;

/** What a run is given. */
export interface ImportRequest {
  siteId: number;
  /** What is read: a NukeViet database (default) or a WordPress export file (WXR). */
  source?: ImportSource;
  /**
   * `mysql://user:password@host:port/database` of the NukeViet database, or the absolute path
   * of the WordPress export file on this machine.
   */
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

/**
 * Told after each batch of articles: how many this run has gone through (any outcome, a resumed
 * run's earlier ones included) and how many the source has.
 */
export type ImportProgress = (p: { phase: 'articles'; done: number; total: number }) => void;

export interface ImportServiceDeps extends FileImportDeps {
  db: Db;
  clock: () => Date;
  log: Logger;
  /** Opens the source (tests may wrap it); defaults to a real MariaDB/MySQL connection. */
  open?: typeof openNukeviet;
  /** The crawler's HTTP client (tests may wrap it); defaults to the global fetch. */
  crawlFetch?: typeof fetch;
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
  /** The connection addresses with their passwords, by run id: never written anywhere. */
  const secrets = new Map<number, string>();
  /** Runs go one after another (the two cores are shared with the site). */
  let queue: Promise<void> = Promise.resolve();

  async function execute(
    run: ImportRunRow,
    oldHosts: string[],
    onProgress?: ImportProgress,
  ): Promise<ImportReport> {
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

    if (run.source === 'wordpress')
      return withSite(run.siteId, async () => {
        const repo = importRepository(deps.db.kysely, 'wordpress');
        const files = fileImporter(deps, {
          siteId: run.siteId,
          uploadsDir: run.uploadsDir,
          dry,
          record: (rel, mediaId) => repo.putItem('file', rel, { targetId: mediaId }),
        });
        const ctx: Ctx = {
          source: 'wordpress',
          repo,
          report,
          dry,
          files,
          oldHosts: [...oldHosts],
          now: deps.clock(),
          db: deps.db,
          planned: new Set(),
          storage: deps.storage,
          uploadsDir: run.uploadsDir,
          history: `WordPress (${path.basename(run.sourceUrl)})`,
        };
        const phase = async (p: ImportPhase, fn: () => Promise<void>) => {
          if (cursor.done.includes(p)) return;
          await fn();
          cursor.done.push(p);
          await save('running');
        };
        await importWordpress(ctx, run.sourceUrl, cursor, phase, () => save('running'));
        report.counts.file.created += files.count();
        for (const [rel, message] of files.missing())
          warn(report, { kind: 'file', sourceId: rel, message });
        report.redirects = await repo.itemCount();
        return report;
      });

    if (run.source === 'html') return executeHtml(run, report, cursor, save, oldHosts);

    const url = secrets.get(run.id) ?? run.sourceUrl;
    if (needsPassword(url)) throw new PasswordNeeded();
    const source = await open(url, { prefix: run.tablePrefix || 'nv4' });
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
          source: 'nukeviet',
          repo,
          report,
          dry,
          files,
          oldHosts,
          now: deps.clock(),
          db: deps.db,
          planned: new Set(),
          storage: deps.storage,
          uploadsDir: run.uploadsDir,
          history: `NukeViet (${historyLabel(run.sourceUrl)})`,
          search: deps.db.dialect === 'postgres' ? searchBehind(deps.db) : undefined,
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
          // Articles a stopped run committed before their search rows (see searchBehind).
          if (!dry) await indexMissing(deps.db, repo);
          // Sections and tags are all in by now: their map rows are read once per run.
          const lookups = new Map<string, Promise<{ targetId: number } | undefined>>();
          let total = 0;
          if (onProgress) for (const m of news) total += await source.articleCount(m);
          const seen = () => {
            const c = report.counts.article;
            return c.created + c.updated + c.unchanged + c.skipped;
          };
          for (const m of news) {
            const sources = new Map((await source.sources(m)).map((s) => [s.sourceid, s]));
            const suspended = new Set(
              (await source.cats(m)).filter((c) => c.status === 0).map((c) => c.catid),
            );
            for (;;) {
              const batch = await source.articles(m, cursor.lastArticleId, BATCH);
              if (batch.length === 0) break;
              await importArticles(ctx, m, batch, sources, suspended, lookups);
              cursor.lastArticleId = batch[batch.length - 1]!.id;
              await save('running');
              const done = seen();
              onProgress?.({ phase: 'articles', done, total: Math.max(total, done) });
            }
          }
          await ctx.search?.settle();
        });
        await phase('pages', async () => {
          for (const m of modules.filter((x) => x.file === 'page'))
            await importPages(ctx, source, m);
        });
        await phase('weblinks', async () => {
          for (const m of modules.filter((x) => x.file === 'weblinks'))
            await importWeblinks(ctx, source, m);
        });
        await phase('documents', async () => {
          for (const m of modules.filter((x) => x.file === 'laws'))
            await importDocuments(ctx, source, m);
        });
        await phase('banners', async () => {
          await importBanners(ctx, source);
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

  /** An HTML portal, crawled by the rule file the run names (source 3). */
  async function executeHtml(
    run: ImportRunRow,
    report: ImportReport,
    cursor: ImportCursor,
    save: (status: string) => Promise<void>,
    oldHosts: string[],
  ): Promise<ImportReport> {
    const config = loadCrawlConfig(run.sourceUrl);
    const site = await deps.db.kysely
      .selectFrom('site')
      .select(['host'])
      .where('id', '=', run.siteId)
      .executeTakeFirst();
    return withSite(run.siteId, async () => {
      const repo = importRepository(deps.db.kysely, 'html');
      const ctx: Ctx = {
        source: 'html',
        repo,
        report,
        dry: run.dryRun,
        files: fileImporter(deps, {
          siteId: run.siteId,
          uploadsDir: '',
          dry: run.dryRun,
          record: async () => undefined,
        }),
        oldHosts: [...oldHosts],
        now: deps.clock(),
        db: deps.db,
        planned: new Set(),
        storage: deps.storage,
        uploadsDir: '',
        history: `${config.name} (thu thập trang HTML)`,
      };
      const phase = async (p: ImportPhase, fn: () => Promise<void>) => {
        if (cursor.done.includes(p)) return;
        await fn();
        cursor.done.push(p);
        await save('running');
      };
      await importHtml(
        ctx,
        {
          runId: run.id,
          siteId: run.siteId,
          config,
          userAgent: config.userAgent || crawlerUserAgent(site?.host ?? null),
          importImage: (input) => deps.importImage(input),
          fetch: deps.crawlFetch,
        },
        cursor,
        phase,
        () => save('running'),
      );
      report.redirects = await repo.itemCount();
      return report;
    });
  }

  async function runNow(
    id: number,
    oldHosts: string[] = [],
    onProgress?: ImportProgress,
  ): Promise<ImportReport> {
    const run = await runs.byId(id);
    if (!run) throw new Error(`import run ${id} not found`);
    if (run.status === 'done' || run.status === 'failed' || !run.sourceUrl)
      return { ...emptyReport(), ...safeJson<Partial<ImportReport>>(run.report) };
    try {
      const report = await execute(run, oldHosts.length ? oldHosts : hostsOf(run), onProgress);
      await runs.finish(id, 'done', JSON.stringify(report));
      secrets.delete(id);
      deps.log.info({ run: id, site: run.siteId, dry: run.dryRun }, 'import finished');
      return report;
    } catch (err) {
      // The message may carry the connection string: only its redacted form is kept or logged.
      const message = redactSecrets(
        (err as Error).message ?? String(err),
        secrets.get(id) ?? run.sourceUrl,
      );
      const current = await runs.byId(id);
      const report = {
        ...emptyReport(),
        ...safeJson<Partial<ImportReport>>(current?.report ?? '{}'),
      };
      report.error = message;
      deps.log.warn({ run: id, site: run.siteId, error: message }, 'import failed');
      // A lost connection leaves the run resumable; anything else ends it.
      if (isTransient(err) || err instanceof PasswordNeeded) {
        await runs.progress(id, 'queued', JSON.stringify(report.cursor), JSON.stringify(report));
      } else {
        await runs.finish(id, 'failed', JSON.stringify(report));
        secrets.delete(id);
      }
      return report;
    }
  }

  return {
    runs,
    /** Records a run and starts it in the background (one at a time per process). */
    async start(req: ImportRequest): Promise<number> {
      // The database row keeps the address with its password masked (`***`): the password
      // itself lives only in this process's memory, for this run.
      const wp = req.source === 'wordpress' || req.source === 'html';
      const shown = wp ? req.url : redactUrl(req.url);
      const id = await runs.create({
        siteId: req.siteId,
        source: req.source ?? 'nukeviet',
        dryRun: req.dryRun,
        sourceUrl: shown,
        sourceLabel: [shown, req.oldHosts.join(' ')].filter(Boolean).join(' | '),
        uploadsDir: req.uploadsDir,
        tablePrefix: req.prefix,
        startedBy: req.startedBy,
      });
      if (!wp && shown !== req.url) secrets.set(id, req.url);
      return id;
    },
    /**
     * Gives the password again for a run whose process stopped (the command line's
     * `--resume`): the address with the password, checked against the stored masked one.
     */
    providePassword(id: number, url: string, stored: string): boolean {
      if (redactUrl(url) !== stored) return false;
      secrets.set(id, url);
      return true;
    },
    /** Whether a run can go on without the password being given again. */
    canResume(run: ImportRunRow): boolean {
      return !!run.sourceUrl && (!needsPassword(run.sourceUrl) || secrets.has(run.id));
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
      for (const r of await runs.unfinished()) if (this.canResume(r)) this.background(r.id);
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

/** An article read and rewritten, ready to be written (in its batch's transaction). */
interface PreparedArticle {
  sid: string;
  sum: string;
  alias: string;
  hits: number;
  known: ImportItem | undefined;
  row: ImportedArticle;
  secondary: number[];
  tagIds: number[];
}

/**
 * A batch of articles: each read, checked against the map and rewritten (files copied) first,
 * then every write of the batch in one transaction (the map rows with their articles: a
 * failure leaves none of the batch's articles half-written, and the cursor only moves after).
 */
async function importArticles(
  ctx: Ctx,
  m: NvModule,
  batch: NvArticle[],
  sources: Map<number, { title: string; link: string }>,
  suspended: Set<number>,
  lookups: Map<string, Promise<{ targetId: number } | undefined>>,
): Promise<void> {
  const cached = (kind: string, sourceId: string) => {
    const key = `${kind}:${sourceId}`;
    let hit = lookups.get(key);
    if (!hit) lookups.set(key, (hit = mapped(ctx, kind, sourceId)));
    return hit;
  };
  const known = await ctx.repo.items(
    'article',
    batch.map((a) => `${m.data}:${a.id}`),
  );
  const prepared: PreparedArticle[] = [];
  for (const a of batch) {
    const p = await prepareArticle(
      ctx,
      m,
      a,
      sources,
      suspended,
      cached,
      known.get(`${m.data}:${a.id}`),
    );
    if (p) prepared.push(p);
  }
  if (!prepared.length) return;
  let made: number[] = [];
  const write = async (c: Ctx) => {
    const ids: number[] = [];
    // Articles the map has never seen: written together (a dry run only counts them).
    const fresh = c.dry ? [] : prepared.filter((p) => !p.known);
    if (fresh.length) {
      made = await c.repo.insertArticles(
        fresh.map((p) => ({
          a: p.row,
          readCount: p.hits,
          secondary: p.secondary,
          tagIds: p.tagIds,
        })),
        c.history,
      );
      await c.repo.putItems(
        'article',
        fresh.map((p, i) => ({
          sourceId: p.sid,
          targetId: made[i]!,
          alias: p.alias,
          checksum: p.sum,
          baseline: p.hits,
        })),
      );
      c.report.counts.article.created += made.length;
      ids.push(...made);
    }
    for (const p of prepared) {
      if (!c.dry && !p.known) continue;
      const id = await upsert(c, 'article', p.sid, p.sum, p.alias, {
        baseline: p.hits,
        known: p.known ?? null,
        exists: (id) => c.repo.articleExists(id),
        insert: async (repo) => {
          const id = await repo.insertArticle(p.row, p.hits, c.history);
          await repo.setSecondarySections(id, p.secondary, true);
          await repo.setTags(id, p.tagIds, true);
          return id;
        },
        update: async (repo, id) => {
          await repo.updateArticle(id, p.row, p.hits - (p.known?.baseline ?? 0), c.history);
          await repo.setSecondarySections(id, p.secondary);
          await repo.setTags(id, p.tagIds);
        },
      });
      if (id) ids.push(id);
    }
    return ids;
  };
  if (ctx.dry) {
    await write(ctx);
    return;
  }
  // The search index is refreshed once for the batch, not on each row's insert: in its
  // transaction, or (new articles, PostgreSQL) right after it on another connection.
  await inTransaction(ctx.db, (tx) =>
    withSearchHeld(tx, async () => {
      const ids = await write({ ...ctx, db: tx, repo: importRepository(tx.kysely, ctx.source) });
      if (!ctx.search) return ids;
      const later = new Set(made);
      return ids.filter((id) => !later.has(id));
    }),
  );
  if (ctx.search && made.length) await ctx.search.later(made);
}

/**
 * The search rows of new articles, made on another connection while the next batch is written
 * (PostgreSQL: the index's tsvectors cost about as much as the rest of a batch, and the two
 * then use two cores). One refresh runs at a time: `later` waits for the previous one first.
 * Until its refresh commits an article is on the site but not yet found by search; a run
 * stopped in between leaves articles without a search row, which `indexMissing` finds when the
 * run goes on (and before it ends).
 */
function searchBehind(db: Db) {
  let pending: Promise<void> = Promise.resolve();
  return {
    async later(ids: number[]): Promise<void> {
      await pending;
      pending = refreshSearch(db, ids);
      // Reported by the next `later` or by `settle`, not as an unhandled rejection.
      pending.catch(() => undefined);
    },
    async settle(): Promise<void> {
      await pending;
      pending = Promise.resolve();
    },
  };
}

/** Refreshes the search rows of this site's articles that have none (see searchBehind). */
async function indexMissing(db: Db, repo: ImportRepository): Promise<void> {
  for (;;) {
    const ids = await repo.articlesWithoutSearchRow(1000);
    if (ids.length === 0) return;
    await refreshSearch(db, ids);
  }
}

async function prepareArticle(
  ctx: Ctx,
  m: NvModule,
  a: NvArticle,
  sources: Map<number, { title: string; link: string }>,
  suspended: Set<number>,
  mappedOnce: (kind: string, sourceId: string) => Promise<{ targetId: number } | undefined>,
  known: ImportItem | undefined,
): Promise<PreparedArticle | undefined> {
  const sid = `${m.data}:${a.id}`;
  const section = await mappedOnce('section', `${m.data}:${a.catid}`);
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
    const s = await mappedOnce('section', `${m.data}:${c}`);
    if (s) secondary.push(s.targetId);
  }
  const tagIds: number[] = [];
  for (const t of a.tagIds) {
    const tag = await mappedOnce('tag', `${m.data}:${t}`);
    if (tag) tagIds.push(tag.targetId);
  }
  const sum = checksum([a, section.targetId, secondary, tagIds]);
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
  return {
    sid,
    sum,
    alias: aliasKey(a.alias),
    hits: Math.max(0, a.hitstotal),
    known,
    row,
    secondary,
    tagIds,
  };
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
        const repo = importRepository(tx.kysely, ctx.source);
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

/**
 * One of a `laws` module's lists (Thể loại → type, Cơ quan ban hành → issuer, Lĩnh vực →
 * field) onto this site's list of the same kind: matched by name (case and accents folded),
 * added when missing (parents before children). Old id → id here (0 in a dry run).
 */
async function lawListMap(
  ctx: Ctx,
  rows: NvLawList[],
  existing: { id: number; name: string }[],
  add: (
    repo: DocumentRepository,
    name: string,
    parentId: number | null,
    position: number,
  ) => Promise<number>,
): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const byName = new Map(existing.map((e) => [fold(e.name), e.id]));
  const pending = [...rows];
  for (let pass = 0; pass < 10 && pending.length; pass++)
    for (const r of [...pending]) {
      if (r.parentid && !out.has(r.parentid) && rows.some((x) => x.id === r.parentid)) continue;
      pending.splice(pending.indexOf(r), 1);
      const name = decodeText(r.title).slice(0, 200) || `#${r.id}`;
      let id = byName.get(fold(name));
      if (id === undefined) {
        const parentId = r.parentid ? out.get(r.parentid) || null : null;
        id = ctx.dry
          ? 0
          : await inTransaction(ctx.db, (tx) =>
              add(documentRepository(tx), name, parentId, 100 + r.weight),
            );
        byName.set(fold(name), id);
      }
      out.set(r.id, id);
    }
  return out;
}

/** A Unix time as a Vietnamese calendar day, or null. */
const vnDay = (s: number): string | null => {
  const d = epoch(s);
  return d ? vnDayKey(d) : null;
};

/**
 * A `laws` module → the documents registry (Văn bản): type, number (parsed by the registry's
 * rules), issuer, signer, dates, fields, files byte-identical (SHA-256 kept), relations. Only
 * rows every visitor could see (`groups_view` has 6) and active come in published; the rest are
 * drafts in "Lưu hành nội bộ". The administrators' `note` is never read.
 */
async function importDocuments(ctx: Ctx, source: NukevietReader, m: NvModule): Promise<void> {
  const reader = documentRepository(ctx.db);
  const [types, issuers, fields] = await Promise.all([
    lawListMap(ctx, await source.lawList(m, 'cat'), await reader.types(), (r, name, _p, pos) =>
      r.addType(name, pos),
    ),
    lawListMap(
      ctx,
      await source.lawList(m, 'subject'),
      await reader.issuers(),
      (r, name, _p, pos) => r.addIssuer({ name, place: '', code: '' }, pos),
    ),
    lawListMap(
      ctx,
      await source.lawList(m, 'area'),
      await reader.fields(),
      (r, name, parent, pos) => r.addField(name, parent, pos),
    ),
  ]);
  const typeNames = new Map(
    (await source.lawList(m, 'cat')).map((c) => [c.id, decodeText(c.title)]),
  );
  const issuerNames = new Map(
    (await source.lawList(m, 'subject')).map((c) => [c.id, decodeText(c.title)]),
  );
  const signers = new Map((await source.lawSigners(m)).map((s) => [s.id, s]));
  const today = vnDayKey(ctx.now);
  const laws = await source.laws(m);
  const imported = new Map<number, number>();

  for (const law of laws) {
    const sid = `${m.data}:${law.id}`;
    const name = decodeText(law.title) || `#${law.id}`;
    const typeId = types.get(law.cid);
    const issuerId = issuers.get(law.sid);
    if (typeId === undefined || issuerId === undefined) {
      ctx.report.counts.document.skipped++;
      warn(ctx.report, {
        kind: 'document',
        sourceId: sid,
        message: `“${name}”: không có thể loại hoặc cơ quan ban hành trên trang cũ, văn bản không được nhập.`,
      });
      continue;
    }
    const number = tidyNumber(decodeText(law.code)).slice(0, 100);
    const p = parseDocumentNumber(number);
    if (p.form === 'unknown')
      warn(ctx.report, {
        kind: 'document',
        sourceId: sid,
        message: `“${name}”: số hiệu “${number}” không theo mẫu văn bản của Đảng hay Nhà nước, nhập nguyên văn.`,
      });
    const signer = signers.get(law.sgid);
    const everyone = law.groupsView
      .split(',')
      .map((g) => g.trim())
      .includes('6');
    const published = everyone && law.status === 1;
    if (!everyone)
      warn(ctx.report, {
        kind: 'document',
        sourceId: sid,
        message: `“${name}”: trên trang cũ không phải ai cũng xem được, nhập thành bản nháp “Lưu hành nội bộ”.`,
      });
    const issuedOn = vnDay(law.publtime) ?? vnDay(law.addtime) ?? today;
    const effectiveOn = vnDay(law.startvalid);
    const expiresOn = vnDay(law.exptime);
    const effect: Effect =
      expiresOn && expiresOn < today
        ? 'expired'
        : effectiveOn && effectiveOn > today
          ? 'not-yet'
          : 'in-force';
    const summary =
      decodeText(decodeText(law.introtext).replace(/<[^>]*>/g, ' ')).slice(0, 1000) || name;
    const body = law.bodytext.trim()
      ? await rewriteBody(law.bodytext, (rel, t) => ctx.files.resolve(rel, t), ctx.oldHosts)
      : { html: '', problems: [] };
    for (const problem of body.problems)
      warn(ctx.report, { kind: 'document', sourceId: sid, message: `“${name}”: ${problem}` });
    const fieldIds = [
      ...new Set(law.areaIds.map((a) => fields.get(a)).filter((x) => x !== undefined)),
    ];

    // The files, judged by content and kept byte-identical (before any transaction opens).
    const files: {
      i: number;
      name: string;
      data: Buffer;
      info: NonNullable<Awaited<ReturnType<typeof inspectFile>>>;
    }[] = [];
    for (const [i, f] of law.files.entries()) {
      const rel = `${m.upload}/${f}`.replace(/^\/+/, '');
      const data = await readOld(ctx, rel, MAX_FILE_BYTES);
      const info = data ? await inspectFile(data) : undefined;
      if (!data || !info) {
        warn(ctx.report, {
          kind: 'document',
          sourceId: sid,
          message: data
            ? `“${name}”: tệp uploads/${rel} không phải PDF, DOC, DOCX hay ODT, không nhập.`
            : `“${name}”: không tìm thấy tệp uploads/${rel}.`,
        });
        continue;
      }
      files.push({ i, name: fileName(path.basename(f), info.kind, 'van-ban'), data, info });
    }

    const typeName = typeNames.get(law.cid) ?? '';
    const columns: DocumentColumns = {
      number: p.typed,
      numberForm: p.form,
      numberSeq: p.seq,
      numberTypeCode: p.typeCode,
      numberIssuerCode: p.issuerCode,
      numberYear: p.year,
      numberKey: numberKey(p.typed),
      numberOrder: numberOrder(p.seq || p.typed),
      typeId,
      issuerId,
      signerName: decodeText(signer?.title).slice(0, 200),
      signerTitle: decodeText(signer?.positions).slice(0, 200),
      signerAuthority: '',
      signerKey: textKey(decodeText(signer?.title)),
      issuedOn,
      effectiveOn,
      expiresOn,
      effect,
      summary,
      body: body.html,
      scope: everyone ? 'public' : 'internal',
      source: '',
      slug: documentSlug(typeName, p.typed || name),
    };
    const searchText = textKey(
      [
        columns.number,
        typeName,
        issuerNames.get(law.sid) ?? '',
        columns.summary,
        columns.signerName,
        columns.signerTitle,
        htmlToText(columns.body),
        ...files.map((f) => f.info.text),
      ].join(' \n '),
    );
    const state = {
      status: published ? ('published' as const) : ('draft' as const),
      publishedAt: published ? (epoch(law.addtime) ?? ctx.now).toISOString() : null,
      views: Math.max(0, law.viewHits),
    };
    const at = epoch(law.edittime) ?? epoch(law.addtime) ?? ctx.now;
    if (!ctx.dry)
      for (const f of files)
        if (!(await ctx.storage.has(f.info.key))) await ctx.storage.put(f.info.key, f.data);

    /** Files (re)attached in order; the map says which file number each old download id is. */
    const attach = async (repo: ImportRepository, tx: Db, id: number) => {
      const docs = documentRepository(tx);
      for (const n of await repo.documentFileNumbers(id)) await docs.removeFile(id, n);
      for (const f of files) {
        const n = await docs.addFile(id, { ...f.info, name: f.name, storageKey: f.info.key }, at);
        await repo.putItem('docfile', `${id}:${f.i}`, { targetId: n });
        await repo.putItem('docfile-path', `${m.upload}/${law.files[f.i]}`, {
          targetId: id,
          alias: String(n),
        });
      }
      await docs.setFieldIds(id, fieldIds);
      await repo.setDocumentState(id, state);
    };
    const sum = checksum([law, typeId, issuerId, fieldIds, files.map((f) => f.info.sha256)]);
    const id = await upsert(ctx, 'document', sid, sum, aliasKey(law.alias), {
      exists: (id) => ctx.repo.documentExists(id),
      insert: async (repo, tx) => {
        const id = await documentRepository(tx).insert(columns, null, at, searchText);
        await attach(repo, tx, id);
        return id;
      },
      update: async (repo, id, tx) => {
        await documentRepository(tx).update(id, columns, at, searchText);
        await attach(repo, tx, id);
      },
    });
    if (id) imported.set(law.id, id);
  }

  // Relations, once every document of the module is in (they name each other by old id).
  if (ctx.dry) return;
  for (const law of laws) {
    const from = imported.get(law.id);
    if (!from) continue;
    const list = [
      ...law.replacement.map((o) => ({ kind: 'replaces', toId: imported.get(o) })),
      ...law.relatement.map((o) => ({ kind: 'related', toId: imported.get(o) })),
    ].filter((r): r is { kind: string; toId: number } => !!r.toId && r.toId !== from);
    if (list.length)
      await inTransaction(ctx.db, (tx) => documentRepository(tx).setOutgoing(from, list));
  }
}

/**
 * Banners (`<prefix>_banners_rows`, images in uploads/banners/) → the banner module: wide plans
 * go to the top of the home page, the others to the side column; dates from `publ_time` and
 * `exp_time`; only http(s) links kept. An HTML-only banner (`bannerhtml`, no file) takes
 * its first uploads/ image and http(s) link, its markup never carried over (scripts and frames
 * named in the report); one with no image is reported, not imported.
 */
async function importBanners(ctx: Ctx, source: NukevietReader): Promise<void> {
  for (const b of await source.banners()) {
    const sid = String(b.id);
    const title = (decodeText(b.title) || decodeText(b.fileAlt) || `Banner ${b.id}`).slice(0, 200);
    let rel = `banners/${b.fileName}`;
    let data = b.fileName ? await readOld(ctx, rel, 3 * 1024 * 1024) : undefined;
    let link = decodeText(b.clickUrl);
    // An HTML banner (no image file): its first image and link, never its markup.
    if (!data && !b.fileName && b.html.trim()) {
      const h = readHtmlBanner(b.html);
      const fromHtml = h.src ? uploadsPath(h.src, ctx.oldHosts) : undefined;
      const dropped = h.dropped.length ? `; bỏ mã nhúng (${h.dropped.join(', ')})` : '';
      if (!fromHtml) {
        ctx.report.counts.banner.skipped++;
        warn(ctx.report, {
          kind: 'banner',
          sourceId: sid,
          message: `Banner “${title}” dạng HTML không có ảnh trong uploads/ (nội dung: “${h.text || '—'}”${dropped}), không nhập; thêm lại bằng tay nếu cần.`,
        });
        continue;
      }
      rel = fromHtml;
      data = await readOld(ctx, rel, 3 * 1024 * 1024);
      if (!link && h.href) link = decodeText(h.href);
      warn(ctx.report, {
        kind: 'banner',
        sourceId: sid,
        message: `Banner “${title}” dạng HTML: nhập ảnh uploads/${rel}${h.href ? ` và liên kết ${h.href.slice(0, 100)}` : ''}${dropped}.`,
      });
    }
    if (!data) {
      ctx.report.counts.banner.skipped++;
      warn(ctx.report, {
        kind: 'banner',
        sourceId: sid,
        message: `Banner “${title}”: không tìm thấy ảnh uploads/${rel}, không nhập.`,
      });
      continue;
    }
    const linkUrl = isWebUrl(link) ? link.slice(0, 500) : '';
    if (link && !linkUrl)
      warn(ctx.report, {
        kind: 'banner',
        sourceId: sid,
        message: `Banner “${title}”: liên kết “${link.slice(0, 100)}” không phải http(s), bỏ liên kết.`,
      });
    const placement: BannerPlacement =
      b.planWidth > 0 && b.planWidth > b.planHeight * 2 ? 'home' : 'sidebar';
    const startsOn = vnDay(b.publTime) ?? vnDayKey(ctx.now);
    let endsOn = vnDay(b.expTime) ?? '2099-12-31';
    if (endsOn < startsOn) endsOn = startsOn;
    const fields = { title, linkUrl, startsOn, endsOn, placement, active: b.act === 1 };
    const sum = checksum([b, data.length]);
    const known = await ctx.repo.item('banner', sid);
    if (known && known.checksum === sum && (await ctx.repo.bannerExists(known.targetId))) {
      ctx.report.counts.banner.unchanged++;
      continue;
    }
    let image: { key: string; width: number; height: number } | undefined;
    if (!ctx.dry)
      try {
        image = await storeSiteImage(ctx.storage, data, 'banner');
      } catch {
        ctx.report.counts.banner.skipped++;
        warn(ctx.report, {
          kind: 'banner',
          sourceId: sid,
          message: `Banner “${title}”: uploads/${rel} không phải ảnh đọc được, không nhập.`,
        });
        continue;
      }
    const row = {
      ...fields,
      imageKey: image?.key ?? '',
      width: image?.width ?? 0,
      height: image?.height ?? 0,
    };
    await upsert(ctx, 'banner', sid, sum, '', {
      exists: (id) => ctx.repo.bannerExists(id),
      insert: async (_repo, tx) => {
        const banners = bannerRepository(tx);
        return banners.insert(row, (await banners.countIn(placement)) + b.weight, ctx.now);
      },
      update: (_repo, id, tx) => bannerRepository(tx).update(id, row, ctx.now),
    });
  }
}

/** The database an import read, for the history line (no password, no user). */
function historyLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return 'cơ sở dữ liệu cũ';
  }
}

/** A stored address whose password was masked (the process that knew it has stopped). */
function needsPassword(url: string): boolean {
  try {
    return new URL(url).password === '***';
  } catch {
    return false;
  }
}

/** A run that needs its password given again before it can go on. */
class PasswordNeeded extends Error {
  constructor() {
    super(
      'Cần nhập lại mật khẩu cơ sở dữ liệu để tiếp tục (mật khẩu không được lưu): npm run import -- --resume <số> với biến môi trường NUKEVIET_DB_PASSWORD.',
    );
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
