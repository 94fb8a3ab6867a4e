import type { Context } from 'hono';
import { requireStaff } from '../../http/admin-guard.ts';
import type { AppEnv, Staff } from '../../http/env.ts';
import { Forbidden } from '../../http/errors.ts';
import type { Said } from '../../lib/messages.ts';
import { can, type Action } from './account.policy.ts';

/** The staff member, if allowed to do `action` (in `sectionId` for section actions); else 403. */
export function requireCan(
  c: Context<AppEnv>,
  action: Action,
  opts: { sectionId?: number; message?: Said | string } = {},
): Staff {
  const staff = requireStaff(c);
  if (!can(staff.account, action, opts.sectionId)) throw new Forbidden(opts.message);
  return staff;
}
