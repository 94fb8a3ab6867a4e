import type { Db } from '../../db/connect.ts';
import type { WeblinkGroup } from './weblink.ts';

/** The only place that queries web links. */
export function weblinkRepository(db: Db) {
  const k = db.kysely;
  return {
    /** Active links grouped, groups and links in their set order; empty groups left out. */
    async activeGroups(): Promise<WeblinkGroup[]> {
      const groups = await k.selectFrom('weblinkGroup').selectAll().orderBy('position').orderBy('id').execute();
      const links = await k
        .selectFrom('weblink')
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
    async insertGroup(name: string, position: number): Promise<number> {
      const row = await k.insertInto('weblinkGroup').values({ name, position }).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },
    async insertLink(l: { groupId: number; title: string; url: string; position: number; newTab: boolean }): Promise<void> {
      await k
        .insertInto('weblink')
        .values({ ...l, newTab: l.newTab ? 1 : 0, active: 1 })
        .execute();
    },
  };
}

export type WeblinkRepository = ReturnType<typeof weblinkRepository>;
