import { parseVnLocal, vnDayKey, vnParts } from './date.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Parses a calendar day typed by a reader: "09/03/2023" (also "9/3/2023", "09-03-2023",
 * "09.03.2023") or "2023-03-09" (what <input type="date"> sends). Returns "YYYY-MM-DD", or
 * undefined when the text is not a real date between 1900 and 2100.
 */
export function parseDateInput(input: string): string | undefined {
  const s = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (!y || !m || !d) return undefined;
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  if (year < 1900 || year > 2100) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  )
    return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first instant of a Vietnamese calendar day "YYYY-MM-DD" (local midnight, UTC+7). */
export function vnDayStart(day: string): Date {
  return parseVnLocal(`${day} 00:00:00`);
}

/** The first instant of the day after "YYYY-MM-DD" in Vietnam (no daylight saving there). */
export function vnDayEnd(day: string): Date {
  return new Date(vnDayStart(day).getTime() + 24 * 3600 * 1000);
}

/** "YYYY-MM-DD" → "dd/mm/yyyy", for showing a parsed day back to the reader. */
export function dayKeyToVn(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * A "from … to …" filter of calendar days as typed (either may be empty): the instants from the
 * start of the first day to the end of the last, or a Vietnamese message for bad input.
 */
export function dayRange(
  fromText: string,
  toText: string,
): { from?: Date; to?: Date; error?: string } {
  const from = fromText.trim() ? parseDateInput(fromText) : undefined;
  const to = toText.trim() ? parseDateInput(toText) : undefined;
  if ((fromText.trim() && !from) || (toText.trim() && !to))
    return { error: 'Ngày không hợp lệ (ngày/tháng/năm).' };
  const range = { from: from ? vnDayStart(from) : undefined, to: to ? vnDayEnd(to) : undefined };
  if (range.from && range.to && range.from >= range.to)
    return { error: 'Ngày bắt đầu phải trước ngày kết thúc.' };
  return range;
}

/**
 * What a day field accepts in the browser: dd/mm/yyyy (the server also takes "9.3.2023" and
 * "YYYY-MM-DD"). No character class: the pattern attribute is compiled with the v flag.
 */
export const DATE_PATTERN = String.raw`\s*\d{1,2}/\d{1,2}/\d{4}\s*`;

/** What a date-and-time field accepts in the browser: dd/mm/yyyy HH:mm, 24-hour. */
export const DATETIME_PATTERN = String.raw`\s*\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2}\s*`;

/**
 * Parses a Vietnamese wall-clock time typed in the back office: "07/12/2026 14:30" (24-hour;
 * also "7/12/2026, 14:30", "07/12/2026 14h30") or "2026-12-07T14:30" (what an old form or a
 * datetime-local input sends). The time is Asia/Ho_Chi_Minh whatever the server's zone.
 * Undefined when it is not a real date and time.
 */
export function parseDateTimeInput(input: string): Date | undefined {
  const s = input.trim();
  const iso = /^(\d{4}-\d{1,2}-\d{1,2})[T ](\d{1,2}):(\d{2})(?::\d{2})?$/.exec(s);
  const vn = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}),?\s+(\d{1,2})[:hg](\d{2})$/i.exec(s);
  const m = iso ?? vn;
  if (!m) return undefined;
  const day = parseDateInput(m[1]!);
  const [hour, minute] = [Number(m[2]), Number(m[3])];
  if (!day || hour > 23 || minute > 59) return undefined;
  return parseVnLocal(`${day} ${pad(hour)}:${pad(minute)}:00`);
}

/** An instant as a day field shows it: "07/12/2026" (Vietnamese calendar day). */
export function dateInputValue(d: Date | null | undefined): string {
  return d ? dayKeyToVn(vnDayKey(d)) : '';
}

/** An instant as a date-and-time field shows it: "07/12/2026 14:30" (Vietnam, 24-hour). */
export function dateTimeInputValue(d: Date | null | undefined): string {
  if (!d) return '';
  const p = vnParts(d);
  return `${dateInputValue(d)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** A day as typed, shown back as dd/mm/yyyy when it is one (an old "YYYY-MM-DD" link too). */
export function dayText(typed: string): string {
  const day = parseDateInput(typed);
  return day ? dayKeyToVn(day) : typed;
}
