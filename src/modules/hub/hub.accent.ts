/**
 * The theme's accent colours a hub may take (a fixed list, chosen with the site's red and gold):
 * each carries white text on it (section headings) and is itself text on white, so each must
 * reach WCAG 2.2 AA (4.5:1) against white — hub.accent.test.ts checks every entry.
 * The stylesheet sets `--hub-accent` per key (`.hub-accent-<key>`), so no inline style is needed
 * (the CSP allows no inline styles).
 */
export const HUB_ACCENTS = [
  { key: 'do-co', label: 'Đỏ cờ', hex: '#a50f1e' },
  { key: 'do-tham', label: 'Đỏ thẫm', hex: '#7d0b16' },
  { key: 'vang-dong', label: 'Vàng đồng', hex: '#7a5600' },
  { key: 'xanh-lam', label: 'Xanh lam', hex: '#0b4f8a' },
  { key: 'xanh-reu', label: 'Xanh rêu', hex: '#2f5d1e' },
  { key: 'nau-dat', label: 'Nâu đất', hex: '#6b3e1f' },
  { key: 'tim-than', label: 'Tím than', hex: '#4a2a6b' },
] as const;

/** A key of the accent list. */
export type HubAccent = (typeof HUB_ACCENTS)[number]['key'];

/** Whether `s` names an accent of the list. */
export function isHubAccent(s: string): s is HubAccent {
  return HUB_ACCENTS.some((a) => a.key === s);
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  const ch = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = ch.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#rrggbb" colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
