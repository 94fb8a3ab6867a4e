import { fold } from '../../lib/text.ts';
import { exactKey } from './search-rank.ts';

/**
 * "Có phải bạn muốn tìm": corrections for queries that found nothing, from the vocabulary of
 * the site's own headlines (title, lead, tags of the newest public articles). Everything is
 * compared folded (no marks, đ → d), and a correction is shown in the spelling the site uses
 * most ("muong phnag" → "mường phăng").
 *
 * What it mends: telex typed without an input method ("ddaof taoj" → đào tạo), a missing space
 * ("canbo" → cán bộ), a slip of one or two letters ("phnag", "dangg", "chin tri" → chính trị).
 * Among the possible corrections it prefers those whose adjacent words are found together in
 * the headlines (so "chin tri" becomes "chinh tri", a word, though "chín" exists too).
 */
export class Vocabulary {
  /** Folded syllable → number of headline fields holding it. */
  readonly words = new Map<string, number>();
  /** "a b" (folded) → number of times the two syllables follow each other. */
  readonly pairs = new Map<string, number>();
  /** Folded syllable or pair → its spellings as written (lower case) and how often. */
  private readonly spellings = new Map<string, Map<string, number>>();
  /** Syllables by length, for edit-distance candidates. */
  private byLength: string[][] = [];

  /** Builds the vocabulary from headline texts. */
  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      const raw = text
        .normalize('NFC')
        .split(/[^\p{L}\p{M}\p{N}]+/u)
        .filter(Boolean);
      const folded = raw.map((w) => fold(w));
      const seen = new Set<string>();
      folded.forEach((w, i) => {
        if (!seen.has(w)) this.words.set(w, (this.words.get(w) ?? 0) + 1);
        seen.add(w);
        this.spell(w, (raw[i] as string).toLowerCase());
        const next = folded[i + 1];
        if (next !== undefined) {
          const key = `${w} ${next}`;
          this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
          this.spell(key, `${raw[i] as string} ${raw[i + 1] as string}`.toLowerCase());
        }
      });
    }
    for (const w of this.words.keys()) (this.byLength[w.length] ??= []).push(w);
  }

  private spell(key: string, written: string): void {
    let m = this.spellings.get(key);
    if (!m) this.spellings.set(key, (m = new Map<string, number>()));
    // Old and new tone placement ("hoà", "hòa") count as one spelling; keep the first seen.
    const k = [...m.keys()].find((s) => exactKey(s) === exactKey(written)) ?? written;
    m.set(k, (m.get(k) ?? 0) + 1);
  }

  /** The most used spelling of a folded syllable or pair ("dao tao" → "đào tạo"). */
  spelling(key: string): string | undefined {
    const m = this.spellings.get(key);
    if (!m) return undefined;
    return [...m].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  /** Syllables within `max` edits (letters swapped, added, dropped or changed) of `w`. */
  near(w: string, max: number): { w: string; d: number }[] {
    const out: { w: string; d: number }[] = [];
    for (let len = Math.max(1, w.length - max); len <= w.length + max; len++)
      for (const v of this.byLength[len] ?? []) {
        const d = editDistance(w, v, max);
        if (d <= max && v !== w) out.push({ w: v, d });
      }
    return out;
  }

  /** A folded text shown in the site's spelling, pair by pair where the pair is known. */
  display(words: string[]): string {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const next = words[i + 1];
      const pair = next !== undefined ? this.spelling(`${w} ${next}`) : undefined;
      if (pair) {
        out.push(pair);
        i++;
      } else out.push(this.spelling(w) ?? w);
    }
    return out.join(' ');
  }
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent swaps), or max + 1 as soon as
 * it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/**
 * A word typed in telex without an input method, folded: "ddaof" → "dao", "booj" → "bo",
 * "truwowngf" → "truong". Returns the word unchanged when it does not look like telex.
 */
export function telexFold(w: string): string {
  let s = w;
  if (s.length > 2 && /^[a-z]*[aeiouyw][a-z]*[sfrxj]$/.test(s)) s = s.slice(0, -1);
  return s
    .replace(/dd/g, 'd')
    .replace(/aa|aw/g, 'a')
    .replace(/ee/g, 'e')
    .replace(/oo|ow/g, 'o')
    .replace(/uw/g, 'u')
    .replace(/w/g, 'u');
}

interface Choice {
  words: string[];
  cost: number;
  /** Whether this reading changes letters (an edit or a split, not telex). */
  edit?: boolean;
}

/** The ways to read one typed word: itself, telex, a near word, or two words run together. */
function choicesFor(w: string, vocab: Vocabulary): Choice[] {
  const out: Choice[] = [];
  const known = (x: string) => vocab.words.has(x);
  if (known(w)) out.push({ words: [w], cost: 0 });
  if (!/^[a-z]+$/.test(w)) return out.length ? out : [{ words: [w], cost: 0 }];
  const t = telexFold(w);
  if (t !== w && known(t)) out.push({ words: [t], cost: 0.3 });
  if (w.length >= 2) {
    const max = w.length >= 6 ? 2 : 1;
    const near = vocab
      .near(w, max)
      .sort((a, b) => a.d - b.d || (vocab.words.get(b.w) ?? 0) - (vocab.words.get(a.w) ?? 0))
      .slice(0, 12);
    for (const n of near) out.push({ words: [n.w], cost: n.d, edit: true });
  }
  for (let i = 1; w.length >= 4 && i < w.length; i++) {
    const [a, b] = [w.slice(0, i), w.slice(i)];
    if (a.length > 1 && b.length > 1 && vocab.pairs.has(`${a} ${b}`))
      out.push({ words: [a, b], cost: 1, edit: true });
  }
  // An unknown word nobody can mend stays as typed (the correction then fails on it).
  return out.length ? out : [{ words: [w], cost: 0 }];
}

interface Path {
  words: string[];
  score: number;
  edits: number;
}

/**
 * Up to `limit` corrected readings of a query's folded words, best first, each different from
 * what was typed; empty when nothing better is found.
 */
export function corrections(typed: string[], vocab: Vocabulary, limit = 3): string[][] {
  if (!typed.length || typed.length > 12 || !vocab.words.size) return [];
  const uni = (w: string) => Math.log(1 + (vocab.words.get(w) ?? 0));
  const bi = (a: string, b: string) => Math.log(1 + (vocab.pairs.get(`${a} ${b}`) ?? 0));
  // A reader mistypes a word or two, not most of them.
  const maxEdits = Math.max(1, Math.floor(typed.length / 3));
  let beam: Path[] = [{ words: [], score: 0, edits: 0 }];
  for (const w of typed) {
    const next: Path[] = [];
    for (const p of beam)
      for (const c of choicesFor(w, vocab)) {
        const edits = p.edits + (c.edit ? 1 : 0);
        if (edits > maxEdits) continue;
        let score = p.score - 3 * c.cost;
        let prev = p.words[p.words.length - 1];
        for (const x of c.words) {
          score += 0.15 * uni(x) + (vocab.words.has(x) ? 0 : -5);
          if (prev !== undefined) score += 2 * bi(prev, x);
          prev = x;
        }
        next.push({ words: [...p.words, ...c.words], score, edits });
      }
    beam = next.sort((a, b) => b.score - a.score).slice(0, 20);
  }
  const original = typed.join(' ');
  const seen = new Set<string>([original]);
  const out: string[][] = [];
  const best = beam.find((p) => p.words.every((x) => vocab.words.has(x)))?.score ?? 0;
  // What was typed, read as it is: a correction must be clearly more likely than that.
  const asTyped = beam.find((p) => p.words.join(' ') === original)?.score ?? -Infinity;
  for (const p of beam) {
    const key = p.words.join(' ');
    if (seen.has(key) || p.words.some((x) => !vocab.words.has(x))) continue;
    // Alternatives only when nearly as likely as the best reading.
    if (p.score < best - 3 || p.score < asTyped + 1) break;
    seen.add(key);
    out.push(p.words);
    if (out.length === limit) break;
  }
  return out;
}
