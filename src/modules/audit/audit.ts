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
  'auth.recovery_regenerated': 'Tạo lại mã khôi phục',
  'auth.password_changed': 'Đổi mật khẩu',
  'account.created': 'Tạo tài khoản',
  'account.updated': 'Sửa tài khoản',
  'account.disabled': 'Vô hiệu hóa tài khoản',
  'account.enabled': 'Kích hoạt lại tài khoản',
  'account.unlocked': 'Mở khóa tài khoản',
  'account.totp_reset': 'Đặt lại xác thực hai lớp',
  'account.password_reset': 'Đặt lại mật khẩu',
  'account.password_change_forced': 'Buộc đổi mật khẩu',
  'account.lock_expired': 'Hết thời gian khóa đăng nhập',
  'account.auto_disabled': 'Tự động vô hiệu hóa (không dùng 45 ngày)',
  'security.csrf_rejected': 'Từ chối biểu mẫu không hợp lệ',
  'settings.updated': 'Sửa cài đặt',
  'media.uploaded': 'Tải lên tệp media',
  'media.refused': 'Từ chối tệp tải lên',
  'media.updated': 'Sửa thông tin tệp media',
  'settings.logo_updated': 'Đổi logo',
  'settings.logo_removed': 'Bỏ logo',
  'settings.favicon_updated': 'Đổi biểu tượng trang',
  'settings.favicon_removed': 'Bỏ biểu tượng trang',
  'sidebar.updated': 'Sửa khối bên phải',
  'menu.initialized': 'Chuyển sang menu tự chỉnh',
  'menu.item_created': 'Thêm mục menu',
  'menu.item_updated': 'Sửa mục menu',
  'menu.item_deleted': 'Xóa mục menu',
  'menu.item_moved': 'Đổi thứ tự menu',
  'weblink.group_created': 'Thêm nhóm liên kết',
  'weblink.group_updated': 'Sửa nhóm liên kết',
  'weblink.group_deleted': 'Xóa nhóm liên kết',
  'weblink.group_moved': 'Đổi thứ tự nhóm liên kết',
  'weblink.created': 'Thêm liên kết web',
  'weblink.updated': 'Sửa liên kết web',
  'weblink.deleted': 'Xóa liên kết web',
  'weblink.moved': 'Đổi thứ tự liên kết web',
  'weblink.checked': 'Kiểm tra liên kết web',
  'banner.created': 'Thêm banner',
  'banner.updated': 'Sửa banner',
  'banner.deleted': 'Xóa banner',
  'banner.moved': 'Đổi thứ tự banner',
  'place.description_updated': 'Sửa mô tả đơn vị hành chính',
  'article.places_updated': 'Gắn địa danh cho bài viết',
};

/** Label of an action, falling back to its code. */
export function actionLabel(action: string): string {
  return AUDIT_ACTIONS[action] ?? action;
}
