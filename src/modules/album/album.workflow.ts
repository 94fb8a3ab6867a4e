import { can, type Action } from '../account/account.policy.ts';
import type { Account } from '../account/account.ts';
import type { AlbumStatus } from './album.ts';

/** A workflow step on an album: the article's, without scheduling. */
export type AlbumTransition = 'submit' | 'forward' | 'return' | 'publish' | 'correct' | 'withdraw';

/** Button labels of the transitions. */
export const ALBUM_TRANSITION_LABELS: Record<AlbumTransition, string> = {
  submit: 'Gửi biên tập',
  forward: 'Chuyển duyệt',
  return: 'Trả lại',
  publish: 'Xuất bản',
  correct: 'Đính chính',
  withdraw: 'Gỡ album',
};

interface Rule {
  from: AlbumStatus[];
  to: AlbumStatus | 'same' | 'back';
  action: Action;
  /** The album's own author may take it (with album.create), or holders of album.edit. */
  ownOrEdit?: boolean;
  note?: boolean;
}

/** The transition table, the same as the newsroom's (PRODUCT.md §3) with album actions. */
export const ALBUM_RULES: Record<AlbumTransition, Rule> = {
  submit: { from: ['draft'], to: 'review', action: 'album.create', ownOrEdit: true },
  forward: { from: ['review'], to: 'approval', action: 'album.forward' },
  return: { from: ['review', 'approval'], to: 'back', action: 'album.return', note: true },
  publish: { from: ['approval'], to: 'published', action: 'album.publish' },
  correct: { from: ['published'], to: 'same', action: 'album.correct', note: true },
  withdraw: { from: ['published'], to: 'withdrawn', action: 'album.withdraw', note: true },
};

export const ALBUM_TRANSITIONS = Object.keys(ALBUM_RULES) as AlbumTransition[];

/** The state after a transition ("Trả lại" goes back one step). */
export function nextAlbumStatus(t: AlbumTransition, from: AlbumStatus): AlbumStatus {
  const to = ALBUM_RULES[t].to;
  if (to === 'back') return from === 'review' ? 'draft' : 'review';
  return to === 'same' ? from : to;
}

type Who = Pick<Account, 'id' | 'role' | 'allSections' | 'sectionIds' | 'disabledAt'>;
type What = { status: AlbumStatus; authorId: number | null };

/** Whether `who` may take transition `t` on `album` now. */
export function canTransitionAlbum(who: Who, t: AlbumTransition, album: What): boolean {
  const rule = ALBUM_RULES[t];
  if (!rule.from.includes(album.status)) return false;
  if (!can(who, rule.action)) return false;
  if (rule.ownOrEdit && album.authorId !== who.id && !can(who, 'album.edit')) return false;
  return true;
}

/** Every transition `who` may take on `album`, in button order. */
export function albumTransitions(who: Who, album: What): AlbumTransition[] {
  return ALBUM_TRANSITIONS.filter((t) => canTransitionAlbum(who, t, album));
}

/**
 * Whether `who` may change the album (fields and photos) in its state: the author while a
 * draft, editors in review, approvers up to and after publication (a published album changes
 * through its approvers only), nobody once withdrawn.
 */
export function canEditAlbum(who: Who, album: What): boolean {
  switch (album.status) {
    case 'draft':
      return (album.authorId === who.id && can(who, 'album.create')) || can(who, 'album.edit');
    case 'review':
      return can(who, 'album.edit');
    case 'approval':
      return can(who, 'album.publish');
    case 'published':
      return can(who, 'album.correct');
    default:
      return false;
  }
}

/** Whether `who` may open the album in the back office (drafts: their author and editors). */
export function canViewAlbum(who: Who, album: What): boolean {
  if (album.status === 'draft')
    return (album.authorId === who.id && can(who, 'album.create')) || can(who, 'album.edit');
  return can(who, 'album.create');
}
