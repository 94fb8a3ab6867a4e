import { describe, expect, it } from 'vitest';
import { loadMap } from './map.service.ts';
import { simplifyMap } from './map.simplify.ts';

describe('simplifyMap', () => {
  it('keeps every unit, name and link with a fraction of the path data', () => {
    const map = loadMap();
    const mini = simplifyMap(map);
    expect(mini.units.map((u) => [u.code, u.fullName])).toEqual(
      map.units.map((u) => [u.code, u.fullName]),
    );
    const size = (m: typeof map) => m.units.reduce((n, u) => n + u.path.length, m.outline.length);
    expect(size(mini)).toBeLessThan(size(map) / 5);
    for (const u of mini.units) expect(u.path).toMatch(/^(M-?\d+ -?\d+l[-\d ]+z)+$/);
  });
});
