/**
 * The search index after a bulk import (#21): the import holds back the per-row search
 * triggers inside each batch's transaction and refreshes the index for the batch before it
 * commits (new articles on PostgreSQL: right after, on another connection; an import that
 * runs again indexes any a stop left without). Imported articles are found by the public search (accents or not), a re-imported
 * change is found by its new words, the hold never outlives the import (an ordinary write
 * afterwards still updates the index), and a failed batch leaves neither articles nor index rows.
 */
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction.ts';
import { withSearchHeld } from '../../src/modules/search/search-bulk.ts';
import { addSite } from '../support/sites.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { FIXTURE_DIR, nukevietDb, requireMariadb } from './mariadb.ts';

const HAVE_MARIADB = await requireMariadb();
const HOST = 'https://muongnhe.example.vn';
const titles = (html: string): string[] =>
  [...html.matchAll(/<h3 class="search-result-title"><a href="[^"]+">(.*?)<\/a>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, ''),
  );

describe.skipIf(!HAVE_MARIADB).each(dialects)('search after a NukeViet import on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let nv: Awaited<ReturnType<typeof nukevietDb>>;
  let siteId = 0;
  const run = async () => {
    const id = await t.deps.imports.start({
      siteId,
      url: nv.url,
      uploadsDir: path.join(FIXTURE_DIR, 'uploads'),
      prefix: 'nv4',
      oldHosts: [],
      dryRun: false,
      startedBy: null,
    });
    return t.deps.imports.runNow(id);
  };
  const search = async (q: string) => {
    const res = await t.app.request(`${HOST}/tim-kiem?${new URLSearchParams({ q }).toString()}`);
    expect(res.status).toBe(200);
    return titles(await res.text());
  };
  const indexed = async (articleId: number) =>
    (
      await sql<{
        title: string;
      }>`SELECT title FROM article_search WHERE article_id = ${articleId}`.execute(t.db.kysely)
    ).rows[0]?.title;

  beforeAll(async () => {
    nv = await nukevietDb();
    t = await testApp(dialect, { seed: false });
    siteId = (
      await addSite(t.db, { slug: 'muong-nhe', name: 'Mường Nhé', host: 'muongnhe.example.vn' })
    ).id;
    await t.deps.platform.load();
  });
  afterAll(async () => {
    await t?.close();
    await nv?.drop();
  });

  it('finds the imported articles, with and without accents', async () => {
    const report = await run();
    expect(report.error).toBeUndefined();
    expect(report.counts.article.created).toBe(6);
    expect(await search('Ban Chấp hành Đảng bộ tỉnh')).toContain(
      'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12',
    );
    expect(await search('sinh hoat chi bo')).toContain(
      'Nâng cao chất lượng sinh hoạt chi bộ &amp; đảng viên',
    );
    // Every imported article has its index row; the hold is gone.
    const ids = await t.db.kysely
      .selectFrom('article')
      .select('id')
      .where('siteId', '=', siteId)
      .execute();
    expect(ids).toHaveLength(6);
    for (const { id } of ids) expect(await indexed(id)).toBeTruthy();
    const held = await sql<{ n: number }>`SELECT count(*) AS n FROM search_suspend`.execute(
      t.db.kysely,
    );
    expect(Number(held.rows[0]?.n)).toBe(0);
  });

  it('a re-imported change is found by its new words', async () => {
    await nv.exec(
      "UPDATE nv4_vi_news_rows SET title = 'Hội nghị tổng kết phong trào thi đua' WHERE id = 1",
    );
    const report = await run();
    expect(report.counts.article).toMatchObject({ updated: 1 });
    expect(await search('phong trào thi đua')).toContain('Hội nghị tổng kết phong trào thi đua');
    expect(await search('Ban Chấp hành Đảng bộ tỉnh lần thứ 12')).not.toContain(
      'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12',
    );
  });

  it('an ordinary write after the import still updates the index (the hold did not outlive it)', async () => {
    const row = await t.db.kysely
      .selectFrom('article')
      .select('id')
      .where('siteId', '=', siteId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await t.db.kysely
      .updateTable('article')
      .set({ title: 'Tiêu đề sửa tay sau khi nhập' })
      .where('id', '=', row.id)
      .execute();
    expect(await indexed(row.id)).toBe('Tiêu đề sửa tay sau khi nhập');
  });

  it('articles a stopped run committed without their search rows are indexed when an import runs again', async () => {
    // On PostgreSQL new articles get their rows just after their batch commits: a stop in
    // between leaves them without (simulated here by deleting the rows).
    const ids = (
      await t.db.kysely.selectFrom('article').select('id').where('siteId', '=', siteId).execute()
    ).map((r) => r.id);
    await sql`DELETE FROM article_search WHERE article_id IN (${sql.join(ids)})`.execute(
      t.db.kysely,
    );
    expect(await search('sinh hoat chi bo')).toEqual([]);
    const report = await run();
    expect(report.error).toBeUndefined();
    const rows = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM article_search WHERE article_id IN (${sql.join(ids)})`.execute(
      t.db.kysely,
    );
    expect(Number(rows.rows[0]!.n)).toBe(ids.length);
    expect((await search('sinh hoat chi bo')).length).toBeGreaterThan(0);
  });

  it('inside a hold, rows wait for the refresh; a failed batch leaves no index rows', async () => {
    const row = await t.db.kysely
      .selectFrom('article')
      .select('id')
      .where('siteId', '=', siteId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    // Held: the trigger does not fire; the refresh at the end does.
    await inTransaction(t.db, (tx) =>
      withSearchHeld(tx, async () => {
        await tx.kysely
          .updateTable('article')
          .set({ title: 'Tiêu đề trong lô' })
          .where('id', '=', row.id)
          .execute();
        expect(
          (
            await sql<{
              title: string;
            }>`SELECT title FROM article_search WHERE article_id = ${row.id}`.execute(tx.kysely)
          ).rows[0]?.title,
        ).toBe('Tiêu đề sửa tay sau khi nhập');
        return [row.id];
      }),
    );
    expect(await indexed(row.id)).toBe('Tiêu đề trong lô');
    // A batch that throws: rolled back, the old title stays indexed, the hold is gone.
    await expect(
      inTransaction(t.db, (tx) =>
        withSearchHeld(tx, async () => {
          await tx.kysely
            .updateTable('article')
            .set({ title: 'Không bao giờ lưu' })
            .where('id', '=', row.id)
            .execute();
          throw new Error('lô hỏng');
        }),
      ),
    ).rejects.toThrow('lô hỏng');
    expect(await indexed(row.id)).toBe('Tiêu đề trong lô');
    expect(await search('Không bao giờ lưu')).toEqual([]);
    const held = await sql<{ n: number }>`SELECT count(*) AS n FROM search_suspend`.execute(
      t.db.kysely,
    );
    expect(Number(held.rows[0]?.n)).toBe(0);
  });
});
