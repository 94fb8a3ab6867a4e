import { describe, expect, it } from 'vitest';
import { dayKeyToVn, dayRange, parseDateInput, vnDayEnd, vnDayStart } from './date-input.ts';

describe('parseDateInput', () => {
  it.each([
    ['09/03/2023', '2023-03-09'],
    ['9/3/2023', '2023-03-09'],
    ['09-03-2023', '2023-03-09'],
    ['09.03.2023', '2023-03-09'],
    [' 2023-03-09 ', '2023-03-09'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (input, day) => {
    expect(parseDateInput(input)).toBe(day);
  });

  it.each([
    '31/02/2023',
    '29/02/2023',
    '2023-13-01',
    '00/01/2023',
    '09/03/23',
    'hôm qua',
    '',
    '01/01/1800',
    '2023/03/09',
  ])('rejects %s', (input) => {
    expect(parseDateInput(input)).toBeUndefined();
  });
});

describe('Vietnamese day bounds', () => {
  it('starts and ends days at midnight in Vietnam', () => {
    expect(vnDayStart('2023-03-09').toISOString()).toBe('2023-03-08T17:00:00.000Z');
    expect(vnDayEnd('2023-03-09').toISOString()).toBe('2023-03-09T17:00:00.000Z');
    expect(dayKeyToVn('2023-03-09')).toBe('09/03/2023');
  });
});

describe('dayRange', () => {
  it('turns typed days into the start of the first and the end of the last, in Vietnam', () => {
    const r = dayRange('01/11/2026', '2026-11-30');
    expect(r.from?.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(r.to?.toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(dayRange('', '')).toEqual({ from: undefined, to: undefined });
  });
  it('refuses bad days and reversed ranges with a message', () => {
    expect(dayRange('hôm qua', '').error).toContain('không hợp lệ');
    expect(dayRange('2026-11-30', '2026-11-01').error).toContain('trước');
  });
});
