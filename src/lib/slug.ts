import { fold } from './text.ts';

/**
 * Makes a URL slug from a Vietnamese title: tones stripped, đ → d, lower case, words joined
 * by "-", at most `max` characters cut on a word boundary. Never empty ("bai-viet" fallback).
 */
export function slugify(title: string, max = 90): string {
  const base = fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let s = base;
  if (s.length > max) {
    s = s.slice(0, max);
    const dash = s.lastIndexOf('-');
    if (dash > max / 2) s = s.slice(0, dash);
  }
  return s || 'bai-viet';
}
