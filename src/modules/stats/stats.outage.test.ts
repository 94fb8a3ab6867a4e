import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/log.ts';
import { statsRepository, type StatsRepository } from './stats.repository.ts';
import { statsService, type Hit } from './stats.service.ts';
import { dialects, freshDb, type TestDb } from '../../../test/support/test-db.ts';
import { BROWSER_UA } from '../../../test/support/test-app.ts';
import { countingFixture, storedReads } from '../../../test/support/stats-fixtures.ts';

const MIN = 60_000;

/** The repository as the service sees it through an outage: every call fails while `down`. */
function flaky(repo: StatsRepository) {
  const state = { down: false };
  const unreachable = () =>
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const wrapped = new Proxy(repo, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) =>
        state.down
          ? Promise.reject(unreachable())
          : (v as (...a: unknown[]) => unknown).apply(target, args);
    },
  });
  return { repo: wrapped, state };
}

describe.each(dialects)('counting through a database outage, on %s', (dialect) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.drop();
    t = undefined;
  });

  it('holds every read and visit while the database is away and writes them exactly when it returns', async () => {
    t = await freshDb(dialect);
    const { articleIds } = await countingFixture(t.db, 2);
    const [a, b] = articleIds as [number, number];
    const clock = { now: new Date('2026-11-26T03:00:00Z') };
    const { repo, state } = flaky(statsRepository(t.db));
    const make = () =>
      statsService({
        repo,
        totalOffset: async () => 0,
        clock: () => clock.now,
        log: createLogger('silent'),
      });
    const stats = make();
    const hit = (n: number, articleId?: number): Hit => ({
      siteId: 1,
      ip: `203.0.113.${n}`,
      userAgent: BROWSER_UA,
      articleId,
    });
    const [readsA, readsB] = [await storedReads(t.db, a), await storedReads(t.db, b)];

    // Before: one reader of A (its section is now known to this instance).
    expect(await stats.record(hit(1, a))).toBe('counted');
    await stats.flush();
    clock.now = new Date(clock.now.getTime() + 2 * MIN);

    state.down = true;
    // A's section is known from before; B was never looked up; a home page needs neither.
    for (let n = 2; n <= 6; n++) expect(await stats.record(hit(n, a))).toBe('counted');
    for (let n = 2; n <= 4; n++) expect(await stats.record(hit(n, b))).toBe('counted');
    expect(await stats.record(hit(7))).toBe('counted');
    // An instance started during the outage knows no salt yet: it holds its hits too.
    const late = make();
    expect(await late.record(hit(8, a))).toBe('counted');
    await expect(stats.flush()).rejects.toThrow(/ECONNREFUSED/);
    await expect(late.flush()).rejects.toThrow(/ECONNREFUSED/);
    await expect(stats.flush()).rejects.toThrow(/ECONNREFUSED/); // retried whole, still nothing lost
    expect(stats.pendingCount()).toBe(6 + 5 + 3); // readers 2–7, five reads of A, three held hits
    expect(late.pendingCount()).toBe(1);

    state.down = false;
    await stats.flush();
    await late.flush();
    expect(stats.pendingCount()).toBe(0);
    expect(late.pendingCount()).toBe(0);
    expect(await storedReads(t.db, a)).toBe(readsA + 1 + 5 + 1);
    expect(await storedReads(t.db, b)).toBe(readsB + 3);
    expect(await stats.snapshot(1)).toMatchObject({ today: 8, online: 8, total: 8 });

    // Written once: another flush adds nothing.
    await stats.flush();
    await late.flush();
    expect(await storedReads(t.db, a)).toBe(readsA + 7);
    expect(await storedReads(t.db, b)).toBe(readsB + 3);
  });
});
