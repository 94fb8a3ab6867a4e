import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the auth module that a person reads, keyed by its code. */
export const AUTH_MESSAGES = {
  'auth.login_failed':
    'Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa. Sau 5 lần sai liên tiếp, tài khoản bị khóa 30 phút; cần hỗ trợ, hãy liên hệ quản trị hệ thống.',
  'auth.locked':
    'Tài khoản đang bị tạm khóa do nhập sai nhiều lần. Vui lòng thử lại sau 30 phút hoặc liên hệ quản trị hệ thống.',
  'auth.totp_not_enabled': 'Tài khoản chưa bật xác thực hai lớp.',
  'auth.totp_wrong':
    'Mã xác thực không đúng hoặc đã được dùng. Vui lòng nhập mã mới trong ứng dụng xác thực.',
  'auth.totp_setup_wrong':
    'Mã xác thực không đúng. Kiểm tra giờ trên điện thoại và nhập mã 6 chữ số đang hiển thị.',
  'auth.totp_used': 'Mã xác thực không đúng hoặc đã được dùng.',
  'auth.session_expired_kept':
    'Phiên làm việc đã hết hạn. Nội dung bạn vừa gửi đã được giữ lại: đăng nhập lại để gửi tiếp.',
  'auth.session_expired':
    'Phiên làm việc đã hết hạn do không thao tác trong 15 phút. Vui lòng đăng nhập lại.',
  'auth.logged_out': 'Bạn đã đăng xuất.',
  'auth.too_many_logins':
    'Có quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau 15 phút.',
  'auth.credentials_required': 'Vui lòng nhập tên đăng nhập và mật khẩu.',
  'auth.cross_origin': 'Yêu cầu bị từ chối: biểu mẫu được gửi từ một trang web khác.',
  'auth.session_required': 'Phiên làm việc đã hết hạn hoặc chưa đăng nhập. Hãy đăng nhập lại.',
  'auth.csrf_invalid': 'Mã bảo vệ biểu mẫu (CSRF) không hợp lệ hoặc đã hết hạn. Hãy tải lại trang.',
  'auth.site_not_granted': 'Bạn không có quyền làm việc trên trang này.',
  'auth.no_site_here': (name: string) =>
    `Tài khoản của bạn chưa được giao quyền làm việc trên trang “${name}”.`,
  'auth.too_fast': 'Bạn thao tác quá nhanh. Vui lòng đợi một phút rồi thử lại.',
  'auth.password_too_short': (min: number) => `Mật khẩu phải có ít nhất ${min} ký tự.`,
  'auth.password_too_short_without_totp': (min: number) =>
    `Mật khẩu phải có ít nhất ${min} ký tự khi chưa bật xác thực hai lớp.`,
  'auth.password_too_long': 'Mật khẩu quá dài (tối đa 200 ký tự).',
  'auth.password_weak':
    'Mật khẩu phải có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký hiệu.',
  'auth.password_common': 'Mật khẩu này quá phổ biến, dễ bị dò ra. Hãy chọn mật khẩu khác.',
  'auth.password_has_username': 'Mật khẩu không được chứa tên đăng nhập.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(AUTH_MESSAGES);
