import { Forbidden, NotFound, Validation } from '../../http/errors.ts';
import { moved, type MoveDirection } from '../../lib/order.ts';
import { slugify } from '../../lib/slug.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import type { FileStorage } from '../../storage/storage.ts';
import type { Account } from '../account/account.ts';
import { can } from '../account/account.policy.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { storeSiteImage } from '../site/site.images.ts';
import { timeline, type Hub, type TimelineEntry } from './hub.ts';
import type { HubFields, HubRepository } from './hub.repository.ts';
import type { HubForm } from './hub.schema.ts';
import { say } from './hub.messages.ts';

/** What hub changes write through, bound to one transaction. */
export interface HubWrites {
  repo: HubRepository;
  audit: AuditService;
}

type Who = Pick<Account, 'role' | 'allSections' | 'sectionIds' | 'disabledAt'>;

/** An event thread as its public page shows it. */
export interface EventThread {
  id: number;
  name: string;
  slug: string;
  description: string;
}

/**
 * Chuyên đề: campaign pages over an event thread, made of existing content (nothing copied):
 * the thread's published articles and albums (and videos, when given) on one timeline. Each
 * change is one transaction with its audit record; cached pages follow by the content epoch.
 */
export function hubService(deps: {
  repo: HubRepository;
  tx: UnitOfWork<HubWrites>;
  storage: FileStorage;
  clock: () => Date;
  /** The thread's content from the other modules, newest first. */
  sources: ((threadId: number) => Promise<TimelineEntry[]>)[];
}) {
  const { repo, tx, clock } = deps;

  const manager = (who: Who) => {
    if (!can(who, 'hub.manage')) throw new Forbidden(say('hub.forbidden'));
  };

  async function hub(id: number): Promise<Hub> {
    const h = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
    if (!h) throw new NotFound(say('hub.not_found'));
    return h;
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
    };
  }

  async function entries(threadId: number | null): Promise<TimelineEntry[]> {
    if (threadId === null) return [];
    return timeline(...(await Promise.all(deps.sources.map((s) => s(threadId)))));
  }

  return {
    hub,
    list: () => repo.list(),
    threads: () => repo.threads(),
    /** The running hubs, in the editors' order (menu and home page). */
    active: async (): Promise<Hub[]> => (await repo.list()).filter((h) => h.status === 'active'),

    async create(actor: Actor, who: Who, form: HubForm, image?: Buffer): Promise<number> {
      manager(who);
      const f = await fields(form, image, undefined);
      return tx(async ({ repo, audit }) => {
        const id = await repo.insert(f, clock());
        await audit.record(actor, 'hub.created', { type: 'hub', id, summary: f.title });
        return id;
      });
    },

    /** Edits a hub; its address never changes (links and feeds stay valid after archiving). */
    async update(actor: Actor, who: Who, id: number, form: HubForm, image?: Buffer) {
      manager(who);
      const before = await hub(id);
      const f = await fields(form, image, before);
      await tx(async ({ repo, audit }) => {
        await repo.update(id, f, clock());
        await audit.record(actor, 'hub.updated', {
          type: 'hub',
          id,
          summary: `${f.title} (${f.status})`,
          detail: { before: { title: before.title, status: before.status }, after: f },
        });
      });
    },

    async move(actor: Actor, who: Who, id: number, dir: MoveDirection): Promise<boolean> {
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

    /** A hub's public page: the hub, its thread and its timeline. */
    async page(slug: string) {
      const h = await repo.bySlug(slug);
      if (!h) throw new NotFound(say('hub.not_found'));
      const thread = (await repo.threads()).find((t) => t.id === h.eventThreadId);
      return { hub: h, thread, entries: await entries(h.eventThreadId) };
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
