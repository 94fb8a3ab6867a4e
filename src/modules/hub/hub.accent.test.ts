import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, HUB_ACCENTS, isHubAccent } from './hub.accent.ts';

describe('hub accent colours', () => {
  it('computes WCAG contrast (black on white is 21:1, the same colour 1:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // A known failing pair: the old gold on white.
    expect(contrastRatio('#f2c94c', '#ffffff')).toBeLessThan(4.5);
  });

  it.each(HUB_ACCENTS)('$label ($hex) carries white text at AA (4.5:1) or better', (a) => {
    expect(contrastRatio(a.hex, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('has a stylesheet rule per accent with the same colour', () => {
    const css = readFileSync(new URL('../../../public/pages.css', import.meta.url), 'utf8');
    for (const a of HUB_ACCENTS)
      expect(css).toMatch(
        new RegExp(`\\.hub-accent-${a.key}\\s*\\{\\s*--hub-accent:\\s*${a.hex};`),
      );
  });

  it('accepts only keys of the list', () => {
    expect(isHubAccent('xanh-lam')).toBe(true);
    for (const bad of ['', 'red', '#ff0000', 'xanh-lam;}', 'XANH-LAM'])
      expect(isHubAccent(bad)).toBe(false);
  });
});
