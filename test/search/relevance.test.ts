import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaRepository } from '../../src/modules/media/media.repository.ts';
import { searchIndexFor } from '../../src/modules/search/search-index.for.ts';
import { searchService } from '../../src/modules/search/search.service.ts';
import { siteRepository } from '../../src/modules/site/site.repository.ts';
import { siteService } from '../../src/modules/site/site.service.ts';
import { fold } from '../../src/lib/text.ts';
import { dialects, freshDb, type TestDb } from '../support/test-db.ts';
import { buildCorpus } from './corpus.ts';
import floors from './floors.json' with { type: 'json' };
import { evaluate, JUDGED_NOW, seedJudgedCorpus, worstQueries } from './harness.ts';
import { JUDGED, judgments } from './judged.ts';

describe('the judged set', () => {
  const corpus = buildCorpus();
  it('is a fixed corpus of at least 500 articles and at least 60 queries, each with judged articles', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(500);
    expect(JUDGED.length).toBeGreaterThanOrEqual(60);
    expect(buildCorpus()).toEqual(corpus);
    for (const [jq, grades] of judgments(corpus))
      expect(grades.size, jq.q).toBeGreaterThanOrEqual(3);
  });
});

describe.each(dialects)('search relevance on the judged set, %s', (dialect) => {
  let t: TestDb;
  let search: (q: string) => Promise<number[]>;
  let ids: Map<string, number>;

  beforeAll(async () => {
    t = await freshDb(dialect);
    ids = await seedJudgedCorpus(t.db);
    const service = searchService({
      index: searchIndexFor(t.db),
      site: siteService(siteRepository(t.db)),
      media: mediaRepository(t.db),
      clock: () => JUDGED_NOW,
    });
    search = async (q) => (await service.search({ q, page: 1 })).results.map((r) => r.id);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('answers “dao tao can bo” with cadre-training articles, and no scattered syllables on the first page', async () => {
    const corpus = buildCorpus();
    const byKey = new Map(corpus.map((a) => [a.key, a]));
    const keyOf = new Map([...ids].map(([k, v]) => [v, k]));
    const page = (await search('dao tao can bo')).map((id) => byKey.get(keyOf.get(id) ?? ''));
    expect(page.length).toBe(10);
    for (const a of page.slice(0, 5)) expect(a?.topics['dao-tao-can-bo']).toBe(2);
    // Every result holds both words intact ("đào tạo" or a homograph such as "đạo tạo", and
    // "cán bộ"), never only their syllables scattered ("Bộ Chính trị", "sáng tạo", "Đảng bộ").
    for (const a of page) {
      const text = fold([a?.title, a?.lead, a?.tags.join(' '), ...(a?.body ?? [])].join(' '))
        .split(/[^\p{L}\p{N}]+/u)
        .join(' ');
      expect(text, a?.title).toMatch(/\bdao tao\b/);
      expect(text, a?.title).toMatch(/\bcan bo\b/);
    }
  });

  it('keeps precision@5 and nDCG@10 at or above the committed floors', async () => {
    const r = await evaluate(search, ids);
    const floor = floors[dialect];
    const summary = `${dialect}: precision@5 ${r.precisionAt5.toFixed(3)}, nDCG@10 ${r.ndcgAt10.toFixed(3)}, noise@10 ${r.noiseAt10.toFixed(3)}\n${worstQueries(r, 30)}`;
    console.log(summary);
    expect(r.precisionAt5, summary).toBeGreaterThanOrEqual(floor.precisionAt5);
    expect(r.ndcgAt10, summary).toBeGreaterThanOrEqual(floor.ndcgAt10);
    expect(r.noiseAt10, summary).toBeLessThanOrEqual(floor.noiseAt10);
  });
});
