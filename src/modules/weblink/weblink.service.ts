import { Conflict, NotFound, Validation } from '../../http/errors.ts';
import { moved, type MoveDirection } from '../../lib/order.ts';
import { isSafeLinkUrl } from '../../lib/url.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import { CHECK_TIMEOUT_MS, checkUrl, eachLimited } from './weblink.checker.ts';
import type { CheckResult, WeblinkAdmin, WeblinkGroup, WeblinkGroupAdmin } from './weblink.ts';
import type { LinkFields, WeblinkRepository } from './weblink.repository.ts';
import { say } from './weblink.messages.ts';

/** What web link changes write through, bound to one transaction. */
export interface WeblinkWrites {
  repo: WeblinkRepository;
  audit: AuditService;
}

/**
 * Web links: the public block, the admin's editor and the scheduled reachability check. Each
 * change of the editor is one transaction (`tx`) with its audit record.
 */
export function weblinkService(deps: {
  /** Reads outside transactions. */
  repo: WeblinkRepository;
  /** The audit trail for the reachability check (not a transaction: results are saved one by one). */
  audit: AuditService;
  tx: UnitOfWork<WeblinkWrites>;
  clock: () => Date;
  /** Which addresses the check may contact (tests: only this machine). */
  mayCheck?: (url: string) => boolean;
  check?: (url: string) => Promise<CheckResult>;
  /** TESTS ONLY: exact loopback origins the check may contact (see CheckOptions). */
  unsafeTestOnlyLoopbackOrigins?: readonly string[];
}) {
  const { repo, audit, tx } = deps;
  const check =
    deps.check ??
    ((url: string) =>
      checkUrl(url, {
        timeoutMs: CHECK_TIMEOUT_MS,
        unsafeTestOnlyLoopbackOrigins: deps.unsafeTestOnlyLoopbackOrigins,
      }));

  async function findLink(id: number): Promise<WeblinkAdmin> {
    const l = (await repo.allGroups()).flatMap((g) => g.links).find((x) => x.id === id);
    if (!l) throw new NotFound(say('weblink.not_found'));
    return l;
  }
  async function findGroup(id: number, r: WeblinkRepository = repo): Promise<WeblinkGroupAdmin> {
    const g = (await r.allGroups()).find((x) => x.id === id);
    if (!g) throw new NotFound(say('weblink.group_not_found'));
    return g;
  }
  async function requireGroup(id: number): Promise<WeblinkGroupAdmin> {
    const g = (await repo.allGroups()).find((x) => x.id === id);
    if (!g) throw Validation.of('groupId', say('weblink.unknown_group'));
    return g;
  }

  return {
    activeGroups: (): Promise<WeblinkGroup[]> => repo.activeGroups(),
    adminGroups: (): Promise<WeblinkGroupAdmin[]> => repo.allGroups(),
    link: findLink,
    group: findGroup,

    /** Where the "Chọn liên kết" selector sends a reader: only an active, stored, safe address. */
    async redirectTarget(id: number): Promise<string | undefined> {
      const url = Number.isInteger(id) && id > 0 ? await repo.activeUrl(id) : undefined;
      return url && isSafeLinkUrl(url) ? url : undefined;
    },

    async createGroup(actor: Actor, name: string): Promise<number> {
      return tx(async ({ repo, audit }) => {
        const id = await repo.insertGroup(name, (await repo.allGroups()).length);
        await audit.record(actor, 'weblink.group_created', {
          type: 'weblink_group',
          id,
          summary: name,
        });
        return id;
      });
    },
    async renameGroup(actor: Actor, id: number, name: string): Promise<void> {
      const g = await findGroup(id);
      if (g.name === name) return;
      await tx(async ({ repo, audit }) => {
        await repo.renameGroup(id, name);
        await audit.record(actor, 'weblink.group_updated', {
          type: 'weblink_group',
          id,
          summary: `${g.name} → ${name}`,
        });
      });
    },
    async removeGroup(actor: Actor, id: number): Promise<void> {
      const g = await findGroup(id);
      if (g.links.length)
        throw new Conflict(say('weblink.group_not_empty', g.name, g.links.length));
      await tx(async ({ repo, audit }) => {
        await repo.removeGroup(id);
        await repo.reorderGroups((await repo.allGroups()).map((x) => x.id));
        await audit.record(actor, 'weblink.group_deleted', {
          type: 'weblink_group',
          id,
          summary: g.name,
        });
      });
    },
    async moveGroup(actor: Actor, id: number, dir: MoveDirection): Promise<boolean> {
      const g = await findGroup(id);
      return tx(async ({ repo, audit }) => {
        const order = moved(
          (await repo.allGroups()).map((x) => x.id),
          id,
          dir,
        );
        if (!order) return false;
        await repo.reorderGroups(order);
        await audit.record(actor, 'weblink.group_moved', {
          type: 'weblink_group',
          id,
          summary: `${g.name} (${dir === 'up' ? 'lên' : 'xuống'})`,
        });
        return true;
      });
    },

    async createLink(actor: Actor, l: LinkFields): Promise<number> {
      await requireGroup(l.groupId);
      return tx(async ({ repo, audit }) => {
        const g = await findGroup(l.groupId, repo);
        const id = await repo.insertLink({ ...l, position: g.links.length });
        await audit.record(actor, 'weblink.created', {
          type: 'weblink',
          id,
          summary: `${l.title} → ${l.url}`,
          detail: { ...l },
        });
        return id;
      });
    },
    async updateLink(actor: Actor, id: number, l: LinkFields): Promise<void> {
      const before = await findLink(id);
      const g = await requireGroup(l.groupId);
      await tx(async ({ repo, audit }) => {
        await repo.updateLink(id, l);
        if (before.groupId !== l.groupId) {
          // Moved to another group: last there; the old group closes the gap.
          await repo.reorderLinks([...g.links.map((x) => x.id), id]);
          await repo.reorderLinks((await findGroup(before.groupId, repo)).links.map((x) => x.id));
        }
        await audit.record(actor, 'weblink.updated', {
          type: 'weblink',
          id,
          summary: `${l.title} → ${l.url}`,
          detail: {
            before: {
              groupId: before.groupId,
              title: before.title,
              url: before.url,
              newTab: before.newTab,
              active: before.active,
            },
            after: { ...l },
          },
        });
      });
    },
    async removeLink(actor: Actor, id: number): Promise<void> {
      const l = await findLink(id);
      await tx(async ({ repo, audit }) => {
        await repo.removeLink(id);
        await repo.reorderLinks((await findGroup(l.groupId, repo)).links.map((x) => x.id));
        await audit.record(actor, 'weblink.deleted', {
          type: 'weblink',
          id,
          summary: `${l.title} → ${l.url}`,
        });
      });
    },
    async moveLink(actor: Actor, id: number, dir: MoveDirection): Promise<boolean> {
      const l = await findLink(id);
      return tx(async ({ repo, audit }) => {
        const order = moved(
          (await findGroup(l.groupId, repo)).links.map((x) => x.id),
          id,
          dir,
        );
        if (!order) return false;
        await repo.reorderLinks(order);
        await audit.record(actor, 'weblink.moved', {
          type: 'weblink',
          id,
          summary: `${l.title} (${dir === 'up' ? 'lên' : 'xuống'})`,
        });
        return true;
      });
    },

    /**
     * Checks every link (four at a time) and records the result; addresses the check may not
     * contact are skipped. Returns how many answered and how many did not.
     */
    async checkAll(actor?: Actor): Promise<{ ok: number; broken: number; skipped: number }> {
      const links = await repo.allLinks();
      const counts = { ok: 0, broken: 0, skipped: 0 };
      await eachLimited(links, 4, async (l) => {
        if (deps.mayCheck && !deps.mayCheck(l.url)) {
          counts.skipped++;
          return;
        }
        const r = await check(l.url);
        await repo.saveCheck(l.id, r, deps.clock());
        counts[r.ok ? 'ok' : 'broken']++;
      });
      if (actor)
        await audit.record(actor, 'weblink.checked', {
          type: 'weblink',
          summary: `${counts.ok} hoạt động, ${counts.broken} không phản hồi`,
          detail: counts,
        });
      return counts;
    },
  };
}

export type WeblinkService = ReturnType<typeof weblinkService>;
