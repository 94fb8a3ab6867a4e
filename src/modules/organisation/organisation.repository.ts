import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type {
  OrgPersonTable,
  OrgPostTable,
  OrgUnitTable,
} from '../../db/tables/organisation.table.ts';
import type { OrgPerson, OrgPost, OrgUnit } from './organisation.ts';

function toUnit(r: Selectable<OrgUnitTable>): OrgUnit {
  return {
    id: r.id,
    parentId: r.parentId,
    name: r.name,
    description: r.description,
    phone: r.phone,
    email: r.email,
    address: r.address,
    position: r.position,
  };
}

function toPerson(r: Selectable<OrgPersonTable>): OrgPerson {
  return {
    id: r.id,
    fullName: r.fullName,
    responsibilities: r.responsibilities,
    phone: r.phone,
    email: r.email,
    photoMediaId: r.photoMediaId,
    photoAlt: r.photoAlt,
  };
}

function toPost(r: Selectable<OrgPostTable>): OrgPost {
  return {
    id: r.id,
    personId: r.personId,
    unitId: r.unitId,
    title: r.title,
    term: r.term,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    leadership: r.leadership === 1,
    position: r.position,
  };
}

export type UnitFields = Omit<OrgUnit, 'id'>;
export type PersonFields = Omit<OrgPerson, 'id' | 'photoMediaId' | 'photoAlt'>;
export type PostFields = Omit<OrgPost, 'id'>;

const postColumns = (p: PostFields) => ({
  personId: p.personId,
  unitId: p.unitId,
  title: p.title,
  term: p.term,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  leadership: p.leadership ? 1 : 0,
  position: p.position,
});

/** The only place that queries the organisation tables; every query is the current site's. */
export function organisationRepository(db: Db) {
  const k = db.kysely;
  return {
    async units(): Promise<OrgUnit[]> {
      const rows = await k
        .selectFrom('orgUnit')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toUnit);
    },
    async unit(id: number): Promise<OrgUnit | undefined> {
      const r = await k
        .selectFrom('orgUnit')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .executeTakeFirst();
      return r && toUnit(r);
    },
    async insertUnit(u: UnitFields, at: Date): Promise<number> {
      const r = await k
        .insertInto('orgUnit')
        .values({
          siteId: currentSiteId(),
          ...u,
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async updateUnit(id: number, u: UnitFields, at: Date): Promise<void> {
      await k
        .updateTable('orgUnit')
        .set({ ...u, updatedAt: at.toISOString() })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    async removeUnit(id: number): Promise<void> {
      const siteId = currentSiteId();
      // Children move up to the top level, posts keep their person and title (the FKs set null).
      await k
        .updateTable('orgUnit')
        .set({ parentId: null })
        .where('siteId', '=', siteId)
        .where('parentId', '=', id)
        .execute();
      await k
        .updateTable('orgPost')
        .set({ unitId: null })
        .where('siteId', '=', siteId)
        .where('unitId', '=', id)
        .execute();
      await k.deleteFrom('orgUnit').where('siteId', '=', siteId).where('id', '=', id).execute();
    },

    async people(): Promise<OrgPerson[]> {
      const rows = await k
        .selectFrom('orgPerson')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .orderBy('fullName')
        .orderBy('id')
        .execute();
      return rows.map(toPerson);
    },
    async person(id: number): Promise<OrgPerson | undefined> {
      const r = await k
        .selectFrom('orgPerson')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .executeTakeFirst();
      return r && toPerson(r);
    },
    async insertPerson(p: PersonFields, at: Date): Promise<number> {
      const r = await k
        .insertInto('orgPerson')
        .values({
          siteId: currentSiteId(),
          ...p,
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async updatePerson(id: number, p: PersonFields, at: Date): Promise<void> {
      await k
        .updateTable('orgPerson')
        .set({ ...p, updatedAt: at.toISOString() })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    /** Sets or clears (null) a person's portrait and its text. */
    async setPhoto(id: number, mediaId: number | null, alt: string, at: Date): Promise<void> {
      await k
        .updateTable('orgPerson')
        .set({ photoMediaId: mediaId, photoAlt: alt, updatedAt: at.toISOString() })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    async removePerson(id: number): Promise<void> {
      const siteId = currentSiteId();
      await k
        .deleteFrom('orgPost')
        .where('siteId', '=', siteId)
        .where('personId', '=', id)
        .execute();
      await k.deleteFrom('orgPerson').where('siteId', '=', siteId).where('id', '=', id).execute();
    },

    /** Every post of the site, or of the given people only. */
    async posts(personIds?: number[]): Promise<OrgPost[]> {
      if (personIds && personIds.length === 0) return [];
      let q = k.selectFrom('orgPost').selectAll().where('siteId', '=', currentSiteId());
      if (personIds) q = q.where('personId', 'in', personIds);
      const rows = await q.orderBy('position').orderBy('startsOn').orderBy('id').execute();
      return rows.map(toPost);
    },
    async post(id: number): Promise<OrgPost | undefined> {
      const r = await k
        .selectFrom('orgPost')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .executeTakeFirst();
      return r && toPost(r);
    },
    async insertPost(p: PostFields, at: Date): Promise<number> {
      const r = await k
        .insertInto('orgPost')
        .values({ siteId: currentSiteId(), ...postColumns(p), createdAt: at.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async updatePost(id: number, p: PostFields): Promise<void> {
      await k
        .updateTable('orgPost')
        .set(postColumns(p))
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    async removePost(id: number): Promise<void> {
      await k
        .deleteFrom('orgPost')
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
  };
}

export type OrganisationRepository = ReturnType<typeof organisationRepository>;
