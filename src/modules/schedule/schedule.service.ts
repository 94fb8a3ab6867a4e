import crypto from 'node:crypto';
import { Conflict, NotFound, Validation } from '../../http/errors.ts';
import { vnDayKey } from '../../lib/date.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { StorageError, type FileStorage } from '../../storage/storage.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import {
  byTime,
  previousAfter,
  shownOf,
  type EntryFields,
  type ScheduleEntry,
  type ScheduleFile,
} from './schedule.ts';
import type { ScheduleRepository } from './schedule.repository.ts';
import type { EntryForm } from './schedule.schema.ts';
import { say } from './schedule.messages.ts';
import { daysOf, dayVn, formatWeek, weekOf, type IsoWeek } from './week.ts';

/** What schedule changes write through, bound to one transaction. */
export interface ScheduleWrites {
  repo: ScheduleRepository;
  audit: AuditService;
}

/** An entry with its chair written out ("Đ/c Nguyễn Văn A, Bí thư Tỉnh ủy"), as pages show it. */
export interface EntryView extends ScheduleEntry {
  chair: string;
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
  organisation: Pick<OrganisationService, 'namesAndTitles' | 'person'>;
}) {
  const { repo, tx } = deps;

  async function entry(id: number): Promise<ScheduleEntry> {
    const e = isId(id) ? await repo.byId(id) : undefined;
    if (!e) throw new NotFound(say('schedule.not_found'));
    return e;
  }

  /** The chair texts of entries (title at each entry's day). */
  async function withChairs<T extends EntryFields>(list: T[]): Promise<(T & { chair: string })[]> {
    const names = await deps.organisation.namesAndTitles(
      list.flatMap((e) => (e.chairPersonId ? [{ personId: e.chairPersonId, day: e.day }] : [])),
    );
    return list.map((e) => {
      const who = e.chairPersonId ? names.get(`${e.chairPersonId}|${e.day}`) : undefined;
      const person = who ? `Đ/c ${who.name}${who.title ? `, ${who.title}` : ''}` : '';
      return { ...e, chair: [person, e.chairNote].filter(Boolean).join('; ') };
    });
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
    today: (): string => vnDayKey(deps.clock()),
    thisWeek: (): IsoWeek => weekOf(vnDayKey(deps.clock())),

    /** A week's days, Monday first, each with its entries (published only unless `all`). */
    async week(w: IsoWeek, all = false): Promise<{ days: DayView[]; files: ScheduleFile[] }> {
      const days = daysOf(w);
      const [list, files] = await Promise.all([
        repo.between(days[0]!, days[6]!, all),
        repo.files(formatWeek(w)),
      ]);
      const shown = (await withChairs(list)).sort(byTime);
      return {
        days: days.map((day) => ({ day, entries: shown.filter((e) => e.day === day) })),
        files,
      };
    },

    /** Today's published entries (the sidebar block). */
    async onDay(day: string): Promise<EntryView[]> {
      return (await withChairs(await repo.between(day, day))).sort(byTime);
    },

    /** Published entries of several weeks around `w` (the calendar feed). */
    async feed(from: string, to: string): Promise<EntryView[]> {
      return (await withChairs(await repo.between(from, to))).sort(byTime);
    },

    /** Whether the schedule names a person (so the directory keeps them). */
    personInUse: (personId: number): Promise<boolean> => repo.chairs(personId),

    async create(actor: Actor, form: EntryForm): Promise<number> {
      await checkChair(form);
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
