import type { Account } from '../account/account.ts';
import { can } from '../account/account.policy.ts';

/** Who asks: the account's rights on the site in scope. */
export type HubWho = Pick<Account, 'id' | 'role' | 'allSections' | 'sectionIds' | 'disabledAt'>;

/** The Ban biên tập (hub.manage): create and order hubs, choose their editors, edit any hub. */
export function canManageHubs(who: HubWho): boolean {
  return can(who, 'hub.manage');
}

/**
 * Whether `who` may edit one hub (its fields, accent and blocks): the Ban biên tập always; any
 * other newsroom account only while named among the hub's own editors. The system admin manages
 * people and settings, never content, so naming one as an editor grants nothing.
 */
export function canEditHub(who: HubWho, editorIds: readonly number[]): boolean {
  if (canManageHubs(who)) return true;
  return can(who, 'hub.edit') && editorIds.includes(who.id);
}

/** Whether an account may be named a hub's editor (a newsroom role on this site, enabled). */
export function mayBeHubEditor(
  a: Pick<Account, 'role' | 'allSections' | 'sectionIds' | 'disabledAt' | 'granted'>,
): boolean {
  return a.granted && can(a, 'hub.edit');
}
