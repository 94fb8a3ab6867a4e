import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the member sites' back office, keyed by its code. */
export const SITES_MESSAGES = {
  'platform.forbidden':
    'Chỉ quản trị hệ thống (quản trị viên của trang Đảng bộ tỉnh) được quản lý các trang thành viên.',
  'platform.not_found': 'Không tìm thấy trang thành viên.',
  'platform.unit_required': 'Hãy chọn đơn vị hành chính.',
  'platform.unit_unknown': (code: string) => `Không có đơn vị hành chính mã “${code}” trên bản đồ.`,
  'platform.unit_has_site': (name: string) => `Đơn vị này đã có trang: ${name}.`,
  'platform.prefix_required': 'Hãy nhập đường dẫn, ví dụ /xa/muong-nhe.',
  'platform.prefix_invalid':
    'Đường dẫn gồm một hoặc hai đoạn chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng “/”, ví dụ /xa/muong-nhe.',
  'platform.prefix_reserved': (segment: string) =>
    `Đoạn “/${segment}” là đường dẫn dành riêng của hệ thống, hãy chọn đường dẫn khác.`,
  'platform.prefix_section': (segment: string) =>
    `Đoạn “/${segment}” trùng với một chuyên mục của trang Đảng bộ tỉnh, hãy chọn đường dẫn khác.`,
  'platform.prefix_taken': (prefix: string) => `Đường dẫn “${prefix}” đã được một trang khác dùng.`,
  'platform.host_required': 'Hãy nhập tên miền, ví dụ muongnhe.dienbien.dcs.vn.',
  'platform.host_invalid':
    'Tên miền không hợp lệ: chỉ gồm chữ thường không dấu, chữ số, dấu gạch ngang và dấu chấm, ví dụ muongnhe.dienbien.dcs.vn.',
  'platform.host_province': 'Đây là tên miền của trang Đảng bộ tỉnh.',
  'platform.host_taken': (host: string) => `Tên miền “${host}” đã được một trang khác dùng.`,
  'platform.address_required':
    'Hãy chọn cách truy cập: đường dẫn trên trang tỉnh hoặc tên miền riêng.',
  'platform.name_required': 'Hãy nhập tên trang.',
  'platform.too_long': (max: number) => `Tối đa ${max} ký tự.`,
  'platform.reason_required': 'Hãy ghi lý do tạm ngừng (sẽ hiện cho người đọc).',
  'platform.admin_required': 'Hãy nhập tên đăng nhập của người quản trị trang.',
  'platform.admin_unknown': (username: string) => `Không có tài khoản “${username}”.`,
  'platform.admin_disabled': (username: string) => `Tài khoản “${username}” đang bị vô hiệu hóa.`,
  'platform.province_locked': 'Không thể tạm ngừng hoặc đổi địa chỉ trang Đảng bộ tỉnh tại đây.',
  'platform.already_suspended': 'Trang này đang tạm ngừng.',
  'platform.not_suspended': 'Trang này đang hoạt động.',
  'platform.saved': 'Đã lưu thay đổi của trang.',
  'platform.suspended': 'Đã tạm ngừng trang. Người đọc thấy thông báo tạm ngừng.',
  'platform.resumed': 'Trang đã hoạt động trở lại.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(SITES_MESSAGES);
