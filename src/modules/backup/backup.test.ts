import { describe, expect, it } from 'vitest';
import { archiveName } from './backup.archive.ts';
import { archivesToKeep, archiveTime } from './backup.ts';

const keep = { daily: 7, weekly: 4, monthly: 12 };

describe('backup retention (7 daily, 4 weekly, 12 monthly)', () => {
  it('reads the time back from an archive name and ignores other names', () => {
    const at = new Date('2026-12-07T04:22:00.123Z');
    expect(archiveName(at)).toBe('portal-20261207T042200Z');
    expect(archiveTime('portal-20261207T042200Z')).toEqual(new Date('2026-12-07T04:22:00Z'));
    expect(archiveTime('portal-20261207T042200Z-2')).toEqual(new Date('2026-12-07T04:22:00Z'));
    expect(archiveTime('.portal-20261207T042200Z.partial')).toBeUndefined();
    expect(archiveTime('ghi-chu.txt')).toBeUndefined();
  });

  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months of a daily series', () => {
    // Every day at 02:00 Vietnam time (19:00 UTC the day before), for 400 days up to Mon 7 Dec 2026.
    const names: string[] = [];
    for (let i = 0; i < 400; i++)
      names.push(archiveName(new Date(Date.parse('2026-12-06T19:00:00Z') - i * 86_400_000)));
    const kept = [...archivesToKeep(names, keep)].sort().reverse();
    const days = kept.map((n) => {
      const t = archiveTime(n)!;
      return new Date(t.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    });
    // The last 7 days.
    expect(days.slice(0, 7)).toEqual([
      '2026-12-07',
      '2026-12-06',
      '2026-12-05',
      '2026-12-04',
      '2026-12-03',
      '2026-12-02',
      '2026-12-01',
    ]);
    // ISO weeks start on Monday (7 Dec is one): the newest of the weeks before are the Sundays
    // 6 Dec, 29 Nov, 22 Nov. Months: the last day of each earlier month, back to January.
    expect(days).toContain('2026-11-29');
    expect(days).toContain('2026-11-22');
    expect(days).toContain('2026-10-31');
    expect(days).toContain('2026-01-31');
    expect(days).not.toContain('2025-12-31'); // the 13th month back
    expect(days).toContain('2026-11-30');
    expect(days).not.toContain('2026-11-28');
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(new Set(kept).size).toBe(kept.length);
  });

  it('keeps only the newest archive of a day, and always the newest of all', () => {
    const names = [
      'portal-20261207T010000Z',
      'portal-20261207T030000Z',
      'portal-20261207T030000Z-2',
      'ghi-chu.txt',
    ];
    const kept = archivesToKeep(names, keep);
    expect([...kept]).toEqual(['portal-20261207T030000Z-2']);
    expect([...archivesToKeep(names, { daily: 0, weekly: 0, monthly: 0 })]).toEqual([
      'portal-20261207T030000Z-2',
    ]);
  });
});
