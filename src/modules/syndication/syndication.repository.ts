import type { Db } from '../../db/connect.ts';

import type { Original, ProposalRow } from './syndication.ts';

export type { Original, ProposalRow } from './syndication.ts';

/**
 * Tin cơ sở: the one repository that works across sites on purpose (a proposal links a
 * commune's article to the province; a copy follows its original). Every query names its sites
 * explicitly instead of using the request's scope; the service decides who may do what.
 */
export function syndicationRepository(db: Db) {
  const k = db.kysely;
  const proposals = () =>
    k
      .selectFrom('articleProposal as p')
      .innerJoin('article as a', 'a.id', 'p.articleId')
      .innerJoin('site as s', 's.id', 'p.fromSiteId')
      .select([
        'p.id',
        'p.articleId',
        'p.fromSiteId',
        's.name as fromSiteName',
        'p.siteId',
        'p.status',
        'p.note',
        'p.copyId',
        'p.proposedAt',
        'p.decidedAt',
        'a.title',
        'a.lead',
        'a.status as articleStatus',
        'a.publishedAt',
      ]);
  const toRow = (r: Awaited<ReturnType<ReturnType<typeof proposals>['executeTakeFirstOrThrow']>>) =>
    ({
      ...r,
      status: r.status as ProposalRow['status'],
      proposedAt: new Date(r.proposedAt),
      decidedAt: r.decidedAt ? new Date(r.decidedAt) : null,
      publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
    }) satisfies ProposalRow;

  return {
    /** The proposal of an article to a site, if any. */
    async of(articleId: number, siteId: number): Promise<ProposalRow | undefined> {
      const r = await proposals()
        .where('p.articleId', '=', articleId)
        .where('p.siteId', '=', siteId)
        .executeTakeFirst();
      return r && toRow(r);
    },
    async byId(id: number, siteId: number): Promise<ProposalRow | undefined> {
      const r = await proposals()
        .where('p.id', '=', id)
        .where('p.siteId', '=', siteId)
        .executeTakeFirst();
      return r && toRow(r);
    },
    /** Proposals to a site: those waiting first, then the latest decisions. */
    async toSite(siteId: number, limit: number): Promise<ProposalRow[]> {
      const rows = await proposals()
        .where('p.siteId', '=', siteId)
        .orderBy((eb) => eb.case().when('p.status', '=', 'proposed').then(0).else(1).end())
        .orderBy('p.proposedAt', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toRow);
    },
    async waiting(siteId: number): Promise<number> {
      const r = await k
        .selectFrom('articleProposal')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('siteId', '=', siteId)
        .where('status', '=', 'proposed')
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    /** Proposes (or proposes again after a refusal). */
    async propose(p: {
      articleId: number;
      fromSiteId: number;
      siteId: number;
      note: string;
      proposedBy: number | null;
      at: Date;
    }): Promise<void> {
      const existing = await k
        .selectFrom('articleProposal')
        .select('id')
        .where('articleId', '=', p.articleId)
        .where('siteId', '=', p.siteId)
        .executeTakeFirst();
      if (existing) {
        await k
          .updateTable('articleProposal')
          .set({
            status: 'proposed',
            note: p.note,
            proposedBy: p.proposedBy,
            proposedAt: p.at.toISOString(),
            decidedAt: null,
            decidedBy: null,
          })
          .where('id', '=', existing.id)
          .where('status', '=', 'declined')
          .execute();
        return;
      }
      await k
        .insertInto('articleProposal')
        .values({
          articleId: p.articleId,
          fromSiteId: p.fromSiteId,
          siteId: p.siteId,
          status: 'proposed',
          note: p.note,
          copyId: null,
          proposedBy: p.proposedBy,
          proposedAt: p.at.toISOString(),
          decidedBy: null,
          decidedAt: null,
        })
        .execute();
    },
    /** Records the answer, only if it is still waiting; false when someone answered first. */
    async decide(
      id: number,
      siteId: number,
      d: {
        status: 'accepted' | 'declined';
        note: string;
        by: number | null;
        at: Date;
        copyId?: number;
      },
    ): Promise<boolean> {
      const r = await k
        .updateTable('articleProposal')
        .set({
          status: d.status,
          note: d.note,
          decidedBy: d.by,
          decidedAt: d.at.toISOString(),
          copyId: d.copyId ?? null,
        })
        .where('id', '=', id)
        .where('siteId', '=', siteId)
        .where('status', '=', 'proposed')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** An article of any site (the original of a proposal or a copy). */
    async original(id: number): Promise<Original | undefined> {
      return k
        .selectFrom('article')
        .select([
          'id',
          'siteId',
          'sectionId',
          'slug',
          'title',
          'lead',
          'bodyHtml',
          'bodyJson',
          'byline',
          'status',
          'withdrawnReason',
          'publishedAt',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
    },
    /** Makes the published copy of `o` on site `siteId`, in section `sectionId`. */
    async insertCopy(
      o: Original,
      to: { siteId: number; sectionId: number },
      source: { name: string; url: string },
      at: Date,
    ): Promise<number> {
      const now = at.toISOString();
      const r = await k
        .insertInto('article')
        .values({
          siteId: to.siteId,
          sectionId: to.sectionId,
          slug: o.slug,
          title: o.title,
          lead: o.lead,
          bodyHtml: o.bodyHtml,
          bodyJson: o.bodyJson,
          byline: o.byline,
          status: 'published',
          publishedAt: now,
          createdAt: now,
          updatedAt: now,
          sourceName: source.name,
          sourceUrl: source.url,
          originId: o.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    /** The copies that republish article `originId`. */
    async copiesOf(originId: number): Promise<{ id: number; siteId: number; status: string }[]> {
      return k
        .selectFrom('article')
        .select(['id', 'siteId', 'status'])
        .where('originId', '=', originId)
        .execute();
    },
    /** A copy takes its original's text again (after a correction of the original). */
    async followText(copyId: number, o: Original, at: Date): Promise<boolean> {
      const r = await k
        .updateTable('article')
        .set({
          title: o.title,
          lead: o.lead,
          bodyHtml: o.bodyHtml,
          bodyJson: o.bodyJson,
          byline: o.byline,
          updatedAt: at.toISOString(),
        })
        .where('id', '=', copyId)
        .where('originId', '=', o.id)
        .where((eb) =>
          eb.or([
            eb('title', '!=', o.title),
            eb('lead', '!=', o.lead),
            eb('bodyHtml', '!=', o.bodyHtml),
            eb('byline', '!=', o.byline),
          ]),
        )
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** A copy is withdrawn with its original. */
    async withdrawCopy(
      copyId: number,
      originId: number,
      reason: string,
      at: Date,
    ): Promise<boolean> {
      const r = await k
        .updateTable('article')
        .set({
          status: 'withdrawn',
          withdrawnAt: at.toISOString(),
          withdrawnReason: reason,
          updatedAt: at.toISOString(),
        })
        .where('id', '=', copyId)
        .where('originId', '=', originId)
        .where('status', '=', 'published')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** A correction note on a copy, saying the original was corrected. */
    async noteOnCopy(copyId: number, text: string, at: Date): Promise<void> {
      await k
        .insertInto('articleNote')
        .values({
          articleId: copyId,
          kind: 'correction',
          text,
          accountId: null,
          accountName: 'Hệ thống (theo bài gốc)',
          fromStatus: 'published',
          toStatus: 'published',
          createdAt: at.toISOString(),
        })
        .execute();
    },
    /** The latest published copies on a site: the "Tin cơ sở" block. */
    async latestCopies(
      siteId: number,
      now: Date,
      limit: number,
    ): Promise<
      {
        id: number;
        slug: string;
        title: string;
        sectionSlug: string;
        sourceName: string | null;
        publishedAt: string | null;
      }[]
    > {
      return k
        .selectFrom('article as a')
        .innerJoin('section as s', 's.id', 'a.sectionId')
        .select([
          'a.id',
          'a.slug',
          'a.title',
          's.slug as sectionSlug',
          'a.sourceName',
          'a.publishedAt',
        ])
        .where('a.siteId', '=', siteId)
        .where('a.originId', 'is not', null)
        .where('a.status', '=', 'published')
        .where('a.publishedAt', '<=', now.toISOString())
        .orderBy('a.publishedAt', 'desc')
        .orderBy('a.id', 'desc')
        .limit(limit)
        .execute();
    },
  };
}

export type SyndicationRepository = ReturnType<typeof syndicationRepository>;
