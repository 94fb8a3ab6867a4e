import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { atomic } from '../../db/transaction.ts';
import { fold } from '../../lib/text.ts';
import { toArticle } from '../article/article.repository.ts';
import type { Article, ArticleStatus } from '../article/article.ts';
import type { ArticleDraft, ArticleNote, QueueFilter, QueueItem, Revision } from './newsroom.ts';

/** Row fields written from a draft (content and metadata; not workflow state). */
function draftColumns(d: ArticleDraft) {
  return {
    title: d.title,
    lead: d.lead,
    bodyHtml: d.bodyHtml,
    bodyJson: d.bodyJson,
    byline: d.byline,
    sectionId: d.sectionId,
    sourceName: d.sourceName || null,
    sourceUrl: d.sourceUrl || null,
    sourceDate: d.sourceDate?.toISOString() ?? null,
    imageId: d.imageId,
    seoTitle: d.seoTitle || null,
    seoDescription: d.seoDescription || null,
    featured: d.featured ? 1 : 0,
  };
}

/** An article as the newsroom loads it: with the editor's document, so `draftOf` reads no more of the row. */
export type EditableArticle = Article & { bodyJson: string | null };

/** Newsroom writes and queries on articles (the public read side stays in article.repository). */
export function newsroomRepository(db: Db) {
  const k = db.kysely;

  async function linked(articleId: number) {
    const [secondary, authors, tags] = await Promise.all([
      k
        .selectFrom('articleSection')
        .select('sectionId')
        .where('articleId', '=', articleId)
        .execute(),
      k
        .selectFrom('articleAuthor')
        .select('accountId')
        .where('articleId', '=', articleId)
        .execute(),
      k
        .selectFrom('articleTag')
        .innerJoin('tag', 'tag.id', 'articleTag.tagId')
        .select('tag.name')
        .where('articleTag.articleId', '=', articleId)
        .orderBy('tag.name')
        .execute(),
    ]);
    return {
      secondarySectionIds: secondary.map((r) => r.sectionId),
      authorIds: authors.map((r) => r.accountId),
      tags: tags.map((t) => t.name),
    };
  }

  return {
    async byId(id: number): Promise<EditableArticle | undefined> {
      const row = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { ...toArticle(row), bodyJson: row.bodyJson };
    },

    /** The editable fields of an article as a draft (the row itself is read again only without `bodyJson`). */
    async draftOf(a: Article & { bodyJson?: string | null }): Promise<ArticleDraft> {
      const l = await linked(a.id);
      const row =
        a.bodyJson !== undefined
          ? { bodyJson: a.bodyJson }
          : await k
              .selectFrom('article')
              .where('article.siteId', '=', currentSiteId())
              .select('bodyJson')
              .where('id', '=', a.id)
              .executeTakeFirstOrThrow();
      const event = a.eventId
        ? await k
            .selectFrom('eventThread')
            .select('name')
            .where('id', '=', a.eventId)
            .executeTakeFirst()
        : undefined;
      return {
        title: a.title,
        lead: a.lead,
        bodyHtml: a.bodyHtml,
        bodyJson: row.bodyJson,
        byline: a.byline,
        sectionId: a.sectionId,
        secondarySectionIds: l.secondarySectionIds,
        tags: l.tags,
        eventName: event?.name ?? '',
        authorIds: l.authorIds,
        sourceName: a.sourceName,
        sourceUrl: a.sourceUrl,
        sourceDate: a.sourceDate,
        imageId: a.imageId,
        seoTitle: a.seoTitle,
        seoDescription: a.seoDescription,
        publishedAt: a.publishedAt,
        featured: a.featured,
      };
    },

    async insert(d: ArticleDraft, slug: string, authorId: number, now: Date): Promise<number> {
      const row = await k
        .insertInto('article')
        .values({
          ...draftColumns(d),
          siteId: currentSiteId(),
          slug,
          status: 'draft',
          authorId,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          publishedAt: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /**
     * Writes a draft if the article is still at `version` (optimistic concurrency); returns
     * false when someone else saved in between. Links (sections, authors, tags, event) follow.
     */
    async saveDraft(
      id: number,
      d: ArticleDraft,
      slug: string,
      version: number,
      eventId: number | null,
      now: Date,
    ): Promise<boolean> {
      return atomic(k, async (tx) => {
        const r = await tx
          .updateTable('article')
          .where('siteId', '=', currentSiteId())
          .set({
            ...draftColumns(d),
            slug,
            eventId,
            publishedAt: d.publishedAt?.toISOString() ?? null,
            updatedAt: now.toISOString(),
            version: version + 1,
          })
          .where('id', '=', id)
          .where('version', '=', version)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) return false;
        await tx.deleteFrom('articleSection').where('articleId', '=', id).execute();
        const secondary = d.secondarySectionIds.filter((s) => s !== d.sectionId);
        if (secondary.length)
          await tx
            .insertInto('articleSection')
            .values(secondary.map((sectionId) => ({ articleId: id, sectionId })))
            .execute();
        await tx.deleteFrom('articleAuthor').where('articleId', '=', id).execute();
        if (d.authorIds.length)
          await tx
            .insertInto('articleAuthor')
            .values(d.authorIds.map((accountId) => ({ articleId: id, accountId })))
            .execute();
        await tx.deleteFrom('articleTag').where('articleId', '=', id).execute();
        for (const name of d.tags) {
          const slugOf = fold(name)
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '');
          if (!slugOf) continue;
          await tx
            .insertInto('tag')
            .values({ slug: slugOf, name })
            .onConflict((oc) => oc.column('slug').doNothing())
            .execute();
          const tag = await tx
            .selectFrom('tag')
            .select('id')
            .where('slug', '=', slugOf)
            .executeTakeFirstOrThrow();
          await tx
            .insertInto('articleTag')
            .values({ articleId: id, tagId: tag.id })
            .onConflict((oc) => oc.columns(['articleId', 'tagId']).doNothing())
            .execute();
        }
        return true;
      });
    },

    /**
     * Changes workflow state if the article is still in `from` (never twice, even concurrently)
     * and, when `version` is given, still at that version (nobody saved since it was read).
     */
    async setStatus(
      id: number,
      from: ArticleStatus,
      to: ArticleStatus,
      patch: {
        publishedAt?: Date | null;
        scheduledAt?: Date | null;
        unpublishAt?: Date | null;
        withdrawnAt?: Date;
        withdrawnReason?: string;
      },
      now: Date,
      /** When given, the row must still be at this version (compare-and-set). */
      version?: number,
    ): Promise<boolean> {
      const iso = (d: Date | null | undefined) =>
        d === undefined ? undefined : (d?.toISOString() ?? null);
      let q = k
        .updateTable('article')
        .where('siteId', '=', currentSiteId())
        .set({
          status: to,
          updatedAt: now.toISOString(),
          version: sql`version + 1`,
          ...(patch.publishedAt !== undefined && { publishedAt: iso(patch.publishedAt) }),
          ...(patch.scheduledAt !== undefined && { scheduledAt: iso(patch.scheduledAt) }),
          ...(patch.unpublishAt !== undefined && { unpublishAt: iso(patch.unpublishAt) }),
          ...(patch.withdrawnAt !== undefined && {
            withdrawnAt: patch.withdrawnAt.toISOString(),
            withdrawnReason: patch.withdrawnReason ?? '',
          }),
        })
        .where('id', '=', id)
        .where('status', '=', from);
      if (version !== undefined) q = q.where('version', '=', version);
      const r = await q.executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    /** Ids of scheduled articles due at `now`. */
    async dueToPublish(now: Date): Promise<number[]> {
      const rows = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .select('id')
        .where('status', '=', 'scheduled')
        .where('scheduledAt', '<=', now.toISOString())
        .execute();
      return rows.map((r) => r.id);
    },
    async dueToUnpublish(now: Date): Promise<number[]> {
      const rows = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .select('id')
        .where('status', '=', 'published')
        .where('unpublishAt', '<=', now.toISOString())
        .execute();
      return rows.map((r) => r.id);
    },

    async ensureEvent(name: string, slug: string, now: Date): Promise<number> {
      await k
        .insertInto('eventThread')
        .values({ slug, name, createdAt: now.toISOString() })
        .onConflict((oc) => oc.column('slug').doNothing())
        .execute();
      return (
        await k
          .selectFrom('eventThread')
          .select('id')
          .where('slug', '=', slug)
          .executeTakeFirstOrThrow()
      ).id;
    },
    eventNames: async () =>
      (await k.selectFrom('eventThread').select('name').orderBy('name').execute()).map(
        (r) => r.name,
      ),

    async insertRevision(r: {
      articleId: number;
      accountId: number | null;
      accountName: string;
      reason: string;
      snapshot: ArticleDraft;
      createdAt: Date;
    }): Promise<void> {
      // One statement: the next number is computed where the row is written.
      await k
        .insertInto('articleRevision')
        .values({
          articleId: r.articleId,
          number: sql<number>`(SELECT COALESCE(MAX(number), 0) + 1 FROM article_revision WHERE article_id = ${r.articleId})`,
          createdAt: r.createdAt.toISOString(),
          accountId: r.accountId,
          accountName: r.accountName,
          reason: r.reason,
          snapshot: JSON.stringify(r.snapshot),
        })
        .execute();
    },
    async lastRevision(
      articleId: number,
    ): Promise<{ createdAt: Date; reason: string; accountId: number | null } | undefined> {
      const r = await k
        .selectFrom('articleRevision')
        .select(['createdAt', 'reason', 'accountId'])
        .where('articleId', '=', articleId)
        .orderBy('number', 'desc')
        .limit(1)
        .executeTakeFirst();
      return r && { ...r, createdAt: new Date(r.createdAt) };
    },
    async revisions(articleId: number): Promise<Revision[]> {
      const rows = await k
        .selectFrom('articleRevision')
        .selectAll()
        .where('articleId', '=', articleId)
        .orderBy('number', 'desc')
        .execute();
      return rows.map((r) => {
        const snap = JSON.parse(r.snapshot) as ArticleDraft & {
          sourceDate: string | null;
          publishedAt: string | null;
        };
        return {
          id: r.id,
          articleId: r.articleId,
          number: r.number,
          createdAt: new Date(r.createdAt),
          accountName: r.accountName,
          reason: r.reason,
          snapshot: {
            ...snap,
            sourceDate: snap.sourceDate ? new Date(snap.sourceDate) : null,
            publishedAt: snap.publishedAt ? new Date(snap.publishedAt) : null,
          },
        };
      });
    },

    async insertNote(
      n: Omit<ArticleNote, 'id'> & { articleId: number; accountId: number | null },
    ): Promise<void> {
      await k
        .insertInto('articleNote')
        .values({ ...n, createdAt: n.createdAt.toISOString() })
        .execute();
    },
    async notes(articleId: number): Promise<ArticleNote[]> {
      const rows = await k
        .selectFrom('articleNote')
        .selectAll()
        .where('articleId', '=', articleId)
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        text: r.text,
        accountName: r.accountName,
        fromStatus: r.fromStatus as ArticleStatus,
        toStatus: r.toStatus as ArticleStatus,
        createdAt: new Date(r.createdAt),
      }));
    },

    /** Takes the edit lock if free, expired, already ours, or when forced (take-over). */
    async acquireLock(
      id: number,
      accountId: number,
      until: Date,
      now: Date,
      force: boolean,
    ): Promise<boolean> {
      let q = k
        .updateTable('article')
        .where('siteId', '=', currentSiteId())
        .set({ lockAccountId: accountId, lockUntil: until.toISOString() })
        .where('id', '=', id);
      if (!force) {
        q = q.where((eb) =>
          eb.or([
            eb('lockAccountId', 'is', null),
            eb('lockAccountId', '=', accountId),
            eb('lockUntil', '<', now.toISOString()),
          ]),
        );
      }
      return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
    },
    async releaseLock(id: number, accountId: number): Promise<void> {
      await k
        .updateTable('article')
        .where('siteId', '=', currentSiteId())
        .set({ lockAccountId: null, lockUntil: null })
        .where('id', '=', id)
        .where('lockAccountId', '=', accountId)
        .execute();
    },

    async queue(f: QueueFilter): Promise<{ items: QueueItem[]; total: number }> {
      let b = k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .leftJoin('account', 'account.id', 'article.authorId');
      if (f.statuses?.length) b = b.where('article.status', 'in', f.statuses);
      if (f.sectionIds)
        b = b.where('article.sectionId', 'in', f.sectionIds.length ? f.sectionIds : [-1]);
      if (f.authorId !== undefined) b = b.where('article.authorId', '=', f.authorId);
      if (f.drafts) {
        const { authorId, openSectionIds } = f.drafts;
        b = b.where((eb) =>
          eb.or([
            eb('article.status', '!=', 'draft'),
            eb('article.authorId', '=', authorId),
            eb('article.sectionId', 'in', openSectionIds.length ? openSectionIds : [-1]),
          ]),
        );
      }
      if (f.from) b = b.where('article.updatedAt', '>=', f.from.toISOString());
      if (f.to) b = b.where('article.updatedAt', '<', f.to.toISOString());
      if (f.q) {
        const like = `%${f.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
        b = b.where((eb) => eb('article.title', 'like', like));
      }
      const total = Number(
        (await b.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      );
      const rows = await b
        .select([
          'article.id',
          'article.title',
          'article.status',
          'article.sectionId',
          'article.updatedAt',
          'article.publishedAt',
          'article.scheduledAt',
          'article.readCount',
          'account.fullName',
        ])
        .orderBy('article.updatedAt', 'desc')
        .orderBy('article.id', 'desc')
        .limit(f.limit)
        .offset(f.offset)
        .execute();
      return {
        total,
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          status: r.status as ArticleStatus,
          sectionId: r.sectionId,
          authorName: r.fullName ?? '',
          updatedAt: new Date(r.updatedAt),
          publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
          scheduledAt: r.scheduledAt ? new Date(r.scheduledAt) : null,
          readCount: Number(r.readCount),
        })),
      };
    },

    /** The latest workflow note of each article (one query), for the dashboard's work lists. */
    async latestNotes(articleIds: number[]): Promise<Map<number, ArticleNote>> {
      const out = new Map<number, ArticleNote>();
      if (!articleIds.length) return out;
      const rows = await k
        .selectFrom('articleNote')
        .selectAll()
        .where('articleId', 'in', articleIds)
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .execute();
      for (const r of rows) {
        if (out.has(r.articleId)) continue;
        out.set(r.articleId, {
          id: r.id,
          kind: r.kind,
          text: r.text,
          accountName: r.accountName,
          fromStatus: r.fromStatus as ArticleStatus,
          toStatus: r.toStatus as ArticleStatus,
          createdAt: new Date(r.createdAt),
        });
      }
      return out;
    },

    /** Article counts per (status, section), for the queue counts in the navigation. */
    async countsBy(
      statuses: ArticleStatus[],
    ): Promise<{ status: ArticleStatus; sectionId: number; authorId: number | null; n: number }[]> {
      const rows = await k
        .selectFrom('article')
        .where('article.siteId', '=', currentSiteId())
        .select(['status', 'sectionId', 'authorId', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', 'in', statuses)
        .groupBy(['status', 'sectionId', 'authorId'])
        .execute();
      return rows.map((r) => ({
        status: r.status as ArticleStatus,
        sectionId: r.sectionId,
        authorId: r.authorId,
        n: Number(r.n),
      }));
    },
  };
}

export type NewsroomRepository = ReturnType<typeof newsroomRepository>;
