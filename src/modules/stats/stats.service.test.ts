import { afterEach, describe, expect, it } from 'vitest';
import { statsRepository } from './stats.repository.ts';
import { statsService } from './stats.service.ts';
import { dialects, freshDb, type TestDb } from '../../../test/support/test-db.ts';
import { BROWSER_UA } from '../../../test/support/test-app.ts';

describe.each(dialects)('visit counting on %s', (dialect) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.drop();
  });

  it('counts visits per reader with a 30-minute gap, days cut in Vietnam, bots apart', async () => {
    t = await freshDb(dialect);
    let now = new Date('2026-11-26T16:50:00Z'); // 23:50 in Vietnam
    const reads = new Map<number, number>();
    const stats = statsService({
      repo: statsRepository(t.db),
      addReads: async (id, n) => void reads.set(id, (reads.get(id) ?? 0) + n),
      totalOffset: async () => 1000,
      clock: () => now,
    });
    const a = { ip: '203.0.113.5', userAgent: BROWSER_UA };
    const b = { ip: '203.0.113.6', userAgent: BROWSER_UA };
    stats.recordPageView(a, 7);
    stats.recordPageView(a, 7); // same reader, same article within 30 min: one visit, one read
    stats.recordPageView(b);
    stats.recordPageView({ ip: '66.249.66.1', userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)' }, 7);
    expect(await stats.snapshot()).toMatchObject({ online: 2, today: 2, total: 1002 });
    await stats.flush();
    expect(reads.get(7)).toBe(1);

    now = new Date('2026-11-26T17:10:00Z'); // 00:10 the next day in Vietnam: new day, new salt
    stats.recordPageView(a);
    await stats.flush();
    expect(await stats.snapshot()).toMatchObject({ today: 1, yesterday: 2, month: 3, total: 1003 });
  });
});
