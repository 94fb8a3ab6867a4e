/**
 * A reproducible corpus for benchmarks: N published articles built from the demo articles'
 * own Vietnamese sentences with a seeded PRNG, so every run (and every machine) gets the same
 * titles, bodies, dates and read counts.
 */
import { demoArticles } from '../src/seed/demo-articles.ts';
import type { Db } from '../src/db/connect.ts';
import { escapeHtml } from '../src/lib/html.ts';
import { slugify } from '../src/lib/slug.ts';
import { inTransaction } from '../src/db/transaction.ts';
import { withSearchHeld } from '../src/modules/search/search-bulk.ts';

/** Mulberry32: tiny, fast, good enough for picking words reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentences = demoArticles
  .flatMap((a) => a.body.flatMap((b) => (b.type === 'p' ? b.text.split(/(?<=[.;!?])\s+/) : [])))
  .filter((s) => s.length > 30);
const titleWords = demoArticles.flatMap((a) => a.title.split(/\s+/));

/** Articles written per transaction; the search index is refreshed once per transaction. */
const CHUNK = 10_000;

/**
 * Inserts `count` published articles into an already seeded database (sections must exist),
 * in transactions of CHUNK articles with the search index's per-row triggers held back and the
 * index refreshed once per transaction (search-bulk.ts): at 100,000 articles this is what
 * makes a PostgreSQL corpus buildable in minutes rather than most of an hour.
 */
export async function generateCorpus(db: Db, count: number, seed = 20261127): Promise<void> {
  const rand = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const sections = await db.kysely
    .selectFrom('section')
    .select('id')
    .where('kind', '=', 'articles')
    .execute();
  const images = await db.kysely.selectFrom('media').select('id').execute();
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const batchSize = db.dialect === 'sqlite' ? 500 : 1000;
  for (let from = 0; from < count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK);
    await inTransaction(db, (tx) => withSearchHeld(tx, () => insertRange(tx, from, to)));
  }

  async function insertRange(tx: Db, from: number, to: number): Promise<number[]> {
    const ids: number[] = [];
    for (let done = from; done < to; done += batchSize) {
      const rows = [];
      for (let i = done; i < Math.min(to, done + batchSize); i++) {
        const title = Array.from({ length: 8 + Math.floor(rand() * 8) }, () =>
          pick(titleWords),
        ).join(' ');
        const paras = Array.from({ length: 4 + Math.floor(rand() * 5) }, () =>
          Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(sentences)).join(' '),
        );
        const at = new Date(start + Math.floor(rand() * span)).toISOString();
        rows.push({
          sectionId: pick(sections).id,
          slug: slugify(title),
          title,
          lead: pick(sentences),
          bodyHtml: paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
          byline: pick(['Minh Thùy', 'Quang Hưng', 'Thu Hà', 'PV', 'Theo TTXVN']),
          status: 'published',
          publishedAt: at,
          createdAt: at,
          updatedAt: at,
          readCount: Math.floor(rand() * 5000),
          featured: 0,
          imageId: images.length ? pick(images).id : null,
          siteId: 1,
        });
      }
      const inserted = await tx.kysely.insertInto('article').values(rows).returning('id').execute();
      ids.push(...inserted.map((r) => r.id));
    }
    return ids;
  }
}
