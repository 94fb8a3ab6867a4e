import { sql } from 'kysely';
import { currentSiteId } from '../../db/site-scope.ts';
import type { Executor } from '../../db/transaction.ts';
import type { ImportRunRow } from './import.ts';

export type { ImportRunRow } from './import.ts';

/** An item of the source-id map. */
export interface ImportItem {
  targetId: number;
  checksum: string;
  baseline: number;
}

/** A new or updated article as the import writes it. */
export interface ImportedArticle {
  sectionId: number;
  slug: string;
  title: string;
  lead: string;
  bodyHtml: string;
  byline: string;
  status: string;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  imageId: number | null;
  sourceName: string | null;
  sourceUrl: string | null;
  scheduledAt: string | null;
  unpublishAt: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
}

/**
 * The import's tables (`import_item`, `import_run`) and the writes an import makes into the
 * content tables (sections, articles, tags, pages, web links, the visitor offset). Everything is
 * filtered and stamped with the current site; updates by id carry the site id too.
 */
export function importRepository(k: Executor, source = 'nukeviet') {
  const site = () => currentSiteId();
  /** The "nhập từ …" line of an imported article's history (its notes). */
  const historyNote = async (articleId: number, status: string, text: string) => {
    await k
      .insertInto('articleNote')
      .values({
        articleId,
        kind: 'note',
        text: text.slice(0, 1000),
        accountId: null,
        accountName: 'Hệ thống (nhập dữ liệu)',
        fromStatus: status,
        toStatus: status,
        createdAt: new Date().toISOString(),
      })
      .execute();
  };
  return {
    async item(kind: string, sourceId: string): Promise<ImportItem | undefined> {
      return k
        .selectFrom('importItem')
        .select(['targetId', 'checksum', 'baseline'])
        .where('siteId', '=', site())
        .where('source', '=', source)
        .where('kind', '=', kind)
        .where('sourceId', '=', sourceId)
        .executeTakeFirst()
        .then((r) => r && { ...r, baseline: Number(r.baseline) });
    },
    /** Map rows of many items of one kind at once, by source id. */
    async items(kind: string, sourceIds: string[]): Promise<Map<string, ImportItem>> {
      const out = new Map<string, ImportItem>();
      if (!sourceIds.length) return out;
      const rows = await k
        .selectFrom('importItem')
        .select(['sourceId', 'targetId', 'checksum', 'baseline'])
        .where('siteId', '=', site())
        .where('source', '=', source)
        .where('kind', '=', kind)
        .where('sourceId', 'in', sourceIds)
        .execute();
      for (const r of rows)
        out.set(r.sourceId, {
          targetId: r.targetId,
          checksum: r.checksum,
          baseline: Number(r.baseline),
        });
      return out;
    },
    async putItem(
      kind: string,
      sourceId: string,
      v: { targetId: number; alias?: string; checksum?: string; baseline?: number },
    ): Promise<void> {
      const now = new Date().toISOString();
      const values = {
        targetId: v.targetId,
        sourceAlias: v.alias ?? '',
        checksum: v.checksum ?? '',
        baseline: v.baseline ?? 0,
        updatedAt: now,
      };
      await k
        .insertInto('importItem')
        .values({ siteId: site(), source, kind, sourceId, ...values })
        .onConflict((oc) =>
          oc.columns(['siteId', 'source', 'kind', 'sourceId']).doUpdateSet(values),
        )
        .execute();
    },
    /** Many new map rows of one kind (or their update) in one statement. */
    async putItems(
      kind: string,
      list: {
        sourceId: string;
        targetId: number;
        alias: string;
        checksum: string;
        baseline: number;
      }[],
    ): Promise<void> {
      if (!list.length) return;
      const now = new Date().toISOString();
      await k
        .insertInto('importItem')
        .values(
          list.map((v) => ({
            siteId: site(),
            source,
            kind,
            sourceId: v.sourceId,
            targetId: v.targetId,
            sourceAlias: v.alias,
            checksum: v.checksum,
            baseline: v.baseline,
            updatedAt: now,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['siteId', 'source', 'kind', 'sourceId']).doUpdateSet((eb) => ({
            targetId: eb.ref('excluded.targetId'),
            sourceAlias: eb.ref('excluded.sourceAlias'),
            checksum: eb.ref('excluded.checksum'),
            baseline: eb.ref('excluded.baseline'),
            updatedAt: eb.ref('excluded.updatedAt'),
          })),
        )
        .execute();
    },
    /** Rows of this site's map that old addresses resolve through. */
    async itemCount(): Promise<number> {
      const r = await k
        .selectFrom('importItem')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('siteId', '=', site())
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },

    // Sections.
    async sectionExists(id: number): Promise<boolean> {
      return !!(await k
        .selectFrom('section')
        .select('id')
        .where('siteId', '=', site())
        .where('id', '=', id)
        .executeTakeFirst());
    },
    async sectionBySlug(slug: string): Promise<{ id: number; kind: string } | undefined> {
      return k
        .selectFrom('section')
        .select(['id', 'kind'])
        .where('siteId', '=', site())
        .where('slug', '=', slug)
        .executeTakeFirst();
    },
    async insertSection(s: {
      parentId: number | null;
      slug: string;
      name: string;
      description: string;
      kind: 'articles' | 'pages';
      position: number;
    }): Promise<number> {
      const r = await k
        .insertInto('section')
        .values({ ...s, siteId: site(), showOnHome: 0, createdAt: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async updateSection(
      id: number,
      s: { parentId: number | null; name: string; description: string; position: number },
    ): Promise<void> {
      await k
        .updateTable('section')
        .set(s)
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },

    // Articles.
    /** Up to `limit` of this site's articles without a search row (an import stopped between). */
    async articlesWithoutSearchRow(limit: number): Promise<number[]> {
      const r = await sql<{ id: number }>`SELECT a.id FROM article a
        WHERE a.site_id = ${site()}
          AND NOT EXISTS (SELECT 1 FROM article_search s WHERE s.article_id = a.id)
        ORDER BY a.id LIMIT ${limit}`.execute(k);
      return r.rows.map((x) => Number(x.id));
    },
    async articleExists(id: number): Promise<boolean> {
      return !!(await k
        .selectFrom('article')
        .select('id')
        .where('siteId', '=', site())
        .where('id', '=', id)
        .executeTakeFirst());
    },
    async insertArticle(a: ImportedArticle, readCount: number, history?: string): Promise<number> {
      const r = await k
        .insertInto('article')
        .values({ ...a, siteId: site(), readCount })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (history) await historyNote(r.id, a.status, `Nhập từ ${history}.`);
      return r.id;
    },
    /**
     * New articles at once (one statement each for the rows, their history lines, secondary
     * sections and tags): their ids, in the order given. The ids of one INSERT are handed out
     * in the order of its rows on both databases; RETURNING's order is not promised, so they
     * are sorted.
     */
    async insertArticles(
      list: { a: ImportedArticle; readCount: number; secondary: number[]; tagIds: number[] }[],
      history?: string,
    ): Promise<number[]> {
      if (!list.length) return [];
      const rows = await k
        .insertInto('article')
        .values(list.map((x) => ({ ...x.a, siteId: site(), readCount: x.readCount })))
        .returning('id')
        .execute();
      const ids = rows.map((r) => r.id).sort((x, y) => x - y);
      if (ids.length !== list.length) throw new Error('bulk article insert lost rows');
      const now = new Date().toISOString();
      if (history)
        await k
          .insertInto('articleNote')
          .values(
            list.map((x, i) => ({
              articleId: ids[i]!,
              kind: 'note',
              text: `Nhập từ ${history}.`.slice(0, 1000),
              accountId: null,
              accountName: 'Hệ thống (nhập dữ liệu)',
              fromStatus: x.a.status,
              toStatus: x.a.status,
              createdAt: now,
            })),
          )
          .execute();
      const sections = list.flatMap((x, i) =>
        x.secondary.map((sectionId) => ({ articleId: ids[i]!, sectionId })),
      );
      if (sections.length) await k.insertInto('articleSection').values(sections).execute();
      const tags = list.flatMap((x, i) => x.tagIds.map((tagId) => ({ articleId: ids[i]!, tagId })));
      if (tags.length) await k.insertInto('articleTag').values(tags).execute();
      return ids;
    },
    /** Updates the imported fields; the read count moves by the change of the old baseline. */
    async updateArticle(
      id: number,
      a: ImportedArticle,
      readDelta: number,
      history?: string,
    ): Promise<void> {
      if (history) await historyNote(id, a.status, `Cập nhật khi nhập lại từ ${history}.`);
      await k
        .updateTable('article')
        .set({
          ...a,
          readCount: sql<number>`read_count + ${readDelta}`,
          version: sql<number>`version + 1`,
        })
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },
    /** `fresh`: the article was just inserted (nothing to remove first). */
    async setSecondarySections(
      articleId: number,
      sectionIds: number[],
      fresh = false,
    ): Promise<void> {
      if (!fresh) await k.deleteFrom('articleSection').where('articleId', '=', articleId).execute();
      if (sectionIds.length)
        await k
          .insertInto('articleSection')
          .values(sectionIds.map((sectionId) => ({ articleId, sectionId })))
          .execute();
    },
    async setTags(articleId: number, tagIds: number[], fresh = false): Promise<void> {
      if (!fresh) await k.deleteFrom('articleTag').where('articleId', '=', articleId).execute();
      if (tagIds.length)
        await k
          .insertInto('articleTag')
          .values(tagIds.map((tagId) => ({ articleId, tagId })))
          .execute();
    },

    // Tags (shared by every site: one row per slug).
    async tag(slug: string, name: string): Promise<number> {
      await k
        .insertInto('tag')
        .values({ slug, name })
        .onConflict((oc) => oc.column('slug').doNothing())
        .execute();
      const r = await k
        .selectFrom('tag')
        .select('id')
        .where('slug', '=', slug)
        .executeTakeFirstOrThrow();
      return r.id;
    },

    // Static pages (their site is their section's).
    async pageSlugTaken(sectionId: number, slug: string, except?: number): Promise<boolean> {
      let q = k
        .selectFrom('page')
        .select('id')
        .where('sectionId', '=', sectionId)
        .where('slug', '=', slug);
      if (except) q = q.where('id', '!=', except);
      return !!(await q.executeTakeFirst());
    },
    async pageExists(id: number): Promise<boolean> {
      return !!(await k
        .selectFrom('page')
        .innerJoin('section', 'section.id', 'page.sectionId')
        .select('page.id')
        .where('section.siteId', '=', site())
        .where('page.id', '=', id)
        .executeTakeFirst());
    },
    async insertPage(p: {
      sectionId: number;
      slug: string;
      title: string;
      bodyHtml: string;
      position: number;
    }): Promise<number> {
      const r = await k
        .insertInto('page')
        .values({ ...p, updatedAt: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async updatePage(
      id: number,
      p: { title: string; bodyHtml: string; position: number },
    ): Promise<void> {
      await k
        .updateTable('page')
        .set({ ...p, updatedAt: new Date().toISOString() })
        .where('id', '=', id)
        .where('sectionId', 'in', k.selectFrom('section').select('id').where('siteId', '=', site()))
        .execute();
    },

    // Web links.
    async weblinkGroupExists(id: number): Promise<boolean> {
      return !!(await k
        .selectFrom('weblinkGroup')
        .select('id')
        .where('siteId', '=', site())
        .where('id', '=', id)
        .executeTakeFirst());
    },
    async insertWeblinkGroup(name: string, position: number): Promise<number> {
      const r = await k
        .insertInto('weblinkGroup')
        .values({ siteId: site(), name, position })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async updateWeblinkGroup(id: number, name: string, position: number): Promise<void> {
      await k
        .updateTable('weblinkGroup')
        .set({ name, position })
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },
    async weblinkExists(id: number): Promise<boolean> {
      return !!(await k
        .selectFrom('weblink')
        .select('id')
        .where('siteId', '=', site())
        .where('id', '=', id)
        .executeTakeFirst());
    },
    async insertWeblink(l: {
      groupId: number;
      title: string;
      url: string;
      position: number;
      active: number;
    }): Promise<number> {
      const r = await k
        .insertInto('weblink')
        .values({ ...l, siteId: site(), newTab: 1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async updateWeblink(
      id: number,
      l: { groupId: number; title: string; url: string; position: number; active: number },
    ): Promise<void> {
      await k
        .updateTable('weblink')
        .set(l)
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },

    // Documents (Văn bản): rows are written through the document module's repository; the
    // import sets what a form never does (the old status, posting time and read count).
    async documentExists(id: number): Promise<boolean> {
      return !!(await k
        .selectFrom('document')
        .select('id')
        .where('siteId', '=', site())
        .where('id', '=', id)
        .executeTakeFirst());
    },
    async setDocumentState(
      id: number,
      v: { status: 'draft' | 'published'; publishedAt: string | null; views: number },
    ): Promise<void> {
      await k
        .updateTable('document')
        .set({ status: v.status, publishedAt: v.publishedAt, viewCount: v.views })
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },
    async documentFileNumbers(id: number): Promise<number[]> {
      const rows = await k
        .selectFrom('documentFile')
        .select('n')
        .where('siteId', '=', site())
        .where('documentId', '=', id)
        .execute();
      return rows.map((r) => r.n);
    },
    async bannerExists(id: number): Promise<boolean> {
      return !!(await k
        .selectFrom('banner')
        .select('id')
        .where('siteId', '=', site())
        .where('id', '=', id)
        .executeTakeFirst());
    },

    /** A setting of the site (JSON), written like the settings page writes it. */
    async putSetting(key: string, value: unknown): Promise<void> {
      const v = JSON.stringify(value);
      await k
        .insertInto('setting')
        .values({ siteId: site(), key, value: v })
        .onConflict((oc) => oc.columns(['siteId', 'key']).doUpdateSet({ value: v }))
        .execute();
    },
  };
}
export type ImportRepository = ReturnType<typeof importRepository>;

/** Import runs (not scoped by the request's site: the system admin imports into any site). */
export function importRunRepository(k: Executor) {
  const toRun = (r: {
    id: number;
    siteId: number;
    source: string;
    status: string;
    dryRun: number;
    sourceUrl: string;
    sourceLabel: string;
    uploadsDir: string;
    tablePrefix: string;
    cursor: string;
    report: string;
    createdAt: string;
    updatedAt: string;
    finishedAt: string | null;
  }): ImportRunRow => ({ ...r, dryRun: r.dryRun === 1 });
  const columns = [
    'id',
    'siteId',
    'source',
    'status',
    'dryRun',
    'sourceUrl',
    'sourceLabel',
    'uploadsDir',
    'tablePrefix',
    'cursor',
    'report',
    'createdAt',
    'updatedAt',
    'finishedAt',
  ] as const;
  return {
    async create(r: {
      siteId: number;
      source: string;
      dryRun: boolean;
      sourceUrl: string;
      sourceLabel: string;
      uploadsDir: string;
      tablePrefix: string;
      startedBy: number | null;
    }): Promise<number> {
      const now = new Date().toISOString();
      const row = await k
        .insertInto('importRun')
        .values({
          ...r,
          dryRun: r.dryRun ? 1 : 0,
          status: 'queued',
          createdAt: now,
          updatedAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async byId(id: number): Promise<ImportRunRow | undefined> {
      const r = await k
        .selectFrom('importRun')
        .select(columns)
        .where('id', '=', id)
        .executeTakeFirst();
      return r && toRun(r);
    },
    async recent(limit = 20): Promise<ImportRunRow[]> {
      const rows = await k
        .selectFrom('importRun')
        .select(columns)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toRun);
    },
    /** Runs not finished (queued, or running when the process stopped): resumed at start. */
    async unfinished(): Promise<ImportRunRow[]> {
      const rows = await k
        .selectFrom('importRun')
        .select(columns)
        .where('status', 'in', ['queued', 'running'])
        .orderBy('id')
        .execute();
      return rows.map(toRun);
    },
    async progress(id: number, status: string, cursor: string, report: string): Promise<void> {
      await k
        .updateTable('importRun')
        .set({ status, cursor, report, updatedAt: new Date().toISOString() })
        .where('id', '=', id)
        .execute();
    },
    /** Finishes a run; the connection (its password) is forgotten with it. */
    async finish(id: number, status: 'done' | 'failed', report: string): Promise<void> {
      const now = new Date().toISOString();
      await k
        .updateTable('importRun')
        .set({ status, report, sourceUrl: '', updatedAt: now, finishedAt: now })
        .where('id', '=', id)
        .execute();
    },
  };
}
export type ImportRunRepository = ReturnType<typeof importRunRepository>;
