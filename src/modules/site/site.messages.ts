import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the site settings, menus, sidebar and site images that a person reads, keyed by its code. */
export const SITE_MESSAGES = {
  'site.saved': 'Đã lưu. Trang công khai đã cập nhật.',
  'site.forbidden': 'Chỉ quản trị hệ thống được thay đổi cài đặt trang.',
  'site.menu_entry_not_found': 'Không tìm thấy mục menu.',
  'site.unknown_section': 'Chuyên mục không tồn tại.',
  'site.unknown_page': 'Trang không tồn tại.',
  'site.parent_not_top': 'Mục cha phải là một mục cấp trên cùng của cùng menu.',
  'site.has_children': 'Mục này đang có mục con nên phải ở cấp trên cùng.',
  'site.link_kind_required': 'Hãy chọn loại liên kết.',
  'site.section_required': 'Hãy chọn chuyên mục.',
  'site.page_required': 'Hãy chọn trang.',
  'site.not_an_image': 'Tệp không phải là ảnh hợp lệ. Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.',
  'site.image_required': 'Vui lòng chọn một tệp ảnh.',
  'site.store_failed':
    'Không lưu được ảnh vào kho lưu trữ (ổ đĩa đầy hoặc lỗi ghi). Ảnh chưa được thay; vui lòng thử lại sau hoặc báo quản trị viên.',
  'site.image_too_large': (size: string, limit: string) =>
    `Tệp ảnh quá lớn (${size}). Dung lượng tối đa là ${limit}.`,
  'site.name_required': 'Vui lòng nhập tên trang.',
  'site.short_name_required': 'Vui lòng nhập tên ngắn.',
  'site.bad_phone': 'Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -',
  'site.bad_email': 'Địa chỉ email không hợp lệ.',
  'site.contact_points_many': 'Tối đa 20 đầu mối liên hệ.',
  'site.contact_point_bad': (line: number) =>
    `Dòng ${line}: ghi theo mẫu “Tên đầu mối | điện thoại | thư điện tử” (tên bắt buộc, tối đa 200 ký tự).`,
  'site.contact_point_phone': (line: number) =>
    `Dòng ${line}: số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -`,
  'site.contact_point_email': (line: number) => `Dòng ${line}: địa chỉ thư điện tử không hợp lệ.`,
  'site.bad_days_ahead':
    'Nhập số ngày từ 0 đến 365 (0: chỉ công khai lịch đến hết hôm nay), hoặc để trống để không giới hạn.',
  'site.bad_count': 'Nhập một số nguyên không âm, ví dụ 3.251.964.',
  'site.links_display_required': 'Hãy chọn một kiểu hiển thị.',
  'site.page_not_found': 'Không tìm thấy trang này trên trang thông tin của đơn vị.',
  'site.page_title_required': 'Vui lòng nhập tiêu đề trang.',
  'site.page_title_long': 'Tiêu đề dài quá 200 ký tự.',
  'site.page_body_required': 'Vui lòng nhập nội dung trang.',
  'site.page_body_long': 'Nội dung quá dài (tối đa 200.000 ký tự).',
  'site.page_saved_elsewhere':
    'Trang vừa được người khác lưu. Hãy mở lại trang để xem bản mới nhất rồi sửa tiếp (nội dung bạn gõ vẫn còn trong ô dưới đây).',
  'site.page_saved': 'Đã lưu trang. Trang công khai đã cập nhật.',
  'site.page_forbidden': 'Chỉ lãnh đạo Ban biên tập được sửa các trang giới thiệu.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(SITE_MESSAGES);
