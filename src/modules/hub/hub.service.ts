import { Forbidden, NotFound, Validation } from '../../http/errors.ts';
import { moved, type MoveDirection } from '../../lib/order.ts';
import { slugify } from '../../lib/slug.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import type { FileStorage } from '../../storage/storage.ts';
import type { Actor } from '../audit/audit.ts';
import { storeSiteImage } from '../site/site.images.ts';
import { timeline, type Hub, type TimelineEntry } from './hub.ts';
import type { HubFields, HubRepository } from './hub.repository.ts';
import type { HubForm } from './hub.schema.ts';
import { canEditHub, canManageHubs, type HubWho } from './hub.policy.ts';
import { hubBlocks, type HubWrites } from './hub.block.service.ts';
import type { HubContent, HubEditorChoice } from './hub.block.ts';
import { say } from './hub.messages.ts';

export type { HubWrites } from './hub.block.service.ts';

/** An event thread as its public page shows it. */
export interface EventThread {
  id: number;
  name: string;
  slug: string;
  description: string;
}

/**
 * Chuyên đề: campaign pages over an event thread, made of existing content (nothing copied):
 * the thread's published articles and albums (and videos, when given) on one timeline, or the
 * blocks its editors arranged. The Ban biên tập creates hubs and names each one's editors; those
 * editors may edit that hub only (hub.policy.ts). Each change is one transaction with its audit
 * record; a refused edit is audited too. Cached pages follow by the content epoch.
 */
export function hubService(deps: {
  repo: HubRepository;
  tx: UnitOfWork<HubWrites>;
  storage: FileStorage;
  clock: () => Date;
  /** The thread's content from the other modules, newest first. */
  sources: ((threadId: number) => Promise<TimelineEntry[]>)[];
  /** Published content the blocks point at (articles, albums, videos, documents, tags). */
  content?: HubContent;
  /** The accounts that may be named a hub's editors on this site. */
  editorChoices?: () => Promise<HubEditorChoice[]>;
}) {
  const { repo, tx, clock } = deps;

  const manager = (who: HubWho) => {
    if (!canManageHubs(who)) throw new Forbidden(say('hub.forbidden'));
  };

  async function hub(id: number): Promise<Hub> {
    const h = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
    if (!h) throw new NotFound(say('hub.not_found'));
    return h;
  }

  /** The hub, if `who` may edit it; a refusal is audited and answered 403. */
  async function editable(actor: Actor, who: HubWho, id: number): Promise<Hub> {
    const h = await hub(id);
    if (canEditHub(who, await repo.editorIds(h.id))) return h;
    await tx(({ audit }) =>
      audit.record(actor, 'hub.refused', { type: 'hub', id: h.id, summary: h.title }),
    );
    throw new Forbidden(say('hub.edit_forbidden'));
  }

  const choices = async () => (deps.editorChoices ? await deps.editorChoices() : []);

  async function checkedEditors(ids: number[]): Promise<number[]> {
    const allowed = new Set((await choices()).map((c) => c.id));
    if (ids.some((id) => !allowed.has(id)))
      throw Validation.of('editorIds', say('hub.editor_not_staff'));
    return [...ids].sort((a, b) => a - b);
  }

  async function fields(
    form: HubForm,
    image: Buffer | undefined,
    before: Hub | undefined,
  ): Promise<HubFields> {
    if (
      form.eventThreadId !== null &&
      !(await repo.threads()).some((t) => t.id === form.eventThreadId)
    )
      throw Validation.of('eventThreadId', say('hub.bad_thread'));
    const slug = slugify(form.title) || 'chuyen-de';
    const taken = await repo.bySlug(slug);
    if (taken && taken.id !== before?.id) throw Validation.of('title', say('hub.slug_taken'));
    const stored = image?.length ? await storeSiteImage(deps.storage, image, 'banner') : undefined;
    const banner = stored
      ? { key: stored.key, width: stored.width, height: stored.height, alt: form.bannerAlt }
      : before?.banner
        ? { ...before.banner, alt: form.bannerAlt }
        : null;
    if (banner && !banner.alt) throw Validation.of('bannerAlt', say('hub.alt_required'));
    return {
      slug: before?.slug ?? slug,
      title: form.title,
      intro: form.intro,
      banner,
      eventThreadId: form.eventThreadId,
      startsOn: form.startsOn,
      endsOn: form.endsOn,
      status: form.status,
      accent: form.accent ?? '',
    };
  }

  async function entries(threadId: number | null): Promise<TimelineEntry[]> {
    if (threadId === null) return [];
    return timeline(...(await Promise.all(deps.sources.map((s) => s(threadId)))));
  }

  const blocks = hubBlocks({ repo, tx, clock, content: deps.content, editable, entries });

  return {
    hub,
    list: () => repo.list(),
    threads: () => repo.threads(),
    editorChoices: choices,
    editorIds: (id: number) => repo.editorIds(id),
    /** The running hubs, in the editors' order (menu and home page). */
    active: async (): Promise<Hub[]> => (await repo.list()).filter((h) => h.status === 'active'),

    /** The hubs `who` may edit: every hub for the Ban biên tập, else those naming them. */
    async editableBy(who: HubWho): Promise<Hub[]> {
      const all = await repo.list();
      if (canManageHubs(who)) return all;
      const mine = new Set(await repo.hubIdsOfEditor(who.id));
      return all.filter((h) => mine.has(h.id) && canEditHub(who, [who.id]));
    },

    /** The hub and its editors for the edit form; 403 (audited) to anyone else. */
    async forEditing(actor: Actor, who: HubWho, id: number) {
      const h = await editable(actor, who, id);
      return { hub: h, editorIds: await repo.editorIds(id), blocks: await repo.blocks(id) };
    },

    async create(actor: Actor, who: HubWho, form: HubForm, image?: Buffer): Promise<number> {
      manager(who);
      const editors = await checkedEditors(form.editorIds ?? []);
      const f = await fields(form, image, undefined);
      return tx(async ({ repo, audit }) => {
        const id = await repo.insert(f, clock());
        await repo.setEditors(id, editors);
        await audit.record(actor, 'hub.created', {
          type: 'hub',
          id,
          summary: f.title,
          detail: { editorIds: editors },
        });
        return id;
      });
    },

    /**
     * Edits a hub; its address never changes (links and feeds stay valid after archiving).
     * Only the Ban biên tập changes the editor list and the state (running hubs are in the menu
     * and on the home page); a hub editor's form keeps both as they are.
     */
    async update(actor: Actor, who: HubWho, id: number, form: HubForm, image?: Buffer) {
      const before = await editable(actor, who, id);
      const editorsBefore = await repo.editorIds(id);
      const editors =
        canManageHubs(who) && form.editorIds ? await checkedEditors(form.editorIds) : editorsBefore;
      const f = await fields(form, image, before);
      if (!canManageHubs(who)) f.status = before.status;
      await tx(async ({ repo, audit }) => {
        await repo.update(id, f, clock());
        await audit.record(actor, 'hub.updated', {
          type: 'hub',
          id,
          summary: `${f.title} (${f.status})`,
          detail: { before: { title: before.title, status: before.status }, after: f },
        });
        if (editors.join() !== editorsBefore.join()) {
          await repo.setEditors(id, editors);
          await audit.record(actor, 'hub.editors', {
            type: 'hub',
            id,
            summary: f.title,
            detail: { before: editorsBefore, after: editors },
          });
        }
      });
    },

    async move(actor: Actor, who: HubWho, id: number, dir: MoveDirection): Promise<boolean> {
      manager(who);
      const h = await hub(id);
      return tx(async ({ repo, audit }) => {
        const order = moved(
          (await repo.list()).map((x) => x.id),
          id,
          dir,
        );
        if (!order) return false;
        await repo.reorder(order);
        await audit.record(actor, 'hub.moved', {
          type: 'hub',
          id,
          summary: `${h.title} (${dir === 'up' ? 'lên' : 'xuống'})`,
        });
        return true;
      });
    },

    ...blocks.writes,

    /** A hub's public page: the hub, its thread, its timeline and its arranged blocks. */
    async page(slug: string) {
      const h = await repo.bySlug(slug);
      if (!h) throw new NotFound(say('hub.not_found'));
      const thread = (await repo.threads()).find((t) => t.id === h.eventThreadId);
      const all = await entries(h.eventThreadId);
      return { hub: h, thread, entries: all, blocks: await blocks.views(h, all) };
    },

    /** An event thread's public page: its published content on this site, newest first. */
    async threadPage(slug: string): Promise<{ thread: EventThread; entries: TimelineEntry[] }> {
      const thread = (await repo.threads()).find((t) => t.slug === slug);
      if (!thread) throw new NotFound();
      return { thread, entries: await entries(thread.id) };
    },
  };
}

export type HubService = ReturnType<typeof hubService>;
