import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the search that a person reads, keyed by its code. */
export const SEARCH_MESSAGES = {
  'search.too_many_suggestions':
    'Bạn gõ quá nhanh: tạm dừng gợi ý tìm kiếm, vui lòng thử lại sau ít giây (vẫn có thể nhấn Tìm kiếm).',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(SEARCH_MESSAGES);
