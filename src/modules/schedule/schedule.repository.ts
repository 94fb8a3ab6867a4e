import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type { ScheduleEntryTable, ScheduleFileTable } from '../../db/tables/schedule.table.ts';
import type { EntryFields, ScheduleEntry, ScheduleFile, Session } from './schedule.ts';

function parsePrevious(text: string): Record<string, string> {
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    return Object.fromEntries(
      Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

function toEntry(r: Selectable<ScheduleEntryTable>): ScheduleEntry {
  return {
    id: r.id,
    day: r.day,
    session: r.session as Session,
    startTime: r.startTime,
    endTime: r.endTime,
    content: r.content,
    participants: r.participants,
    place: r.place,
    chairPersonId: r.chairPersonId,
    chairNote: r.chairNote,
    highlighted: r.highlighted === 1,
    unitId: r.unitId,
    status: r.status === 'published' ? 'published' : 'draft',
    publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
    adjustedAt: r.adjustedAt ? new Date(r.adjustedAt) : null,
    previous: parsePrevious(r.previous),
    version: r.version,
  };
}

function toFile(r: Selectable<ScheduleFileTable>): ScheduleFile {
  return {
    id: r.id,
    week: r.week,
    storageKey: r.storageKey,
    fileName: r.fileName,
    bytes: r.bytes,
    uploadedAt: new Date(r.uploadedAt),
  };
}

const columns = (e: EntryFields) => ({
  day: e.day,
  session: e.session,
  startTime: e.startTime,
  endTime: e.endTime,
  content: e.content,
  participants: e.participants,
  place: e.place,
  chairPersonId: e.chairPersonId,
  chairNote: e.chairNote,
  highlighted: e.highlighted ? 1 : 0,
  unitId: e.unitId,
});

/** The only place that queries the schedule tables; every query is the current site's. */
export function scheduleRepository(db: Db) {
  const k = db.kysely;
  return {
    /**
     * Entries from `from` to `to` (days, inclusive); published ones only unless `all`. `unit`:
     * undefined for every unit, null for the site's leadership schedule, else that unit's.
     */
    async between(
      from: string,
      to: string,
      all = false,
      unit?: number | null,
    ): Promise<ScheduleEntry[]> {
      let q = k
        .selectFrom('scheduleEntry')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .where('day', '>=', from)
        .where('day', '<=', to);
      if (!all) q = q.where('status', '=', 'published');
      if (unit === null) q = q.where('unitId', 'is', null);
      else if (unit !== undefined) q = q.where('unitId', '=', unit);
      const rows = await q.orderBy('day').orderBy('startTime').orderBy('id').execute();
      return rows.map(toEntry);
    },
    async byId(id: number): Promise<ScheduleEntry | undefined> {
      const r = await k
        .selectFrom('scheduleEntry')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .executeTakeFirst();
      return r && toEntry(r);
    },
    async insert(e: EntryFields, at: Date): Promise<number> {
      const r = await k
        .insertInto('scheduleEntry')
        .values({
          siteId: currentSiteId(),
          ...columns(e),
          status: 'draft',
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    /**
     * Writes an entry if it is still at `version` (compare-and-set: two people saving the same
     * entry cannot overwrite each other unseen); false when someone changed it first.
     */
    async update(
      id: number,
      version: number,
      e: EntryFields,
      adjust: { at: Date; previous: Record<string, string> } | undefined,
      at: Date,
    ): Promise<boolean> {
      const r = await k
        .updateTable('scheduleEntry')
        .set({
          ...columns(e),
          ...(adjust
            ? { adjustedAt: adjust.at.toISOString(), previous: JSON.stringify(adjust.previous) }
            : {}),
          version: version + 1,
          updatedAt: at.toISOString(),
        })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** Publishes a draft; false when it was not a draft any more. */
    async publish(id: number, at: Date): Promise<boolean> {
      const r = await k
        .updateTable('scheduleEntry')
        .set((eb) => ({
          status: 'published',
          publishedAt: at.toISOString(),
          updatedAt: at.toISOString(),
          version: eb('version', '+', 1),
        }))
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async remove(id: number): Promise<void> {
      await k
        .deleteFrom('scheduleEntry')
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    /** Whether any entry belongs to this unit's schedule. */
    async usesUnit(unitId: number): Promise<boolean> {
      const r = await k
        .selectFrom('scheduleEntry')
        .select('id')
        .where('siteId', '=', currentSiteId())
        .where('unitId', '=', unitId)
        .executeTakeFirst();
      return r !== undefined;
    },
    /** The units that have at least one published entry (the public unit choice). */
    async publishedUnits(): Promise<number[]> {
      const rows = await k
        .selectFrom('scheduleEntry')
        .select('unitId')
        .distinct()
        .where('siteId', '=', currentSiteId())
        .where('status', '=', 'published')
        .where('unitId', 'is not', null)
        .execute();
      return rows.flatMap((r) => (r.unitId === null ? [] : [r.unitId]));
    },
    /** Whether any entry names this person as its chair. */
    async chairs(personId: number): Promise<boolean> {
      const r = await k
        .selectFrom('scheduleEntry')
        .select('id')
        .where('siteId', '=', currentSiteId())
        .where('chairPersonId', '=', personId)
        .executeTakeFirst();
      return r !== undefined;
    },

    async files(week: string): Promise<ScheduleFile[]> {
      const rows = await k
        .selectFrom('scheduleFile')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .where('week', '=', week)
        .orderBy('id')
        .execute();
      return rows.map(toFile);
    },
    async file(id: number): Promise<ScheduleFile | undefined> {
      const r = await k
        .selectFrom('scheduleFile')
        .selectAll()
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .executeTakeFirst();
      return r && toFile(r);
    },
    async insertFile(f: Omit<ScheduleFile, 'id'>): Promise<number> {
      const r = await k
        .insertInto('scheduleFile')
        .values({
          siteId: currentSiteId(),
          week: f.week,
          storageKey: f.storageKey,
          fileName: f.fileName,
          bytes: f.bytes,
          uploadedAt: f.uploadedAt.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async removeFile(id: number): Promise<void> {
      await k
        .deleteFrom('scheduleFile')
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
  };
}

export type ScheduleRepository = ReturnType<typeof scheduleRepository>;
