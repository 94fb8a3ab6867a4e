import { MARK_END, MARK_START } from '../../lib/html-text.ts';
import { fold, nfc } from '../../lib/text.ts';

/**
 * One term of a query: a single word, or a phrase (several words that must follow each other).
 * Words are folded (lower case, no tone or vowel marks, đ → d), exactly like the index.
 * With `prefix`, the last word also matches longer words ("d" matches "đào", "dân", "Điện").
 */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

/** At most this many matches are ranked and counted ("more than 1,000" beyond). */
export const MAX_RESULTS = 1000;

/** At most this many terms are used; the rest of a very long query is ignored. */
const MAX_TERMS = 12;
/** Words longer than this are cut (nothing Vietnamese is this long; guards the index). */
const MAX_WORD = 40;

/** Splits folded text into index words: runs of letters and digits, as both indexes tokenise. */
function wordsOf(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.slice(0, MAX_WORD));
}

/**
 * Parses what a reader typed into search terms. Every term must match (AND).
 * - `"đào tạo cán bộ"` (straight or curly quotes) is a phrase;
 * - a trailing `*` makes the last word a prefix: `chuyen d*`, `"boi d"*`, `"boi d*"`;
 * - a word that folds into several (`09-QC/TW`, `COVID-19`) is a phrase of its parts;
 * - case, tone marks, old/new tone placement ("hòa"/"hoà"), đ/Đ and NFC/NFD do not matter.
 */
export function parseQuery(input: string): SearchTerm[] {
  const s = nfc(input).replace(/[“”„‟″]/g, '"');
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  for (const m of s.matchAll(/"([^"]*)"?(\*?)|([^\s"]+)/g)) {
    const raw = m[1] ?? m[3] ?? '';
    const prefix = m[2] === '*' || /\*\s*$/.test(raw);
    const words = wordsOf(raw);
    if (!words.length) continue;
    const key = `${words.join(' ')}${prefix ? '*' : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ words, prefix });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** A run of text, highlighted (`hit`) when it is a matched word. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** Splits index output with U+E000/U+E001 around matched words into segments (no HTML involved). */
export function segmentsOf(marked: string): Segment[] {
  const out: Segment[] = [];
  for (const part of marked.split(MARK_START)) {
    const end = part.indexOf(MARK_END);
    const [hit, rest] = end < 0 ? ['', part] : [part.slice(0, end), part.slice(end + 1)];
    if (hit) out.push({ text: hit.replaceAll(MARK_END, ''), hit: true });
    if (rest) out.push({ text: rest.replaceAll(MARK_END, ''), hit: false });
  }
  return out;
}

/** Whether a marked string has at least one highlighted word. */
function hasMark(marked: string): boolean {
  return marked.includes(MARK_START);
}

/** The snippet to show: the first candidate with a highlighted word, else the fallback text. */
export function chooseSnippet(candidates: (string | null | undefined)[], fallback: string): string {
  return candidates.find((c): c is string => !!c && hasMark(c)) ?? fallback;
}
