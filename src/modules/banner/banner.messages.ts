import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the banner module that a person reads, keyed by its code. */
export const BANNER_MESSAGES = {
  'banner.not_found': 'Không tìm thấy banner.',
  'banner.image_required': 'Vui lòng chọn ảnh cho banner.',
  'banner.title_required': 'Vui lòng nhập mô tả ảnh (dùng cho người đọc bằng trình đọc màn hình).',
  'banner.bad_start': 'Ngày bắt đầu không hợp lệ (ví dụ 01/12/2026).',
  'banner.bad_end': 'Ngày kết thúc không hợp lệ (ví dụ 31/12/2026).',
  'banner.place_required': 'Hãy chọn vị trí hiển thị.',
  'banner.end_before_start': 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.',
  'banner.saved': 'Đã lưu. Trang công khai đã cập nhật.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(BANNER_MESSAGES);
