import { afterEach, describe, expect, it } from 'vitest';
import { toRfc822Vn } from './feed-date.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe.each(['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh'])(
  'toRfc822Vn in server zone %s',
  (tz) => {
    it('writes RSS dates in +0700', () => {
      process.env.TZ = tz;
      expect(toRfc822Vn(new Date('2023-03-09T08:03:54Z'))).toBe('Thu, 09 Mar 2023 15:03:54 +0700');
    });

    it('rolls the day over at Vietnamese midnight', () => {
      process.env.TZ = tz;
      expect(toRfc822Vn(new Date('2026-12-31T17:00:00Z'))).toBe('Fri, 01 Jan 2027 00:00:00 +0700');
      expect(toRfc822Vn(new Date('2026-12-31T16:59:59Z'))).toBe('Thu, 31 Dec 2026 23:59:59 +0700');
    });
  },
);
