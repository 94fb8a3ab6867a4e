import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the album module that a person reads, keyed by its code. */
export const ALBUM_MESSAGES = {
  'album.not_found': 'Không tìm thấy album ảnh.',
  'album.photo_not_found': 'Không tìm thấy ảnh này trong album.',
  'album.forbidden': 'Bạn không có quyền với album ảnh này.',
  'album.forbidden_edit': 'Album ở trạng thái này bạn không sửa được.',
  'album.title_required': 'Vui lòng nhập tên album.',
  'album.alt_required': 'Vui lòng nhập mô tả ảnh (alt) cho người dùng trình đọc màn hình.',
  'album.bad_day': 'Ngày chụp không hợp lệ (ví dụ 07/05/2026).',
  'album.bad_unit': 'Địa điểm không có trên bản đồ hành chính của tỉnh.',
  'album.bad_thread': 'Dòng sự kiện không tồn tại.',
  'album.bad_transition': 'Không thực hiện được thao tác này với album ở trạng thái hiện tại.',
  'album.note_required': 'Vui lòng ghi lý do.',
  'album.conflict': 'Album vừa được người khác thay đổi. Hãy tải lại trang và thử lại.',
  'album.no_photo_chosen': 'Hãy chọn ít nhất một ảnh trong thư viện.',
  'album.not_image': 'Chỉ thêm được ảnh vào album (không thêm tài liệu hay video).',
  'album.too_many': 'Một album có tối đa 200 ảnh.',
  'album.cannot_publish': 'Chưa xuất bản được album.',
  'album.saved': 'Đã lưu album.',
  'album.stale_order':
    'Thứ tự ảnh vừa thay đổi ở nơi khác nên chưa lưu được. Hãy tải lại trang và thử lại.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(ALBUM_MESSAGES);
