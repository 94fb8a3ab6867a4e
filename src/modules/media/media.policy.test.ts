import { describe, expect, it } from 'vitest';
import type { Account, Role } from '../account/account.ts';
import { canEditMedia, canUseLibrary } from './media.policy.ts';

const who = (id: number, role: Role, extra: Partial<Account> = {}) => ({
  id,
  role,
  allSections: false,
  sectionIds: [1],
  disabledAt: null,
  ...extra,
});
const mine = { uploader: { id: 7, name: 'Lò Minh Thùy' } };
const theirs = { uploader: { id: 8, name: 'Phạm Thu Hà' } };
const seeded = { uploader: null };

describe('media policy', () => {
  it.each([
    ['reporter', true],
    ['editor', true],
    ['approver', true],
    ['admin', false],
  ] as const)('%s may use the library: %s', (role, expected) => {
    expect(canUseLibrary(who(7, role))).toBe(expected);
  });

  it.each([
    ['reporter', mine, true],
    ['reporter', theirs, false],
    ['reporter', seeded, false],
    ['editor', theirs, true],
    ['editor', seeded, true],
    ['approver', theirs, true],
    ['admin', mine, false],
  ] as const)('%s editing an item (%j): %s', (role, item, expected) => {
    expect(canEditMedia(who(7, role), item)).toBe(expected);
  });

  it('refuses a disabled account and an editor without sections', () => {
    expect(canUseLibrary(who(7, 'reporter', { disabledAt: new Date() }))).toBe(false);
    expect(canEditMedia(who(7, 'editor', { sectionIds: [] }), theirs)).toBe(false);
    expect(canEditMedia(who(7, 'editor', { sectionIds: [] }), mine)).toBe(true);
  });
});
