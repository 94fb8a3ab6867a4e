import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../lib/log.ts';
import { statsRepository } from './stats.repository.ts';
import { statsService, type Hit } from './stats.service.ts';
import { dialects, freshDb, type TestDb } from '../../../test/support/test-db.ts';
import { BROWSER_UA } from '../../../test/support/test-app.ts';
import {
  countingFixture,
  countingTablesDump,
  muongNhe,
  storedReads,
} from '../../../test/support/stats-fixtures.ts';

const MIN = 60_000;
const DESKTOP_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const BOT_UA = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

describe.each(dialects)('counting on %s', (dialect) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.drop();
    t = undefined;
  });

  async function setup(start: string) {
    t = await freshDb(dialect);
    const { articleIds, sectionId } = await countingFixture(t.db, 2);
    const clock = { now: new Date(start) };
    const repo = statsRepository(t.db);
    const stats = statsService({
      repo,
      totalOffset: async (siteId) => (siteId === 1 ? 1000 : 50),
      siteHosts: ['dangbo.example.vn'],
      clock: () => clock.now,
      log: createLogger('silent'),
    });
    const at = (iso: string) => void (clock.now = new Date(iso));
    const later = (ms: number) => void (clock.now = new Date(clock.now.getTime() + ms));
    return {
      db: t.db,
      repo,
      stats,
      clock,
      at,
      later,
      articleIds,
      sectionId,
      id: articleIds[0] as number,
    };
  }
  const a: Hit = { siteId: 1, ip: '203.0.113.5', userAgent: BROWSER_UA };
  const b: Hit = { siteId: 1, ip: '203.0.113.6', userAgent: BROWSER_UA };

  it('shows the last stored totals at once while newer ones are read, for a few seconds', async () => {
    const s = await setup('2026-11-26T03:00:00Z');
    await s.stats.record(a);
    await s.stats.flush();
    expect(await s.stats.snapshot(1)).toMatchObject({ today: 1 });
    const reads = vi.spyOn(s.repo, 'visitsBetween');
    s.later(1500);
    await s.stats.record(b);
    // Older than a second: shown at once (with this instance's pending visit), re-read behind.
    expect(s.stats.snapshotNow(1)).toMatchObject({ today: 2 });
    expect(reads).toHaveBeenCalled();
    await s.stats.flush();
    await s.stats.snapshot(1);
    expect(s.stats.snapshotNow(1)).toMatchObject({ today: 2 });
    // Much older: the page waits for a fresh read instead.
    s.later(10_000);
    expect(s.stats.snapshotNow(1)).toBeUndefined();
  });

  it('applies the 30-minute window to reads and visits', async () => {
    const s = await setup('2026-11-26T03:00:00Z');
    expect(await s.stats.record({ ...a, articleId: s.id })).toBe('counted');
    s.later(29 * MIN);
    await s.stats.record({ ...a, articleId: s.id }); // within 30 min of the counted read: no read, same visit
    await s.stats.flush();
    expect(await storedReads(s.db, s.id)).toBe(101);
    expect(await s.stats.snapshot(1)).toMatchObject({ today: 1 });
    s.later(2 * MIN); // 31 min after the counted read, 2 min after the last view
    await s.stats.record({ ...a, articleId: s.id });
    await s.stats.flush();
    expect(await storedReads(s.db, s.id)).toBe(102);
    expect((await s.stats.snapshot(1)).today).toBe(1); // the visit went on (last view 2 min ago)
    s.later(31 * MIN); // 31 minutes of absence: a new visit, and a new read
    await s.stats.record({ ...a, articleId: s.id });
    expect(s.stats.pendingReadsOf(s.id)).toBe(1);
    await s.stats.flush();
    expect(s.stats.pendingReadsOf(s.id)).toBe(0);
    expect(await storedReads(s.db, s.id)).toBe(103);
    expect(await s.stats.snapshot(1)).toMatchObject({ today: 2, total: 1002 });
  });

  it('cuts days at midnight in Vietnam and keeps the history', async () => {
    const s = await setup('2026-11-26T16:50:00Z'); // 23:50 in Vietnam
    await s.stats.record({ ...a, articleId: s.id });
    await s.stats.record(b);
    await s.stats.flush();
    expect(await s.stats.snapshot(1)).toMatchObject({
      online: 2,
      today: 2,
      yesterday: 0,
      total: 1002,
    });

    s.at('2026-11-26T17:10:00Z'); // 00:10 the next day, 20 minutes later: new salt, same visit and read
    await s.stats.record({ ...a, articleId: s.id });
    await s.stats.flush();
    expect(await storedReads(s.db, s.id)).toBe(101);
    expect(await s.stats.snapshot(1)).toMatchObject({
      online: 1,
      today: 0,
      yesterday: 2,
      month: 2,
    });

    s.at('2026-11-26T17:25:00Z'); // 00:25: b was away 35 minutes: a new visit today
    await s.stats.record(b);
    expect(await s.stats.snapshot(1)).toMatchObject({
      today: 1,
      yesterday: 2,
      month: 3,
      total: 1003,
    }); // pending shown
    await s.stats.flush();
    expect(await s.stats.snapshot(1)).toMatchObject({
      today: 1,
      yesterday: 2,
      month: 3,
      total: 1003,
    });
    expect(await s.repo.days('2026-11-26', '2026-11-27')).toEqual([
      { day: '2026-11-26', visits: 2, pageViews: 2, bots: 0 },
      { day: '2026-11-27', visits: 1, pageViews: 2, bots: 0 },
    ]);

    s.at('2026-11-30T17:30:00Z'); // 00:30 on 1 December: a new month
    await s.stats.record(a);
    await s.stats.flush();
    expect(await s.stats.snapshot(1)).toMatchObject({
      today: 1,
      yesterday: 0,
      month: 1,
      total: 1004,
    });
  });

  it('counts readers online in the last 5 minutes', async () => {
    const s = await setup('2026-11-26T03:00:00Z');
    await s.stats.record(a);
    s.later(3 * MIN);
    await s.stats.record(b);
    expect((await s.stats.snapshot(1)).online).toBe(2);
    await s.stats.flush();
    s.later(2 * MIN + 1000); // a was last seen 5 min 1 s ago
    expect((await s.stats.snapshot(1)).online).toBe(1);
    s.later(4 * MIN);
    await s.stats.record(a); // back after 9 minutes: online again, same visit; b left 6 minutes ago
    await s.stats.flush();
    expect(await s.stats.snapshot(1)).toMatchObject({ online: 1, today: 2 });
  });

  it('never counts bots or previews as readers; a new reader counts; bots are counted apart', async () => {
    const s = await setup('2026-11-26T03:00:00Z');
    expect(
      await s.stats.record({ siteId: 1, ip: '66.249.66.1', userAgent: BOT_UA, articleId: s.id }),
    ).toBe('bot');
    expect(
      await s.stats.record({ siteId: 1, ip: '203.0.113.9', userAgent: '', articleId: s.id }),
    ).toBe('bot');
    expect(await s.stats.record({ ...a, articleId: s.id, preview: true })).toBe('ignored');
    expect(await s.stats.record({ ...a, articleId: 999_999 })).toBe('ignored');
    await s.stats.flush();
    expect(await storedReads(s.db, s.id)).toBe(100);
    expect(await s.repo.days('2026-11-26', '2026-11-26')).toEqual([
      { day: '2026-11-26', visits: 0, pageViews: 0, bots: 2 },
    ]);
    expect(await s.stats.snapshot(1)).toMatchObject({ online: 0, today: 0 });
    await s.stats.record({ ...b, articleId: s.id });
    await s.stats.flush();
    expect(await storedReads(s.db, s.id)).toBe(101);
    expect(await s.stats.snapshot(1)).toMatchObject({ online: 1, today: 1 });
  });

  it('keeps daily history per article, section, referrer and device', async () => {
    const s = await setup('2026-11-26T03:00:00Z');
    const [x, y] = s.articleIds as [number, number];
    await s.stats.record({
      ...a,
      articleId: x,
      referrer: 'https://www.google.com.vn/search?q=dien+bien',
    });
    await s.stats.record({ ...a, articleId: y, referrer: 'https://dangbo.example.vn/' }); // same visit
    await s.stats.record({
      siteId: 1,
      ip: '203.0.113.7',
      userAgent: DESKTOP_UA,
      articleId: x,
      referrer: 'https://m.facebook.com/',
    });
    await s.stats.record({
      siteId: 1,
      ip: '203.0.113.8',
      userAgent: DESKTOP_UA,
      referrer: 'https://dangbo.example.vn/tin-trong-tinh',
    });
    await s.stats.flush();
    const day = '2026-11-26';
    expect(await s.repo.top('article', day, day, 10)).toEqual([
      { key: String(x), n: 2 },
      { key: String(y), n: 1 },
    ]);
    expect(await s.repo.top('section', day, day, 10)).toEqual([{ key: String(s.sectionId), n: 3 }]);
    expect(await s.repo.top('referrer', day, day, 10)).toEqual([
      { key: 'facebook.com', n: 1 },
      { key: 'google.com.vn', n: 1 },
    ]);
    expect(await s.repo.top('device', day, day, 10)).toEqual([
      { key: 'desktop', n: 2 },
      { key: 'mobile', n: 1 },
    ]);
  });

  it('writes in batches: nothing before a flush, one transaction per flush, everything at shutdown', async () => {
    const s = await setup('2026-11-26T03:00:00Z');
    const write = vi.spyOn(s.repo, 'write');
    for (let i = 0; i < 20; i++)
      await s.stats.record({
        siteId: 1,
        ip: `203.0.113.${i}`,
        userAgent: BROWSER_UA,
        articleId: s.id,
      });
    expect(await storedReads(s.db, s.id)).toBe(100);
    expect(s.stats.pendingReadsOf(s.id)).toBe(20);
    expect(write).not.toHaveBeenCalled();
    await s.stats.flush();
    expect(write).toHaveBeenCalledTimes(1);
    expect(await storedReads(s.db, s.id)).toBe(120);
    s.stats.start(60_000);
    for (let i = 20; i < 25; i++)
      await s.stats.record({
        siteId: 1,
        ip: `203.0.113.${i}`,
        userAgent: BROWSER_UA,
        articleId: s.id,
      });
    await s.stats.stop(); // graceful shutdown writes what is pending
    expect(write).toHaveBeenCalledTimes(2);
    expect(await storedReads(s.db, s.id)).toBe(125);
    expect(await s.stats.snapshot(1)).toMatchObject({ today: 25 });
  });

  it('keeps a failed batch and writes it at the next flush', async () => {
    const s = await setup('2026-11-26T03:00:00Z');
    await s.stats.record({ ...a, articleId: s.id });
    const write = vi.spyOn(s.repo, 'write').mockRejectedValueOnce(new Error('database went away'));
    await expect(s.stats.flush()).rejects.toThrow('database went away');
    expect(s.stats.pendingReadsOf(s.id)).toBe(1);
    await s.stats.flush();
    expect(write).toHaveBeenCalledTimes(2);
    expect(await storedReads(s.db, s.id)).toBe(101);
  });

  it('stores no raw address in any counting table', async () => {
    const s = await setup('2026-11-26T03:00:00Z');
    await s.stats.record({ ...a, articleId: s.id, referrer: 'https://zalo.me/' });
    await s.stats.record({ siteId: 1, ip: '2001:db8::77', userAgent: DESKTOP_UA, articleId: s.id });
    await s.stats.flush();
    const dump = await countingTablesDump(s.db);
    expect(dump).toContain('zalo.me'); // the dump really holds the rows
    for (const ip of ['203.0.113.5', '2001:db8::77', '203.0.113', '2001:db8'])
      expect(dump).not.toContain(ip);
  });

  describe('two sites', () => {
    async function twoSites() {
      const s = await setup('2026-11-26T03:00:00Z');
      const site2 = await muongNhe(s.db);
      const other = await countingFixture(s.db, 1, site2);
      return { ...s, site2, id2: other.articleIds[0] as number, section2: other.sectionId };
    }
    const day = '2026-11-26';
    const daysOf = (s: { db: TestDb['db'] }, siteId: number) =>
      s.db.kysely
        .selectFrom('statDay')
        .select(['day', 'visits', 'pageViews', 'bots'])
        .where('siteId', '=', siteId)
        .execute()
        .then((rows) =>
          rows.map((r) => ({
            ...r,
            visits: Number(r.visits),
            pageViews: Number(r.pageViews),
            bots: Number(r.bots),
          })),
        );
    const countsOf = (s: { db: TestDb['db'] }, siteId: number) =>
      s.db.kysely
        .selectFrom('statCount')
        .select(['metric', 'key', 'n'])
        .where('siteId', '=', siteId)
        .orderBy('metric')
        .orderBy('key')
        .execute()
        .then((rows) => rows.map((r) => [r.metric, r.key, Number(r.n)]));

    it('count each hit on its own site: the same reader makes one visit on each; bots and online per site', async () => {
      const s = await twoSites();
      await s.stats.record({ ...a, articleId: s.id }); // a on the province
      await s.stats.record({ ...a, siteId: s.site2, articleId: s.id2 }); // a on the commune: a visit there too
      await s.stats.record({ ...a, siteId: s.site2 }); // same visit on the commune
      await s.stats.record({ ...b, siteId: s.site2 });
      await s.stats.record({ ip: '66.249.66.1', userAgent: BOT_UA, siteId: s.site2 });
      // Shown before the write (pending), per site.
      expect(await s.stats.snapshot(1)).toMatchObject({ online: 1, today: 1, total: 1001 });
      expect(await s.stats.snapshot(s.site2)).toMatchObject({ online: 2, today: 2, total: 52 });
      await s.stats.flush();
      expect(await s.stats.snapshot(1)).toEqual({
        online: 1,
        today: 1,
        yesterday: 0,
        month: 1,
        total: 1001,
      });
      expect(await s.stats.snapshot(s.site2)).toEqual({
        online: 2,
        today: 2,
        yesterday: 0,
        month: 2,
        total: 52,
      });
      expect(s.stats.snapshotNow(s.site2)).toMatchObject({ today: 2 });
      expect(await daysOf(s, 1)).toEqual([{ day, visits: 1, pageViews: 1, bots: 0 }]);
      expect(await daysOf(s, s.site2)).toEqual([{ day, visits: 2, pageViews: 3, bots: 1 }]);
      expect(await countsOf(s, 1)).toEqual([
        ['article', String(s.id), 1],
        ['device', 'mobile', 1],
        ['section', String(s.sectionId), 1],
      ]);
      expect(await countsOf(s, s.site2)).toEqual([
        ['article', String(s.id2), 1],
        ['device', 'mobile', 2],
        ['section', String(s.section2), 1],
      ]);
      expect(await storedReads(s.db, s.id)).toBe(101);
      expect(await storedReads(s.db, s.id2)).toBe(101);

      // Back on the province 10 minutes later: the same visit there; the commune unchanged.
      s.later(10 * MIN);
      await s.stats.record({ ...a });
      await s.stats.flush();
      expect(await s.stats.snapshot(1)).toMatchObject({ online: 1, today: 1 });
      expect(await s.stats.snapshot(s.site2)).toMatchObject({ online: 0, today: 2 });
    });

    it("never counts an article read on another site's pages", async () => {
      const s = await twoSites();
      expect(await s.stats.record({ ...a, articleId: s.id2 })).toBe('ignored'); // the commune's article, on the province
      expect(await s.stats.record({ ...b, siteId: s.site2, articleId: s.id })).toBe('ignored');
      await s.stats.flush();
      expect(await storedReads(s.db, s.id)).toBe(100);
      expect(await storedReads(s.db, s.id2)).toBe(100);
      expect(await s.stats.snapshot(1)).toMatchObject({ online: 0, today: 0 });
      expect(await s.stats.snapshot(s.site2)).toMatchObject({ online: 0, today: 0 });
    });

    it('a failed flush is retried with every site kept apart', async () => {
      const s = await twoSites();
      await s.stats.record({ ...a, articleId: s.id });
      await s.stats.record({ ...a, siteId: s.site2, articleId: s.id2 });
      await s.stats.record({ ...b, siteId: s.site2 });
      const write = vi
        .spyOn(s.repo, 'write')
        .mockRejectedValueOnce(new Error('database went away'));
      await expect(s.stats.flush()).rejects.toThrow('database went away');
      // Counted again while the batch waits: the same readers (no new visits), one more on the province.
      await s.stats.record({ ...b, siteId: s.site2 });
      await s.stats.record({ ip: '203.0.113.77', userAgent: BROWSER_UA, siteId: 1 });
      expect(await s.stats.snapshot(1)).toMatchObject({ today: 2 });
      expect(await s.stats.snapshot(s.site2)).toMatchObject({ today: 2 });
      await s.stats.flush();
      expect(write).toHaveBeenCalledTimes(2);
      expect(await daysOf(s, 1)).toEqual([{ day, visits: 2, pageViews: 2, bots: 0 }]);
      expect(await daysOf(s, s.site2)).toEqual([{ day, visits: 2, pageViews: 3, bots: 0 }]);
      expect(await s.stats.snapshot(1)).toMatchObject({ online: 2, today: 2 });
      expect(await s.stats.snapshot(s.site2)).toMatchObject({ online: 2, today: 2 });
      expect(await storedReads(s.db, s.id)).toBe(101);
      expect(await storedReads(s.db, s.id2)).toBe(101);
    });

    it("keeps a reader's visit on each site across midnight", async () => {
      const s = await twoSites();
      s.at('2026-11-26T16:50:00Z'); // 23:50 in Vietnam
      await s.stats.record({ ...a, siteId: s.site2 });
      await s.stats.flush();
      s.at('2026-11-26T17:05:00Z'); // 00:05: the commune's visit goes on; the province's is new
      await s.stats.record({ ...a, siteId: s.site2 });
      await s.stats.record({ ...a });
      await s.stats.flush();
      expect(await s.stats.snapshot(s.site2)).toMatchObject({ online: 1, today: 0, yesterday: 1 });
      expect(await s.stats.snapshot(1)).toMatchObject({ online: 1, today: 1, yesterday: 0 });
    });
  });
});
