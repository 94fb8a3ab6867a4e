import { describe, expect, it } from 'vitest';
import { byteLru } from './cache.store.ts';

describe('byteLru', () => {
  it('evicts the least recently used entries beyond its byte budget, also when an entry grows', () => {
    const lru = byteLru<{ bytes: number }>(100);
    lru.set('a', { bytes: 40 });
    lru.set('b', { bytes: 40 });
    expect(lru.get('a')).toBeDefined(); // a is now the most recent
    lru.set('c', { bytes: 40 });
    expect([lru.has('a'), lru.has('b'), lru.has('c')]).toEqual([true, false, true]);
    expect(lru.bytes).toBe(80);
    const a = lru.get('a')!;
    lru.resized('a', a, 70);
    expect([lru.has('a'), lru.has('c')]).toEqual([true, false]);
    expect(lru.bytes).toBe(70);
    lru.set('huge', { bytes: 101 });
    expect(lru.has('huge')).toBe(false);
    lru.clear();
    expect([lru.size, lru.bytes]).toEqual([0, 0]);
  });
});
