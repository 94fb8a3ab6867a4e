import { ZodError } from 'zod';
import type { Said } from '../lib/messages.ts';

/** The generic messages of the error family, for failures no module names more precisely. */
export const HTTP_MESSAGES = {
  'http.not_found': 'Không tìm thấy trang',
  'http.gone': 'Nội dung đã được gỡ bỏ',
  'http.invalid': 'Dữ liệu chưa hợp lệ',
  'http.forbidden': 'Bạn không có quyền thực hiện thao tác này',
  'http.conflict': 'Thao tác xung đột với dữ liệu hiện tại',
  'http.unauthorized': 'Vui lòng đăng nhập',
  'http.unavailable': 'Hệ thống đang tạm gián đoạn. Vui lòng thử lại sau ít phút.',
  'http.malformed':
    'Yêu cầu không hợp lệ: địa chỉ hoặc dữ liệu gửi lên bị sai định dạng. Vui lòng kiểm tra lại rồi thử lần nữa.',
  'http.internal': (requestId: string) => `Hệ thống gặp sự cố (mã ${requestId}). Vui lòng thử lại.`,
} as const;

const generic = (code: Exclude<keyof typeof HTTP_MESSAGES, 'http.internal'>): Said => ({
  code,
  message: HTTP_MESSAGES[code],
});

/**
 * The small family of expected failures; anything else is a 500 with a request id in the log.
 * Each carries a stable `code` (`article.not_found`...) that the log and JSON answers show; a
 * bare string message keeps the generic code of its class.
 */
export class AppError extends Error {
  readonly code: string;
  constructor(
    readonly status: number,
    said: Said | string,
    fallback: Said,
  ) {
    super(typeof said === 'string' ? said : said.message);
    this.name = new.target.name;
    this.code = typeof said === 'string' ? fallback.code : said.code;
  }
}

/** 404: the thing asked for does not exist (or is not public). */
export class NotFound extends AppError {
  constructor(said: Said | string = generic('http.not_found')) {
    super(404, said, generic('http.not_found'));
  }
}

/** 410: the thing existed and was withdrawn. */
export class Gone extends AppError {
  constructor(said: Said | string = generic('http.gone')) {
    super(410, said, generic('http.gone'));
  }
}

/** 400 with a message per field, shown next to the form fields. */
export class Validation extends AppError {
  constructor(
    readonly fields: Record<string, string>,
    said: Said | string = generic('http.invalid'),
  ) {
    super(400, said, generic('http.invalid'));
  }

  /** One field refused with a catalogue message: the error takes that message's code. */
  static of(field: string, said: Said): Validation {
    return new Validation(
      { [field]: said.message },
      { ...generic('http.invalid'), code: said.code },
    );
  }
}

/** 403: signed in but not allowed. */
export class Forbidden extends AppError {
  constructor(said: Said | string = generic('http.forbidden')) {
    super(403, said, generic('http.forbidden'));
  }
}

/** 409: the action conflicts with the current state. */
export class Conflict extends AppError {
  constructor(said: Said | string = generic('http.conflict')) {
    super(409, said, generic('http.conflict'));
  }
}

/** 401: not signed in. */
export class Unauthorized extends AppError {
  constructor(said: Said | string = generic('http.unauthorized')) {
    super(401, said, generic('http.unauthorized'));
  }
}

/** What a visitor reads when a request cannot even be read (broken escapes, a truncated body...). */
export const MALFORMED_MESSAGE = HTTP_MESSAGES['http.malformed'];

/** The JSON body of an error answer: `{ error: { code, message } }`. */
export function errorJson(said: Said): { error: Said } {
  return { error: { code: said.code, message: said.message } };
}

/**
 * Whether an error comes from input the app could not read, rather than from a bug: a value that
 * failed a schema, a malformed percent escape, a body that is not the JSON or form it claims to
 * be, a number or date out of range. These answer 400, never 500.
 */
export function isMalformedInput(err: unknown): boolean {
  if (err instanceof ZodError || err instanceof URIError || err instanceof SyntaxError) return true;
  if (err instanceof RangeError) return !/call stack/i.test(err.message);
  return (
    err instanceof TypeError &&
    /parse body|FormData|multipart|boundary|Invalid URL|invalid (character|header)/i.test(
      err.message,
    )
  );
}

/** Turns zod issues into one Vietnamese message per field (the first issue of each field). */
export function fieldErrors(error: ZodError, fallbackKey = '_'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? fallbackKey);
    out[key] ??= issue.message;
  }
  return out;
}
