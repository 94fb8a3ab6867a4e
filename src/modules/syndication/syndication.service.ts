import { currentSiteId, withSite } from '../../db/site-scope.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import { Conflict, Forbidden, NotFound, Validation } from '../../http/errors.ts';
import type { Logger } from '../../lib/log.ts';
import type { Account } from '../account/account.ts';
import { can, canSomewhere } from '../account/account.policy.ts';
import { articlePath } from '../article/article.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { Section } from '../site/site.ts';
import { say } from './syndication.messages.ts';
import type { ProposalRow, SyndicationRepository } from './syndication.repository.ts';

/** What the Tin cơ sở use cases write through, bound to one transaction. */
export interface SyndicationWrites {
  repo: SyndicationRepository;
  audit: AuditService;
}

/** What a site is to Tin cơ sở: its name, the site it reports to, its public address. */
export interface SyndicationSite {
  id: number;
  name: string;
  parentId: number | null;
}

/** How the copies of a commune article stand, for its page in the commune's newsroom. */
export interface ProposalState {
  /** The site the article can be proposed to, or undefined (a site with no parent). */
  parent?: { id: number; name: string };
  proposal?: ProposalRow;
}

const HOME_BLOCK_SIZE = 6;

/**
 * Tin cơ sở: a commune's published article is proposed to the province ("đề xuất đăng lên
 * trang tỉnh"); the province's approvers accept it into one of their sections (a published copy
 * with a link and canonical to the original; its reads counted on the province) or decline it
 * with a note the commune reads. A correction or withdrawal of the original reaches every copy
 * (`follow`, called after each public change of an article).
 */
export function syndicationService(deps: {
  repo: SyndicationRepository;
  tx: UnitOfWork<SyndicationWrites>;
  sites: {
    byId(id: number): SyndicationSite | undefined;
    /** The absolute address of a site's home, without a trailing slash. */
    baseOf(id: number): string;
  };
  /** The current site's sections. */
  sections: () => Promise<Section[]>;
  clock: () => Date;
  log: Logger;
}) {
  const { repo, tx } = deps;
  const now = () => deps.clock();

  function parentOfCurrent(): SyndicationSite | undefined {
    const site = deps.sites.byId(currentSiteId());
    return site?.parentId ? deps.sites.byId(site.parentId) : undefined;
  }

  return {
    /** Whether the current site reports to another (its articles may be proposed there). */
    canPropose(): boolean {
      return parentOfCurrent() !== undefined;
    },

    /** The proposal of one of the current site's articles to its parent site. */
    async state(articleId: number): Promise<ProposalState> {
      const parent = parentOfCurrent();
      if (!parent) return {};
      return {
        parent: { id: parent.id, name: parent.name },
        proposal: await repo.of(articleId, parent.id),
      };
    },

    /** Proposes one of the current site's published articles to the site it reports to. */
    async propose(
      actor: Actor,
      account: Account,
      article: { id: number; sectionId: number; status: string; title: string },
      note: string,
    ): Promise<void> {
      const parent = parentOfCurrent();
      if (!parent) throw new Forbidden(say('syndication.no_parent'));
      if (!can(account, 'article.publish', article.sectionId))
        throw new Forbidden(say('syndication.forbidden'));
      if (article.status !== 'published')
        throw Validation.of('_', say('syndication.not_published'));
      const existing = await repo.of(article.id, parent.id);
      if (existing?.status === 'proposed') throw new Conflict(say('syndication.already'));
      if (existing?.status === 'accepted') throw new Conflict(say('syndication.already_accepted'));
      const from = currentSiteId();
      await tx(async ({ repo, audit }) => {
        await repo.propose({
          articleId: article.id,
          fromSiteId: from,
          siteId: parent.id,
          note: note.trim().slice(0, 500),
          proposedBy: actor.id,
          at: now(),
        });
        await audit.record(actor, 'article.proposed', {
          type: 'article',
          id: article.id,
          summary: `${article.title} → ${parent.name}`,
        });
      });
    },

    /** What the current site received: waiting proposals first, then the latest answers. */
    async inbox(): Promise<ProposalRow[]> {
      return repo.toSite(currentSiteId(), 100);
    },

    /** How many proposals wait for the current site (the navigation's count). */
    waiting: () => repo.waiting(currentSiteId()),

    /** Accepts a proposal into one of the current site's sections: the copy is published now. */
    async accept(
      actor: Actor,
      account: Account,
      proposalId: number,
      sectionId: number | undefined,
    ): Promise<number> {
      const site = currentSiteId();
      const p = await repo.byId(proposalId, site);
      if (!p) throw new NotFound(say('syndication.not_found'));
      if (p.status !== 'proposed') throw new Conflict(say('syndication.decided'));
      const sections = await deps.sections();
      const section = sections.find((s) => s.id === sectionId && s.kind === 'articles');
      if (!section) throw Validation.of('sectionId', say('syndication.section_required'));
      if (!can(account, 'article.publish', section.id))
        throw new Forbidden(say('syndication.accept_forbidden'));
      const original = await repo.original(p.articleId);
      if (!original || original.status !== 'published' || original.siteId !== p.fromSiteId)
        throw Validation.of('_', say('syndication.original_gone'));
      const from = deps.sites.byId(p.fromSiteId);
      const originSections = await withSite(p.fromSiteId, () => deps.sections());
      const originSection = originSections.find((s) => s.id === original.sectionId);
      const url = `${deps.sites.baseOf(p.fromSiteId)}${articlePath(originSection?.slug ?? 'bai-viet', original)}`;
      return tx(async ({ repo, audit }) => {
        const copyId = await repo.insertCopy(
          original,
          { siteId: site, sectionId: section.id },
          { name: from?.name ?? p.fromSiteName, url },
          now(),
        );
        if (
          !(await repo.decide(p.id, site, {
            status: 'accepted',
            note: '',
            by: actor.id,
            at: now(),
            copyId,
          }))
        )
          throw new Conflict(say('syndication.decided'));
        await audit.record(actor, 'article.syndicated', {
          type: 'article',
          id: copyId,
          summary: `${original.title} (${p.fromSiteName}) → ${section.name}`,
          detail: { proposal: p.id, original: original.id, from: p.fromSiteId },
        });
        return copyId;
      });
    },

    /** Declines a proposal with the note the commune will read. */
    async decline(actor: Actor, account: Account, proposalId: number, note: string): Promise<void> {
      const site = currentSiteId();
      if (!canSomewhere(account, 'article.publish'))
        throw new Forbidden(say('syndication.decline_forbidden'));
      const text = note.trim().slice(0, 500);
      if (!text) throw Validation.of('note', say('syndication.note_required'));
      const p = await repo.byId(proposalId, site);
      if (!p) throw new NotFound(say('syndication.not_found'));
      await tx(async ({ repo, audit }) => {
        if (
          !(await repo.decide(p.id, site, {
            status: 'declined',
            note: text,
            by: actor.id,
            at: now(),
          }))
        )
          throw new Conflict(say('syndication.decided'));
        await audit.record(actor, 'article.syndication_declined', {
          type: 'article',
          id: p.articleId,
          summary: `${p.title} (${p.fromSiteName})`,
          detail: { proposal: p.id, note: text },
        });
      });
    },

    /**
     * After a public change of article `id`: its copies on other sites take its corrected text,
     * or are withdrawn with it (each copy's change audited on the copy's site).
     */
    async follow(id: number): Promise<void> {
      // Only a site that reports to another can have copies elsewhere (no query on the province).
      if (!parentOfCurrent()) return;
      const copies = await repo.copiesOf(id);
      if (!copies.length) return;
      const o = await repo.original(id);
      if (!o) return;
      const system: Actor = { id: null, name: 'Hệ thống (theo bài gốc)', ip: '', userAgent: '' };
      for (const c of copies) {
        await withSite(c.siteId, () =>
          tx(async ({ repo, audit }) => {
            if (o.status === 'published') {
              if (await repo.followText(c.id, o, now())) {
                await repo.noteOnCopy(
                  c.id,
                  'Bài gốc của đơn vị đã được đính chính; bài đăng lại đã cập nhật theo.',
                  now(),
                );
                await audit.record(system, 'article.syndicated_followed', {
                  type: 'article',
                  id: c.id,
                  summary: `${o.title} — đính chính theo bài gốc`,
                });
              }
            } else if (c.status === 'published') {
              const reason = o.withdrawnReason?.trim()
                ? `Bài gốc đã được gỡ: ${o.withdrawnReason.trim()}`
                : 'Bài gốc đã được gỡ khỏi trang của đơn vị.';
              if (await repo.withdrawCopy(c.id, o.id, reason, now()))
                await audit.record(system, 'article.syndicated_followed', {
                  type: 'article',
                  id: c.id,
                  summary: `${o.title} — gỡ theo bài gốc`,
                });
            }
          }),
        ).catch((err: unknown) =>
          deps.log.error({ err, copy: c.id, original: id }, 'copy not updated'),
        );
      }
    },

    /** The latest commune news republished on the current site (the home's "Tin cơ sở"). */
    async latest(): Promise<
      { title: string; path: string; from: string; publishedAt: Date | null }[]
    > {
      const rows = await repo.latestCopies(currentSiteId(), now(), HOME_BLOCK_SIZE);
      return rows.map((r) => ({
        title: r.title,
        path: articlePath(r.sectionSlug, r),
        from: r.sourceName ?? '',
        publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
      }));
    },
  };
}

export type SyndicationService = ReturnType<typeof syndicationService>;
