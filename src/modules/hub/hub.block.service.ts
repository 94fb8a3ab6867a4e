import { NotFound, Validation } from '../../http/errors.ts';
import { moved, type MoveDirection } from '../../lib/order.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { Hub, TimelineEntry } from './hub.ts';
import type { HubRepository } from './hub.repository.ts';
import type { HubWho } from './hub.policy.ts';
import {
  HUB_BLOCK_INFO,
  parseBlock,
  type BlockItem,
  type HubBlock,
  type HubBlockKind,
  type HubBlockView,
  type HubContent,
} from './hub.block.ts';
import { say } from './hub.messages.ts';

/** What hub changes write through, bound to one transaction. */
export interface HubWrites {
  repo: HubRepository;
  audit: AuditService;
}

/** How many items a "latest" or default media block lists. */
const LATEST = 8;

const asItem = (e: TimelineEntry): BlockItem => ({
  kind: e.kind,
  title: e.title,
  href: e.href,
  at: e.at,
});

/**
 * The blocks a hub's editors arrange (add, fill, remove, move up and down) and their rendering
 * from published content at request time (nothing copied). Every write is audited.
 */
export function hubBlocks(deps: {
  repo: HubRepository;
  tx: UnitOfWork<HubWrites>;
  clock: () => Date;
  content?: HubContent;
  /** The hub if `who` may edit it (403, audited, otherwise). */
  editable: (actor: Actor, who: HubWho, id: number) => Promise<Hub>;
  entries: (threadId: number | null) => Promise<TimelineEntry[]>;
}) {
  const { repo, tx, clock } = deps;

  async function block(hubId: number, blockId: number): Promise<HubBlock> {
    const b = (await repo.blocks(hubId)).find((x) => x.id === blockId);
    if (!b) throw new NotFound(say('hub.block_not_found'));
    return b;
  }

  /** Checks a block's lines: the format (pure), then that every address is published content. */
  async function checked(kind: HubBlockKind, body: string): Promise<void> {
    const parsed = parseBlock(kind, body);
    if (!parsed.ok) throw new Validation({ body: parsed.problems.join(' ') });
    const p = parsed.block;
    if (p.kind === 'latest' && p.tag && deps.content && !(await deps.content.byTag(p.tag, 1)))
      throw new Validation({ body: 'Không có thẻ này trên trang.' });
    if ('refs' in p && deps.content) {
      // Line by line, so the message names the line the editor typed.
      for (const [i, line] of body.split('\n').entries()) {
        const one = line.trim() ? parseBlock(kind, line) : undefined;
        const ref = one?.ok && 'refs' in one.block ? one.block.refs[0] : undefined;
        if (ref && !(await deps.content.find(ref)))
          throw new Validation({ body: say('hub.content_missing', i + 1).message });
      }
    }
  }

  async function view(b: HubBlock, all: TimelineEntry[]): Promise<HubBlockView | undefined> {
    const parsed = parseBlock(b.kind, b.body);
    if (!parsed.ok) return undefined;
    const p = parsed.block;
    const heading = b.heading || HUB_BLOCK_INFO[b.kind].heading;
    switch (p.kind) {
      case 'links':
        return { id: b.id, kind: p.kind, heading, links: p.links };
      case 'milestones':
        return { id: b.id, kind: p.kind, heading, milestones: p.milestones };
      case 'latest': {
        if (p.tag) {
          const t = await deps.content?.byTag(p.tag, LATEST);
          return (
            t && {
              id: b.id,
              kind: p.kind,
              heading,
              items: t.items,
              more: { label: `Xem thêm tin thẻ “${t.name}”`, href: t.href },
            }
          );
        }
        const items = all
          .filter((e) => e.kind === 'article')
          .slice(0, LATEST)
          .map(asItem);
        return { id: b.id, kind: p.kind, heading, items };
      }
      default: {
        if (p.kind === 'media' && p.refs.length === 0) {
          const items = all
            .filter((e) => e.kind === 'album' || e.kind === 'video')
            .slice(0, LATEST)
            .map(asItem);
          return { id: b.id, kind: p.kind, heading, items };
        }
        const content = deps.content;
        const found = content ? await Promise.all(p.refs.map((r) => content.find(r))) : [];
        const items = found.filter((x): x is BlockItem => x !== undefined);
        return { id: b.id, kind: p.kind, heading, items };
      }
    }
  }

  return {
    /** Each block of a hub as it renders now (blocks with nothing public are left out). */
    async views(h: Hub, all: TimelineEntry[]): Promise<HubBlockView[]> {
      const out = await Promise.all((await repo.blocks(h.id)).map((b) => view(b, all)));
      return out.filter(
        (v): v is HubBlockView =>
          v !== undefined &&
          !('items' in v && v.items.length === 0) &&
          !(v.kind === 'links' && v.links.length === 0) &&
          !(v.kind === 'milestones' && v.milestones.length === 0),
      );
    },

    writes: {
      /** Adds an empty block of `kind` at the end (filled by `saveBlock`). */
      async addBlock(actor: Actor, who: HubWho, hubId: number, kind: HubBlockKind) {
        const h = await deps.editable(actor, who, hubId);
        return tx(async ({ repo, audit }) => {
          const id = await repo.addBlock(h.id, kind, '', clock());
          await audit.record(actor, 'hub.block_added', {
            type: 'hub',
            id: h.id,
            summary: `${h.title}: ${HUB_BLOCK_INFO[kind].label}`,
            detail: { blockId: id, kind },
          });
          return id;
        });
      },

      /** Sets a block's heading and lines after checking them (400 with the line at fault). */
      async saveBlock(
        actor: Actor,
        who: HubWho,
        hubId: number,
        blockId: number,
        form: { heading: string; body: string },
      ) {
        const h = await deps.editable(actor, who, hubId);
        const b = await block(h.id, blockId);
        await checked(b.kind, form.body);
        await tx(async ({ repo, audit }) => {
          await repo.updateBlock(h.id, b.id, form.heading, form.body, clock());
          await audit.record(actor, 'hub.block_saved', {
            type: 'hub',
            id: h.id,
            summary: `${h.title}: ${form.heading || HUB_BLOCK_INFO[b.kind].label}`,
            detail: { blockId: b.id, kind: b.kind, before: b.body, after: form.body },
          });
        });
      },

      async removeBlock(actor: Actor, who: HubWho, hubId: number, blockId: number) {
        const h = await deps.editable(actor, who, hubId);
        const b = await block(h.id, blockId);
        await tx(async ({ repo, audit }) => {
          await repo.removeBlock(h.id, b.id);
          await audit.record(actor, 'hub.block_removed', {
            type: 'hub',
            id: h.id,
            summary: `${h.title}: ${b.heading || HUB_BLOCK_INFO[b.kind].label}`,
            detail: { blockId: b.id, kind: b.kind, body: b.body },
          });
        });
      },

      async moveBlock(
        actor: Actor,
        who: HubWho,
        hubId: number,
        blockId: number,
        dir: MoveDirection,
      ) {
        const h = await deps.editable(actor, who, hubId);
        const b = await block(h.id, blockId);
        return tx(async ({ repo, audit }) => {
          const order = moved(
            (await repo.blocks(h.id)).map((x) => x.id),
            b.id,
            dir,
          );
          if (!order) return false;
          await repo.reorderBlocks(h.id, order);
          await audit.record(actor, 'hub.block_moved', {
            type: 'hub',
            id: h.id,
            summary: `${h.title}: ${b.heading || HUB_BLOCK_INFO[b.kind].label} (${dir === 'up' ? 'lên' : 'xuống'})`,
          });
          return true;
        });
      },
    },
  };
}
