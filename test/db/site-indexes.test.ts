import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteRepository } from '../../src/modules/site/site.repository.ts';
import { addSite } from '../support/sites.ts';
import { dialects, freshDb, type TestDb } from '../support/test-db.ts';

/** `n` published articles of a site's section, numbered from `from`, read counts spread out. */
async function articles(t: TestDb, siteId: number, sectionId: number, from: number, n: number) {
  await sql`
    WITH RECURSIVE seq(i) AS (SELECT CAST(${from} AS integer) UNION ALL SELECT i + 1 FROM seq WHERE i < CAST(${from + n - 1} AS integer))
    INSERT INTO article (site_id, section_id, slug, title, status, published_at, created_at, updated_at, read_count)
    SELECT CAST(${siteId} AS integer), CAST(${sectionId} AS integer), 'bai-' || i, 'Bài ' || i, 'published', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', (i * 7919) % 1000
    FROM seq`.execute(t.db.kysely);
}

/**
 * The per-site article queries that run most often on a busy install of many sites (the most-read
 * list each second, the province's Tin cơ sở block, the scheduler's due withdrawals) are answered
 * from an index that leads with the site, never by sorting or scanning another site's articles.
 */
describe.each(dialects)('per-site article indexes (%s)', (dialect) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb(dialect);
    // A province holding most articles and a commune with a few, statistics gathered (the
    // db-statistics job): the plans below are the ones a real install gets.
    const sectionId = await siteRepository(t.db).insertSection({
      parentId: null,
      slug: 'tin',
      name: 'Tin',
      description: '',
      kind: 'articles',
      position: 0,
      showOnHome: true,
    });
    const commune = await addSite(t.db, { slug: 'xa-a', name: 'Xã A', pathPrefix: '/xa/xa-a' });
    await articles(t, 1, sectionId, 1, 3000);
    await articles(t, commune.id, commune.sectionId, 3001, 60);
    await t.db.analyze();
    if (dialect === 'postgres') await sql`ANALYZE`.execute(t.db.kysely);
  });
  afterAll(async () => {
    await t?.drop();
  });

  /** The query plan as text, with sequential scans and sorts forbidden where the dialect allows it. */
  async function plan(query: string): Promise<string> {
    const k = t.db.kysely;
    if (dialect === 'sqlite') {
      const rows = await sql.raw<{ detail: string }>(`EXPLAIN QUERY PLAN ${query}`).execute(k);
      return rows.rows.map((r) => r.detail).join(' | ');
    }
    return k.connection().execute(async (c) => {
      await sql`SET enable_seqscan = off`.execute(c);
      await sql`SET enable_sort = off`.execute(c);
      const rows = await sql.raw<{ 'QUERY PLAN': string }>(`EXPLAIN ${query}`).execute(c);
      await sql`RESET enable_seqscan`.execute(c);
      await sql`RESET enable_sort`.execute(c);
      return rows.rows.map((r) => r['QUERY PLAN']).join(' | ');
    });
  }

  const now = `'2026-12-07T00:00:00.000Z'`;

  it('most read walks the site read-count index, without a sort', async () => {
    const p = await plan(
      `SELECT id FROM article WHERE site_id = 2 AND status = 'published' AND published_at <= ${now} ORDER BY read_count DESC, id DESC LIMIT 6`,
    );
    expect(p).toContain('article_site_status_reads_idx');
    if (dialect === 'sqlite') expect(p).not.toContain('TEMP B-TREE');
  });

  it('Tin cơ sở reads the partial index of copies', async () => {
    const p = await plan(
      `SELECT a.id FROM article a WHERE a.site_id = 1 AND a.origin_id IS NOT NULL AND a.status = 'published' AND a.published_at <= ${now} ORDER BY a.published_at DESC, a.id DESC LIMIT 6`,
    );
    expect(p).toContain('article_site_copies_idx');
  });

  it('due withdrawals of one site use the site index', async () => {
    const p = await plan(
      `SELECT id FROM article WHERE site_id = 2 AND status = 'published' AND unpublish_at <= ${now}`,
    );
    expect(p).toContain('article_site_status_unpublish_idx');
  });
});
