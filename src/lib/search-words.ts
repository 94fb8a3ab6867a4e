import { fold } from './text.ts';

/**
 * The words an article field is indexed by for syllable-aware search (SQLite function
 * `search_pairs`, registered by db/connect.ts; PostgreSQL builds the same in SQL, see the
 * migration 2026-12-08T0540-search-pairs): the field's syllables, folded (no tone or vowel
 * marks, đ → d, lower case), then every pair of adjacent syllables joined by "_"
 * ("Đào tạo cán bộ" → "dao tao can bo dao_tao tao_can can_bo"). Words are split where the
 * query is split (modules/search/search.ts): on anything but letters and digits. A pair is
 * one token, so "some pair of the query is intact" is looked up, with no positions to check.
 */
export function searchPairs(text: string): string {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const pairs = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  return [...words, ...pairs].join(' ');
}
