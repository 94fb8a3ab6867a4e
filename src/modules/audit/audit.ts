/** Who did something and from where: attached to every audited action. */
export interface Actor {
  id: number | null;
  name: string;
  ip: string;
  userAgent: string;
}

/** One audit record. */
export interface AuditEntry {
  id: number;
  at: Date;
  actorId: number | null;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string;
  summary: string;
  detail: Record<string, unknown>;
  ip: string;
  userAgent: string;
}

/** Audited actions and their Vietnamese labels (the audit viewer's vocabulary). */
export const AUDIT_ACTIONS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.login_failed': 'Đăng nhập thất bại',
  'auth.lockout': 'Khóa tài khoản do đăng nhập sai',
  'auth.logout': 'Đăng xuất',
  'auth.logout_all': 'Đăng xuất mọi phiên',
  'auth.session_expired': 'Phiên hết hạn',
  'auth.totp_failed': 'Mã xác thực sai',
  'auth.totp_enrolled': 'Bật xác thực hai lớp',
  'auth.recovery_used': 'Dùng mã khôi phục',
  'auth.password_changed': 'Đổi mật khẩu',
  'account.created': 'Tạo tài khoản',
  'account.updated': 'Sửa tài khoản',
  'account.disabled': 'Vô hiệu hóa tài khoản',
  'account.enabled': 'Kích hoạt lại tài khoản',
  'account.unlocked': 'Mở khóa tài khoản',
  'account.totp_reset': 'Đặt lại xác thực hai lớp',
  'account.password_reset': 'Đặt lại mật khẩu',
  'account.auto_disabled': 'Tự động vô hiệu hóa (không dùng 45 ngày)',
  'security.csrf_rejected': 'Từ chối biểu mẫu không hợp lệ',
  'settings.updated': 'Sửa cài đặt',
  'media.uploaded': 'Tải lên tệp media',
  'media.refused': 'Từ chối tệp tải lên',
  'media.updated': 'Sửa thông tin tệp media',
};

/** Label of an action, falling back to its code. */
export function actionLabel(action: string): string {
  return AUDIT_ACTIONS[action] ?? action;
}
