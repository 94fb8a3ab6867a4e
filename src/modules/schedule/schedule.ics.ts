import { parseVnLocal } from '../../lib/date.ts';
import { adjustedLine } from './schedule.text.ts';
import type { EntryView } from './schedule.service.ts';

/** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
export function icsText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without cutting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The published entries as an iCalendar feed (times in UTC, from Vietnamese wall-clock times). */
export function scheduleIcs(opts: {
  entries: EntryView[];
  siteName: string;
  host: string;
  now: Date;
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cong thong tin Dang bo//Lich cong tac//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`Lịch công tác - ${opts.siteName}`)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
  ];
  for (const e of opts.entries) {
    const start = parseVnLocal(`${e.day} ${e.startTime}:00`);
    const description = [
      e.participants && `Thành phần: ${e.participants}`,
      e.chair && `Chủ trì: ${e.chair}`,
      adjustedLine(e),
    ]
      .filter(Boolean)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:lich-cong-tac-${e.id}@${opts.host}`,
      `DTSTAMP:${utc(opts.now)}`,
      `DTSTART:${utc(start)}`,
      ...(e.endTime ? [`DTEND:${utc(parseVnLocal(`${e.day} ${e.endTime}:00`))}`] : []),
      `SUMMARY:${icsText(e.content)}`,
      ...(e.place ? [`LOCATION:${icsText(e.place)}`] : []),
      ...(description ? [`DESCRIPTION:${icsText(description)}`] : []),
      ...(e.adjustedAt ? [`LAST-MODIFIED:${utc(e.adjustedAt)}`] : []),
      `SEQUENCE:${e.version}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
