import { describe, expect, it } from 'vitest';
import { actionFor, previousAfter, shownOf, type EntryFields } from './schedule.ts';

const base: EntryFields = {
  day: '2025-12-01',
  session: 'sang',
  startTime: '08:00',
  endTime: '',
  content: 'Hội nghị Ban Thường vụ',
  participants: 'Các đồng chí Ủy viên Ban Thường vụ',
  place: 'Phòng họp số 1',
  chairPersonId: 1,
  chairNote: '',
  highlighted: false,
  unitId: null,
};
const shown = (e: EntryFields, chair = 'Đ/c A, Bí thư') => shownOf(e, chair, (d) => d);

describe('adjustments after publication', () => {
  it('keeps the published value of each changed field', () => {
    const prev = previousAfter(
      {},
      shown(base),
      shown({ ...base, startTime: '14:00', session: 'chieu' }),
    );
    expect(prev).toEqual({ Buổi: 'Sáng', 'Thời gian': '08:00' });
  });
  it('keeps the first published value over later changes, and drops a field changed back', () => {
    const first = { ...base, place: 'Hội trường A' };
    const kept = previousAfter({}, shown(base), shown(first));
    const second = { ...first, place: 'Hội trường B', content: 'Hội nghị mở rộng' };
    const kept2 = previousAfter(kept, shown(first), shown(second));
    expect(kept2).toEqual({ 'Địa điểm': 'Phòng họp số 1', 'Nội dung': 'Hội nghị Ban Thường vụ' });
    const back = previousAfter(kept2, shown(second), shown({ ...second, place: 'Phòng họp số 1' }));
    expect(back).toEqual({ 'Nội dung': 'Hội nghị Ban Thường vụ' });
  });
  it('sees a new chair title as a change', () => {
    expect(previousAfter({}, shown(base), shown(base, 'Đ/c B, Phó Bí thư'))).toEqual({
      'Chủ trì': 'Đ/c A, Bí thư',
    });
  });
  it('asks the approver for anything touching a published entry', () => {
    expect(actionFor('edit', 'draft')).toBe('schedule.draft');
    expect(actionFor('edit', 'published')).toBe('schedule.approve');
    expect(actionFor('delete', 'published')).toBe('schedule.approve');
    expect(actionFor('approve', 'draft')).toBe('schedule.approve');
  });
});

describe('times as typed', () => {
  it('reads the usual ways of writing a time', async () => {
    const { parseTime } = await import('./schedule.schema.ts');
    expect(parseTime('8:00')).toBe('08:00');
    expect(parseTime('08h30')).toBe('08:30');
    expect(parseTime('14 giờ 30')).toBe('14:30');
    expect(parseTime('7h')).toBe('07:00');
    for (const bad of ['24:00', '8:60', 'sáng', '', '8:5', '1e3'])
      expect(parseTime(bad)).toBeUndefined();
  });
});
