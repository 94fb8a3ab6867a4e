/**
 * Measuring search relevance on the judged set: seeds the judged corpus into a database and
 * scores a search function with precision@5 and nDCG@10 (used by relevance.test.ts and by
 * `npm run bench search`).
 */
import type { Db } from '../../src/db/connect.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { slugify } from '../../src/lib/slug.ts';
import { articleRepository } from '../../src/modules/article/article.repository.ts';
import { siteRepository } from '../../src/modules/site/site.repository.ts';
import { buildCorpus, CORPUS_SECTIONS, type CorpusArticle, type CorpusSection } from './corpus.ts';
import { JUDGED, judgments, type JudgedQuery } from './judged.ts';

/** The instant the judged searches run at (after every corpus article). */
export const JUDGED_NOW = new Date('2026-12-01T00:00:00Z');

/** Creates the corpus sections that are missing; returns slug → id. */
async function ensureSections(db: Db): Promise<Record<CorpusSection, number>> {
  const k = db.kysely;
  const site = siteRepository(db);
  const out = {} as Record<CorpusSection, number>;
  let position = 100;
  for (const [slug, name] of Object.entries(CORPUS_SECTIONS) as [CorpusSection, string][]) {
    const row = await k
      .selectFrom('section')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirst();
    out[slug] =
      row?.id ??
      (await site.insertSection({
        parentId: null,
        slug,
        name,
        description: '',
        kind: 'articles',
        showOnHome: true,
        position: position++,
      }));
  }
  return out;
}

/** Writes the judged corpus as published articles with tags; returns article key → id. */
export async function seedJudgedCorpus(
  db: Db,
  corpus: CorpusArticle[] = buildCorpus(),
): Promise<Map<string, number>> {
  const sections = await ensureSections(db);
  const repo = articleRepository(db);
  const ids = new Map<string, number>();
  for (const a of corpus) {
    const id = await repo.insert({
      sectionId: sections[a.section],
      slug: `${slugify(a.title, 80)}-${a.key}`,
      title: a.title,
      lead: a.lead,
      bodyHtml: a.body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
      byline: 'PV',
      status: 'published',
      publishedAt: a.publishedAt,
      readCount: 0,
      featured: false,
      imageId: null,
    });
    if (a.tags.length)
      await repo.setTags(
        id,
        a.tags.map((t) => ({ slug: slugify(t), name: t })),
      );
    ids.set(a.key, id);
  }
  return ids;
}

/** One query's figures. */
export interface QueryScore {
  q: string;
  kind: JudgedQuery['kind'];
  precisionAt5: number;
  ndcgAt10: number;
  /** Unjudged (grade 0) results on the first page, as a share of it (0 when it is empty). */
  noiseAt10: number;
  /** How many judged articles the query has. */
  judged: number;
  /** The first page, as article keys with their grade ("dao-tao-can-bo-3:2"). */
  firstPage: string[];
}

/** The set's figures: means over every query, and each query's. */
export interface RelevanceReport {
  precisionAt5: number;
  ndcgAt10: number;
  noiseAt10: number;
  queries: QueryScore[];
}

/**
 * precision@5: judged articles among the first 5, over min(5, number judged), so a query with
 * 3 judged articles can still score 1. nDCG@10: gain = grade (2 or 1), discount log2(rank + 1),
 * normalised by the ideal order of all judged articles.
 */
export function scoreRanking(
  ranked: string[],
  grades: Map<string, number>,
): { p5: number; ndcg: number } {
  const top5 = ranked.slice(0, 5).filter((k) => grades.has(k)).length;
  const p5 = grades.size ? top5 / Math.min(5, grades.size) : ranked.length ? 0 : 1;
  const dcg = (gs: number[]): number =>
    gs.slice(0, 10).reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  const ndcg = ideal ? dcg(ranked.map((k) => grades.get(k) ?? 0)) / ideal : ranked.length ? 0 : 1;
  return { p5, ndcg };
}

/**
 * Runs every judged query through `search` (returns the first page's article ids, best first)
 * and scores it. `others`: articles in the database besides the corpus (the demo content, the
 * bench's generated articles), judged from their title and lead by the same rules.
 */
export async function evaluate(
  search: (q: string) => Promise<number[]>,
  ids: Map<string, number>,
  corpus: CorpusArticle[] = buildCorpus(),
  others: { id: number; title: string; lead: string }[] = [],
): Promise<RelevanceReport> {
  const keyOf = new Map([...ids].map(([k, v]) => [v, k]));
  const extra = others
    .filter((a) => !keyOf.has(a.id))
    .map((a) => ({ key: `khac-${a.id}`, title: a.title, lead: a.lead }));
  for (const a of extra) keyOf.set(Number(a.key.slice(5)), a.key);
  const judged = judgments(corpus, extra);
  const queries: QueryScore[] = [];
  for (const jq of JUDGED) {
    const grades = judged.get(jq) ?? new Map<string, number>();
    const ranked = (await search(jq.q)).map((id) => keyOf.get(id) ?? `?${id}`);
    const { p5, ndcg } = scoreRanking(ranked, grades);
    queries.push({
      q: jq.q,
      kind: jq.kind,
      precisionAt5: p5,
      ndcgAt10: ndcg,
      noiseAt10: ranked.length
        ? ranked.slice(0, 10).filter((k) => !grades.has(k)).length / Math.min(10, ranked.length)
        : 0,
      judged: grades.size,
      firstPage: ranked.slice(0, 10).map((k) => `${k}:${grades.get(k) ?? 0}`),
    });
  }
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
  return {
    precisionAt5: mean(queries.map((x) => x.precisionAt5)),
    ndcgAt10: mean(queries.map((x) => x.ndcgAt10)),
    noiseAt10: mean(queries.map((x) => x.noiseAt10)),
    queries,
  };
}

/** A short text table of the worst queries (for failures and the bench). */
export function worstQueries(r: RelevanceReport, n = 10): string {
  return [...r.queries]
    .sort((a, b) => a.ndcgAt10 + a.precisionAt5 - (b.ndcgAt10 + b.precisionAt5))
    .slice(0, n)
    .map(
      (x) =>
        `${x.precisionAt5.toFixed(2)} ${x.ndcgAt10.toFixed(2)} ${x.noiseAt10.toFixed(2)} [${x.kind}] ${x.q.normalize('NFC')} (${x.judged} judged) → ${x.firstPage.join(' ')}`,
    )
    .join('\n');
}
