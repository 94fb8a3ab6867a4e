import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { atomic } from '../../db/transaction.ts';
import { writePositions } from '../../db/positions.ts';
import type { CheckResult, WeblinkAdmin, WeblinkGroup, WeblinkGroupAdmin } from './weblink.ts';

/** The fields of a link the admin edits. */
export interface LinkFields {
  groupId: number;
  title: string;
  url: string;
  newTab: boolean;
  active: boolean;
}

/** The only place that queries web links, their groups and their checks. */
export function weblinkRepository(db: Db) {
  const k = db.kysely;
  return {
    /** Active links grouped, groups and links in their set order; empty groups left out. */
    async activeGroups(): Promise<WeblinkGroup[]> {
      const groups = await k
        .selectFrom('weblinkGroup')
        .where('weblinkGroup.siteId', '=', currentSiteId())
        .selectAll()
        .orderBy('position')
        .orderBy('id')
        .execute();
      const links = await k
        .selectFrom('weblink')
        .where('weblink.siteId', '=', currentSiteId())
        .selectAll()
        .where('active', '=', 1)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return groups
        .map((g) => ({
          id: g.id,
          name: g.name,
          links: links
            .filter((l) => l.groupId === g.id)
            .map((l) => ({ id: l.id, title: l.title, url: l.url, newTab: l.newTab === 1 })),
        }))
        .filter((g) => g.links.length > 0);
    },
    /** Every group with every link and its last check, in order. */
    async allGroups(): Promise<WeblinkGroupAdmin[]> {
      const groups = await k
        .selectFrom('weblinkGroup')
        .where('weblinkGroup.siteId', '=', currentSiteId())
        .selectAll()
        .orderBy('position')
        .orderBy('id')
        .execute();
      const links = await k
        .selectFrom('weblink')
        .where('weblink.siteId', '=', currentSiteId())
        .leftJoin('weblinkCheck', 'weblinkCheck.linkId', 'weblink.id')
        .selectAll('weblink')
        .select([
          'weblinkCheck.checkedAt',
          'weblinkCheck.ok',
          'weblinkCheck.statusCode',
          'weblinkCheck.detail',
          'weblinkCheck.failures',
        ])
        .orderBy('weblink.position')
        .orderBy('weblink.id')
        .execute();
      const toAdmin = (l: (typeof links)[number]): WeblinkAdmin => ({
        id: l.id,
        groupId: l.groupId,
        title: l.title,
        url: l.url,
        newTab: l.newTab === 1,
        active: l.active === 1,
        position: l.position,
        check: l.checkedAt
          ? {
              checkedAt: new Date(l.checkedAt),
              ok: l.ok === 1,
              statusCode: l.statusCode ?? null,
              detail: l.detail ?? '',
              failures: l.failures ?? 0,
            }
          : undefined,
      });
      return groups.map((g) => ({
        id: g.id,
        name: g.name,
        position: g.position,
        links: links.filter((l) => l.groupId === g.id).map(toAdmin),
      }));
    },
    async insertGroup(name: string, position: number): Promise<number> {
      const row = await k
        .insertInto('weblinkGroup')
        .values({ siteId: currentSiteId(), name, position })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async renameGroup(id: number, name: string): Promise<void> {
      await k
        .updateTable('weblinkGroup')
        .where('siteId', '=', currentSiteId())
        .set({ name })
        .where('id', '=', id)
        .execute();
    },
    async removeGroup(id: number): Promise<void> {
      await k
        .deleteFrom('weblinkGroup')
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    reorderGroups: (ids: number[]): Promise<void> => writePositions(k, 'weblinkGroup', ids),
    async insertLink(l: {
      groupId: number;
      title: string;
      url: string;
      position: number;
      newTab: boolean;
      active?: boolean;
    }): Promise<number> {
      const row = await k
        .insertInto('weblink')
        .values({
          siteId: currentSiteId(),
          groupId: l.groupId,
          title: l.title,
          url: l.url,
          position: l.position,
          newTab: l.newTab ? 1 : 0,
          active: l.active === false ? 0 : 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async updateLink(id: number, l: LinkFields): Promise<void> {
      await k
        .updateTable('weblink')
        .where('siteId', '=', currentSiteId())
        .set({
          groupId: l.groupId,
          title: l.title,
          url: l.url,
          newTab: l.newTab ? 1 : 0,
          active: l.active ? 1 : 0,
        })
        .where('id', '=', id)
        .execute();
    },
    async removeLink(id: number): Promise<void> {
      await atomic(k, async (trx) => {
        await trx.deleteFrom('weblinkCheck').where('linkId', '=', id).execute();
        await trx
          .deleteFrom('weblink')
          .where('siteId', '=', currentSiteId())
          .where('id', '=', id)
          .execute();
      });
    },
    reorderLinks: (ids: number[]): Promise<void> => writePositions(k, 'weblink', ids),
    /** An active link's address (for the redirect endpoint). */
    async activeUrl(id: number): Promise<string | undefined> {
      const row = await k
        .selectFrom('weblink')
        .where('weblink.siteId', '=', currentSiteId())
        .select('url')
        .where('id', '=', id)
        .where('active', '=', 1)
        .executeTakeFirst();
      return row?.url;
    },
    async allLinks(): Promise<{ id: number; url: string }[]> {
      return k
        .selectFrom('weblink')
        .where('weblink.siteId', '=', currentSiteId())
        .select(['id', 'url'])
        .orderBy('id')
        .execute();
    },
    /** Records a check; consecutive failures add up, a success resets them. */
    async saveCheck(linkId: number, r: CheckResult, at: Date): Promise<void> {
      const prev = await k
        .selectFrom('weblinkCheck')
        .select('failures')
        .where('linkId', '=', linkId)
        .executeTakeFirst();
      const values = {
        checkedAt: at.toISOString(),
        ok: r.ok ? 1 : 0,
        statusCode: r.statusCode,
        detail: r.detail,
        failures: r.ok ? 0 : (prev?.failures ?? 0) + 1,
      };
      await k
        .insertInto('weblinkCheck')
        .values({ linkId, ...values })
        .onConflict((oc) => oc.column('linkId').doUpdateSet(values))
        .execute();
    },
  };
}

export type WeblinkRepository = ReturnType<typeof weblinkRepository>;
