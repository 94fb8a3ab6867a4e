import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the visit statistics that a person reads, keyed by its code. */
export const STATS_MESSAGES = {
  'stats.forbidden': 'Bạn không có quyền xem thống kê truy cập.',
  'stats.bad_page_kind': 'Loại trang không hợp lệ.',
  'stats.bad_article': 'Mã bài viết không hợp lệ.',
  'stats.referrer_too_long': 'Địa chỉ trang giới thiệu quá dài.',
  'stats.article_kind_mismatch': 'Mã bài viết phải đi kèm trang bài viết (và chỉ trang bài viết).',
  'stats.invalid': 'Dữ liệu không hợp lệ.',
  'stats.bad_period': 'Khoảng thời gian phải là 30, 90 hoặc 365 ngày.',
  'stats.bad_table': 'Bảng số liệu không hợp lệ.',
  'stats.bad_scope': 'Phạm vi số liệu không hợp lệ.',
  'stats.roll_up_forbidden': 'Chỉ quản trị hệ thống của tỉnh được xem số liệu toàn hệ thống.',
  'stats.sites_table_roll_up_only': 'Bảng theo đơn vị chỉ có trong số liệu toàn hệ thống.',
  'stats.cross_site': 'Không chấp nhận yêu cầu đếm từ trang khác.',
  'stats.too_large': 'Dữ liệu gửi lên quá lớn.',
  'stats.bad_json': 'Dữ liệu không phải JSON hợp lệ.',
  'stats.too_many': 'Quá nhiều yêu cầu, vui lòng thử lại sau.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(STATS_MESSAGES);
