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
  'hub.edit_forbidden':
    'Bạn không phải biên tập viên của chuyên đề này nên không được sửa chuyên đề.',
  'hub.bad_accent': 'Hãy chọn một màu nhấn trong danh sách của giao diện.',
  'hub.bad_editor': 'Danh sách biên tập viên không hợp lệ.',
  'hub.editor_not_staff': 'Chỉ chọn được tài khoản biên tập đang hoạt động của trang này.',
  'hub.bad_block_kind': 'Loại khối không hợp lệ.',
  'hub.block_not_found': 'Không tìm thấy khối này trong chuyên đề.',
  'hub.block_saved': 'Đã lưu khối.',
  'hub.content_missing': (line: number) =>
    `Dòng ${line}: không tìm thấy nội dung đã xuất bản ở địa chỉ này.`,
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(HUB_MESSAGES);
