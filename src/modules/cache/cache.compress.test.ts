import { describe, expect, it } from 'vitest';
import { negotiate } from './cache.compress.ts';

describe('negotiate', () => {
  it('prefers brotli, then gzip, and honours refusals', () => {
    expect(negotiate(undefined)).toBe('identity');
    expect(negotiate('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiate('gzip, deflate')).toBe('gzip');
    expect(negotiate('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(negotiate('gzip;q=0')).toBe('identity');
    expect(negotiate('*')).toBe('br');
    expect(negotiate('*, br;q=0')).toBe('gzip');
    expect(negotiate('identity')).toBe('identity');
  });
});

describe('negotiate for a one-off answer', () => {
  it('prefers gzip (faster to make) when both are accepted', () => {
    expect(negotiate('gzip, deflate, br', 'gzip')).toBe('gzip');
    expect(negotiate('br', 'gzip')).toBe('br');
  });
});
