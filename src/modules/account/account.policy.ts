import { isSystemAdmin, type Account, type Role } from './account.ts';

/** Everything the back office lets someone do. */
export type Action =
  | 'article.create'
  | 'article.editOwn'
  | 'article.submit'
  | 'article.edit'
  | 'article.return'
  | 'article.forward'
  | 'article.publish'
  | 'article.schedule'
  | 'article.correct'
  | 'article.withdraw'
  | 'media.upload'
  | 'account.manage'
  | 'settings.manage'
  | 'audit.view'
  | 'stats.view'
  | 'report.view'
  // Liên hệ – góp ý, Hỏi đáp: handling readers' messages; managing units, retention, requests.
  | 'participation.handle'
  | 'participation.manage'
  | 'poll.manage'
  // Cơ cấu tổ chức and Lịch công tác (modules/organisation, modules/schedule): site-wide.
  | 'organisation.manage'
  | 'schedule.draft'
  | 'schedule.approve'
  // Photo albums and videos (modules/album, modules/video): the article workflow, without sections.
  | 'album.create'
  | 'album.edit'
  | 'album.return'
  | 'album.forward'
  | 'album.publish'
  | 'album.correct'
  | 'album.withdraw'
  // Chuyên đề (modules/hub): create, edit, order and archive the campaign pages.
  | 'hub.manage'
  // Edit a hub one is named an editor of (hub.policy.ts checks the hub's own list).
  | 'hub.edit'
  // Văn bản (the document registry, modules/document): not per section.
  | 'document.create'
  | 'document.submit'
  | 'document.edit'
  | 'document.approve'
  | 'document.publish'
  | 'document.correct'
  | 'document.withdraw'
  | 'document.lists';

/** Actions that apply to one section and need the account to hold it. */
const SECTION_ACTIONS = new Set<Action>([
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

const REPORTER: Action[] = [
  'article.create',
  'article.editOwn',
  'article.submit',
  'media.upload',
  'album.create',
  'document.create',
  'document.submit',
  'hub.edit',
];
const EDITOR: Action[] = [
  ...REPORTER,
  'article.edit',
  'article.return',
  'article.forward',
  'participation.handle',
  // The office keeps the directory and drafts the week; an approver publishes it.
  'organisation.manage',
  'schedule.draft',
  'album.edit',
  'album.return',
  'album.forward',
  'document.edit',
  'document.approve',
];
const APPROVER: Action[] = [
  ...EDITOR,
  'album.publish',
  'album.correct',
  'album.withdraw',
  'hub.manage',
  'article.publish',
  'article.schedule',
  'article.correct',
  'article.withdraw',
  'audit.view',
  'stats.view',
  'report.view',
  'participation.manage',
  'poll.manage',
  'schedule.approve',
  'document.publish',
  'document.correct',
  'document.withdraw',
  'document.lists',
];
// Separation of powers: the system admin manages people and settings, never content.
const ADMIN: Action[] = [
  'account.manage',
  'settings.manage',
  'audit.view',
  'stats.view',
  'participation.manage',
];

const RIGHTS: Record<Role, ReadonlySet<Action>> = {
  reporter: new Set(REPORTER),
  editor: new Set(EDITOR),
  approver: new Set(APPROVER),
  admin: new Set(ADMIN),
};

/** Whether an action needs a section to be judged. */
export function isSectionAction(action: Action): boolean {
  return SECTION_ACTIONS.has(action);
}

/**
 * The one authorisation rule: may `who` do `action` (in `sectionId`, for section actions)?
 * Disabled accounts may do nothing. A section action without a section is refused.
 */
export function can(
  who: Pick<Account, 'role' | 'allSections' | 'sectionIds' | 'disabledAt'>,
  action: Action,
  sectionId?: number,
): boolean {
  if (who.disabledAt) return false;
  if (!RIGHTS[who.role].has(action)) return false;
  if (!SECTION_ACTIONS.has(action)) return true;
  if (sectionId === undefined) return false;
  return who.allSections || who.sectionIds.includes(sectionId);
}

/** Whether `who` may do `action` in at least one section (for showing menus). */
export function canSomewhere(
  who: Pick<Account, 'role' | 'allSections' | 'sectionIds' | 'disabledAt'>,
  action: Action,
): boolean {
  if (!isSectionAction(action)) return can(who, action);
  return (
    !who.disabledAt &&
    RIGHTS[who.role].has(action) &&
    (who.allSections || who.sectionIds.length > 0)
  );
}

/**
 * Whether `manager` (as working on `siteId`) may change the account `target`: a system admin
 * may change any account; a site's admin only the accounts that work on that site alone (an
 * account that also holds a role on another site, or a system admin, is the province's).
 */
export function mayManageAccount(
  manager: Pick<Account, 'role' | 'allSections' | 'sectionIds' | 'disabledAt' | 'grants'>,
  target: Pick<Account, 'grants'>,
  siteId: number,
): boolean {
  if (!can(manager, 'account.manage')) return false;
  if (isSystemAdmin(manager)) return true;
  if (isSystemAdmin(target)) return false;
  return target.grants.length > 0 && target.grants.every((g) => g.siteId === siteId);
}
