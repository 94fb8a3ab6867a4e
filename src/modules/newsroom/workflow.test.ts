import { describe, expect, it } from 'vitest';
import type { Role } from '../account/account.ts';
import type { ArticleStatus } from '../article/article.ts';
import {
  availableTransitions,
  canEditContent,
  canFileIn,
  canHoldLock,
  canTransition,
  canView,
  nextStatus,
  refusedSections,
  RULES,
  TRANSITION_GROUPS,
  seesOthersDrafts,
  shareLinkWorks,
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

describe('who may open an article (editor page, preview, share link, revisions, actions)', () => {
  const outsider = person(6, 'reporter', [OTHER]);
  const otherApprover = person(7, 'approver', [OTHER]);
  const otherEditor = person(8, 'editor', [OTHER]);
  // [name, who, status, may open]
  it.each([
    ['the author', reporter, 'draft', true],
    ['another reporter of the section', otherReporter, 'draft', false],
    ['an editor of the section', editor, 'draft', true],
    ['an approver of the section', approver, 'draft', true],
    ['an approver of another section', otherApprover, 'draft', false],
    ['an editor of another section', otherEditor, 'draft', false],
    ['a reporter of another section', outsider, 'draft', false],
    ['the admin', admin, 'draft', false],
    ['another reporter of the section', otherReporter, 'review', true],
    ['another reporter of the section', otherReporter, 'published', true],
    ['a reporter of another section', outsider, 'review', false],
    ['an editor of another section', otherEditor, 'approval', false],
    ['an approver of another section (leadership report)', otherApprover, 'approval', true],
    ['the admin', admin, 'published', false],
  ] as const)('%s on %s: %s', (_name, who, status, expected) => {
    expect(canView(who, art(status))).toBe(expected);
  });

  it('a disabled author no longer opens their draft', () => {
    expect(canView({ ...reporter, disabledAt: new Date() }, art('draft'))).toBe(false);
  });

  it.each([
    [reporter, false],
    [editor, true],
    [approver, true],
    [admin, false],
  ] as const)('the queue shows others’ drafts %#', (who, expected) => {
    expect(seesOthersDrafts(who, OWN)).toBe(expected);
    expect(seesOthersDrafts(who, OTHER)).toBe(false);
  });
});

describe('who may hold the edit lock: whoever may edit the article in its state', () => {
  it.each([
    [reporter, 'draft', true],
    [otherReporter, 'draft', false],
    [reporter, 'review', false],
    [reporter, 'approval', false],
    [editor, 'review', true],
    [editor, 'approval', false],
    [editor, 'published', false],
    [approver, 'approval', true],
    [approver, 'scheduled', true],
    [approver, 'published', true],
    [approver, 'withdrawn', false],
    [approver, 'unpublished', false],
    [admin, 'draft', false],
  ] as const)('%#', (who, status, expected) => {
    expect(canHoldLock(who, art(status))).toBe(expected);
    expect(canHoldLock(who, art(status, OTHER))).toBe(false);
  });
});

describe('share links', () => {
  it.each([
    ['draft', true],
    ['review', true],
    ['approval', true],
    ['scheduled', true],
    ['published', true],
    ['unpublished', false],
    ['withdrawn', false],
  ] as const)('%s: %s', (status, expected) => {
    expect(shareLinkWorks({ status })).toBe(expected);
  });
});

describe('sections an article may be filed into (main and secondary)', () => {
  const both = person(10, 'editor', [OWN, OTHER]);
  it.each([
    ['reporter, main only', reporter, { sectionId: OWN, secondarySectionIds: [] }, undefined, []],
    [
      'reporter adds a secondary section they do not hold',
      reporter,
      { sectionId: OWN, secondarySectionIds: [OTHER] },
      undefined,
      [OTHER],
    ],
    [
      'reporter keeps a secondary section already on the article',
      reporter,
      { sectionId: OWN, secondarySectionIds: [OTHER] },
      { secondarySectionIds: [OTHER] },
      [],
    ],
    [
      'reporter files into another main section',
      reporter,
      { sectionId: OTHER, secondarySectionIds: [] },
      undefined,
      [OTHER],
    ],
    [
      'editor of both sections',
      both,
      { sectionId: OWN, secondarySectionIds: [OTHER] },
      undefined,
      [],
    ],
    [
      'admin (no content rights)',
      admin,
      { sectionId: OWN, secondarySectionIds: [] },
      undefined,
      [OWN],
    ],
  ] as const)('%s', (_name, who, next, before, expected) => {
    expect(
      refusedSections(
        who,
        { ...next, secondarySectionIds: [...next.secondarySectionIds] },
        before && { secondarySectionIds: [...before.secondarySectionIds] },
      ),
    ).toEqual(expected);
  });

  it('canFileIn follows create or edit rights in the section', () => {
    expect(canFileIn(reporter, OWN)).toBe(true);
    expect(canFileIn(reporter, OTHER)).toBe(false);
    expect(canFileIn(admin, OWN)).toBe(false);
  });
});

describe('the workflow panel groups', () => {
  it('put every transition in exactly one group, by intent', () => {
    const all = Object.keys(RULES) as Transition[];
    const placed = TRANSITION_GROUPS.flatMap((g) => g.members);
    expect([...placed].sort()).toEqual([...all].sort());
    const groupOf = (t: Transition) => TRANSITION_GROUPS.find((g) => g.members.includes(t))!.id;
    // "Trả lại" never sits with "Xuất bản"; the steps on a published article sit together.
    expect(groupOf('return')).not.toBe(groupOf('publish'));
    expect(groupOf('publish')).toBe(groupOf('schedule'));
    expect(
      new Set(['correct', 'setUnpublish', 'withdraw'].map((t) => groupOf(t as Transition))).size,
    ).toBe(1);
  });
});
