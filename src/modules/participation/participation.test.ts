import { describe, expect, it } from 'vitest';
import { erasureDue, initials, mayMove, newCode, normaliseCode } from './participation.ts';

describe('participation rules', () => {
  it('makes reference codes a reader can type back in any case or spacing', () => {
    const c = newCode('gop-y');
    expect(c).toMatch(/^GY-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(normaliseCode(c.toLowerCase().replace(/-/g, ' '))).toBe(c);
    expect(normaliseCode('xx')).toBeUndefined();
    expect(newCode('hoi-dap').startsWith('HD-')).toBe(true);
  });
  it('proposes initials for the anonymised asker', () => {
    expect(initials('Nguyễn Văn An')).toBe('N.V.A.');
    expect(initials('  đỗ   thị  hà ')).toBe('Đ.T.H.');
    expect(initials('')).toBe('');
  });
  it('moves states only where the workflow allows', () => {
    expect(mayMove('moi', 'dang-xu-ly')).toBe(true);
    expect(mayMove('moi', 'da-tra-loi')).toBe(false);
    expect(mayMove('da-tra-loi', 'dong')).toBe(true);
    expect(mayMove('dong', 'moi')).toBe(false);
    expect(mayMove('dong', 'dang-xu-ly')).toBe(true);
    // "Đã chuyển đơn vị" comes only from choosing the unit; the unit then takes it up or closes it.
    expect(mayMove('moi', 'da-chuyen')).toBe(false);
    expect(mayMove('da-chuyen', 'dang-xu-ly')).toBe(true);
    expect(mayMove('da-chuyen', 'dong')).toBe(true);
    expect(mayMove('da-chuyen', 'da-tra-loi')).toBe(false);
  });
  it('erases N calendar months after closing', () => {
    expect(erasureDue(new Date('2026-01-31T00:00:00Z'), 12).toISOString()).toBe(
      '2027-01-31T00:00:00.000Z',
    );
  });
});
