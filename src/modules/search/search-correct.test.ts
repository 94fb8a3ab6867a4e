import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, freshDb, type TestDb } from '../../../test/support/test-db.ts';
import { articleRepository } from '../article/article.repository.ts';
import { mediaRepository } from '../media/media.repository.ts';
import { siteRepository } from '../site/site.repository.ts';
import { siteService } from '../site/site.service.ts';
import { FIXTURE_NOW, seedSearchFixtures } from './search.fixtures.ts';
import { searchIndexFor } from './search-index.for.ts';
import { searchService } from './search.service.ts';

describe.each(dialects)('corrections of queries that find nothing, on %s', (dialect) => {
  let t: TestDb;
  let clock = FIXTURE_NOW;
  let service: ReturnType<typeof searchService>;
  let ids: Map<string, number>;

  beforeAll(async () => {
    t = await freshDb(dialect);
    ids = await seedSearchFixtures(t.db);
    service = searchService({
      index: searchIndexFor(t.db),
      site: siteService(siteRepository(t.db)),
      media: mediaRepository(t.db),
      clock: () => clock,
    });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('searches the correction of a misspelt word and says so, keeping the filters', async () => {
    const r = await service.search({ q: 'thuyr looij', page: 1 });
    expect(r.correctedTo).toBe('thuỷ lợi');
    expect(r.results.map((x) => x.id)).toEqual([ids.get('thuy-moi')]);
    const inSection = await service.search({
      q: 'uyr ban kiem tra',
      page: 1,
      section: 'tin-trong-tinh',
    });
    expect(inSection.total).toBe(0);
    expect(inSection.correctedTo).toBeUndefined();
  });

  it('only offers corrections when every word is known but they match nothing', async () => {
    const r = await service.search({ q: 'hoa thuan thuy loi', page: 1 });
    expect(r.total).toBe(0);
    expect(r.correctedTo).toBeUndefined();
  });

  it('learns new words from new headlines, rebuilding the vocabulary in the background', async () => {
    expect((await service.search({ q: 'Pá Khoangg', page: 1 })).correctedTo).toBeUndefined();
    await articleRepository(t.db).insert({
      sectionId: (await siteRepository(t.db).sections())[1]!.id,
      slug: 'ho-pa-khoang',
      title: 'Hồ Pá Khoang mùa nước',
      lead: '',
      bodyHtml: '',
      byline: 'PV',
      status: 'published',
      publishedAt: FIXTURE_NOW,
      readCount: 0,
      featured: false,
      imageId: null,
    });
    clock = new Date(FIXTURE_NOW.getTime() + 11 * 60_000);
    // The old vocabulary answers while the new one is built…
    await service.search({ q: 'Pá Khoangg', page: 1 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // …then the new word is known.
    expect((await service.search({ q: 'Pá Khoangg', page: 1 })).correctedTo).toBe('pá khoang');
  });
});
