import { describe, expect, it } from 'vitest';
import type { MenuItem } from './chrome.ts';
import { itemWidthPx, MENU_ROW_PX, splitMenuRow } from './menu-row.ts';

const item = (label: string, href = `/${label.length}`): MenuItem => ({
  label,
  href,
  children: [],
});

describe('the main menu in one row', () => {
  it('keeps every item when they fit', () => {
    const items = [item('Trang chủ', '/'), item('Giới thiệu'), item('Văn bản')];
    expect(splitMenuRow(items)).toEqual({ row: items, more: [] });
  });

  it('moves the items that do not fit, in order, under "Khác"', () => {
    const labels = [
      'Trang chủ',
      'Giới thiệu',
      'Tin tức – Sự kiện',
      'Xây dựng Đảng',
      'Đưa Nghị quyết vào cuộc sống',
      'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      'Bảo vệ nền tảng tư tưởng của Đảng',
      'Văn bản',
      'Thư viện ảnh – Video',
      'Liên hệ – Góp ý',
    ];
    const items = labels.map((l, i) => item(l, i ? `/${i}` : '/'));
    const { row, more } = splitMenuRow(items);
    expect([...row, ...more]).toEqual(items);
    expect(more.length).toBeGreaterThan(0);
    expect(row.length).toBeGreaterThan(3);
    expect(row.reduce((a, b) => a + itemWidthPx(b), 0) + 84).toBeLessThanOrEqual(MENU_ROW_PX);
  });

  it('draws "Trang chủ" as an icon and caps a long label at two lines', () => {
    expect(itemWidthPx(item('Trang chủ', '/'))).toBe(48);
    expect(itemWidthPx(item('Văn bản'))).toBeLessThan(100);
    expect(itemWidthPx(item('x'.repeat(200)))).toBe(288);
  });
});
