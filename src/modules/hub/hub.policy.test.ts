import { describe, expect, it } from 'vitest';
import type { Role } from '../account/account.ts';
import { canEditHub, canManageHubs, mayBeHubEditor } from './hub.policy.ts';

const who = (id: number, role: Role, disabled = false) => ({
  id,
  role,
  allSections: false,
  sectionIds: [],
  disabledAt: disabled ? new Date(0) : null,
});

describe('hub policy (roles × actions)', () => {
  const table: [Role, boolean, boolean, boolean][] = [
    // role, manage, edit when named, edit when not named
    ['reporter', false, true, false],
    ['editor', false, true, false],
    ['approver', true, true, true],
    ['admin', false, false, false],
  ];
  it.each(table)('%s: manage %s, named %s, not named %s', (role, manage, named, other) => {
    expect(canManageHubs(who(7, role))).toBe(manage);
    expect(canEditHub(who(7, role), [7])).toBe(named);
    expect(canEditHub(who(7, role), [8, 9])).toBe(other);
  });
  it('a disabled account edits nothing, named or not', () => {
    for (const role of ['reporter', 'editor', 'approver', 'admin'] as const)
      expect(canEditHub(who(7, role, true), [7])).toBe(false);
  });
  it('only newsroom accounts granted on this site may be named', () => {
    expect(mayBeHubEditor({ ...who(1, 'editor'), granted: true })).toBe(true);
    expect(mayBeHubEditor({ ...who(1, 'editor'), granted: false })).toBe(false);
    expect(mayBeHubEditor({ ...who(1, 'admin'), granted: true })).toBe(false);
    expect(mayBeHubEditor({ ...who(1, 'reporter', true), granted: true })).toBe(false);
  });
});
