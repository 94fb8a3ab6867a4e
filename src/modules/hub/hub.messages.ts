import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the hub module that a person reads, keyed by its code. */
export const HUB_MESSAGES = {
  'hub.not_found': 'Không tìm thấy chuyên đề.',
  'hub.forbidden': 'Bạn không có quyền quản lý chuyên đề.',
  'hub.title_required': 'Vui lòng nhập tên chuyên đề.',
  'hub.bad_day': 'Ngày không hợp lệ (ví dụ 14/10/2025).',
  'hub.end_before_start': 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.',
  'hub.bad_thread': 'Dòng sự kiện không tồn tại.',
  'hub.bad_status': 'Hãy chọn trạng thái.',
  'hub.alt_required': 'Ảnh banner cần có mô tả ảnh (alt).',
  'hub.slug_taken': 'Đã có chuyên đề khác với địa chỉ này; hãy đổi tên.',
  'hub.saved': 'Đã lưu chuyên đề.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(HUB_MESSAGES);
