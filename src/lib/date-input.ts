import { parseVnLocal } from './date.ts';

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
