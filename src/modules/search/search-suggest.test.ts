import { describe, expect, it } from 'vitest';
import { corrections, editDistance, telexFold, Vocabulary } from './search-suggest.ts';

const vocab = new Vocabulary([
  'Đào tạo cán bộ cơ sở',
  'Đào tạo, bồi dưỡng cán bộ trẻ',
  'Bồi dưỡng lý luận chính trị cho đảng viên',
  'Lý luận chính trị và thực tiễn',
  'Mùa lúa chín ở Mường Thanh',
  'Xã Mường Phăng đón khách du lịch',
  'Xây dựng Đảng trong sạch, vững mạnh',
  'Phòng, chống tham nhũng',
  'Không có bài viết nào như thế này',
]);
const fix = (q: string): string[] =>
  corrections(q.split(' '), vocab).map((words) => vocab.display(words));

describe('corrections from the headline vocabulary', () => {
  it('reads telex typed without an input method', () => {
    expect(telexFold('ddaof')).toBe('dao');
    expect(telexFold('booj')).toBe('bo');
    expect(telexFold('truwowngf')).toBe('truong');
    expect(fix('ddaof taoj cans booj')[0]).toBe('đào tạo cán bộ');
    expect(fix('tham nhungx')[0]).toBe('tham nhũng');
  });

  it('splits words run together and mends slips of a letter, in the site spelling', () => {
    expect(fix('dao tao canbo')[0]).toBe('đào tạo cán bộ');
    expect(fix('muong phnag')[0]).toBe('mường phăng');
    expect(fix('xay dung dangg')[0]).toBe('xây dựng đảng');
  });

  it('prefers words found together: "chin tri" is "chính trị", though "chín" is a word', () => {
    expect(fix('ly luan chin tri')[0]).toBe('lý luận chính trị');
  });

  it('offers nothing for what is right, cannot be mended, or would need most words changed', () => {
    expect(fix('dao tao can bo')).toEqual([]);
    expect(fix('xyzw')).toEqual([]);
    expect(fix('tao bo dao can')).toEqual([]);
    expect(corrections([], vocab)).toEqual([]);
  });

  it('measures edits with swaps, and stops early past the limit', () => {
    expect(editDistance('phnag', 'phang', 2)).toBe(1);
    expect(editDistance('dangg', 'dang', 1)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
