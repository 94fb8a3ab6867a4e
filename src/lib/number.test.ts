import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal } from './number.ts';

describe('Vietnamese number grouping', () => {
  it('groups with dots and uses a decimal comma', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatDecimal(9539.93, 2)).toBe('9.539,93');
    expect(formatDecimal(1234567.891, 2)).toBe('1.234.567,89');
  });
});
