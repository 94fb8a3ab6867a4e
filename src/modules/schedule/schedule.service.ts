import crypto from 'node:crypto';
import { Conflict, NotFound, Validation } from '../../http/errors.ts';
import { vnDayKey } from '../../lib/date.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { StorageError, type FileStorage } from '../../storage/storage.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import type { OrgUnit } from '../organisation/organisation.ts';
import {
  byTime,
  lastPublicDay,
  previousAfter,
  shownOf,
  type EntryFields,
  type ScheduleEntry,
  type ScheduleFile,
} from './schedule.ts';
import type { ScheduleRepository } from './schedule.repository.ts';
import type { EntryForm } from './schedule.schema.ts';
import { say } from './schedule.messages.ts';
import { addDays, daysOf, dayVn, formatWeek, weekOf, type IsoWeek } from './week.ts';

/** What schedule changes write through, bound to one transaction. */
export interface ScheduleWrites {
  repo: ScheduleRepository;
  audit: AuditService;
}

/** An entry with its chair written out ("Đ/c Nguyễn Văn A, Bí thư Tỉnh ủy"), as pages show it. */
export interface EntryView extends ScheduleEntry {
  chair: string;
  /** The name of the unit whose schedule it is (null: the leadership's). */
  unitName: string | null;
}

/** One day of a week view. */
export interface DayView {
  day: string;
  entries: EntryView[];
}

/** The largest signed schedule accepted (bytes). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const isId = (n: number) => Number.isSafeInteger(n) && n > 0 && n < 2 ** 31;

/**
 * Lịch công tác: the office drafts entries, an approver publishes them; a change to a published
 * entry keeps its first published values and the time of the change for the "Điều chỉnh" mark.
 * Chairs come from the directory with the title held on the entry's day. Every change is one
 * transaction with its audit record; public pages follow by the content epoch.
 */
export function scheduleService(deps: {
  repo: ScheduleRepository;
  tx: UnitOfWork<ScheduleWrites>;
  clock: () => Date;
  storage: FileStorage;
  organisation: Pick<OrganisationService, 'namesAndTitles' | 'person' | 'units'>;
  /** The site's setting: days ahead of today the public sees (-1: every approved day). */
  daysAhead: () => Promise<number>;
}) {
  const { repo, tx } = deps;
  const today = (): string => vnDayKey(deps.clock());
  /** The last day the public may see now (undefined: no limit). */
  const lastPublic = async (): Promise<string | undefined> =>
    lastPublicDay(today(), await deps.daysAhead(), addDays);
  const capped = (to: string, last: string | undefined) => (last && last < to ? last : to);

  async function entry(id: number): Promise<ScheduleEntry> {
    const e = isId(id) ? await repo.byId(id) : undefined;
    if (!e) throw new NotFound(say('schedule.not_found'));
    return e;
  }

  /** The chair texts of entries (title at each entry's day). */
  async function withChairs<T extends EntryFields>(
    list: T[],
  ): Promise<(T & { chair: string; unitName: string | null })[]> {
    if (list.length === 0) return [];
    const [names, units] = await Promise.all([
      deps.organisation.namesAndTitles(
        list.flatMap((e) => (e.chairPersonId ? [{ personId: e.chairPersonId, day: e.day }] : [])),
      ),
      list.some((e) => e.unitId !== null) ? deps.organisation.units() : Promise.resolve([]),
    ]);
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    return list.map((e) => {
      const who = e.chairPersonId ? names.get(`${e.chairPersonId}|${e.day}`) : undefined;
      const person = who ? `Đ/c ${who.name}${who.title ? `, ${who.title}` : ''}` : '';
      return {
        ...e,
        chair: [person, e.chairNote].filter(Boolean).join('; '),
        unitName: e.unitId === null ? null : (unitName.get(e.unitId) ?? null),
      };
    });
  }

  async function checkUnit(form: EntryForm): Promise<void> {
    if (form.unitId === null) return;
    if (!(await deps.organisation.units()).some((u) => u.id === form.unitId))
      throw Validation.of('unitId', say('schedule.bad_unit'));
  }

  async function checkChair(form: EntryForm): Promise<void> {
    if (form.chairPersonId === null) return;
    try {
      await deps.organisation.person(form.chairPersonId);
    } catch {
      throw Validation.of('chairPersonId', say('schedule.bad_chair'));
    }
  }

  const summary = (e: EntryFields) => `${dayVn(e.day)} ${e.startTime}: ${e.content.slice(0, 120)}`;

  return {
    entry,
    today,
    thisWeek: (): IsoWeek => weekOf(today()),

    /**
     * A week's days, Monday first, each with its entries. The public view (`all` false) has the
     * published entries of one schedule (`unit`: null or absent for the leadership's, else a
     * unit's) up to the last public day, and `hiddenFrom`, the first day of this week kept back;
     * the office's view (`all`) has every entry of every unit.
     */
    async week(
      w: IsoWeek,
      opts: { all?: boolean; unit?: number | null } = {},
    ): Promise<{ days: DayView[]; files: ScheduleFile[]; hiddenFrom?: string }> {
      const days = daysOf(w);
      const all = opts.all ?? false;
      const last = all ? undefined : await lastPublic();
      const unit = all ? undefined : (opts.unit ?? null);
      const [list, files] = await Promise.all([
        last !== undefined && last < days[0]!
          ? Promise.resolve([])
          : repo.between(days[0]!, capped(days[6]!, last), all, unit),
        unit === null || all ? repo.files(formatWeek(w)) : Promise.resolve([]),
      ]);
      const shown = (await withChairs(list)).sort(byTime);
      const hiddenFrom = days.find((d) => last !== undefined && d > last);
      return {
        days: days.map((day) => ({ day, entries: shown.filter((e) => e.day === day) })),
        files,
        ...(hiddenFrom ? { hiddenFrom } : {}),
      };
    },

    /** Today's published entries of the leadership's schedule (the sidebar block). */
    async onDay(day: string): Promise<EntryView[]> {
      const last = await lastPublic();
      if (last !== undefined && day > last) return [];
      return (await withChairs(await repo.between(day, day, false, null))).sort(byTime);
    },

    /** Published entries from one day to another of one schedule (the feeds), up to the last public day. */
    async feed(from: string, to: string, unit: number | null = null): Promise<EntryView[]> {
      const end = capped(to, await lastPublic());
      if (end < from) return [];
      return (await withChairs(await repo.between(from, end, false, unit))).sort(byTime);
    },

    /** The units whose schedule has published entries, in the order of Cơ cấu tổ chức. */
    async publicUnits(): Promise<OrgUnit[]> {
      const [ids, units] = await Promise.all([repo.publishedUnits(), deps.organisation.units()]);
      return units.filter((u) => ids.includes(u.id));
    },

    /** A unit of the site by id, for a unit's schedule page (404 when unknown). */
    async unit(id: number): Promise<OrgUnit> {
      const u = isId(id) ? (await deps.organisation.units()).find((x) => x.id === id) : undefined;
      if (!u) throw new NotFound(say('schedule.unknown_unit'));
      return u;
    },

    /** Whether the schedule has entries of a unit (so the directory keeps it). */
    unitInUse: (unitId: number): Promise<boolean> => repo.usesUnit(unitId),

    /** Whether the schedule names a person (so the directory keeps them). */
    personInUse: (personId: number): Promise<boolean> => repo.chairs(personId),

    async create(actor: Actor, form: EntryForm): Promise<number> {
      await checkChair(form);
      await checkUnit(form);
      return tx(async ({ repo, audit }) => {
        const id = await repo.insert(form, deps.clock());
        await audit.record(actor, 'schedule.created', {
          type: 'schedule_entry',
          id,
          summary: summary(form),
          detail: { ...form },
        });
        return id;
      });
    },

    /**
     * Saves an entry at the version the editor loaded. On a published entry (the approver's,
     * checked by the route) a public change is an adjustment: its time and first published values.
     */
    async update(actor: Actor, id: number, version: number, form: EntryForm): Promise<void> {
      const before = await entry(id);
      await checkChair(form);
      await checkUnit(form);
      let adjust: { at: Date; previous: Record<string, string> } | undefined;
      if (before.status === 'published') {
        const [b, a] = await withChairs([before, { ...before, ...form }]);
        const sb = shownOf(b!, b!.chair, dayVn);
        const sa = shownOf(a!, a!.chair, dayVn);
        if (JSON.stringify(sb) !== JSON.stringify(sa))
          adjust = { at: deps.clock(), previous: previousAfter(before.previous, sb, sa) };
      }
      await tx(async ({ repo, audit }) => {
        if (!(await repo.update(id, version, form, adjust, deps.clock())))
          throw new Conflict(say('schedule.conflict'));
        await audit.record(actor, adjust ? 'schedule.adjusted' : 'schedule.updated', {
          type: 'schedule_entry',
          id,
          summary: summary(form),
          detail: { before: { ...before }, after: { ...form }, previous: adjust?.previous },
        });
      });
    },

    /** Publishes one draft. */
    async approve(actor: Actor, id: number): Promise<void> {
      const e = await entry(id);
      await tx(async ({ repo, audit }) => {
        if (!(await repo.publish(e.id, deps.clock())))
          throw new Conflict(say('schedule.not_draft'));
        await audit.record(actor, 'schedule.approved', {
          type: 'schedule_entry',
          id: e.id,
          summary: summary(e),
        });
      });
    },

    /** Publishes every draft of a week; returns how many. */
    async approveWeek(actor: Actor, w: IsoWeek): Promise<number> {
      const days = daysOf(w);
      return tx(async ({ repo, audit }) => {
        const drafts = (await repo.between(days[0]!, days[6]!, true)).filter(
          (e) => e.status === 'draft',
        );
        let n = 0;
        for (const e of drafts) {
          if (!(await repo.publish(e.id, deps.clock()))) continue;
          n++;
          await audit.record(actor, 'schedule.approved', {
            type: 'schedule_entry',
            id: e.id,
            summary: summary(e),
          });
        }
        return n;
      });
    },

    async remove(actor: Actor, id: number): Promise<void> {
      const e = await entry(id);
      await tx(async ({ repo, audit }) => {
        await repo.remove(e.id);
        await audit.record(actor, 'schedule.deleted', {
          type: 'schedule_entry',
          id: e.id,
          summary: summary(e),
          detail: { ...e },
        });
      });
    },

    /** Stores the signed weekly schedule byte for byte (a PDF, checked by its first bytes). */
    async uploadFile(actor: Actor, w: IsoWeek, name: string, data: Buffer): Promise<number> {
      if (data.length === 0) throw Validation.of('file', say('schedule.file_required'));
      if (data.length > MAX_FILE_BYTES) throw Validation.of('file', say('schedule.file_too_big'));
      if (data.subarray(0, 5).toString('latin1') !== '%PDF-')
        throw Validation.of('file', say('schedule.file_not_pdf'));
      const key = `lich-cong-tac/${currentSiteId()}/${crypto.randomBytes(12).toString('hex')}.pdf`;
      try {
        await deps.storage.put(key, data);
      } catch (err) {
        if (err instanceof StorageError) throw Validation.of('file', say('schedule.file_unsaved'));
        throw err;
      }
      // A readable, harmless name: letters, digits and a few marks, ending in .pdf.
      const safe =
        name
          .normalize('NFC')
          .replace(/\.pdf$/i, '')
          .replace(/[^\p{L}\p{N} ._()-]+/gu, '')
          .trim()
          .slice(0, 120) || `lich-cong-tac-${formatWeek(w)}`;
      try {
        return await tx(async ({ repo, audit }) => {
          const id = await repo.insertFile({
            week: formatWeek(w),
            storageKey: key,
            fileName: `${safe}.pdf`,
            bytes: data.length,
            uploadedAt: deps.clock(),
          });
          await audit.record(actor, 'schedule.file_uploaded', {
            type: 'schedule_file',
            id,
            summary: `${formatWeek(w)}: ${safe}.pdf`,
          });
          return id;
        });
      } catch (err) {
        await deps.storage.remove(key);
        throw err;
      }
    },

    async file(id: number): Promise<ScheduleFile> {
      const f = isId(id) ? await repo.file(id) : undefined;
      if (!f) throw new NotFound(say('schedule.file_not_found'));
      return f;
    },

    /** The stored bytes of a file, or 404. */
    async fileData(id: number): Promise<{ file: ScheduleFile; data: Buffer }> {
      const f = isId(id) ? await repo.file(id) : undefined;
      const data = f && (await deps.storage.get(f.storageKey));
      if (!f || !data) throw new NotFound(say('schedule.file_not_found'));
      return { file: f, data };
    },

    /** Removes a file's record (the bytes stay in storage: backups and the audit may refer to it). */
    async removeFile(actor: Actor, id: number): Promise<ScheduleFile> {
      const f = isId(id) ? await repo.file(id) : undefined;
      if (!f) throw new NotFound(say('schedule.file_not_found'));
      await tx(async ({ repo, audit }) => {
        await repo.removeFile(f.id);
        await audit.record(actor, 'schedule.file_deleted', {
          type: 'schedule_file',
          id: f.id,
          summary: `${f.week}: ${f.fileName}`,
        });
      });
      return f;
    },
  };
}

export type ScheduleService = ReturnType<typeof scheduleService>;
