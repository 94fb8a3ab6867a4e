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
    /** Which of a site's unique fields another site already holds (`exceptId`: the site edited). */
    async clashes(
      s: Partial<Pick<Site, 'slug' | 'host' | 'pathPrefix' | 'unitCode'>>,
      exceptId = 0,
    ): Promise<('slug' | 'host' | 'pathPrefix' | 'unitCode')[]> {
      const keys = (['slug', 'host', 'pathPrefix', 'unitCode'] as const).filter((f) => s[f]);
      if (!keys.length) return [];
      const rows = await k
        .selectFrom('site')
        .select(['slug', 'host', 'pathPrefix', 'unitCode'])
        .where('id', '<>', exceptId)
        .where((eb) => eb.or(keys.map((f) => eb(f, '=', s[f]!))))
        .execute();
      return keys.filter((f) => rows.some((r) => r[f] === s[f]));
    },
    /** Grants `role` on a site to an account (replacing a role it held there). */
    async grantRole(accountId: number, siteId: number, role: string): Promise<void> {
      const grantedAt = new Date().toISOString();
      await k
        .insertInto('accountSite')
        .values({ accountId, siteId, role, allSections: 1, grantedAt })
        .onConflict((oc) =>
          oc.columns(['accountId', 'siteId']).doUpdateSet({ role, allSections: 1, grantedAt }),
        )
        .execute();
    },
    /** The role an account holds on a site, if any grant was recorded. */
    async roleOn(accountId: number, siteId: number): Promise<string | undefined> {
      const row = await k
        .selectFrom('accountSite')
        .select('role')
        .where('accountId', '=', accountId)
        .where('siteId', '=', siteId)
        .executeTakeFirst();
      return row?.role;
    },
    /** The accounts holding `role` on each site (site id → usernames). */
    async holders(role: string): Promise<Map<number, string[]>> {
      const rows = await k
        .selectFrom('accountSite')
        .innerJoin('account', 'account.id', 'accountSite.accountId')
        .select(['accountSite.siteId', 'account.username'])
        .where('accountSite.role', '=', role)
        .orderBy('account.username')
        .execute();
      const out = new Map<number, string[]>();
      for (const r of rows) out.set(r.siteId, [...(out.get(r.siteId) ?? []), r.username]);
      return out;
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
