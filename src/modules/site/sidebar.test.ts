import { describe, expect, it } from 'vitest';
import { blocksFor, normalizeSidebar, pageTypeOf } from './sidebar.ts';

describe('sidebar layout', () => {
  it('defaults to every block on every page type', () => {
    const l = normalizeSidebar(undefined);
    expect(blocksFor(l, 'article')).toEqual([
      'map',
      'banners',
      'mostRead',
      'links',
      'stats',
      'schedule',
      'documents',
      'poll',
    ]);
  });

  it('keeps the stored order, drops unknown ids and duplicates, appends blocks it does not mention', () => {
    const l = normalizeSidebar({
      blocks: [
        { id: 'stats', pages: ['home', 'bogus'] },
        { id: 'nope', pages: ['home'] },
        { id: 'map', pages: [] },
        { id: 'stats', pages: ['article'] },
      ],
    });
    expect(l.blocks.map((b) => b.id)).toEqual([
      'stats',
      'map',
      'banners',
      'mostRead',
      'links',
      'schedule',
      'documents',
      'poll',
    ]);
    expect(blocksFor(l, 'home')).toEqual([
      'stats',
      'banners',
      'mostRead',
      'links',
      'schedule',
      'documents',
      'poll',
    ]);
    expect(blocksFor(l, 'article')).toEqual([
      'banners',
      'mostRead',
      'links',
      'schedule',
      'documents',
      'poll',
    ]);
  });

  it('tells page types from the path and the sections', () => {
    const sections = [
      { slug: 'tin-trong-tinh', kind: 'articles' as const },
      { slug: 'gioi-thieu', kind: 'pages' as const },
    ];
    expect(pageTypeOf('/', sections)).toBe('home');
    expect(pageTypeOf('/tin-trong-tinh', sections)).toBe('section');
    expect(pageTypeOf('/tin-trong-tinh/hoi-thao-12', sections)).toBe('article');
    expect(pageTypeOf('/gioi-thieu/lich-su-dang-bo', sections)).toBe('page');
    expect(pageTypeOf('/ban-do', sections)).toBe('other');
    expect(pageTypeOf('/ban-do/xa-muong-nhe-03160', sections)).toBe('other');
  });
});
