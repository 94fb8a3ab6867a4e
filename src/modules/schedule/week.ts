/**
 * ISO 8601 weeks over Vietnamese calendar days ("YYYY-MM-DD", already in Asia/Ho_Chi_Minh):
 * weeks start on Monday and week 1 is the one holding the year's first Thursday, so 29/12/2025
 * belongs to 2026-W01. Pure arithmetic on UTC dates (a calendar day has no time zone).
 */

/** An ISO week: its week-numbering year and number (1–53). */
export interface IsoWeek {
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function toUtc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d));
}

function toDay(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `day` moved by `n` days. */
export function addDays(day: string, n: number): string {
  return toDay(new Date(toUtc(day).getTime() + n * DAY_MS));
}

/** 1 (Monday) … 7 (Sunday). */
export function isoWeekday(day: string): number {
  return ((toUtc(day).getUTCDay() + 6) % 7) + 1;
}

/** The ISO week a day belongs to. */
export function weekOf(day: string): IsoWeek {
  // The Thursday of the same week decides the year.
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = Number(thursday.slice(0, 4));
  const jan1 = toUtc(`${pad(year, 4)}-01-01`).getTime();
  const week = Math.floor((toUtc(thursday).getTime() - jan1) / DAY_MS / 7) + 1;
  return { year, week };
}

/** How many ISO weeks a year has (52 or 53). */
export function weeksInYear(year: number): number {
  return weekOf(`${pad(year, 4)}-12-28`).week;
}

/** The Monday of an ISO week. */
export function mondayOf(w: IsoWeek): string {
  const jan4 = `${pad(w.year, 4)}-01-04`;
  const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(week1Monday, (w.week - 1) * 7);
}

/** The seven days of a week, Monday first. */
export function daysOf(w: IsoWeek): string[] {
  const monday = mondayOf(w);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** "2025-W49". */
export function formatWeek(w: IsoWeek): string {
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Reads "2025-W49" (also "2025-w9"); undefined unless a real week between 2000 and 2100. */
export function parseWeek(text: string): IsoWeek | undefined {
  const m = /^(\d{4})-[Ww](\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (year < 2000 || year > 2100 || week < 1 || week > weeksInYear(year)) return undefined;
  return { year, week };
}

/** The week before or after. */
export function shiftWeek(w: IsoWeek, by: number): IsoWeek {
  return weekOf(addDays(mondayOf(w), by * 7));
}

/** "dd/MM/yyyy". */
export function dayVn(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

/** "Thứ Hai" … "Chủ nhật". */
export function weekdayName(day: string): string {
  return WEEKDAYS[isoWeekday(day) - 1]!;
}

/** "Tuần thứ 49 (từ ngày 01/12/2025 đến ngày 07/12/2025)". */
export function weekHeading(w: IsoWeek): string {
  const monday = mondayOf(w);
  return `Tuần thứ ${w.week} (từ ngày ${dayVn(monday)} đến ngày ${dayVn(addDays(monday, 6))})`;
}
