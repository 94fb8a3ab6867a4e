import { describe, expect, it } from 'vitest';
import { directionOf, moved } from './order.ts';

describe('moved', () => {
  it('swaps an item with its neighbour', () => {
    expect(moved([1, 2, 3], 2, 'up')).toEqual([2, 1, 3]);
    expect(moved([1, 2, 3], 2, 'down')).toEqual([1, 3, 2]);
  });
  it('refuses to move past either end or an unknown item', () => {
    expect(moved([1, 2, 3], 1, 'up')).toBeUndefined();
    expect(moved([1, 2, 3], 3, 'down')).toBeUndefined();
    expect(moved([1, 2, 3], 9, 'up')).toBeUndefined();
  });
  it('reads the direction from the URL', () => {
    expect(directionOf('len')).toBe('up');
    expect(directionOf('xuong')).toBe('down');
    expect(directionOf('x')).toBeUndefined();
  });
});
