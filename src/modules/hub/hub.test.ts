import { describe, expect, it } from 'vitest';
import { timeline } from './hub.ts';

describe('hub timeline', () => {
  it('merges articles and albums newest first, undated last', () => {
    const e = (title: string, at: string | null, kind: 'article' | 'album' = 'article') => ({
      kind,
      title,
      href: `/${title}`,
      at: at ? new Date(at) : null,
    });
    const merged = timeline(
      [e('a1', '2026-10-16'), e('a2', '2026-10-14')],
      [e('b1', '2026-10-15', 'album'), e('b2', null, 'album')],
    );
    expect(merged.map((x) => x.title)).toEqual(['a1', 'b1', 'a2', 'b2']);
  });
});
