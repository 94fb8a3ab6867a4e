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

/**
 * The catalogue of audited actions: every code the application writes, with its Vietnamese
 * label (the audit viewer's vocabulary). `record` accepts only these codes, so an action without
 * a label does not compile; audit.actions.test.ts also checks every code written in src/.
 */
export const AUDIT_ACTIONS = {
  'article.created': 'Tạo bài viết',
  'article.saved': 'Lưu bài viết',
  'article.submit': 'Gửi bài đi biên tập',
  'article.forward': 'Chuyển bài lên duyệt',
  'article.return': 'Trả lại bài',
  'article.publish': 'Xuất bản bài',
  'article.schedule': 'Hẹn giờ đăng bài',
  'article.unschedule': 'Hủy hẹn giờ đăng bài',
  'article.setUnpublish': 'Hẹn giờ gỡ bài',
  'article.unpublish': 'Gỡ bài theo giờ đã hẹn',
  'article.withdraw': 'Gỡ bài',
  'article.proposed': 'Đề xuất bài lên trang tỉnh (Tin cơ sở)',
  'article.syndicated': 'Nhận đăng bài của đơn vị (Tin cơ sở)',
  'article.syndication_declined': 'Không nhận đăng bài đề xuất của đơn vị',
  'article.syndicated_followed': 'Cập nhật bài đăng lại theo bài gốc của đơn vị',
  'page.updated': 'Sửa trang giới thiệu',
  'page.translated': 'Sửa bản tiếng Anh của trang giới thiệu',
  'article.correct': 'Chuyển bài sang đính chính',
  'article.corrected': 'Đính chính bài',
  'article.restored': 'Khôi phục phiên bản bài',
  'article.lock_taken': 'Tiếp quản chỉnh sửa bài',
  'article.places_updated': 'Gắn địa danh cho bài viết',
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
  'auth.site_switched': 'Chuyển trang làm việc',
  'account.created': 'Tạo tài khoản',
  'account.updated': 'Sửa tài khoản',
  'account.granted': 'Giao quyền trên trang',
  'account.revoked': 'Thu hồi quyền trên trang',
  'account.disabled': 'Vô hiệu hóa tài khoản',
  'account.enabled': 'Kích hoạt lại tài khoản',
  'account.unlocked': 'Mở khóa tài khoản',
  'account.totp_reset': 'Đặt lại xác thực hai lớp',
  'account.password_reset': 'Đặt lại mật khẩu',
  'account.password_change_forced': 'Buộc đổi mật khẩu',
  'account.lock_expired': 'Hết thời gian khóa đăng nhập',
  'account.auto_disabled': 'Tự động vô hiệu hóa (không dùng 45 ngày)',
  'security.csrf_rejected': 'Từ chối biểu mẫu không hợp lệ',
  'security.totp_policy_changed': 'Đổi quy định xác thực hai lớp',
  'security.audit_throttled': 'Tạm ngừng ghi nhật ký yêu cầu chưa đăng nhập',
  'settings.updated': 'Sửa cài đặt',
  'settings.logo_updated': 'Đổi logo',
  'settings.logo_removed': 'Bỏ logo',
  'settings.favicon_updated': 'Đổi biểu tượng trang',
  'settings.favicon_removed': 'Bỏ biểu tượng trang',
  'settings.header_updated': 'Đổi ảnh đầu trang',
  'settings.header_removed': 'Bỏ ảnh đầu trang',
  'sidebar.updated': 'Sửa khối bên phải',
  'menu.initialized': 'Chuyển sang menu tự chỉnh',
  'menu.item_created': 'Thêm mục menu',
  'menu.item_updated': 'Sửa mục menu',
  'menu.item_deleted': 'Xóa mục menu',
  'menu.item_moved': 'Đổi thứ tự menu',
  'banner.created': 'Thêm banner',
  'banner.updated': 'Sửa banner',
  'banner.deleted': 'Xóa banner',
  'banner.moved': 'Đổi thứ tự banner',
  'weblink.group_created': 'Thêm nhóm liên kết',
  'weblink.group_updated': 'Sửa nhóm liên kết',
  'weblink.group_deleted': 'Xóa nhóm liên kết',
  'weblink.group_moved': 'Đổi thứ tự nhóm liên kết',
  'weblink.created': 'Thêm liên kết web',
  'weblink.updated': 'Sửa liên kết web',
  'weblink.deleted': 'Xóa liên kết web',
  'weblink.moved': 'Đổi thứ tự liên kết web',
  'weblink.checked': 'Kiểm tra liên kết web',
  'media.uploaded': 'Tải lên tệp media',
  'media.refused': 'Từ chối tệp tải lên',
  'media.updated': 'Sửa thông tin tệp media',
  'place.description_updated': 'Sửa mô tả đơn vị hành chính',
  'site.created': 'Tạo trang thành viên',
  'site.updated': 'Sửa tên, địa chỉ trang thành viên',
  'site.suspended': 'Tạm ngừng trang thành viên',
  'site.resumed': 'Cho trang thành viên hoạt động trở lại',
  'document.created': 'Nhập văn bản',
  'document.saved': 'Sửa văn bản',
  'document.number_unrecognised': 'Nhận số, ký hiệu văn bản không đúng mẫu (có lý do)',
  'document.file_added': 'Thêm tệp văn bản',
  'document.file_removed': 'Bỏ tệp văn bản',
  'document.submit': 'Gửi văn bản đi kiểm tra',
  'document.return': 'Trả lại văn bản',
  'document.approve': 'Duyệt văn bản',
  'document.publish': 'Đăng văn bản',
  'document.publish_refused': 'Từ chối đăng văn bản không công khai',
  'document.correct': 'Đính chính văn bản',
  'document.withdraw': 'Gỡ văn bản',
  'document.lists_updated': 'Sửa danh mục văn bản',
} as const satisfies Record<string, string>;

/** The code of an audited action ("article.publish"). */
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The viewer's groups of actions, by the code's first part. */
export const AUDIT_GROUPS: Record<string, string> = {
  article: 'Bài viết',
  auth: 'Đăng nhập, phiên làm việc',
  account: 'Tài khoản',
  security: 'An ninh',
  settings: 'Cài đặt trang',
  sidebar: 'Cài đặt trang',
  menu: 'Menu',
  page: 'Trang giới thiệu',
  banner: 'Banner',
  weblink: 'Liên kết web',
  media: 'Thư viện media',
  place: 'Bản đồ hành chính',
  site: 'Trang thành viên',
  document: 'Văn bản',
};

/** The actions grouped for the viewer's filter, in catalogue order. */
export function auditActionGroups(): { label: string; actions: [AuditAction, string][] }[] {
  const out: { label: string; actions: [AuditAction, string][] }[] = [];
  for (const [code, label] of Object.entries(AUDIT_ACTIONS) as [AuditAction, string][]) {
    const group = AUDIT_GROUPS[code.split('.')[0]!] ?? 'Khác';
    let g = out.find((x) => x.label === group);
    if (!g) out.push((g = { label: group, actions: [] }));
    g.actions.push([code, label]);
  }
  return out;
}

/** Whether a string is a catalogued action code. */
export function isAuditAction(s: string): s is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, s);
}

/** Label of an action, falling back to its code (records written before a rename). */
export function actionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action] : action;
}
