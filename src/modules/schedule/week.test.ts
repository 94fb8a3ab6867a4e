import { describe, expect, it } from 'vitest';
import { vnDayKey } from '../../lib/date.ts';
import {
  addDays,
  daysOf,
  formatWeek,
  mondayOf,
  parseWeek,
  shiftWeek,
  weekHeading,
  weekOf,
  weekdayName,
  weeksInYear,
} from './week.ts';

describe('ISO 8601 weeks', () => {
  it('puts 29/12/2025 in 2026-W01 and 01/12/2025 in 2025-W49', () => {
    expect(formatWeek(weekOf('2025-12-29'))).toBe('2026-W01');
    expect(formatWeek(weekOf('2026-01-04'))).toBe('2026-W01');
    expect(formatWeek(weekOf('2025-12-28'))).toBe('2025-W52');
    expect(formatWeek(weekOf('2025-12-01'))).toBe('2025-W49');
    expect(formatWeek(weekOf('2025-12-07'))).toBe('2025-W49');
  });
  it('gives early January days to the last week of the year before', () => {
    expect(formatWeek(weekOf('2021-01-03'))).toBe('2020-W53');
    expect(formatWeek(weekOf('2027-01-01'))).toBe('2026-W53');
    expect(weeksInYear(2020)).toBe(53);
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
  });
  it('finds the Monday and the days of a week, across the year boundary', () => {
    expect(mondayOf({ year: 2026, week: 1 })).toBe('2025-12-29');
    expect(daysOf({ year: 2026, week: 1 })).toEqual([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
    ]);
    expect(mondayOf({ year: 2025, week: 49 })).toBe('2025-12-01');
  });
  it('moves to the week before and after', () => {
    expect(formatWeek(shiftWeek({ year: 2026, week: 1 }, -1))).toBe('2025-W52');
    expect(formatWeek(shiftWeek({ year: 2025, week: 52 }, 1))).toBe('2026-W01');
    expect(formatWeek(shiftWeek({ year: 2026, week: 53 }, 1))).toBe('2027-W01');
  });
  it('reads only real weeks', () => {
    expect(parseWeek('2025-W49')).toEqual({ year: 2025, week: 49 });
    expect(parseWeek('2026-w1')).toEqual({ year: 2026, week: 1 });
    for (const bad of [
      '2025-W53',
      '2025-W00',
      '2025-W',
      'W49',
      '1999-W01',
      '2025-W49x',
      '',
      '9'.repeat(40),
    ])
      expect(parseWeek(bad)).toBeUndefined();
    expect(parseWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
  });
  it('writes the heading and the weekday names in Vietnamese', () => {
    expect(weekHeading({ year: 2025, week: 49 })).toBe(
      'Tuần thứ 49 (từ ngày 01/12/2025 đến ngày 07/12/2025)',
    );
    expect(weekdayName('2025-12-01')).toBe('Thứ Hai');
    expect(weekdayName('2025-12-07')).toBe('Chủ nhật');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  it('takes "today" in Asia/Ho_Chi_Minh: Sunday 17:30 UTC is already Monday of the next week', () => {
    const day = vnDayKey(new Date('2025-12-28T17:30:00Z'));
    expect(day).toBe('2025-12-29');
    expect(formatWeek(weekOf(day))).toBe('2026-W01');
    expect(formatWeek(weekOf(vnDayKey(new Date('2025-12-28T16:59:00Z'))))).toBe('2025-W52');
  });
});
