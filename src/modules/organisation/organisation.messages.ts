import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the organisation module that a person reads, keyed by its code. */
export const ORGANISATION_MESSAGES = {
  'organisation.unit_not_found': 'Không tìm thấy đơn vị.',
  'organisation.person_not_found': 'Không tìm thấy cán bộ.',
  'organisation.post_not_found': 'Không tìm thấy chức vụ.',
  'organisation.term_not_found': 'Không tìm thấy nhiệm kỳ này trong Cơ cấu tổ chức.',
  'organisation.name_required': 'Vui lòng nhập tên đơn vị.',
  'organisation.full_name_required': 'Vui lòng nhập họ và tên.',
  'organisation.title_required': 'Vui lòng nhập chức vụ, ví dụ: Phó Bí thư Thường trực Tỉnh ủy.',
  'organisation.bad_parent':
    'Đơn vị cấp trên không hợp lệ (không thể là chính đơn vị này hoặc đơn vị trực thuộc nó).',
  'organisation.bad_unit': 'Hãy chọn một đơn vị trong danh sách.',
  'organisation.bad_email': 'Địa chỉ thư điện tử không hợp lệ.',
  'organisation.bad_phone': 'Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + . ( ) -.',
  'organisation.bad_position': 'Thứ tự là một số từ 0 đến 9999.',
  'organisation.bad_start': 'Ngày bắt đầu không hợp lệ (ví dụ 15/10/2025).',
  'organisation.bad_end':
    'Ngày kết thúc không hợp lệ (ví dụ 30/06/2030); để trống nếu vẫn đang giữ chức vụ.',
  'organisation.end_before_start': 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.',
  'organisation.person_in_use':
    'Không xóa được: cán bộ này đang là người chủ trì trong lịch công tác. Hãy giữ lại để lịch cũ vẫn đúng.',
  'organisation.person_signs':
    'Không xóa được: cán bộ này là người ký của văn bản trong mục Văn bản. Hãy giữ lại để văn bản vẫn ghi đúng người ký và chức vụ khi ký.',
  'organisation.unit_in_use':
    'Không xóa được: đơn vị này có lịch công tác riêng. Hãy giữ lại để lịch cũ vẫn đúng.',
  'organisation.bad_photo': 'Hãy chọn một ảnh trong thư viện.',
  'organisation.photo_alt_required':
    'Vui lòng nhập mô tả ảnh cho người không xem được ảnh, ví dụ: Ảnh chân dung đồng chí Nguyễn Văn A.',
  'organisation.photo_saved': 'Đã lưu ảnh chân dung.',
  'organisation.forbidden': 'Tài khoản của bạn không có quyền quản lý cơ cấu tổ chức.',
  'organisation.saved': 'Đã lưu. Trang công khai đã cập nhật.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(ORGANISATION_MESSAGES);
