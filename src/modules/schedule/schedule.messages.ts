import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the schedule module that a person reads, keyed by its code. */
export const SCHEDULE_MESSAGES = {
  'schedule.not_found': 'Không tìm thấy mục lịch công tác.',
  'schedule.file_not_found': 'Không tìm thấy tệp.',
  'schedule.forbidden': 'Tài khoản của bạn không có quyền này đối với lịch công tác.',
  'schedule.bad_day': 'Ngày không hợp lệ (ví dụ 01/12/2025).',
  'schedule.bad_session': 'Hãy chọn buổi: sáng, chiều hoặc tối.',
  'schedule.bad_start': 'Giờ bắt đầu không hợp lệ (ví dụ 08:00).',
  'schedule.bad_end': 'Giờ kết thúc không hợp lệ (ví dụ 11:30); để trống nếu không xác định.',
  'schedule.end_before_start': 'Giờ kết thúc phải sau giờ bắt đầu.',
  'schedule.content_required': 'Vui lòng nhập nội dung công việc.',
  'schedule.bad_chair': 'Hãy chọn người chủ trì trong danh sách cán bộ.',
  'schedule.bad_unit': 'Hãy chọn một đơn vị trong danh sách.',
  'schedule.unknown_unit': 'Không tìm thấy lịch công tác của đơn vị này.',
  'schedule.bad_week': 'Tuần không hợp lệ (ví dụ 2025-W49).',
  'schedule.conflict':
    'Mục này vừa được người khác thay đổi. Nội dung bạn nhập vẫn còn bên dưới; hãy xem lại rồi lưu lần nữa.',
  'schedule.not_draft': 'Mục này đã được duyệt.',
  'schedule.file_required': 'Hãy chọn tệp PDF lịch công tác tuần đã ký.',
  'schedule.file_not_pdf': 'Tệp phải là PDF (nội dung bắt đầu bằng %PDF-).',
  'schedule.file_too_big': 'Tệp quá lớn (tối đa 10 MB).',
  'schedule.file_unsaved': 'Chưa lưu được tệp (kho lưu trữ đang gặp sự cố). Vui lòng thử lại sau.',
  'schedule.saved': 'Đã lưu.',
  'schedule.approved': (n: number) => `Đã duyệt ${n} mục; lịch công khai đã cập nhật.`,
  'schedule.deleted': 'Đã xóa.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(SCHEDULE_MESSAGES);
