import type { MenuItem } from './chrome.ts';

/** Width of the menu row at the narrowest desktop (1024 px less the page's side padding). */
export const MENU_ROW_PX = 992;
/** Width kept for the "Khác" drop-down when some items do not fit. */
const MORE_PX = 84;
/** Horizontal padding of one top-level item. */
const ITEM_PADDING_PX = 20;
/** The drawn home icon that stands for "Trang chủ" in the row. */
const HOME_PX = 48;
/** The widest a top-level item may be (site.css: .menu > li > a max-width 18rem); longer labels wrap. */
const ITEM_MAX_PX = 288;

/** Advance of a character of the menu's bold uppercase sans-serif at 13 px, slightly generous. */
function charPx(ch: string): number {
  if (ch === ' ') return 4;
  if (/[,.:;!'’]/.test(ch)) return 4.5;
  if (/[–—-]/.test(ch)) return 8;
  if (/[MWĐ]/.test(ch)) return 12;
  if (/[IJ]/.test(ch)) return 4.5;
  return 9.6;
}

/** The estimated width of a top-level item in the row, in CSS pixels. */
export function itemWidthPx(item: MenuItem): number {
  if (item.href === '/') return HOME_PX;
  let text = 0;
  for (const ch of item.label.normalize('NFC').toLocaleUpperCase('vi')) text += charPx(ch);
  return Math.min(Math.ceil(text) + ITEM_PADDING_PX, ITEM_MAX_PX);
}

/**
 * Splits the main menu so that it stands in one row at ≥ 1024 px: the items that fit, in order,
 * and the rest for a "Khác" drop-down (empty when everything fits). Estimated from the labels
 * (the server cannot measure); the stylesheet lets items shrink, so an estimate a little short
 * still gives one row.
 */
export function splitMenuRow(
  items: MenuItem[],
  budget = MENU_ROW_PX,
): { row: MenuItem[]; more: MenuItem[] } {
  const widths = items.map(itemWidthPx);
  if (widths.reduce((a, b) => a + b, 0) <= budget) return { row: items, more: [] };
  const row: MenuItem[] = [];
  let used = MORE_PX;
  let i = 0;
  for (; i < items.length; i++) {
    if (used + widths[i]! > budget) break;
    used += widths[i]!;
    row.push(items[i]!);
  }
  return { row, more: items.slice(i) };
}
