/** Thăm dò ý kiến: a question, its choices, an open window; totals only, nothing personal. */
export interface Poll {
  id: number;
  question: string;
  opensAt: Date;
  closesAt: Date;
  choices: PollChoice[];
}
export interface PollChoice {
  id: number;
  label: string;
  votes: number;
}

/** Where a poll stands at an instant. */
export type PollState = 'sap-mo' | 'dang-mo' | 'da-dong';
export const POLL_STATES: Record<PollState, string> = {
  'sap-mo': 'Sắp mở',
  'dang-mo': 'Đang mở',
  'da-dong': 'Đã kết thúc',
};
export function pollState(p: Pick<Poll, 'opensAt' | 'closesAt'>, now: Date): PollState {
  if (now < p.opensAt) return 'sap-mo';
  return now < p.closesAt ? 'dang-mo' : 'da-dong';
}

/** N: the votes cast. */
export const totalVotes = (p: Pick<Poll, 'choices'>): number =>
  p.choices.reduce((n, c) => n + c.votes, 0);

/** A choice's share in whole percent (0 when nobody voted). */
export function share(votes: number, total: number): number {
  return total ? Math.round((votes / total) * 100) : 0;
}

export const pollPath = (p: { id: number }) => `/tham-do/${p.id}`;

/** Fewest and most choices a poll may have. */
export const CHOICES_MIN = 2;
export const CHOICES_MAX = 10;

/** Vietnamese messages of the module. */
export const PM = {
  'poll.not_found': 'Không tìm thấy cuộc thăm dò ý kiến này.',
  'poll.question_required': 'Vui lòng nhập câu hỏi.',
  'poll.choices_count': `Cần từ ${CHOICES_MIN} đến ${CHOICES_MAX} phương án trả lời (mỗi dòng một phương án).`,
  'poll.choices_duplicate': 'Các phương án trả lời không được trùng nhau.',
  'poll.opens_required': 'Vui lòng nhập thời điểm mở (ngày giờ Việt Nam).',
  'poll.closes_required': 'Vui lòng nhập thời điểm đóng (ngày giờ Việt Nam).',
  'poll.closes_before': 'Thời điểm đóng phải sau thời điểm mở.',
  'poll.choices_locked':
    'Cuộc thăm dò đã có người bình chọn: không đổi được các phương án (chỉ sửa câu hỏi và thời gian).',
  'poll.choice_required': 'Vui lòng chọn một phương án.',
  'poll.already_voted': 'Bạn đã bình chọn trong cuộc thăm dò này. Cảm ơn bạn!',
  'poll.closed': 'Cuộc thăm dò này đã kết thúc, không nhận thêm bình chọn.',
  'poll.not_open': 'Cuộc thăm dò này chưa mở.',
  'poll.form_expired': 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng bình chọn lại.',
  'poll.too_fast': 'Bạn bình chọn quá nhanh. Vui lòng đợi vài giây rồi thử lại.',
  'poll.rate_limited': 'Bạn đã bình chọn quá nhiều lần. Vui lòng thử lại sau.',
  'poll.forbidden': 'Bạn không có quyền quản lý thăm dò ý kiến.',
  'poll.saved': 'Đã lưu.',
} as const;
