import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { connect } from '../../src/db/connect.ts';
import { buildDeps } from '../../src/services.ts';
import { BROWSER_UA, TEST_MEDIA_DIR } from '../support/test-app.ts';
import { dialects, freshDb } from '../support/test-db.ts';
import { countingFixture, muongNhe, storedReads } from '../support/stats-fixtures.ts';

// Several instances share one database only on PostgreSQL: SQLite is embedded, one process.
describe.runIf(dialects.includes('postgres'))('two app instances on one PostgreSQL', () => {
  it('count the same article concurrently to the exact total, every site apart', async () => {
    const t = await freshDb('postgres');
    const other = connect(t.url, { poolSize: 4 });
    try {
      const { articleIds } = await countingFixture(t.db, 1);
      const id = articleIds[0] as number;
      const site2 = await muongNhe(t.db);
      const id2 = (await countingFixture(t.db, 1, site2)).articleIds[0] as number;
      const config = loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: t.url,
        MEDIA_DIR: TEST_MEDIA_DIR,
      });
      let now = new Date('2026-11-26T05:00:00Z');
      const clock = () => now;
      const a = buildDeps(config, t.db, { clock }).stats;
      const b = buildDeps(config, other, { clock }).stats;
      const reader = (i: number) => ({
        siteId: 1,
        ip: `198.51.100.${i % 250}`,
        userAgent: `${BROWSER_UA} r${i}`,
        articleId: id,
      });
      /** The same person on the commune's site. */
      const commune = (i: number) => ({ ...reader(i), siteId: site2, articleId: id2 });

      // 60 readers load the article through both instances (a round-robin proxy), 40 only through
      // each one; every round both instances flush at the same time, so the transactions overlap.
      for (let round = 0; round < 5; round++) {
        for (let i = round * 12; i < (round + 1) * 12; i++) {
          await Promise.all([a.record(reader(i)), b.record(reader(i))]);
          // Half of them also read the commune's article, through both instances.
          if (i % 2 === 0) await Promise.all([b.record(commune(i)), a.record(commune(i))]);
        }
        for (let i = round * 8; i < (round + 1) * 8; i++) {
          await Promise.all([a.record(reader(100 + i)), b.record(reader(200 + i))]);
        }
        await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
        now = new Date(now.getTime() + 60_000);
      }
      expect(await storedReads(t.db, id)).toBe(100 + 140);
      const expected = { online: 140, today: 140 };
      expect(await a.snapshot(1)).toMatchObject(expected);
      expect(await b.snapshot(1)).toMatchObject(expected);
      expect(await storedReads(t.db, id2)).toBe(100 + 30);
      expect(await a.snapshot(site2)).toMatchObject({ online: 30, today: 30 });
      expect(await b.snapshot(site2)).toMatchObject({ online: 30, today: 30 });

      // The same readers again within 30 minutes, through the other instance: nothing more.
      for (let i = 0; i < 60; i++) await b.record(reader(i));
      for (let i = 0; i < 60; i += 2) await a.record(commune(i));
      for (let i = 0; i < 40; i++) await a.record(reader(200 + i));
      await Promise.all([a.stop(), b.stop()]);
      expect(await storedReads(t.db, id)).toBe(240);
      expect(await storedReads(t.db, id2)).toBe(130);
      const rows = await t.db.kysely
        .selectFrom('statCount')
        .select(['siteId', 'key', 'n'])
        .where('metric', '=', 'article')
        .orderBy('siteId')
        .execute();
      expect(rows.map((r) => [r.siteId, Number(r.key), Number(r.n)])).toEqual([
        [1, id, 140],
        [site2, id2, 30],
      ]);
      const days = await t.db.kysely
        .selectFrom('statDay')
        .select(['siteId', 'visits'])
        .orderBy('siteId')
        .execute();
      expect(days.map((d) => [d.siteId, Number(d.visits)])).toEqual([
        [1, 140],
        [site2, 30],
      ]);
      expect(await t.db.kysely.selectFrom('statSalt').selectAll().execute()).toHaveLength(1);
    } finally {
      await other.close();
      await t.drop();
    }
  });
});
