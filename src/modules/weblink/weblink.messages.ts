import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the web links (Liên kết web) that a person reads, keyed by its code. */
export const WEBLINK_MESSAGES = {
  'weblink.not_found': 'Không tìm thấy liên kết.',
  'weblink.group_not_found': 'Không tìm thấy nhóm liên kết.',
  'weblink.unknown_group': 'Nhóm liên kết không tồn tại.',
  'weblink.group_not_empty': (name: string, count: number) =>
    `Nhóm “${name}” còn ${count} liên kết: hãy xóa hoặc chuyển các liên kết sang nhóm khác trước.`,
  'weblink.group_required': 'Hãy chọn nhóm liên kết.',
  'weblink.title_required': 'Vui lòng nhập tên liên kết.',
  'weblink.group_name_required': 'Vui lòng nhập tên nhóm.',
  'weblink.saved': 'Đã lưu. Trang công khai đã cập nhật.',
  'weblink.checked': (what: string) => `Đã kiểm tra: ${what}.`,
  'weblink.check_no_answer': (seconds: number) => `Không phản hồi sau ${seconds} giây`,
  'weblink.check_private': 'Địa chỉ nội bộ hoặc riêng tư: không được phép kiểm tra',
  'weblink.check_scheme': 'Chỉ kiểm tra được địa chỉ http:// hoặc https://',
  'weblink.check_redirects': (max: number) => `Chuyển hướng quá ${max} lần`,
  'weblink.check_no_domain': 'Không tìm thấy tên miền',
  'weblink.check_refused': 'Máy chủ từ chối kết nối',
  'weblink.check_reset': 'Kết nối bị ngắt',
  'weblink.check_no_connect': (seconds: number) => `Không kết nối được sau ${seconds} giây`,
  'weblink.check_bad_certificate': 'Chứng chỉ bảo mật (HTTPS) không hợp lệ',
  'weblink.check_unreachable': (code: string) =>
    code ? `Không truy cập được (${code})` : 'Không truy cập được',
  'weblink.check_ok': (status: number) => `Hoạt động (HTTP ${status})`,
  'weblink.check_http_error': (status: number) => `Lỗi HTTP ${status}`,
  'weblink.check_bad_url': 'Địa chỉ không hợp lệ',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(WEBLINK_MESSAGES);
