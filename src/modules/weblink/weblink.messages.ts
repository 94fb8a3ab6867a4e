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
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(WEBLINK_MESSAGES);
