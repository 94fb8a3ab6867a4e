import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the report module that a person reads, keyed by its code. */
export const REPORT_MESSAGES = {
  'report.forbidden': 'Chỉ lãnh đạo Ban biên tập xem được báo cáo.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(REPORT_MESSAGES);
