import { can, type Action } from '../account/account.policy.ts';
import type { Account } from '../account/account.ts';
import type { ArticleStatus } from '../article/article.ts';

/** A workflow step someone can take on an article. */
export type Transition =
  | 'submit'
  | 'forward'
  | 'return'
  | 'publish'
  | 'schedule'
  | 'unschedule'
  | 'setUnpublish'
  | 'correct'
  | 'withdraw';

/** Button labels of the transitions. */
export const TRANSITION_LABELS: Record<Transition, string> = {
  submit: 'Gửi biên tập',
  forward: 'Chuyển duyệt',
  return: 'Trả lại',
  publish: 'Xuất bản',
  schedule: 'Hẹn giờ đăng',
  unschedule: 'Hủy hẹn giờ',
  setUnpublish: 'Hẹn giờ gỡ',
  correct: 'Đính chính',
  withdraw: 'Gỡ bài',
};

interface Rule {
  from: ArticleStatus[];
  to: ArticleStatus | 'same';
  action: Action;
  /** Only the article's own author (or holders of article.edit) may take it. */
  ownOrEdit?: boolean;
  /** A note (reason) must be given. */
  note?: boolean;
}

/** The transition table (PRODUCT.md §3). Rights are per role and per section (the policy). */
export const RULES: Record<Transition, Rule> = {
  submit: { from: ['draft'], to: 'review', action: 'article.submit', ownOrEdit: true },
  forward: { from: ['review'], to: 'approval', action: 'article.forward' },
  return: {
    from: ['review', 'approval', 'scheduled'],
    to: 'same',
    action: 'article.return',
    note: true,
  },
  publish: { from: ['approval', 'scheduled'], to: 'published', action: 'article.publish' },
  schedule: { from: ['approval'], to: 'scheduled', action: 'article.schedule' },
  unschedule: { from: ['scheduled'], to: 'approval', action: 'article.schedule' },
  setUnpublish: { from: ['published'], to: 'published', action: 'article.schedule' },
  correct: { from: ['published'], to: 'published', action: 'article.correct', note: true },
  withdraw: {
    from: ['published', 'scheduled', 'unpublished'],
    to: 'withdrawn',
    action: 'article.withdraw',
    note: true,
  },
};

/** Where "Trả lại" sends an article: back one step. */
export function returnTarget(from: ArticleStatus): ArticleStatus {
  return from === 'review' ? 'draft' : 'review';
}

/** The state after a transition. */
export function nextStatus(t: Transition, from: ArticleStatus): ArticleStatus {
  const to = RULES[t].to;
  if (t === 'return') return returnTarget(from);
  return to === 'same' ? from : to;
}

type Who = Pick<Account, 'id' | 'role' | 'allSections' | 'sectionIds' | 'disabledAt'>;
type What = { status: ArticleStatus; sectionId: number; authorId: number | null };

/** Whether `who` may take transition `t` on `article` now. */
export function canTransition(who: Who, t: Transition, article: What): boolean {
  const rule = RULES[t];
  if (!rule.from.includes(article.status)) return false;
  if (!can(who, rule.action, article.sectionId)) return false;
  if (rule.ownOrEdit && article.authorId !== who.id && !can(who, 'article.edit', article.sectionId))
    return false;
  return true;
}

/** Every transition `who` may take on `article`, in button order. */
export function availableTransitions(who: Who, article: What): Transition[] {
  return (Object.keys(RULES) as Transition[]).filter((t) => canTransition(who, t, article));
}

/** Whether a transition needs a note. */
/**
 * The workflow panel's groups, by what the person means to do; each says who will see what.
 * Every transition is in exactly one group.
 */
export const TRANSITION_GROUPS: readonly {
  id: string;
  title: string;
  hint: string;
  members: readonly Transition[];
}[] = [
  {
    id: 'forward',
    title: 'Chuyển bài',
    hint: 'Bài sang khâu tiếp theo của quy trình; bạn đọc chưa thấy bài.',
    members: ['submit', 'forward'],
  },
  {
    id: 'return',
    title: 'Trả lại kèm ghi chú',
    hint: 'Bài về khâu trước; người nhận thấy ghi chú trên bảng điều khiển. Bạn đọc không thấy ghi chú.',
    members: ['return'],
  },
  {
    id: 'publish',
    title: 'Đăng bài',
    hint: '“Xuất bản” đưa bài đến bạn đọc ngay; “Hẹn giờ đăng” đưa bài đến bạn đọc vào thời điểm đã chọn.',
    members: ['publish', 'schedule', 'unschedule'],
  },
  {
    id: 'after',
    title: 'Bài đã đăng: đính chính, gỡ bài',
    hint: 'Nội dung đính chính và lý do gỡ bài được công bố cho bạn đọc.',
    members: ['correct', 'setUnpublish', 'withdraw'],
  },
];

export function needsNote(t: Transition): boolean {
  return RULES[t].note === true;
}

/**
 * Whether `who` may change the content of `article` in its current state: the author while it
 * is a draft; editors while it waits for editing; approvers up to publication (after that only
 * through a correction); nobody once withdrawn.
 */
export function canEditContent(who: Who, article: What): boolean {
  switch (article.status) {
    case 'draft':
      return (
        (article.authorId === who.id && can(who, 'article.editOwn', article.sectionId)) ||
        can(who, 'article.edit', article.sectionId)
      );
    case 'review':
      return can(who, 'article.edit', article.sectionId);
    case 'approval':
    case 'scheduled':
      return can(who, 'article.publish', article.sectionId);
    case 'published':
      return can(who, 'article.correct', article.sectionId);
    default:
      return false;
  }
}

/**
 * Whether `who` may open `article` in the back office: the editor page, the preview (which mints
 * a share link), revisions, diffs, and every action route. A draft is private to its author
 * until submitted; the section's editors and approvers may open it too. Other states: anyone
 * working in the section, and those who read the leadership report.
 */
export function canView(who: Who, article: What): boolean {
  const s = article.sectionId;
  if (article.status === 'draft')
    return (
      (article.authorId === who.id && can(who, 'article.editOwn', s)) || can(who, 'article.edit', s)
    );
  return can(who, 'article.editOwn', s) || can(who, 'report.view');
}

/** Whether the drafts of others in `sectionId` are open to `who` (the queue's filter of canView). */
export function seesOthersDrafts(who: Who, sectionId: number): boolean {
  return can(who, 'article.edit', sectionId);
}

/**
 * Whether `who` may take (or take over, or renew) the edit lock of `article`: only someone who
 * may change its content in its current state.
 */
export function canHoldLock(who: Who, article: What): boolean {
  return canEditContent(who, article);
}

/** Whether a signed share link (48-hour preview) still shows `article`: not once it is taken down. */
export function shareLinkWorks(article: Pick<What, 'status'>): boolean {
  return article.status !== 'withdrawn' && article.status !== 'unpublished';
}

/** Whether `who` may file an article into `sectionId` (as its main or a secondary section). */
export function canFileIn(who: Who, sectionId: number): boolean {
  return can(who, 'article.create', sectionId) || can(who, 'article.edit', sectionId);
}

/**
 * The sections of `next` that `who` may not file into: the main section, and every secondary
 * section not already on the article (`before`), so editing an article someone with wider rights
 * filed elsewhere keeps working, but nobody adds a section they do not hold.
 */
export function refusedSections(
  who: Who,
  next: { sectionId: number; secondarySectionIds: number[] },
  before: { secondarySectionIds: number[] } = { secondarySectionIds: [] },
): number[] {
  const kept = new Set(before.secondarySectionIds);
  const refused = canFileIn(who, next.sectionId) ? [] : [next.sectionId];
  for (const s of next.secondarySectionIds)
    if (!kept.has(s) && !canFileIn(who, s) && !refused.includes(s)) refused.push(s);
  return refused;
}
