import crypto from 'node:crypto';
import { diffWords } from 'diff';
import { Conflict, Forbidden, NotFound, Validation } from '../../http/errors.ts';
import { sanitizeBody } from '../../lib/html.ts';
import { htmlToText } from '../../lib/html-text.ts';
import { slugify } from '../../lib/slug.ts';
import { cleanLine, nfc } from '../../lib/text.ts';
import { can, canSomewhere, type Action } from '../account/account.policy.ts';
import type { Account } from '../account/account.ts';
import { STATUS_LABELS, type Article, type ArticleStatus } from '../article/article.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import { mediaUrl, srcset, type Media } from '../media/media.ts';
import type { MediaRepository } from '../media/media.repository.ts';
import type { Section } from '../site/site.ts';
import type { ArticleService } from '../article/article.service.ts';
import type {
  ArticleDraft,
  ArticleNote,
  MyWork,
  QueueFilter,
  QueueItem,
  Revision,
  WorkList,
} from './newsroom.ts';
import type { EditableArticle, NewsroomRepository } from './newsroom.repository.ts';
import {
  availableTransitions,
  canEditContent,
  canHoldLock,
  canTransition,
  needsNote,
  nextStatus,
  refusedSections,
  seesOthersDrafts,
  shareLinkWorks,
  TRANSITION_LABELS,
  type Transition,
} from './workflow.ts';
import { NEWSROOM_MESSAGES as M, say } from './newsroom.messages.ts';

/** How long an edit lock lasts without a heartbeat (the editor page renews it every 30 s). */
export const LOCK_MS = 2 * 60_000;
/** Autosaves keep at most one revision per this interval. */
const AUTOSAVE_REVISION_MS = 5 * 60_000;

/** An empty draft in a section. */
export function emptyDraft(sectionId: number, byline: string): ArticleDraft {
  return {
    title: '',
    lead: '',
    bodyHtml: '',
    bodyJson: null,
    byline,
    sectionId,
    secondarySectionIds: [],
    tags: [],
    eventName: '',
    authorIds: [],
    sourceName: '',
    sourceUrl: '',
    sourceDate: null,
    imageId: null,
    seoTitle: '',
    seoDescription: '',
    publishedAt: null,
    featured: false,
  };
}

/** Responsive attributes for an image of the media library (WebP srcset, JPEG fallback, real size). */
export function imageAttributes(m: Media): Record<string, string> {
  const webp = srcset(m, 'webp');
  return {
    src: mediaUrl(m.key),
    ...(webp && { srcset: webp, sizes: '(max-width: 760px) 100vw, 720px' }),
    width: String(m.width),
    height: String(m.height),
    loading: 'lazy',
    decoding: 'async',
  };
}

/** Problems that block publication, in Vietnamese (empty when ready). */
export function publicationProblems(d: ArticleDraft, image: Media | undefined): string[] {
  const out: string[] = [];
  if (!d.title.trim()) out.push(M['newsroom.no_title']);
  if (!d.lead.trim()) out.push(M['newsroom.no_lead']);
  if (!htmlToText(d.bodyHtml, { lines: true })) out.push(M['newsroom.no_body']);
  const imgs = [...d.bodyHtml.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
  imgs.forEach((tag, i) => {
    const alt = /\balt="([^"]*)"/.exec(tag)?.[1] ?? '';
    if (!alt.trim()) out.push(M['newsroom.image_no_alt'](i + 1));
  });
  if (image && !image.alt.trim()) out.push(M['newsroom.cover_no_alt']);
  if (d.sourceName && (!d.sourceUrl || !d.sourceDate)) out.push(M['newsroom.source_incomplete']);
  return out;
}

/** What the newsroom's use cases write through, bound to one transaction. */
export interface NewsroomWrites {
  repo: NewsroomRepository;
  media: MediaRepository;
  audit: AuditService;
}

/**
 * The newsroom: drafts, saves with revisions, the workflow, locks, scheduling, previews. Each
 * write (with its note, revision and audit record) is one transaction (`tx`); the public
 * change (`onPublicChange`) is announced after it committed.
 */
export function newsroomService(deps: {
  /** Reads outside transactions. */
  repo: NewsroomRepository;
  media: MediaRepository;
  /** Runs a use case's writes in one transaction. */
  tx: UnitOfWork<NewsroomWrites>;
  clock: () => Date;
  /** Secret for signing preview links (kept in the database, never in the repo). */
  secret: () => Promise<string>;
  sections: () => Promise<Section[]>;
  /** Called after anything public changes (cache invalidation, search index…). */
  onPublicChange?: (articleId: number) => Promise<void> | void;
  /** The staff accounts (names of lock holders, authors to filter and credit). */
  accounts?: { byId(id: number): Promise<Account | undefined>; list(): Promise<Account[]> };
  /** What an article's public page shows (previews render the page exactly). */
  pageOf?: ArticleService['pageOf'];
}) {
  const { repo, tx } = deps;
  const now = () => deps.clock();
  const accounts = async () => (await deps.accounts?.list()) ?? [];
  const changed = async (id: number) => {
    await deps.onPublicChange?.(id);
  };

  async function mustGet(id: number, r: NewsroomRepository = repo): Promise<EditableArticle> {
    const a = await r.byId(id);
    if (!a) throw new NotFound(say('newsroom.not_found'));
    return a;
  }

  /**
   * Sanitises and normalises a draft as typed; checks section rights on the main section and on
   * every secondary section not already on the article (`before`).
   */
  async function clean(
    account: Account,
    d: ArticleDraft,
    before?: Pick<ArticleDraft, 'secondarySectionIds'>,
  ): Promise<ArticleDraft> {
    const sections = await deps.sections();
    const articleSections = new Set(sections.filter((s) => s.kind === 'articles').map((s) => s.id));
    if (!articleSections.has(d.sectionId))
      throw Validation.of('sectionId', say('newsroom.section_required'));
    const refused = refusedSections(account, d, before);
    if (refused.includes(d.sectionId))
      throw Validation.of('sectionId', say('newsroom.section_forbidden'));
    if (refused.length) {
      const names = sections
        .filter((s) => refused.includes(s.id))
        .map((s) => s.name)
        .join(', ');
      throw Validation.of('secondarySectionIds', say('newsroom.secondary_forbidden', names));
    }
    const keys = [...d.bodyHtml.matchAll(/src="\/media\/([^"?#]+)"/g)].map((m) => m[1] as string);
    const byKey = new Map<string, Media>();
    for (const key of new Set(keys)) {
      const m = await deps.media.byKey(key);
      if (m) byKey.set(key, m);
    }
    const body = sanitizeBody(d.bodyHtml, {
      image: (src) => {
        const m = src.startsWith('/media/') ? byKey.get(src.slice('/media/'.length)) : undefined;
        return m ? imageAttributes(m) : { loading: 'lazy', decoding: 'async' };
      },
    });
    return {
      ...d,
      title: cleanLine(d.title).slice(0, 300),
      lead: cleanLine(d.lead).slice(0, 1000),
      bodyHtml: body,
      byline: cleanLine(d.byline).slice(0, 200),
      secondarySectionIds: [
        ...new Set(
          d.secondarySectionIds.filter((s) => articleSections.has(s) && s !== d.sectionId),
        ),
      ],
      tags: [...new Set(d.tags.map(cleanLine).filter(Boolean))].slice(0, 20),
      eventName: cleanLine(d.eventName).slice(0, 200),
      sourceName: cleanLine(d.sourceName).slice(0, 200),
      sourceUrl: d.sourceUrl.trim(),
      seoTitle: cleanLine(d.seoTitle).slice(0, 200),
      seoDescription: cleanLine(d.seoDescription).slice(0, 400),
      bodyJson: d.bodyJson && d.bodyJson.length < 2_000_000 ? nfc(d.bodyJson) : null,
    };
  }

  /** Records a revision: the article as stored now in `r`'s transaction, or the given snapshot. */
  async function revision(
    r: NewsroomRepository,
    actor: Actor,
    articleId: number,
    reason: string,
    snapshot?: ArticleDraft,
  ): Promise<void> {
    await r.insertRevision({
      articleId,
      accountId: actor.id,
      accountName: actor.name,
      reason,
      snapshot: snapshot ?? (await r.draftOf(await mustGet(articleId, r))),
      createdAt: now(),
    });
  }

  return {
    byId: (id: number) => repo.byId(id),
    draftOf: (a: Article) => repo.draftOf(a),
    notes: (id: number): Promise<ArticleNote[]> => repo.notes(id),
    revisions: (id: number): Promise<Revision[]> => repo.revisions(id),
    eventNames: () => repo.eventNames(),
    availableTransitions: (account: Account, a: Article): Transition[] =>
      availableTransitions(account, a),
    canEdit: (account: Account, a: Article): boolean => canEditContent(account, a),

    /**
     * The article queue as `account` sees it: the article sections they work in, one page of
     * articles matching the filter (drafts private to their author, except for the section's
     * editors and approvers), and the authors to filter by.
     */
    async queueView(
      account: Account,
      f: { status: string; section: string; author: string; q: string; from?: Date; to?: Date },
      page: number,
      pageSize: number,
    ) {
      const sections = await deps.sections();
      const mine = sections.filter(
        (s) => s.kind === 'articles' && (account.allSections || account.sectionIds.includes(s.id)),
      );
      const sectionIds =
        f.section && /^\d+$/.test(f.section)
          ? [Number(f.section)].filter((id) => mine.some((s) => s.id === id))
          : mine.map((s) => s.id);
      const { items, total } = await repo.queue({
        statuses: f.status && f.status in STATUS_LABELS ? [f.status as ArticleStatus] : undefined,
        sectionIds,
        authorId: /^\d{1,9}$/.test(f.author) ? Number(f.author) : undefined,
        from: f.from,
        to: f.to,
        q: f.q || undefined,
        // Drafts are private to their author, except for the section's editors and approvers.
        drafts: {
          authorId: account.id,
          openSectionIds: mine.filter((s) => seesOthersDrafts(account, s.id)).map((s) => s.id),
        },
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const authors = (await accounts())
        .filter((a) => a.role !== 'admin')
        .map((a) => ({ id: a.id, name: a.fullName }));
      return { sections: mine, items, total, authors };
    },

    /**
     * Everything the editor page shows for `account` on article `a`: the article as stored now,
     * the draft (`typed` when a save failed, so nothing typed is lost), sections, staff, events,
     * notes, the featured image, the transitions offered, and who else holds the edit lock.
     */
    async editorView(account: Account, a: Article, typed?: ArticleDraft) {
      const canEdit = canEditContent(account, a);
      let lockedBy: { name: string; until: Date } | undefined;
      if (canEdit) {
        const other = await this.lockedByOther(account, a.id);
        if (other)
          lockedBy = {
            name: (await deps.accounts?.byId(other.holderId))?.fullName ?? 'Người khác',
            until: other.until,
          };
      }
      const fresh = (await repo.byId(a.id)) ?? a;
      const draft = typed ?? (await repo.draftOf(fresh));
      const [sections, staff, events, notes] = await Promise.all([
        deps.sections(),
        accounts(),
        repo.eventNames(),
        repo.notes(a.id),
      ]);
      const image = draft.imageId
        ? (await deps.media.byIds([draft.imageId])).get(draft.imageId)
        : undefined;
      return {
        article: fresh,
        draft,
        sections,
        staff,
        events,
        notes,
        image,
        // A correction is the editor's own button.
        transitions: availableTransitions(account, fresh).filter((t) => t !== 'correct'),
        canEdit,
        lockedBy,
      };
    },

    /** The article sections `account` may write in. */
    async writableSections(account: Account): Promise<Section[]> {
      return (await deps.sections()).filter(
        (s) => s.kind === 'articles' && can(account, 'article.create', s.id),
      );
    },

    /** A staff preview of `a`: its page as it will be published and a share token (undefined when it cannot render). */
    async staffPreview(a: Article) {
      const page = await deps.pageOf?.(a);
      if (!page) return undefined;
      return { page, token: await this.previewToken(a.id) };
    },

    /**
     * What a share link shows: 'invalid' for a bad or expired token or an article taken down
     * (withdrawn, unpublished) or deleted; 'incomplete' when the page cannot render.
     */
    async sharedPreview(token: string): Promise<
      | { kind: 'invalid' }
      | { kind: 'incomplete' }
      | {
          kind: 'page';
          title: string;
          page: NonNullable<Awaited<ReturnType<ArticleService['pageOf']>>>;
        }
    > {
      const id = await this.verifyPreview(token);
      const a = id === undefined ? undefined : await repo.byId(id);
      if (!a || !shareLinkWorks(a)) return { kind: 'invalid' };
      const page = await deps.pageOf?.(a);
      if (!page) return { kind: 'incomplete' };
      return { kind: 'page', title: a.title, page };
    },

    /** Starts a new draft in a section the person may write for. */
    async create(actor: Actor, account: Account, d: ArticleDraft): Promise<number> {
      if (!can(account, 'article.create', d.sectionId))
        throw new Forbidden(say('newsroom.section_forbidden'));
      const draft = await clean(account, d);
      if (!draft.title) throw Validation.of('title', say('newsroom.title_required'));
      return tx(async ({ repo, audit }) => {
        const id = await repo.insert(draft, slugify(draft.title), account.id, now());
        const a = await mustGet(id, repo);
        await repo.saveDraft(
          id,
          { ...draft, authorIds: draft.authorIds.length ? draft.authorIds : [account.id] },
          a.slug,
          a.version,
          draft.eventName
            ? await repo.ensureEvent(draft.eventName, slugify(draft.eventName), now())
            : null,
          now(),
        );
        await repo.acquireLock(id, account.id, new Date(now().getTime() + LOCK_MS), now(), false);
        await revision(repo, actor, id, 'create');
        await audit.record(actor, 'article.created', { type: 'article', id, summary: draft.title });
        return id;
      });
    },

    /**
     * Saves content. Needs the right for the article's state and the edit lock; `version` must
     * match (no lost updates). A published article changes only through a correction with a note.
     */
    async save(
      actor: Actor,
      account: Account,
      id: number,
      d: ArticleDraft,
      version: number,
      opts: { autosave?: boolean; correctionNote?: string } = {},
    ): Promise<number> {
      const a = await mustGet(id);
      if (!canEditContent(account, a))
        throw new Forbidden(say('newsroom.edit_forbidden_status', STATUS_LABELS[a.status]));
      // Taking (or renewing) the lock is part of saving: it fails only if someone else holds it.
      if (
        !(await repo.acquireLock(id, account.id, new Date(now().getTime() + LOCK_MS), now(), false))
      ) {
        throw new Conflict(say('newsroom.locked_by_other'));
      }
      if (a.version !== version) throw new Conflict(say('newsroom.stale_version'));
      const correction = a.status === 'published';
      if (correction && !canTransition(account, 'correct', a))
        throw new Forbidden(say('newsroom.correct_forbidden'));
      if (correction && !opts.correctionNote?.trim())
        throw Validation.of('correctionNote', say('newsroom.correction_note_required'));
      if (correction && opts.autosave) throw new Conflict(say('newsroom.no_autosave_published'));
      const cleaned = await clean(account, d, await repo.draftOf(a));
      // An empty posting time means "when published": a published article keeps its own.
      const draft = {
        ...cleaned,
        publishedAt:
          cleaned.publishedAt ??
          (a.status === 'published' || a.status === 'scheduled' ? a.publishedAt : null),
      };
      if (!draft.title) throw Validation.of('title', say('newsroom.title_required'));
      // The slug is stable once published (the URL must not change); before that it follows the title.
      const slug = a.status === 'published' || a.publishedAt ? a.slug : slugify(draft.title);
      await tx(async ({ repo, audit }) => {
        const eventId = draft.eventName
          ? await repo.ensureEvent(draft.eventName, slugify(draft.eventName), now())
          : null;
        if (!(await repo.saveDraft(id, draft, slug, version, eventId, now())))
          throw new Conflict(say('newsroom.saved_elsewhere'));
        if (correction) {
          await repo.insertNote({
            articleId: id,
            kind: 'correction',
            text: cleanLine(opts.correctionNote ?? ''),
            accountId: actor.id,
            accountName: actor.name,
            fromStatus: a.status,
            toStatus: a.status,
            createdAt: now(),
          });
          await revision(repo, actor, id, 'correction');
          await audit.record(actor, 'article.corrected', {
            type: 'article',
            id,
            summary: draft.title,
            detail: { note: opts.correctionNote },
          });
        } else {
          const last = await repo.lastRevision(id);
          const recent =
            last &&
            last.reason === 'autosave' &&
            last.accountId === actor.id &&
            now().getTime() - last.createdAt.getTime() < AUTOSAVE_REVISION_MS;
          if (!opts.autosave || !recent)
            await revision(repo, actor, id, opts.autosave ? 'autosave' : 'save');
          if (!opts.autosave)
            await audit.record(actor, 'article.saved', {
              type: 'article',
              id,
              summary: draft.title,
            });
        }
      });
      if (correction) await changed(id);
      return version + 1;
    },

    /**
     * Takes a workflow step (rights, notes and publication checks enforced here). Given the
     * article as the caller loaded it, the step reads no more of its row: the state change
     * applies only if nobody changed the article since (else Conflict).
     */
    async transition(
      actor: Actor,
      account: Account,
      article: number | Article,
      t: Transition,
      opts: { note?: string; at?: Date | null; from?: ArticleStatus } = {},
    ): Promise<ArticleStatus> {
      const a = typeof article === 'number' ? await mustGet(article) : article;
      const id = a.id;
      // Two people acting on the same article at once: the step applies to the state it was
      // chosen in, or not at all (a second "Trả lại" must not send it back two steps).
      if (opts.from && opts.from !== a.status)
        throw new Conflict(say('newsroom.status_changed_to', STATUS_LABELS[a.status]));
      if (!canTransition(account, t, a))
        throw new Forbidden(
          say('newsroom.step_forbidden', TRANSITION_LABELS[t], STATUS_LABELS[a.status]),
        );
      const note = cleanLine(opts.note ?? '');
      if (needsNote(t) && !note)
        throw Validation.of(
          'note',
          say(
            t === 'withdraw'
              ? 'newsroom.withdraw_reason_required'
              : t === 'return'
                ? 'newsroom.return_note_required'
                : 'newsroom.note_required',
          ),
        );
      const to = nextStatus(t, a.status);
      const at = opts.at ?? null;
      if (t === 'schedule' && (!at || at <= now()))
        throw Validation.of('at', say('newsroom.schedule_in_past'));
      if (t === 'setUnpublish' && at && at <= now())
        throw Validation.of('at', say('newsroom.unschedule_in_past'));
      await tx(async ({ repo, media, audit }) => {
        const d = await repo.draftOf(a);
        let patch: Parameters<NewsroomRepository['setStatus']>[3] = {};
        if (t === 'publish' || t === 'schedule') {
          const image = a.imageId ? (await media.byIds([a.imageId])).get(a.imageId) : undefined;
          const problems = publicationProblems(d, image);
          if (problems.length) throw new Validation({ publish: problems.join(' ') });
          patch =
            t === 'publish'
              ? {
                  publishedAt: a.publishedAt && a.publishedAt <= now() ? a.publishedAt : now(),
                  scheduledAt: null,
                }
              : { scheduledAt: at, publishedAt: at };
        } else if (t === 'unschedule') {
          patch = { scheduledAt: null, publishedAt: null };
        } else if (t === 'setUnpublish') {
          patch = { unpublishAt: at };
        } else if (t === 'withdraw') {
          patch = { withdrawnAt: now(), withdrawnReason: note };
        }
        if (t !== 'correct' && !(await repo.setStatus(id, a.status, to, patch, now(), a.version))) {
          throw new Conflict(say('newsroom.status_changed'));
        }
        if (note || t !== 'setUnpublish') {
          await repo.insertNote({
            articleId: id,
            kind: t,
            text: note,
            accountId: actor.id,
            accountName: actor.name,
            fromStatus: a.status,
            toStatus: to,
            createdAt: now(),
          });
        }
        // The state change touched no content but the posting time: the snapshot is the draft read above.
        if (['submit', 'forward', 'return', 'publish'].includes(t))
          await revision(repo, actor, id, t, {
            ...d,
            ...(patch.publishedAt !== undefined && { publishedAt: patch.publishedAt }),
          });
        await repo.releaseLock(id, account.id);
        await audit.record(actor, `article.${t}`, {
          type: 'article',
          id,
          summary: `${a.title} — ${STATUS_LABELS[a.status]} → ${STATUS_LABELS[to]}`,
          detail: {
            from: a.status,
            to,
            ...(note && { note }),
            ...(at && { at: at.toISOString() }),
          },
        });
      });
      if (a.status === 'published' || to === 'published') await changed(id);
      return to;
    },

    /** The scheduled jobs: publishes and unpublishes what is due; each happens once even with several runners. */
    async runSchedule(): Promise<{ published: number[]; unpublished: number[] }> {
      const t = now();
      const system: Actor = { id: null, name: 'Hệ thống (hẹn giờ)', ip: '', userAgent: '' };
      const published: number[] = [];
      for (const id of await repo.dueToPublish(t)) {
        const done = await tx(async ({ repo, audit }) => {
          const a = await repo.byId(id);
          if (
            !a?.scheduledAt ||
            !(await repo.setStatus(
              id,
              'scheduled',
              'published',
              { publishedAt: a.scheduledAt, scheduledAt: null },
              t,
            ))
          )
            return false;
          await repo.insertNote({
            articleId: id,
            kind: 'publish',
            text: 'Xuất bản theo lịch hẹn giờ',
            accountId: null,
            accountName: system.name,
            fromStatus: 'scheduled',
            toStatus: 'published',
            createdAt: t,
          });
          await audit.record(system, 'article.publish', {
            type: 'article',
            id,
            summary: `${a.title} — xuất bản theo lịch`,
          });
          return true;
        });
        if (!done) continue;
        await changed(id);
        published.push(id);
      }
      const unpublished: number[] = [];
      for (const id of await repo.dueToUnpublish(t)) {
        const done = await tx(async ({ repo, audit }) => {
          const a = await repo.byId(id);
          if (
            !a ||
            !(await repo.setStatus(id, 'published', 'unpublished', { unpublishAt: null }, t))
          )
            return false;
          await repo.insertNote({
            articleId: id,
            kind: 'unpublish',
            text: 'Gỡ theo lịch hẹn giờ',
            accountId: null,
            accountName: system.name,
            fromStatus: 'published',
            toStatus: 'unpublished',
            createdAt: t,
          });
          await audit.record(system, 'article.unpublish', {
            type: 'article',
            id,
            summary: `${a.title} — gỡ theo lịch`,
          });
          return true;
        });
        if (!done) continue;
        await changed(id);
        unpublished.push(id);
      }
      return { published, unpublished };
    },

    /** Who else holds the edit lock now, if anyone (opening the page does not take it). */
    async lockedByOther(
      account: Account,
      id: number,
    ): Promise<{ holderId: number; until: Date } | undefined> {
      const a = await mustGet(id);
      if (
        a.lockAccountId === null ||
        a.lockAccountId === account.id ||
        !a.lockUntil ||
        a.lockUntil <= now()
      )
        return undefined;
      return { holderId: a.lockAccountId, until: a.lockUntil };
    },

    /** Takes the edit lock (or renews it); returns who holds it when someone else does. */
    async lock(
      account: Account,
      id: number,
    ): Promise<{ ok: true } | { ok: false; holderId: number; until: Date }> {
      const a = await mustGet(id);
      if (!canHoldLock(account, a))
        throw new Forbidden(say('newsroom.lock_forbidden_status', STATUS_LABELS[a.status]));
      if (await repo.acquireLock(id, account.id, new Date(now().getTime() + LOCK_MS), now(), false))
        return { ok: true };
      return { ok: false, holderId: a.lockAccountId ?? 0, until: a.lockUntil ?? now() };
    },

    /** Takes the lock over from someone else (logged). */
    async takeOver(actor: Actor, account: Account, id: number): Promise<void> {
      const a = await mustGet(id);
      if (!canHoldLock(account, a)) throw new Forbidden(say('newsroom.edit_forbidden'));
      await tx(async ({ repo, audit }) => {
        await repo.acquireLock(id, account.id, new Date(now().getTime() + LOCK_MS), now(), true);
        await audit.record(actor, 'article.lock_taken', {
          type: 'article',
          id,
          summary: a.title,
          detail: { from: a.lockAccountId },
        });
      });
    },

    release: (account: Account, id: number) => repo.releaseLock(id, account.id),

    /** A word diff between two revisions (or a revision and the current article). */
    async diff(id: number, fromRev: number, toRev: number | 'current') {
      const revs = await repo.revisions(id);
      const from = revs.find((r) => r.number === fromRev);
      const to =
        toRev === 'current'
          ? { snapshot: await repo.draftOf(await mustGet(id)), number: 0 }
          : revs.find((r) => r.number === toRev);
      if (!from || !to) throw new NotFound(say('newsroom.revision_not_found'));
      const field = (label: string, a: string, b: string) => ({
        label,
        parts: diffWords(a, b),
        changed: a !== b,
      });
      return [
        field('Tiêu đề', from.snapshot.title, to.snapshot.title),
        field('Sapo', from.snapshot.lead, to.snapshot.lead),
        field(
          'Nội dung',
          htmlToText(from.snapshot.bodyHtml, { lines: true }),
          htmlToText(to.snapshot.bodyHtml, { lines: true }),
        ),
        field('Bút danh', from.snapshot.byline, to.snapshot.byline),
        field('Từ khóa', from.snapshot.tags.join(', '), to.snapshot.tags.join(', ')),
      ];
    },

    /** Restores a revision's content as a new save (the history keeps both). */
    async restore(actor: Actor, account: Account, id: number, number: number): Promise<void> {
      const a = await mustGet(id);
      const rev = (await repo.revisions(id)).find((r) => r.number === number);
      if (!rev) throw new NotFound(say('newsroom.revision_not_found'));
      if (a.status === 'published') throw new Conflict(say('newsroom.restore_published'));
      if (!canEditContent(account, a)) throw new Forbidden(say('newsroom.edit_forbidden'));
      if (
        !(await repo.acquireLock(id, account.id, new Date(now().getTime() + LOCK_MS), now(), false))
      )
        throw new Conflict(say('newsroom.being_edited'));
      const draft = await clean(account, rev.snapshot, await repo.draftOf(await mustGet(id)));
      await tx(async ({ repo, audit }) => {
        const fresh = await mustGet(id, repo);
        const eventId = draft.eventName
          ? await repo.ensureEvent(draft.eventName, slugify(draft.eventName), now())
          : null;
        const saved = await repo.saveDraft(
          id,
          draft,
          fresh.publishedAt ? fresh.slug : slugify(draft.title),
          fresh.version,
          eventId,
          now(),
        );
        if (!saved) throw new Conflict(say('newsroom.saved_elsewhere'));
        await revision(repo, actor, id, 'restore');
        await audit.record(actor, 'article.restored', {
          type: 'article',
          id,
          summary: `${draft.title} — phiên bản ${number}`,
        });
      });
    },

    /** A signed preview link valid for `hours` (default 48). */
    async previewToken(id: number, hours = 48): Promise<string> {
      const exp = Math.floor(now().getTime() / 1000) + hours * 3600;
      const sig = crypto
        .createHmac('sha256', await deps.secret())
        .update(`${id}.${exp}`)
        .digest('base64url');
      return `${id}.${exp}.${sig}`;
    },
    /** The article id of a valid, unexpired preview token. */
    async verifyPreview(token: string): Promise<number | undefined> {
      const [id, exp, sig] = token.split('.');
      if (!id || !exp || !sig || !/^\d+$/.test(id) || !/^\d+$/.test(exp)) return undefined;
      if (Number(exp) * 1000 < now().getTime()) return undefined;
      const expected = crypto
        .createHmac('sha256', await deps.secret())
        .update(`${id}.${exp}`)
        .digest('base64url');
      const a = Buffer.from(sig);
      const b = Buffer.from(expected);
      return a.length === b.length && crypto.timingSafeEqual(a, b) ? Number(id) : undefined;
    },

    queue: (f: QueueFilter) => repo.queue(f),

    /** What waits for this person: counts per queue for the navigation. */
    /** "Việc của tôi" on the dashboard: the person's drafts and returns, and what waits for them. */
    async myWork(account: Account): Promise<MyWork> {
      const SHOWN = 8;
      const sectionsFor = (action: Action): number[] | undefined | null =>
        !canSomewhere(account, action)
          ? null
          : account.allSections
            ? undefined
            : account.sectionIds;
      /** Up to 200 of a list, oldest change first, the first SHOWN kept with their notes. */
      const list = async (f: Omit<QueueFilter, 'limit' | 'offset'>) => {
        const q = await repo.queue({ ...f, limit: 200, offset: 0 });
        const items = [...q.items].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
        return { items, total: q.total };
      };
      const withNotes = async (items: QueueItem[], total: number): Promise<WorkList> => {
        const shown = items.slice(0, SHOWN);
        const notes = await repo.latestNotes(shown.map((i) => i.id));
        return { items: shown.map((i) => ({ ...i, note: notes.get(i.id) })), total };
      };
      const own = await list({ statuses: ['draft'], authorId: account.id });
      const ownNotes = await repo.latestNotes(own.items.map((i) => i.id));
      const returnedItems = own.items.filter((i) => ownNotes.get(i.id)?.kind === 'return');
      const draftItems = own.items.filter((i) => ownNotes.get(i.id)?.kind !== 'return');
      const editIn = sectionsFor('article.forward');
      const approveIn = sectionsFor('article.publish');
      const scheduleIn = sectionsFor('article.schedule');
      const [toEdit, toApprove, scheduled] = await Promise.all([
        editIn === null ? undefined : list({ statuses: ['review'], sectionIds: editIn }),
        approveIn === null ? undefined : list({ statuses: ['approval'], sectionIds: approveIn }),
        scheduleIn === null
          ? list({ statuses: ['scheduled'], authorId: account.id })
          : list({ statuses: ['scheduled'], sectionIds: scheduleIn }),
      ]);
      // Scheduled articles read best in the order they will appear.
      scheduled.items.sort(
        (a, b) => (a.scheduledAt?.getTime() ?? 0) - (b.scheduledAt?.getTime() ?? 0),
      );
      return {
        returned: await withNotes(returnedItems, returnedItems.length),
        drafts: await withNotes(draftItems, own.total - returnedItems.length),
        toEdit: toEdit && (await withNotes(toEdit.items, toEdit.total)),
        toApprove: toApprove && (await withNotes(toApprove.items, toApprove.total)),
        scheduled: await withNotes(scheduled.items, scheduled.total),
      };
    },

    async waiting(account: Account): Promise<{ review: number; approval: number; drafts: number }> {
      const rows = await repo.countsBy(['draft', 'review', 'approval']);
      const inSection = (s: number, action: Parameters<typeof can>[1]) => can(account, action, s);
      let review = 0;
      let approval = 0;
      let drafts = 0;
      for (const r of rows) {
        if (r.status === 'review' && inSection(r.sectionId, 'article.forward')) review += r.n;
        if (r.status === 'approval' && inSection(r.sectionId, 'article.publish')) approval += r.n;
        if (r.status === 'draft' && r.authorId === account.id) drafts += r.n;
      }
      return { review, approval, drafts };
    },
  };
}

export type NewsroomService = ReturnType<typeof newsroomService>;
