import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, freshDb, type TestDb } from '../../../test/support/test-db.ts';
import { Validation } from '../../http/errors.ts';
import { articleRepository } from '../article/article.repository.ts';
import { mediaRepository } from '../media/media.repository.ts';
import { siteRepository } from '../site/site.repository.ts';
import { siteService } from '../site/site.service.ts';
import { FIXTURE_NOW, seedSearchFixtures } from './search.fixtures.ts';
import { searchIndexFor } from './search-index.for.ts';
import { searchService, type SearchOutcome } from './search.service.ts';
import type { SearchInput } from './search.schema.ts';

const NFD = (s: string): string => s.normalize('NFD');

/** Query → the fixture articles it must find (order-free), on both databases. */
const TABLE: [string, string[]][] = [
  ['dien bien', ['ref']],
  ['Điện Biên', ['ref']],
  ['ĐIỆN BIÊN', ['ref']],
  [NFD('Điện Biên'), ['ref']],
  ['đào tạo', ['ref', 'nghe']],
  ['dao tao', ['ref', 'nghe']],
  [NFD('ĐÀO TẠO'), ['ref', 'nghe']],
  ['hòa', ['hoa-cu', 'hoa-moi']],
  ['hoà', ['hoa-cu', 'hoa-moi']],
  ['hoa', ['hoa-cu', 'hoa-moi']],
  ['thủy', ['thuy-moi', 'thuy-cu']],
  ['thuỷ', ['thuy-moi', 'thuy-cu']],
  ['ủy', ['uy']],
  ['Ủy ban', ['uy']],
  ['uy ban kiem tra', ['uy']],
  ['đà', ['da']],
  ['da', ['da']],
  ['"đào tạo nghề"', ['nghe']],
  ['“dao tao nghe”', ['nghe']],
  ['"nghề đào tạo"', []],
  ['chuyen d*', ['so']],
  ['"chuyen d"*', ['so']],
  ['boi d*', ['ref']],
  ['hoi thao dao tao can bo dien bien', ['ref']],
  // Text found only in a body figure's caption, a tag, the featured image's caption.
  ['dai bieu tham du', ['ref']],
  ['ly luan', ['ref']],
  ['may cong nghiep', ['nghe']],
  // Drafts, scheduled (future) and withdrawn articles are never found.
  ['muong lay', ['go']],
  ['khong co tu nay', []],
  ['!!! ,,,', []],
];

describe.each(dialects)('article search on %s', (dialect) => {
  let t: TestDb;
  let ids: Map<string, number>;
  let search: (q: string, filters?: Partial<SearchInput>) => Promise<SearchOutcome>;
  let keyOf: Map<number, string>;
  const found = async (q: string, filters?: Partial<SearchInput>): Promise<string[]> =>
    (await search(q, filters)).results.map((r) => keyOf.get(r.id) ?? `?${r.id}`).sort();

  beforeAll(async () => {
    t = await freshDb(dialect);
    ids = await seedSearchFixtures(t.db);
    keyOf = new Map([...ids].map(([k, v]) => [v, k]));
    const service = searchService({
      index: searchIndexFor(t.db),
      site: siteService(siteRepository(t.db)),
      media: mediaRepository(t.db),
      clock: () => FIXTURE_NOW,
    });
    search = (q, filters) => service.search({ q, page: 1, ...filters });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it.each(TABLE)('%s', async (q, expected) => {
    expect(await found(q)).toEqual([...expected].sort());
  });

  it('ranks the reference article first and marks the matched words in their original spelling', async () => {
    const r = await search('hoi thao dao tao can bo dien bien');
    expect(r.total).toBe(1);
    const hits = r.results[0]!.title.filter((s) => s.hit).map((s) => s.text);
    expect(hits).toEqual(['Hội', 'thảo', 'đào', 'tạo', 'cán', 'bộ', 'Điện', 'Biên']);
    expect(r.results[0]!.title.map((s) => s.text).join('')).toBe(
      'Hội thảo khoa học về công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Điện Biên',
    );
    expect(r.results[0]!.path).toBe(
      `/tin-trong-tinh/${'hoi-thao-khoa-hoc-ve-cong-tac-dao-tao-boi-duong-can-bo-o-truong-chinh-tri-tinh-dien-bien'}-${ids.get('ref')}`,
    );
    const snippetHits = r.results[0]!.snippet.filter((s) => s.hit).map((s) => s.text);
    expect(snippetHits).toContain('Hội');
  });

  it('ranks headline matches first, then body-only matches newest first', async () => {
    const r = await search('hội thảo');
    expect(r.results.map((x) => keyOf.get(x.id))).toEqual(['ref', 'tin-van', 'ban-tin-cu']);
    expect(r).toMatchObject({ total: 3, more: false, pageCount: 1 });
  });

  it('shows a caption match in the snippet', async () => {
    const r = await search('dai bieu');
    expect(r.results[0]!.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Đại', 'biểu']);
  });

  it('filters by section (with its sub-sections) and by dates in Vietnam', async () => {
    expect(await found('dao tao', { section: 'xay-dung-dang' })).toEqual(['nghe']);
    expect(await found('dao tao', { section: 'tin-tuc-su-kien' })).toEqual(['ref']);
    expect(await found('dao tao', { from: '2024-01-01' })).toEqual(['nghe']);
    expect(await found('dao tao', { to: '2023-03-09' })).toEqual(['ref']);
    expect(await found('dao tao', { from: '2023-03-10', to: '2024-05-09' })).toEqual([]);
    await expect(search('dao tao', { section: 'khong-co' })).rejects.toBeInstanceOf(Validation);
  });

  it('pages through results and still counts them past the last page', async () => {
    const r = await search('hoa', { page: 2 });
    expect(r.results).toEqual([]);
    expect(r.total).toBe(2);
  });

  it('follows status changes made directly in the table: unpublished, withdrawn, future', async () => {
    const id = ids.get('go')!;
    const setRow = (set: { status?: string; publishedAt?: string }) =>
      t.db.kysely.updateTable('article').set(set).where('id', '=', id).execute();
    expect(await found('muong lay')).toEqual(['go']);
    await setRow({ status: 'withdrawn' });
    expect(await found('muong lay')).toEqual([]);
    await setRow({ status: 'draft' });
    expect(await found('muong lay')).toEqual([]);
    await setRow({ status: 'published', publishedAt: '2030-01-01T00:00:00.000Z' });
    expect(await found('muong lay')).toEqual([]);
    await setRow({ publishedAt: '2025-07-01T02:00:00.000Z' });
    expect(await found('muong lay')).toEqual(['go']);
  });

  it('follows edits of the title, body, tags, tag names and image captions', async () => {
    const id = ids.get('da')!;
    const repo = articleRepository(t.db);
    await t.db.kysely
      .updateTable('article')
      .set({
        title: 'Sản lượng cà phê Mường Ảng tăng',
        bodyHtml: '<p>Vùng <b>cà phê</b> mới &amp; cũ.</p>',
      })
      .where('id', '=', id)
      .execute();
    expect(await found('da')).toEqual([]);
    expect(await found('muong ang')).toEqual(['da']);
    expect(await found('"vung ca phe moi"')).toEqual(['da']);
    await repo.setTags(id, [{ slug: 'nong-san', name: 'Nông sản' }]);
    expect(await found('nong san')).toEqual(['da']);
    await t.db.kysely
      .updateTable('tag')
      .set({ name: 'Đặc sản vùng cao' })
      .where('slug', '=', 'nong-san')
      .execute();
    expect(await found('nong san')).toEqual([]);
    expect(await found('dac san')).toEqual(['da']);
    await t.db.kysely.deleteFrom('articleTag').where('articleId', '=', id).execute();
    expect(await found('dac san')).toEqual([]);
    await t.db.kysely
      .updateTable('media')
      .set({ caption: 'Lớp học cắt may' })
      .where('caption', 'like', 'Học viên%')
      .execute();
    expect(await found('cat may')).toEqual(['nghe']);
    expect(await found('may cong nghiep')).toEqual([]);
  });

  it('drops a deleted article from the index and keeps the index consistent', async () => {
    const id = ids.get('thuy-cu')!;
    expect(await found('thuy dien long tao')).toEqual(['thuy-cu']);
    await t.db.kysely.deleteFrom('article').where('id', '=', id).execute();
    expect(await found('thuy')).toEqual(['thuy-moi']);
    expect(await found('thuy dien long tao')).toEqual([]);
    if (dialect === 'sqlite') {
      await sql`INSERT INTO article_fts (article_fts) VALUES ('integrity-check')`.execute(
        t.db.kysely,
      );
      // The syllable-pair indexes keep no row for it either.
      for (const table of ['article_words_fts', 'article_headline_words_fts']) {
        const left = await sql<{
          n: number;
        }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE rowid = ${id}`.execute(t.db.kysely);
        expect(left.rows[0]?.n, table).toBe(0);
      }
    }
  });
});
