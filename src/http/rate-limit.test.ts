import { describe, expect, it } from 'vitest';
import { fixedWindowLimiter } from './rate-limit.ts';

describe('fixedWindowLimiter', () => {
  it('allows `limit` requests per key and window, then refuses until the window turns', () => {
    let t = 1_000_000;
    const l = fixedWindowLimiter({ limit: 3, windowMs: 10_000, clock: () => t });
    expect([1, 2, 3, 4].map(() => l.allow('a'))).toEqual([true, true, true, false]);
    expect(l.allow('b')).toBe(true);
    expect(l.retryAfter()).toBe(10);
    t += 10_000;
    expect(l.allow('a')).toBe(true);
  });

  it('refuses new clients once maxKeys are counted in a window (bounded memory)', () => {
    const l = fixedWindowLimiter({ limit: 5, windowMs: 1000, maxKeys: 2, clock: () => 0 });
    expect(l.allow('a')).toBe(true);
    expect(l.allow('b')).toBe(true);
    expect(l.allow('c')).toBe(false);
    expect(l.allow('a')).toBe(true);
  });
});
