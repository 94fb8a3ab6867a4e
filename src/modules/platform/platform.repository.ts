import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { SiteTable } from '../../db/tables/platform.table.ts';
import type { Site, SiteKind } from './platform.ts';

function toSite(row: Selectable<SiteTable>): Site {
  return {
    id: row.id,
    slug: row.slug,
    kind: (['tinh', 'xa', 'co-quan'].includes(row.kind) ? row.kind : 'xa') as SiteKind,
    name: row.name,
    unitCode: row.unitCode,
    host: row.host,
    pathPrefix: row.pathPrefix,
    parentId: row.parentId,
    status: row.status === 'suspended' ? 'suspended' : 'active',
    suspendedReason: row.suspendedReason,
    language: row.language,
    createdAt: new Date(row.createdAt),
  };
}

/** What a new site is made of. */
export interface NewSite {
  slug: string;
  kind: SiteKind;
  name: string;
  unitCode: string | null;
  host: string | null;
  pathPrefix: string | null;
  parentId: number | null;
}

/** The only place that queries the `site` table and the per-site epoch rows. */
export function platformRepository(db: Db) {
  const k = db.kysely;
  return {
    async all(): Promise<Site[]> {
      const rows = await k.selectFrom('site').selectAll().orderBy('id').execute();
      return rows.map(toSite);
    },
    async byId(id: number): Promise<Site | undefined> {
      const row = await k.selectFrom('site').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSite(row);
    },
    async insert(s: NewSite): Promise<number> {
      const row = await k
        .insertInto('site')
        .values({ ...s, createdAt: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await k.insertInto('cacheEpoch').values({ id: row.id, n: 0, siteId: row.id }).execute();
      return row.id;
    },
    async update(
      id: number,
      patch: Partial<Pick<Site, 'name' | 'host' | 'pathPrefix' | 'status' | 'suspendedReason'>>,
    ): Promise<void> {
      await k.updateTable('site').set(patch).where('id', '=', id).execute();
    },
    /** Bytes of media a site holds (its storage use). */
    async storageBytes(): Promise<Map<number, number>> {
      const rows = await k
        .selectFrom('media')
        .select(['siteId', (eb) => eb.fn.sum<number>('byteSize').as('bytes')])
        .groupBy('siteId')
        .execute();
      return new Map(rows.map((r) => [r.siteId, Number(r.bytes ?? 0)]));
    },
    /** The latest publication time of each site. */
    async lastPublished(): Promise<Map<number, Date>> {
      const rows = await k
        .selectFrom('article')
        .select(['siteId', (eb) => eb.fn.max('publishedAt').as('at')])
        .where('status', '=', 'published')
        .groupBy('siteId')
        .execute();
      const out = new Map<number, Date>();
      for (const r of rows) if (r.at) out.set(r.siteId, new Date(r.at));
      return out;
    },
  };
}

export type PlatformRepository = ReturnType<typeof platformRepository>;
