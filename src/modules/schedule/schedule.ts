/** The parts of a day an entry belongs to. */
export type Session = 'sang' | 'chieu' | 'toi';

export const SESSIONS: { id: Session; label: string }[] = [
  { id: 'sang', label: 'Sáng' },
  { id: 'chieu', label: 'Chiều' },
  { id: 'toi', label: 'Tối' },
];

export const sessionLabel = (s: Session): string => SESSIONS.find((x) => x.id === s)?.label ?? s;

/** 'draft': the office's, not public; 'published': approved, on the public week. */
export type ScheduleStatus = 'draft' | 'published';

/** One item of the leaders' weekly schedule. */
export interface ScheduleEntry {
  id: number;
  /** Vietnamese calendar day "YYYY-MM-DD". */
  day: string;
  session: Session;
  /** "HH:mm"; endTime '' when open. */
  startTime: string;
  endTime: string;
  content: string;
  participants: string;
  place: string;
  /** The chair from the directory (shown with the title held that day), and/or a note. */
  chairPersonId: number | null;
  chairNote: string;
  highlighted: boolean;
  /** The unit of Cơ cấu tổ chức whose week this is; null: the site's leadership schedule. */
  unitId: number | null;
  status: ScheduleStatus;
  publishedAt: Date | null;
  /** The last change after publication, and the public values as first published. */
  adjustedAt: Date | null;
  previous: Record<string, string>;
  version: number;
}

/** The fields the office types. */
export type EntryFields = Pick<
  ScheduleEntry,
  | 'day'
  | 'session'
  | 'startTime'
  | 'endTime'
  | 'content'
  | 'participants'
  | 'place'
  | 'chairPersonId'
  | 'chairNote'
  | 'highlighted'
  | 'unitId'
>;

/** The signed weekly schedule (PDF). */
export interface ScheduleFile {
  id: number;
  week: string;
  storageKey: string;
  fileName: string;
  bytes: number;
  uploadedAt: Date;
}

/** An entry as the public reads it: one text per labelled field. */
export type Shown = Record<string, string>;

/** "08:00" or "08:00 – 11:30". */
export function timeText(e: Pick<ScheduleEntry, 'startTime' | 'endTime'>): string {
  return e.endTime ? `${e.startTime} – ${e.endTime}` : e.startTime;
}

/**
 * What readers see of an entry, by label (the chair already written with its title), the basis
 * of the adjustment mark: only these fields count as a public change.
 */
export function shownOf(e: EntryFields, chair: string, dayText: (day: string) => string): Shown {
  return {
    Ngày: dayText(e.day),
    Buổi: sessionLabel(e.session),
    'Thời gian': timeText(e),
    'Nội dung': e.content,
    'Thành phần': e.participants,
    'Địa điểm': e.place,
    'Chủ trì': chair,
  };
}

/**
 * The "previous values" kept after a change to a published entry: for each field changed since
 * publication, its value as first published (earlier adjustments keep their original); a field
 * changed back to that value drops out. Empty: nothing public differs.
 */
export function previousAfter(
  kept: Record<string, string>,
  before: Shown,
  after: Shown,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const label of Object.keys(after)) {
    const original = Object.hasOwn(kept, label) ? kept[label]! : before[label]!;
    if (original !== after[label]) out[label] = original;
  }
  return out;
}

/** Who may do what to an entry in a given state (the policy's actions). */
export function actionFor(
  op: 'edit' | 'delete' | 'approve',
  status: ScheduleStatus,
): 'schedule.draft' | 'schedule.approve' {
  if (op === 'approve') return 'schedule.approve';
  return status === 'draft' ? 'schedule.draft' : 'schedule.approve';
}

/**
 * The last day the public may see, `daysAhead` days after `today` (-1: no limit → undefined).
 * Entries of later days stay hidden for the leaders' security until the day comes near.
 */
export function lastPublicDay(
  today: string,
  daysAhead: number,
  addDays: (day: string, n: number) => string,
): string | undefined {
  return daysAhead < 0 ? undefined : addDays(today, daysAhead);
}

/** Orders entries by day, session, start time. */
export function byTime(a: ScheduleEntry, b: ScheduleEntry): number {
  const order = (s: Session) => SESSIONS.findIndex((x) => x.id === s);
  return (
    a.day.localeCompare(b.day) ||
    order(a.session) - order(b.session) ||
    a.startTime.localeCompare(b.startTime) ||
    a.id - b.id
  );
}
