import { can, canSomewhere } from '../account/account.policy.ts';
import type { Account } from '../account/account.ts';
import type { Media } from './media.ts';

type Who = Pick<Account, 'id' | 'role' | 'allSections' | 'sectionIds' | 'disabledAt'>;

/** Whether someone may browse the library and upload to it (the newsroom, not the system admin). */
export function canUseLibrary(who: Who): boolean {
  return can(who, 'media.upload');
}

/**
 * Whether someone may change an item's caption, credit and alt: its uploader, or anyone who
 * edits articles somewhere (editors and approvers), since those texts appear in their pages.
 */
export function canEditMedia(who: Who, m: Pick<Media, 'uploader'>): boolean {
  if (!canUseLibrary(who)) return false;
  return m.uploader?.id === who.id || canSomewhere(who, 'article.edit');
}
