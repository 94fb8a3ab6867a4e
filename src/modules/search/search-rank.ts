import { fold } from '../../lib/text.ts';
import type { SearchTerm } from './search.ts';

/**
 * Ranking that knows Vietnamese syllables form words. Most Vietnamese words have two or more
 * syllables ("đào tạo", "cán bộ"); a syllable alone carries little meaning and, without marks,
 * stands for many ("tao" = tạo, táo, tảo). So the query is read as a sequence of syllables, and
 * what counts is whether *adjacent* query syllables are adjacent in the text too:
 *
 * - coverage: the share of query syllables that belong to an adjacent pair found intact in the
 *   article ("đào tạo, bồi dưỡng cán bộ" covers all of "dao tao can bo"; "Bộ Chính trị … sáng
 *   tạo … cán … Đảng bộ" covers none). Articles whose words are all intact come first; below
 *   MIN_COVERAGE an article is not shown at all (it matched scattered syllables only);
 * - then, for a query typed with marks, articles holding the query's syllables with exactly
 *   those marks (old or new tone placement alike) before tone-folded matches ("Điện Biên"
 *   before "diễn biến");
 * - then a weighted score: intact pairs and the whole query as a phrase count most, in the
 *   title, then tags and lead, then caption and body; single syllables count little;
 * - then recency, only to break ties.
 *
 * The same on both databases: they find the candidates, this orders them.
 */

/** Articles matching less than this share of the query's syllables as intact words are dropped. */
export const MIN_COVERAGE = 0.6;

/** Field weights: where a match is found matters more than how often. */
const WEIGHTS = { title: 6, tags: 4, lead: 3, caption: 1.5, body: 1 } as const;
type Field = keyof typeof WEIGHTS;
const FIELDS = Object.keys(WEIGHTS) as Field[];

/** One syllable of the query (folded), in order; `prefix` for the last word of `chuyen d*`. */
export interface QuerySyllable {
  w: string;
  prefix: boolean;
}

/** The query's syllables in the order typed, across terms (adjacent terms form pairs too). */
export function syllablesOf(terms: SearchTerm[]): QuerySyllable[] {
  return terms.flatMap((t) =>
    t.words.map((w, i) => ({ w, prefix: t.prefix && i === t.words.length - 1 })),
  );
}

/** Adjacent syllable pairs of the query (none for a single syllable). */
export function pairsOf(syl: QuerySyllable[]): [QuerySyllable, QuerySyllable][] {
  return syl.slice(1).map((b, i) => [syl[i] as QuerySyllable, b]);
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A word's spelling with its marks, in lower case, with the tone mark placed after the
 * letters: "Hòa", "hoà" and "HOÀ" give the same key; "hoa" and "hóa" do not.
 */
export function exactKey(word: string): string {
  const d = word.normalize('NFD').toLowerCase();
  const tones = d.match(TONES) ?? [];
  return (d.replace(TONES, '') + tones.join('')).normalize('NFC');
}

/** Whether a word carries any Vietnamese mark (tone, vowel mark or đ). */
export function hasMarks(word: string): boolean {
  return fold(word) !== word.normalize('NFC').toLowerCase();
}

/**
 * The exact keys of the marked words of what the reader typed (empty when the query was
 * typed without marks: then no spelling is preferred).
 */
export function exactKeysOf(input: string): string[] {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  return [...new Set(words.filter(hasMarks).map(exactKey))];
}

/** The searchable text of one candidate article. */
export interface CandidateText {
  id: number;
  publishedAt: string;
  title: string;
  lead: string;
  tags: string;
  caption: string;
  body: string;
}

/** A ranked candidate and the figures it was ranked by. */
export interface Ranked {
  id: number;
  coverage: number;
  exact: number;
  score: number;
  publishedAt: string;
}

/**
 * Folded form of each UTF-16 code unit, looked up in a flat table: 0 = not seen yet,
 * 1 = between words, 2 = a combining mark (part of the word, folds to nothing), n ≥ 3 = the
 * letter or digit folds to FOLDED[n - 3].
 */
const KIND = new Uint16Array(65536);
const FOLDED: string[] = [];

function foldedChar(code: number): string | null {
  let k = KIND[code] as number;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    if (/[\p{L}\p{N}]/u.test(ch)) {
      const f = fold(ch);
      let i = FOLDED.indexOf(f);
      if (i < 0) i = FOLDED.push(f) - 1;
      k = i + 3;
    } else k = /\p{M}/u.test(ch) ? 2 : 1;
    KIND[code] = k;
  }
  return k === 1 ? null : k === 2 ? '' : (FOLDED[k - 3] as string);
}

/**
 * The words of a text, folded, with where each starts and ends in it: one pass, no
 * normalisation of the whole text (the same words as fold(text) split on non-letters).
 */
export function tokenize(text: string): { words: string[]; starts: number[]; ends: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let cur = '';
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const f = foldedChar(text.charCodeAt(i));
    if (f === null) {
      if (start >= 0) {
        words.push(cur);
        starts.push(start);
        ends.push(i);
        cur = '';
        start = -1;
      }
    } else if (f !== '' || start >= 0) {
      if (start < 0) start = i;
      cur += f;
    }
  }
  if (start >= 0) {
    words.push(cur);
    starts.push(start);
    ends.push(text.length);
  }
  return { words, starts, ends };
}

/** exactKey of the words of candidate texts, remembered (normalising is the costly part). */
const exactKeys = new Map<string, string>();
function exactKeyMemo(word: string): string {
  let k = exactKeys.get(word);
  if (k === undefined) {
    if (exactKeys.size >= 50_000) exactKeys.clear();
    k = exactKey(word);
    exactKeys.set(word, k);
  }
  return k;
}

const matches = (s: QuerySyllable, t: string | undefined): boolean =>
  t !== undefined && (s.prefix ? t.startsWith(s.w) : t === s.w);

interface FieldFacts {
  present: boolean[];
  pairCount: number[];
  phrase: boolean;
  /** Exact keys of the words that matched a query syllable (only for an accented query). */
  exact: Set<string>;
}

function factsOf(text: string, syl: QuerySyllable[], wantExact: boolean): FieldFacts {
  const { words, starts, ends } = tokenize(text);
  const n = syl.length;
  const present = syl.map(() => false);
  const pairCount = Array.from({ length: Math.max(0, n - 1) }, () => 0);
  const exact = new Set<string>();
  let phrase = false;
  for (let j = 0; j < words.length; j++) {
    const t = words[j];
    let hit = false;
    for (let i = 0; i < n; i++) {
      const s = syl[i] as QuerySyllable;
      if (!matches(s, t)) continue;
      hit = true;
      present[i] = true;
      if (i < n - 1 && matches(syl[i + 1] as QuerySyllable, words[j + 1]))
        pairCount[i] = (pairCount[i] ?? 0) + 1;
      if (i === 0 && n > 1 && !phrase) {
        let k = 1;
        while (k < n && matches(syl[k] as QuerySyllable, words[j + k])) k++;
        phrase = k === n;
      }
    }
    if (hit && wantExact) exact.add(exactKeyMemo(text.slice(starts[j], ends[j])));
  }
  return { present, pairCount, phrase, exact };
}

/**
 * Orders candidates (see the module comment) and drops those below the relevance floor.
 * `exactKeys` are the marked words of an accented query (exactKeysOf), or empty.
 */
export function rankCandidates(
  terms: SearchTerm[],
  exactKeys: string[],
  candidates: CandidateText[],
): Ranked[] {
  const syl = syllablesOf(terms);
  const n = syl.length;
  if (!n) return [];
  const facts = candidates.map((c) => {
    const byField = {} as Record<Field, FieldFacts>;
    for (const f of FIELDS) byField[f] = factsOf(c[f], syl, exactKeys.length > 0);
    return byField;
  });

  // Rarer pairs among the candidates weigh a little more (a pair across two words, such as
  // "tạo cán" in "đào tạo cán bộ", is found only where the whole phrase is).
  const pairDf = Array.from({ length: Math.max(0, n - 1) }, (_, i) =>
    facts.reduce((s, byField) => s + (FIELDS.some((f) => byField[f].pairCount[i]) ? 1 : 0), 0),
  );
  const N = candidates.length;
  const pairWeight = pairDf.map((df) => 1 + Math.log((N + 1) / (df + 1)) / 4);

  const ranked: Ranked[] = candidates.map((c, ci) => {
    const byField = facts[ci] as Record<Field, FieldFacts>;
    const covered = syl.map((_, i) =>
      n === 1
        ? FIELDS.some((f) => byField[f].present[0])
        : FIELDS.some(
            (f) => (byField[f].pairCount[i - 1] ?? 0) > 0 || (byField[f].pairCount[i] ?? 0) > 0,
          ),
    );
    const coverage = covered.filter(Boolean).length / n;
    let score = 0;
    for (const f of FIELDS) {
      const x = byField[f];
      let s = 0;
      x.pairCount.forEach((count, i) => {
        if (count) s += (pairWeight[i] ?? 1) * (1 + 0.3 * Math.log(Math.min(count, 4)));
      });
      s += 0.2 * x.present.filter(Boolean).length;
      if (x.phrase) s += n;
      if (n === 1 && x.present[0]) s += 1;
      score += WEIGHTS[f] * s;
    }
    let exact = 0;
    if (exactKeys.length)
      exact =
        exactKeys.filter((k) => FIELDS.some((f) => byField[f].exact.has(k))).length /
        exactKeys.length;
    return { id: c.id, coverage, exact, score, publishedAt: c.publishedAt };
  });

  const tier = (r: Ranked): number => (r.coverage >= 1 ? 2 : r.coverage >= MIN_COVERAGE ? 1 : 0);
  return ranked
    .filter((r) => n === 1 || tier(r) > 0)
    .sort(
      (a, b) =>
        tier(b) - tier(a) ||
        b.exact - a.exact ||
        b.score - a.score ||
        (a.publishedAt === b.publishedAt ? b.id - a.id : a.publishedAt < b.publishedAt ? 1 : -1),
    );
}
