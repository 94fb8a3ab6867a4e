import { z } from 'zod';

/**
 * Vietnamese defaults for zod's own messages, used wherever a schema names no message of its
 * own (a field sent twice, a number where text is expected, a value too long...). Installed once
 * when the app is built; a schema's own message always wins.
 */
export function installVietnameseMessages(): void {
  z.config({
    customError: (issue) => {
      switch (issue.code) {
        case 'invalid_type':
          return issue.expected === 'number' || issue.expected === 'int'
            ? 'Giá trị phải là một số hợp lệ.'
            : issue.input === undefined
              ? 'Vui lòng nhập giá trị này.'
              : 'Giá trị không hợp lệ.';
        case 'too_big':
          return issue.origin === 'string'
            ? `Tối đa ${issue.maximum} ký tự.`
            : issue.origin === 'array' || issue.origin === 'set'
              ? `Tối đa ${issue.maximum} mục.`
              : `Giá trị quá lớn (tối đa ${issue.maximum}).`;
        case 'too_small':
          return issue.origin === 'string'
            ? `Tối thiểu ${issue.minimum} ký tự.`
            : issue.origin === 'array' || issue.origin === 'set'
              ? `Cần ít nhất ${issue.minimum} mục.`
              : `Giá trị quá nhỏ (tối thiểu ${issue.minimum}).`;
        case 'invalid_value':
          return 'Giá trị không nằm trong danh sách cho phép.';
        case 'invalid_format':
          return 'Định dạng không hợp lệ.';
        case 'not_multiple_of':
          return 'Giá trị không hợp lệ.';
        case 'unrecognized_keys':
          return 'Có trường dữ liệu không được chấp nhận.';
        default:
          return 'Dữ liệu không hợp lệ.';
      }
    },
  });
}
