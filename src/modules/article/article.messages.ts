import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the public article pages that a person reads, keyed by its code. */
export const ARTICLE_MESSAGES = {
  'article.expired': 'Bài đã hết thời hạn đăng theo lịch.',
  'article.gone': (title: string, day: string | undefined, reason: string) =>
    `Bài “${title}” đã được gỡ khỏi trang${day ? ` ngày ${day}` : ''}. Lý do: ${reason}`,
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(ARTICLE_MESSAGES);
