import { describe, expect, it } from 'vitest';
import type { Role } from '../account/account.ts';
import type { ArticleStatus } from '../article/article.ts';
import {
  availableTransitions,
  canEditContent,
  canTransition,
  nextStatus,
  type Transition,
} from './workflow.ts';

const OWN = 5;
const OTHER = 9;
const person = (id: number, role: Role, sections = [OWN]) => ({
  id,
  role,
  sectionIds: sections,
  allSections: false,
  disabledAt: null,
});
const reporter = person(1, 'reporter');
const otherReporter = person(2, 'reporter');
const editor = person(3, 'editor');
const approver = person(4, 'approver');
const admin = person(5, 'admin');
const art = (status: ArticleStatus, sectionId = OWN, authorId = 1) => ({
  status,
  sectionId,
  authorId,
});

// [who, status, allowed transitions in their section]
const table: [string, ReturnType<typeof person>, ArticleStatus, Transition[]][] = [
  ['reporter (author)', reporter, 'draft', ['submit']],
  ['reporter (author)', reporter, 'review', []],
  ['reporter (author)', reporter, 'approval', []],
  ['reporter (author)', reporter, 'published', []],
  ['another reporter', otherReporter, 'draft', []],
  ['editor', editor, 'draft', ['submit']],
  ['editor', editor, 'review', ['forward', 'return']],
  ['editor', editor, 'approval', ['return']],
  ['editor', editor, 'published', []],
  ['approver', approver, 'draft', ['submit']],
  ['approver', approver, 'review', ['forward', 'return']],
  ['approver', approver, 'approval', ['return', 'publish', 'schedule']],
  ['approver', approver, 'scheduled', ['return', 'publish', 'unschedule', 'withdraw']],
  ['approver', approver, 'published', ['setUnpublish', 'correct', 'withdraw']],
  ['approver', approver, 'unpublished', ['withdraw']],
  ['approver', approver, 'withdrawn', []],
  ['admin', admin, 'draft', []],
  ['admin', admin, 'approval', []],
  ['admin', admin, 'published', []],
];

describe('workflow transitions by role and state (own section)', () => {
  for (const [name, who, status, allowed] of table) {
    it(`${name} on ${status}: ${allowed.join(', ') || 'nothing'}`, () => {
      expect(availableTransitions(who, art(status))).toEqual(allowed);
    });
    it(`${name} on ${status} in another section: nothing`, () => {
      expect(availableTransitions(who, art(status, OTHER))).toEqual([]);
    });
  }

  it('with all sections, an approver publishes anywhere', () => {
    expect(
      canTransition(
        { ...approver, allSections: true, sectionIds: [] },
        'publish',
        art('approval', OTHER),
      ),
    ).toBe(true);
  });

  it('moves states along the chain; "Trả lại" goes back one step', () => {
    expect(nextStatus('submit', 'draft')).toBe('review');
    expect(nextStatus('forward', 'review')).toBe('approval');
    expect(nextStatus('return', 'review')).toBe('draft');
    expect(nextStatus('return', 'approval')).toBe('review');
    expect(nextStatus('publish', 'approval')).toBe('published');
    expect(nextStatus('schedule', 'approval')).toBe('scheduled');
    expect(nextStatus('correct', 'published')).toBe('published');
    expect(nextStatus('withdraw', 'published')).toBe('withdrawn');
  });
});

describe('who may change content in each state', () => {
  it.each([
    [reporter, 'draft', true],
    [otherReporter, 'draft', false],
    [reporter, 'review', false],
    [editor, 'draft', true],
    [editor, 'review', true],
    [editor, 'approval', false],
    [approver, 'approval', true],
    [approver, 'published', true],
    [editor, 'published', false],
    [approver, 'withdrawn', false],
    [admin, 'draft', false],
  ] as const)('%#', (who, status, expected) => {
    expect(canEditContent(who, art(status))).toBe(expected);
  });
});
