import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the account module that a person reads, keyed by its code. */
export const ACCOUNT_MESSAGES = {
  'account.not_found': 'Không tìm thấy tài khoản.',
  'account.forbidden': 'Chỉ quản trị hệ thống được quản lý người dùng.',
  'account.username_taken': 'Tên đăng nhập này đã được dùng.',
  'account.other_sites':
    'Tài khoản này còn làm việc trên trang khác (hoặc là quản trị hệ thống): chỉ quản trị hệ thống của tỉnh được thay đổi.',
  'account.system_admin_only': 'Chỉ quản trị hệ thống của tỉnh được làm việc này.',
  'account.self_grant': 'Bạn không thể tự đổi quyền của chính mình trên các trang.',
  'account.unknown_site': 'Trang không tồn tại.',
  'account.granted': 'Đã cập nhật quyền trên trang.',
  'account.self_role_change': 'Bạn không thể tự đổi vai trò của chính mình.',
  'account.self_disable': 'Bạn không thể tự vô hiệu hóa tài khoản của mình.',
  'account.wrong_current_password': 'Mật khẩu hiện tại không đúng.',
  'account.same_password': 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  'account.passwords_differ': 'Hai lần nhập mật khẩu mới không khớp.',
  'account.too_long': (max: number) => `Tối đa ${max} ký tự.`,
  'account.bad_username':
    'Tên đăng nhập gồm 3–40 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch nối, bắt đầu bằng chữ cái.',
  'account.full_name_required': 'Vui lòng nhập họ và tên.',
  'account.bad_email': 'Địa chỉ email không hợp lệ.',
  'account.role_required': 'Vui lòng chọn vai trò.',
  'account.unknown_section': 'Chuyên mục không tồn tại.',
  'account.section_required': 'Hãy chọn ít nhất một chuyên mục (hoặc “Tất cả chuyên mục”).',
  'account.saved': 'Đã lưu thay đổi.',
  'account.created': 'Đã tạo tài khoản.',
  'account.password_reset': 'Đã đặt lại mật khẩu.',
  'account.password_changed': 'Đã đổi mật khẩu.',
  'account.resubmit':
    'Phiên làm việc trước đã hết hạn khi bạn gửi biểu mẫu này nên chưa có gì được lưu. Kiểm tra nội dung rồi bấm “Gửi lại”.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(ACCOUNT_MESSAGES);
