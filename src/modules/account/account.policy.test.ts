import { describe, expect, it } from 'vitest';
import { can, canSomewhere, type Action } from './account.policy.ts';
import type { Role } from './account.ts';

const XAY_DUNG_DANG = 5;
const VAN_BAN = 9;

const person = (
  role: Role,
  sectionIds: number[] = [XAY_DUNG_DANG],
  extra: { allSections?: boolean; disabledAt?: Date | null } = {},
) => ({
  role,
  sectionIds,
  allSections: extra.allSections ?? false,
  disabledAt: extra.disabledAt ?? null,
});

// role × action → allowed in the person's own section (Xây dựng Đảng).
const table: [Action, Record<Role, boolean>][] = [
  ['article.create', { reporter: true, editor: true, approver: true, admin: false }],
  ['article.editOwn', { reporter: true, editor: true, approver: true, admin: false }],
  ['article.submit', { reporter: true, editor: true, approver: true, admin: false }],
  ['article.edit', { reporter: false, editor: true, approver: true, admin: false }],
  ['article.return', { reporter: false, editor: true, approver: true, admin: false }],
  ['article.forward', { reporter: false, editor: true, approver: true, admin: false }],
  ['article.publish', { reporter: false, editor: false, approver: true, admin: false }],
  ['article.schedule', { reporter: false, editor: false, approver: true, admin: false }],
  ['article.correct', { reporter: false, editor: false, approver: true, admin: false }],
  ['article.withdraw', { reporter: false, editor: false, approver: true, admin: false }],
  ['media.upload', { reporter: true, editor: true, approver: true, admin: false }],
  ['account.manage', { reporter: false, editor: false, approver: false, admin: true }],
  ['settings.manage', { reporter: false, editor: false, approver: false, admin: true }],
  ['audit.view', { reporter: false, editor: false, approver: true, admin: true }],
  ['stats.view', { reporter: false, editor: false, approver: true, admin: true }],
  ['report.view', { reporter: false, editor: false, approver: true, admin: false }],
  ['participation.handle', { reporter: false, editor: true, approver: true, admin: false }],
  ['participation.manage', { reporter: false, editor: false, approver: true, admin: true }],
  ['album.create', { reporter: true, editor: true, approver: true, admin: false }],
  ['album.edit', { reporter: false, editor: true, approver: true, admin: false }],
  ['album.return', { reporter: false, editor: true, approver: true, admin: false }],
  ['album.forward', { reporter: false, editor: true, approver: true, admin: false }],
  ['album.publish', { reporter: false, editor: false, approver: true, admin: false }],
  ['album.correct', { reporter: false, editor: false, approver: true, admin: false }],
  ['album.withdraw', { reporter: false, editor: false, approver: true, admin: false }],
  ['hub.manage', { reporter: false, editor: false, approver: true, admin: false }],
  ['hub.edit', { reporter: true, editor: true, approver: true, admin: false }],
];

const roles: Role[] = ['reporter', 'editor', 'approver', 'admin'];
const sectionActions = new Set<Action>([
  'article.create',
  'article.editOwn',
  'article.submit',
  'article.edit',
  'article.return',
  'article.forward',
  'article.publish',
  'article.schedule',
  'article.correct',
  'article.withdraw',
]);

describe('policy: role × action × section', () => {
  for (const [action, byRole] of table) {
    for (const role of roles) {
      const expected = byRole[role];
      it(`${role} ${expected ? 'may' : 'may not'} ${action} in their own section`, () => {
        expect(can(person(role), action, XAY_DUNG_DANG)).toBe(expected);
      });
      if (sectionActions.has(action)) {
        it(`${role} may not ${action} in a section they do not hold`, () => {
          expect(can(person(role), action, VAN_BAN)).toBe(false);
        });
        it(`${role} ${expected ? 'may' : 'may not'} ${action} anywhere with all sections`, () => {
          expect(can(person(role, [], { allSections: true }), action, VAN_BAN)).toBe(expected);
        });
        it(`${role} may not ${action} without naming a section`, () => {
          expect(can(person(role), action)).toBe(false);
        });
      }
    }
  }

  it('a reporter of Xây dựng Đảng cannot submit to Văn bản', () => {
    expect(can(person('reporter', [XAY_DUNG_DANG]), 'article.submit', VAN_BAN)).toBe(false);
  });

  it('separation of powers: the admin cannot publish, the approver cannot change settings', () => {
    expect(can(person('admin', [], { allSections: true }), 'article.publish', VAN_BAN)).toBe(false);
    expect(can(person('approver', [], { allSections: true }), 'settings.manage')).toBe(false);
    expect(can(person('approver', [], { allSections: true }), 'account.manage')).toBe(false);
  });

  it('a disabled account may do nothing', () => {
    for (const [action] of table) {
      expect(
        can(
          person('approver', [], { allSections: true, disabledAt: new Date() }),
          action,
          XAY_DUNG_DANG,
        ),
      ).toBe(false);
      expect(can(person('admin', [], { disabledAt: new Date() }), action, XAY_DUNG_DANG)).toBe(
        false,
      );
    }
  });

  it('canSomewhere needs at least one section for section actions', () => {
    expect(canSomewhere(person('reporter', []), 'article.create')).toBe(false);
    expect(canSomewhere(person('reporter', [1]), 'article.create')).toBe(true);
    expect(canSomewhere(person('admin', []), 'account.manage')).toBe(true);
  });
});
