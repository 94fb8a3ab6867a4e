import { describe, expect, it } from 'vitest';
import { DateField } from './date-field.tsx';
import {
  DATE_PATTERN,
  DATETIME_PATTERN,
  dateInputValue,
  dateTimeInputValue,
  dayKeyToVn,
  dayRange,
  dayText,
  parseDateInput,
  parseDateTimeInput,
  vnDayEnd,
  vnDayStart,
} from './date-input.ts';

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

// Run under TZ=UTC (the default) and another zone, e.g. TZ=America/Los_Angeles: the results
// must not move, since everything is Asia/Ho_Chi_Minh.
describe(`date and time input in Vietnam (process TZ=${process.env.TZ ?? ''})`, () => {
  it.each([
    ['07/12/2026 14:30', '2026-12-07T07:30:00.000Z'],
    ['7/12/2026 7:05', '2026-12-07T00:05:00.000Z'],
    ['07/12/2026, 00:00', '2026-12-06T17:00:00.000Z'],
    ['07-12-2026 23:59', '2026-12-07T16:59:00.000Z'],
    ['07/12/2026 14h30', '2026-12-07T07:30:00.000Z'],
    ['2026-12-07T14:30', '2026-12-07T07:30:00.000Z'],
  ])('%s → %s', (typed, iso) => {
    expect(parseDateTimeInput(typed)?.toISOString()).toBe(iso);
  });

  it.each([
    '12/07/2026, 07:11 AM',
    '07/12/2026 24:00',
    '07/12/2026 14:60',
    '31/11/2026 08:00',
    '07/12/2026',
    '14:30',
    '',
  ])('rejects %s', (typed) => {
    expect(parseDateTimeInput(typed)).toBeUndefined();
  });

  it('shows stored instants as Vietnamese day and 24-hour time', () => {
    const at = new Date('2026-12-07T00:11:00Z');
    expect(dateTimeInputValue(at)).toBe('07/12/2026 07:11');
    expect(dateTimeInputValue(new Date('2026-12-07T17:30:00Z'))).toBe('08/12/2026 00:30');
    expect(dateInputValue(new Date('2026-12-06T17:00:00Z'))).toBe('07/12/2026');
    expect(dateTimeInputValue(null)).toBe('');
    // What is shown parses back to the same instant.
    expect(parseDateTimeInput(dateTimeInputValue(at))).toEqual(at);
    expect(dayText('2026-12-07')).toBe('07/12/2026');
    expect(dayText('sai')).toBe('sai');
  });

  it('gives the browser patterns that accept what the server parses (v-flag regexps)', () => {
    const date = new RegExp(`^(?:${DATE_PATTERN})$`, 'v');
    const datetime = new RegExp(`^(?:${DATETIME_PATTERN})$`, 'v');
    expect(date.test('07/12/2026')).toBe(true);
    expect(date.test('12/7/2026, 7:11 AM')).toBe(false);
    expect(datetime.test('07/12/2026 14:30')).toBe(true);
    expect(datetime.test('12/07/2026, 07:11 AM')).toBe(false);
  });

  it('renders one text field with the format, whatever the browser language', () => {
    const field = (
      <DateField name="at" label="Đăng lúc" kind="datetime" value="07/12/2026 14:30" required />
    );
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a synchronous component: toString() is its markup
    const html = field.toString();
    expect(html).toContain('type="text"');
    expect(html).not.toMatch(/type="(date|datetime-local)"/);
    expect(html).toContain('value="07/12/2026 14:30"');
    expect(html).toContain('placeholder="dd/mm/yyyy hh:mm"');
    expect(html).toContain('ngày/tháng/năm giờ:phút');
    expect(html).toContain('aria-describedby="f-at-hint"');
  });
});
