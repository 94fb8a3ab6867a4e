import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { atomic } from '../../db/transaction.ts';
import type { HubTable } from '../../db/tables/album.table.ts';
import type { HubBlockTable } from '../../db/tables/hub.table.ts';
import { isHubAccent } from './hub.accent.ts';
import { isHubBlockKind, type HubBlock, type HubBlockKind } from './hub.block.ts';
import type { Hub } from './hub.ts';

function toHub(r: Selectable<HubTable>): Hub {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    intro: r.intro,
    banner: r.bannerKey
      ? { key: r.bannerKey, width: r.bannerWidth, height: r.bannerHeight, alt: r.bannerAlt }
      : null,
    eventThreadId: r.eventThreadId,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    status: r.status === 'archived' ? 'archived' : 'active',
    position: r.position,
    accent: isHubAccent(r.accent) ? r.accent : '',
  };
}

function toBlock(r: Selectable<HubBlockTable>): HubBlock | undefined {
  return isHubBlockKind(r.kind)
    ? { id: r.id, hubId: r.hubId, kind: r.kind, heading: r.heading, body: r.body }
    : undefined;
}

/** What an editor sets on a hub. */
export type HubFields = Omit<Hub, 'id' | 'position'>;

function columns(h: HubFields) {
  return {
    slug: h.slug,
    title: h.title,
    intro: h.intro,
    bannerKey: h.banner?.key ?? '',
    bannerWidth: h.banner?.width ?? 0,
    bannerHeight: h.banner?.height ?? 0,
    bannerAlt: h.banner?.alt ?? '',
    eventThreadId: h.eventThreadId,
    startsOn: h.startsOn,
    endsOn: h.endsOn,
    status: h.status,
    accent: h.accent,
  };
}

/** The only place that queries hubs (and reads event threads for them); the current site's rows only. */
export function hubRepository(db: Db) {
  const k = db.kysely;
  const hubs = () => k.selectFrom('hub').where('hub.siteId', '=', currentSiteId());
  return {
    async list(): Promise<Hub[]> {
      return (await hubs().selectAll().orderBy('position').orderBy('id').execute()).map(toHub);
    },
    async byId(id: number): Promise<Hub | undefined> {
      const r = await hubs().selectAll().where('id', '=', id).executeTakeFirst();
      return r && toHub(r);
    },
    async bySlug(slug: string): Promise<Hub | undefined> {
      const r = await hubs().selectAll().where('slug', '=', slug).executeTakeFirst();
      return r && toHub(r);
    },
    async insert(h: HubFields, at: Date): Promise<number> {
      const n = await hubs()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const r = await k
        .insertInto('hub')
        .values({
          siteId: currentSiteId(),
          ...columns(h),
          position: Number(n.n),
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async update(id: number, h: HubFields, at: Date): Promise<void> {
      await k
        .updateTable('hub')
        .set({ ...columns(h), updatedAt: at.toISOString() })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    async reorder(ids: number[]): Promise<void> {
      await atomic(k, async (trx) => {
        for (const [position, id] of ids.entries())
          await trx
            .updateTable('hub')
            .set({ position })
            .where('siteId', '=', currentSiteId())
            .where('id', '=', id)
            .execute();
      });
    },
    /** The accounts named editors of a hub. */
    async editorIds(hubId: number): Promise<number[]> {
      const rows = await k
        .selectFrom('hubEditor')
        .select('accountId')
        .where('siteId', '=', currentSiteId())
        .where('hubId', '=', hubId)
        .orderBy('accountId')
        .execute();
      return rows.map((r) => r.accountId);
    },
    /** The hubs an account is named an editor of. */
    async hubIdsOfEditor(accountId: number): Promise<number[]> {
      const rows = await k
        .selectFrom('hubEditor')
        .select('hubId')
        .where('siteId', '=', currentSiteId())
        .where('accountId', '=', accountId)
        .execute();
      return rows.map((r) => r.hubId);
    },
    /** Replaces a hub's editors (call inside a transaction). */
    async setEditors(hubId: number, accountIds: number[]): Promise<void> {
      await k
        .deleteFrom('hubEditor')
        .where('siteId', '=', currentSiteId())
        .where('hubId', '=', hubId)
        .execute();
      if (accountIds.length)
        await k
          .insertInto('hubEditor')
          .values(accountIds.map((accountId) => ({ siteId: currentSiteId(), hubId, accountId })))
          .execute();
    },
    /** A hub's blocks, in the editors' order. */
    async blocks(hubId: number): Promise<HubBlock[]> {
      const rows = await k
        .selectFrom('hubBlock')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .where('hubId', '=', hubId)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toBlock).filter((b): b is HubBlock => b !== undefined);
    },
    async addBlock(hubId: number, kind: HubBlockKind, heading: string, at: Date): Promise<number> {
      const n = await k
        .selectFrom('hubBlock')
        .select((eb) => eb.fn.max<number | null>('position').as('p'))
        .where('siteId', '=', currentSiteId())
        .where('hubId', '=', hubId)
        .executeTakeFirst();
      const r = await k
        .insertInto('hubBlock')
        .values({
          siteId: currentSiteId(),
          hubId,
          kind,
          heading,
          body: '',
          position: n?.p === null || n?.p === undefined ? 0 : Number(n.p) + 1,
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async updateBlock(hubId: number, id: number, heading: string, body: string, at: Date) {
      await k
        .updateTable('hubBlock')
        .set({ heading, body, updatedAt: at.toISOString() })
        .where('siteId', '=', currentSiteId())
        .where('hubId', '=', hubId)
        .where('id', '=', id)
        .execute();
    },
    async removeBlock(hubId: number, id: number): Promise<void> {
      await k
        .deleteFrom('hubBlock')
        .where('siteId', '=', currentSiteId())
        .where('hubId', '=', hubId)
        .where('id', '=', id)
        .execute();
    },
    /** Writes the blocks' order (ids of this hub only; call inside a transaction). */
    async reorderBlocks(hubId: number, ids: number[]): Promise<void> {
      for (const [position, id] of ids.entries())
        await k
          .updateTable('hubBlock')
          .set({ position })
          .where('siteId', '=', currentSiteId())
          .where('hubId', '=', hubId)
          .where('id', '=', id)
          .execute();
    },
    /** Event threads (shared by every site). */
    async threads(): Promise<{ id: number; name: string; slug: string; description: string }[]> {
      return k
        .selectFrom('eventThread')
        .select(['id', 'name', 'slug', 'description'])
        .orderBy('name')
        .execute();
    },
  };
}

export type HubRepository = ReturnType<typeof hubRepository>;
