import { describe, expect, it } from 'vitest';
import type { Role } from '../account/account.ts';
import { albumTransitions, canEditAlbum, canViewAlbum, nextAlbumStatus } from './album.workflow.ts';
import { parseAlbumSegment, parseTags, publishProblems } from './album.ts';

const who = (role: Role, id = 1) => ({
  id,
  role,
  allSections: false,
  sectionIds: [],
  disabledAt: null,
});

describe('album workflow', () => {
  it('follows draft → review → approval → published → withdrawn by role', () => {
    expect(albumTransitions(who('reporter'), { status: 'draft', authorId: 1 })).toEqual(['submit']);
    expect(albumTransitions(who('reporter'), { status: 'draft', authorId: 2 })).toEqual([]);
    expect(albumTransitions(who('editor'), { status: 'review', authorId: 2 })).toEqual([
      'forward',
      'return',
    ]);
    expect(albumTransitions(who('editor'), { status: 'approval', authorId: 2 })).toEqual([
      'return',
    ]);
    expect(albumTransitions(who('approver'), { status: 'approval', authorId: 2 })).toEqual([
      'return',
      'publish',
    ]);
    expect(albumTransitions(who('approver'), { status: 'published', authorId: 2 })).toEqual([
      'correct',
      'withdraw',
    ]);
    expect(albumTransitions(who('admin'), { status: 'approval', authorId: 2 })).toEqual([]);
    expect(albumTransitions(who('approver'), { status: 'withdrawn', authorId: 2 })).toEqual([]);
  });

  it('sends a returned album back one step', () => {
    expect(nextAlbumStatus('return', 'review')).toBe('draft');
    expect(nextAlbumStatus('return', 'approval')).toBe('review');
    expect(nextAlbumStatus('correct', 'published')).toBe('published');
  });

  it('keeps a draft private to its author and editors; nobody edits a withdrawn album', () => {
    expect(canViewAlbum(who('reporter', 3), { status: 'draft', authorId: 2 })).toBe(false);
    expect(canViewAlbum(who('editor', 3), { status: 'draft', authorId: 2 })).toBe(true);
    expect(canEditAlbum(who('reporter', 2), { status: 'review', authorId: 2 })).toBe(false);
    expect(canEditAlbum(who('approver'), { status: 'withdrawn', authorId: 2 })).toBe(false);
    expect(canViewAlbum(who('admin'), { status: 'published', authorId: 2 })).toBe(false);
  });
});

describe('album helpers', () => {
  it('parses addresses, tags and publication problems', () => {
    expect(parseAlbumSegment('le-hoi-hoa-ban-12')).toEqual({ slug: 'le-hoi-hoa-ban', id: 12 });
    expect(parseAlbumSegment('12')).toEqual({ slug: '', id: 12 });
    expect(parseAlbumSegment('abc')).toBeUndefined();
    expect(parseAlbumSegment('x-0')).toBeUndefined();
    expect(parseAlbumSegment('x-99999999999')).toBeUndefined();
    expect(parseTags(' Hoa ban,hoa ban, Điện Biên ,, ')).toEqual(['Hoa ban', 'Điện Biên']);
    expect(publishProblems([])).toHaveLength(1);
    expect(publishProblems([{ alt: 'x' }, { alt: ' ' }])[0]).toContain('1 ảnh');
    expect(publishProblems([{ alt: 'x' }])).toEqual([]);
  });
});
