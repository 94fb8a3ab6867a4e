import { ZodError } from 'zod';

/** The small family of expected failures; anything else is a 500 with a request id in the log. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 404: the thing asked for does not exist (or is not public). */
export class NotFound extends AppError {
  constructor(message = 'Không tìm thấy trang') {
    super(404, message);
  }
}

/** 410: the thing existed and was withdrawn. */
export class Gone extends AppError {
  constructor(message = 'Nội dung đã được gỡ bỏ') {
    super(410, message);
  }
}

/** 400 with a message per field, shown next to the form fields. */
export class Validation extends AppError {
  constructor(
    readonly fields: Record<string, string>,
    message = 'Dữ liệu chưa hợp lệ',
  ) {
    super(400, message);
  }
}

/** 403: signed in but not allowed. */
export class Forbidden extends AppError {
  constructor(message = 'Bạn không có quyền thực hiện thao tác này') {
    super(403, message);
  }
}

/** 409: the action conflicts with the current state. */
export class Conflict extends AppError {
  constructor(message = 'Thao tác xung đột với dữ liệu hiện tại') {
    super(409, message);
  }
}

/** 401: not signed in. */
export class Unauthorized extends AppError {
  constructor(message = 'Vui lòng đăng nhập') {
    super(401, message);
  }
}

/** What a visitor reads when a request cannot even be read (broken escapes, a truncated body...). */
export const MALFORMED_MESSAGE =
  'Yêu cầu không hợp lệ: địa chỉ hoặc dữ liệu gửi lên bị sai định dạng. Vui lòng kiểm tra lại rồi thử lần nữa.';

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
