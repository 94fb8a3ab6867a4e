import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { writePositions } from '../../db/positions.ts';
import { atomic } from '../../db/transaction.ts';
import type { MenuEntry, MenuKind, MenuName, NewMenuEntry } from './menu.ts';
import type { MenuItemTable } from '../../db/tables/site.table.ts';

/** Maps a row to the domain type. */
function toMenuEntry(row: Selectable<MenuItemTable>): MenuEntry {
  return {
    id: row.id,
    menu: row.menu === 'footer' ? 'footer' : 'main',
    parentId: row.parentId,
    position: row.position,
    label: row.label,
    kind: row.kind as MenuKind,
    targetId: row.targetId,
    url: row.url,
    newTab: row.newTab === 1,
  };
}

/** The only place that queries menu items. */
export function menuRepository(db: Db) {
  const k = db.kysely;
  return {
    async list(menu: MenuName): Promise<MenuEntry[]> {
      const rows = await k
        .selectFrom('menuItem')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .where('menu', '=', menu)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toMenuEntry);
    },
    /** Both menus at once (one query per page view). */
    async listAll(): Promise<MenuEntry[]> {
      const rows = await k
        .selectFrom('menuItem')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toMenuEntry);
    },
    async byId(id: number): Promise<MenuEntry | undefined> {
      const row = await k
        .selectFrom('menuItem')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toMenuEntry(row);
    },
    async insert(menu: MenuName, e: NewMenuEntry, position: number): Promise<number> {
      const row = await k
        .insertInto('menuItem')
        .values({
          siteId: currentSiteId(),
          menu,
          position,
          parentId: e.parentId,
          label: e.label,
          kind: e.kind,
          targetId: e.targetId,
          url: e.url,
          newTab: e.newTab ? 1 : 0,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async update(id: number, e: NewMenuEntry): Promise<void> {
      await k
        .updateTable('menuItem')
        .set({
          parentId: e.parentId,
          label: e.label,
          kind: e.kind,
          targetId: e.targetId,
          url: e.url,
          newTab: e.newTab ? 1 : 0,
        })
        .where('id', '=', id)
        .where('siteId', '=', currentSiteId())
        .execute();
    },
    /** Deletes an entry and its children. */
    async remove(id: number): Promise<void> {
      await atomic(k, async (trx) => {
        const site = currentSiteId();
        await trx
          .deleteFrom('menuItem')
          .where('parentId', '=', id)
          .where('siteId', '=', site)
          .execute();
        await trx.deleteFrom('menuItem').where('id', '=', id).where('siteId', '=', site).execute();
      });
    },
    /** Writes new positions for a list of entries (one sibling group), atomically. */
    reorder: (ids: number[]): Promise<void> => writePositions(k, 'menuItem', ids),
  };
}

export type MenuRepository = ReturnType<typeof menuRepository>;
