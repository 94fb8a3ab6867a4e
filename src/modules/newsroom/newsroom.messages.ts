import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the newsroom that a person reads, keyed by its code. Labels (of statuses, steps) are passed in, so this file imports nothing of the module. */
export const NEWSROOM_MESSAGES = {
  'newsroom.not_found': 'Không tìm thấy bài viết.',
  'newsroom.revision_not_found': 'Không tìm thấy phiên bản.',
  'newsroom.preview_incomplete': 'Bài chưa đủ thông tin để xem trước (chuyên mục không tồn tại).',
  'newsroom.preview_link_invalid': 'Đường dẫn xem trước không hợp lệ hoặc đã hết hạn.',
  'newsroom.draft_forbidden':
    'Bài nháp chỉ người viết và biên tập viên, lãnh đạo của chuyên mục được mở.',
  'newsroom.section_not_assigned': 'Bài viết này thuộc chuyên mục bạn không được giao.',
  'newsroom.no_article_work': 'Tài khoản của bạn không làm việc với bài viết.',
  'newsroom.no_sections': 'Bạn chưa được giao chuyên mục nào để viết bài.',
  'newsroom.no_title': 'Bài chưa có tiêu đề.',
  'newsroom.no_lead': 'Bài chưa có sapo (phần mở đầu).',
  'newsroom.no_body': 'Bài chưa có nội dung.',
  'newsroom.image_no_alt': (n: number) =>
    `Ảnh thứ ${n} trong bài chưa có mô tả thay thế (alt) cho người khiếm thị.`,
  'newsroom.cover_no_alt': 'Ảnh đại diện chưa có mô tả thay thế (alt).',
  'newsroom.source_incomplete': 'Bài đăng lại phải ghi đủ nguồn: tên, đường dẫn và ngày đăng gốc.',
  'newsroom.section_required': 'Vui lòng chọn chuyên mục chính.',
  'newsroom.section_forbidden': 'Bạn không có quyền viết bài cho chuyên mục này.',
  'newsroom.secondary_forbidden': (names: string) =>
    `Bạn không có quyền đưa bài vào chuyên mục phụ: ${names || 'không xác định'}.`,
  'newsroom.title_required': 'Vui lòng nhập tiêu đề.',
  'newsroom.edit_forbidden_status': (status: string) =>
    `Bạn không thể sửa bài ở trạng thái “${status}”.`,
  'newsroom.locked_by_other':
    'Bài đang được người khác chỉnh sửa. Nội dung bạn vừa nhập vẫn còn trong trình soạn thảo; hãy trao đổi với người đang sửa hoặc tiếp quản.',
  'newsroom.stale_version':
    'Bài đã được lưu bởi một phiên khác sau khi bạn mở. Tải lại để xem bản mới nhất; nội dung bạn nhập vẫn còn trong trình soạn thảo.',
  'newsroom.correct_forbidden': 'Chỉ lãnh đạo Ban biên tập được đính chính bài đã xuất bản.',
  'newsroom.correction_note_required':
    'Đính chính bài đã xuất bản cần ghi nội dung đính chính (sẽ hiển thị cho bạn đọc).',
  'newsroom.no_autosave_published': 'Bài đã xuất bản không tự động lưu; hãy bấm “Đính chính”.',
  'newsroom.saved_elsewhere': 'Bài vừa được lưu ở nơi khác. Tải lại để xem bản mới nhất.',
  'newsroom.status_changed_to': (status: string) =>
    `Bài vừa chuyển sang “${status}” ở nơi khác. Tải lại trang để xem.`,
  'newsroom.step_forbidden': (step: string, status: string) =>
    `Bạn không thể “${step}” bài này ở trạng thái “${status}”.`,
  'newsroom.withdraw_reason_required': 'Gỡ bài cần ghi lý do.',
  'newsroom.return_note_required': 'Trả lại cần ghi chú cho người viết.',
  'newsroom.note_required': 'Cần ghi nội dung.',
  'newsroom.schedule_in_past': 'Thời điểm hẹn giờ đăng phải ở tương lai.',
  'newsroom.unschedule_in_past': 'Thời điểm hẹn giờ gỡ phải ở tương lai.',
  'newsroom.status_changed': 'Trạng thái bài vừa thay đổi ở nơi khác. Tải lại trang để xem.',
  'newsroom.lock_forbidden_status': (status: string) =>
    `Bạn không thể sửa bài ở trạng thái “${status}” nên không giữ quyền chỉnh sửa.`,
  'newsroom.edit_forbidden': 'Bạn không có quyền sửa bài này.',
  'newsroom.restore_published':
    'Bài đã xuất bản: hãy mở bài, dán nội dung cần khôi phục và dùng “Đính chính”.',
  'newsroom.being_edited': 'Bài đang được người khác chỉnh sửa.',
  'newsroom.lock_taken_over':
    'Người khác đã tiếp quản chỉnh sửa bài này. Nội dung bạn đang nhập vẫn được giữ trong trình duyệt.',
  'newsroom.too_long': (max: number) => `Tối đa ${max} ký tự.`,
  'newsroom.bad_datetime':
    'Thời gian không hợp lệ: nhập ngày/tháng/năm giờ:phút, ví dụ 07/12/2026 14:30.',
  'newsroom.bad_date': 'Ngày không hợp lệ: nhập ngày/tháng/năm, ví dụ 07/12/2026.',
  'newsroom.bad_image': 'Ảnh đại diện không hợp lệ.',
  'newsroom.bad_action': 'Thao tác không hợp lệ.',
  'newsroom.saved': 'Đã lưu.',
  'newsroom.status_updated': 'Đã cập nhật trạng thái bài.',
  'newsroom.taken_over': 'Bạn đã tiếp quản chỉnh sửa bài.',
  'newsroom.corrected': 'Đã đính chính bài.',
  'newsroom.restored': 'Đã khôi phục phiên bản (lưu thành một phiên bản mới).',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(NEWSROOM_MESSAGES);
