import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dropEpochTriggers,
  ensureEpochTriggers,
  expectedTriggers,
  isContentTable,
  NOT_CONTENT,
} from '../../src/modules/cache/cache.epoch.ts';
import { dialects, freshDb, type TestDb } from '../support/test-db.ts';

describe.each(dialects)('content epoch triggers on %s', (dialect) => {
  let t: TestDb;
  const epoch = async () =>
    Number(
      (
        await t.db.kysely
          .selectFrom('cacheEpoch')
          .select('n')
          .where('id', '=', 1)
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** Runs `fn` and returns by how much the epoch moved. */
  const bumps = async (fn: () => Promise<unknown>) => {
    const before = await epoch();
    await fn();
    return (await epoch()) - before;
  };
  let sectionId: number;
  let article: (status: string) => Promise<number>;

  beforeAll(async () => {
    t = await freshDb(dialect);
    const k = t.db.kysely;
    sectionId = (
      await k
        .insertInto('section')
        .values({ siteId: 1, slug: 's', name: 'S', createdAt: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    article = async (status) =>
      (
        await k
          .insertInto('article')
          .values({
            siteId: 1,
            sectionId,
            slug: 'a',
            title: 'A',
            status,
            publishedAt: null,
            createdAt: '2026-01-01T00:00:00Z',
            updatedAt: '2026-01-01T00:00:00Z',
            imageId: null,
            authorId: null,
            eventId: null,
            bodyJson: null,
            sourceName: null,
            sourceUrl: null,
            sourceDate: null,
            seoTitle: null,
            seoDescription: null,
            scheduledAt: null,
            unpublishAt: null,
            withdrawnAt: null,
            withdrawnReason: null,
            lockAccountId: null,
            lockUntil: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('puts triggers on every content table and none on the others', async () => {
    const tables = new Set((await expectedTriggers(t.db)).map((x) => x.table));
    const content = [
      'article',
      'section',
      'page',
      'setting',
      'weblink',
      'weblink_group',
      'media',
      'tag',
      'article_tag',
      'article_note',
      'event_thread',
    ];
    // Added by the site branch: menus, banners, place tags, unit descriptions, link checks.
    content.push('menu_item', 'banner', 'article_place', 'map_unit_note', 'weblink_check');
    for (const name of content) expect(tables, name).toContain(name);
    for (const name of Object.keys(NOT_CONTENT)) expect(tables, name).not.toContain(name);
    // The search index is derived data kept by its own triggers (and FTS5 tables take no triggers).
    expect([...tables].filter((name) => /search|fts/.test(name))).toEqual([]);
    expect(await ensureEpochTriggers(t.db)).toEqual({ created: 0, dropped: 0 });
  });

  it('bumps on content changes, not on read counts, edit locks or unpublished drafts', async () => {
    const k = t.db.kysely;
    expect(
      await bumps(() =>
        k.insertInto('setting').values({ siteId: 1, key: 'x', value: '1' }).execute(),
      ),
    ).toBeGreaterThan(0);
    expect(
      await bumps(() =>
        k.updateTable('setting').set({ value: '2' }).where('key', '=', 'x').execute(),
      ),
    ).toBeGreaterThan(0);
    expect(
      await bumps(() => k.deleteFrom('setting').where('key', '=', 'x').execute()),
    ).toBeGreaterThan(0);
    expect(
      await bumps(() =>
        k.updateTable('section').set({ name: 'S2' }).where('id', '=', sectionId).execute(),
      ),
    ).toBeGreaterThan(0);

    const draft = await article('draft');
    expect(
      await bumps(() =>
        k.updateTable('article').set({ title: 'Nháp' }).where('id', '=', draft).execute(),
      ),
    ).toBe(0);
    expect(
      await bumps(() =>
        k
          .updateTable('article')
          .set({ status: 'published', publishedAt: '2026-01-02T00:00:00Z' })
          .where('id', '=', draft)
          .execute(),
      ),
    ).toBeGreaterThan(0);
    expect(
      await bumps(() =>
        k
          .updateTable('article')
          .set({ readCount: sql`read_count + 5` })
          .where('id', '=', draft)
          .execute(),
      ),
    ).toBe(0);
    expect(
      await bumps(() =>
        k
          .updateTable('article')
          .set({ lockAccountId: null, lockUntil: '2026-01-02T00:00:00Z' })
          .where('id', '=', draft)
          .execute(),
      ),
    ).toBe(0);
    expect(
      await bumps(() =>
        k.updateTable('article').set({ title: 'Đính chính' }).where('id', '=', draft).execute(),
      ),
    ).toBeGreaterThan(0);
    expect(
      await bumps(() =>
        k.updateTable('article').set({ status: 'withdrawn' }).where('id', '=', draft).execute(),
      ),
    ).toBeGreaterThan(0);
    // The counting tables are not content.
    expect(
      await bumps(() =>
        k
          .insertInto('statDay')
          .values({ siteId: 1, day: '2026-01-01', visits: 1, pageViews: 1 })
          .execute(),
      ),
    ).toBe(0);
  });

  it('covers a table added later, and follows a column added later', async () => {
    await sql`CREATE TABLE later_content (id integer primary key, label text not null)`.execute(
      t.db.kysely,
    );
    expect(isContentTable('later_content')).toBe(true);
    expect((await ensureEpochTriggers(t.db)).created).toBeGreaterThan(0);
    expect(
      await bumps(() =>
        sql`INSERT INTO later_content (id, label) VALUES (1, 'a')`.execute(t.db.kysely),
      ),
    ).toBeGreaterThan(0);
    await sql`ALTER TABLE later_content ADD COLUMN extra text`.execute(t.db.kysely);
    await ensureEpochTriggers(t.db);
    expect(
      await bumps(() =>
        sql`UPDATE later_content SET extra = 'b' WHERE id = 1`.execute(t.db.kysely),
      ),
    ).toBeGreaterThan(0);
    expect(await ensureEpochTriggers(t.db)).toEqual({ created: 0, dropped: 0 });
    // The triggers never stop a later migration from dropping a column.
    await sql`ALTER TABLE later_content DROP COLUMN extra`.execute(t.db.kysely);
    // A migration on article (whose trigger lists its columns) runs with the triggers dropped first.
    await dropEpochTriggers(t.db);
    await sql`ALTER TABLE article ADD COLUMN later text`.execute(t.db.kysely);
    await sql`ALTER TABLE article DROP COLUMN later`.execute(t.db.kysely);
    expect(await bumps(() => ensureEpochTriggers(t.db))).toBe(1);
  });
});
