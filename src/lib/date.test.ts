import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatFormalDate,
  formatLongDate,
  formatPostingTime,
  parseVnLocal,
  toVnIso,
  vnDayKey,
  vnParts,
} from './date.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

// The reference article: 09/03/2023 15:03:54 in Vietnam = 08:03:54 UTC.
const posted = new Date('2023-03-09T08:03:54Z');

describe.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Ho_Chi_Minh'])(
  'in server zone %s',
  (tz) => {
    it('formats the posting time exactly as the reference page', () => {
      process.env.TZ = tz;
      expect(formatPostingTime(posted)).toBe('09/03/2023 03:03:54 PM');
    });

    it('cuts days at midnight in Vietnam, not in the server zone', () => {
      process.env.TZ = tz;
      expect(vnDayKey(new Date('2026-11-26T16:59:59Z'))).toBe('2026-11-26');
      expect(vnDayKey(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27');
    });

    it('parses Vietnamese wall-clock time whatever the server zone', () => {
      process.env.TZ = tz;
      expect(parseVnLocal('2023-03-09 15:03:54').toISOString()).toBe('2023-03-09T08:03:54.000Z');
    });
  },
);

describe('the server zone really changes in these tests', () => {
  it('moves the local offset', () => {
    process.env.TZ = 'UTC';
    const utc = new Date(posted).getTimezoneOffset();
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date(posted).getTimezoneOffset()).not.toBe(utc);
  });
});

describe('Vietnamese date formats', () => {
  it('pads hours, days and months, and uses 12 for noon and midnight', () => {
    expect(formatPostingTime(new Date('2024-01-04T17:05:06Z'))).toBe('05/01/2024 12:05:06 AM');
    expect(formatPostingTime(new Date('2024-01-04T05:00:00Z'))).toBe('04/01/2024 12:00:00 PM');
    expect(formatPostingTime(new Date('2024-12-31T02:59:59Z'))).toBe('31/12/2024 09:59:59 AM');
  });

  it('writes short, long and formal dates', () => {
    expect(formatDate(posted)).toBe('09/03/2023');
    expect(formatLongDate(new Date('2026-11-27T03:00:00Z'))).toBe('Thứ Sáu, 27/11/2026');
    expect(formatLongDate(new Date('2026-11-29T03:00:00Z'))).toBe('Chủ nhật, 29/11/2026');
    expect(formatFormalDate(new Date('2026-02-05T03:00:00Z'))).toBe('ngày 05 tháng 02 năm 2026');
    expect(formatFormalDate(new Date('2026-11-27T03:00:00Z'))).toBe('ngày 27 tháng 11 năm 2026');
    expect(formatFormalDate(new Date('2026-03-01T03:00:00Z'))).toBe('ngày 01 tháng 3 năm 2026');
  });

  it('gives ISO times with the +07:00 offset', () => {
    expect(toVnIso(posted)).toBe('2023-03-09T15:03:54+07:00');
  });

  it('rejects malformed local times', () => {
    expect(() => parseVnLocal('09/03/2023')).toThrow(RangeError);
  });
});

describe('vnParts', () => {
  it('matches the time zone database for every instant since 1976 (the fast path) and before', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    for (
      let ms = Date.UTC(1960, 0, 1, 3, 7, 11);
      ms < Date.UTC(2100, 0, 1);
      ms += 86_400_000 * 13 + 3_600_000 * 5 + 61_000
    ) {
      const p = Object.fromEntries(intl.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
      expect(vnParts(new Date(ms))).toEqual({
        year: Number(p.year),
        month: Number(p.month),
        day: Number(p.day),
        hour: Number(p.hour) % 24,
        minute: Number(p.minute),
        second: Number(p.second),
        weekday: days.indexOf(p.weekday ?? ''),
      });
    }
  });
});
