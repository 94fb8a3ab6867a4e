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
  'participation.viewed': 'Xem ý kiến bạn đọc (dữ liệu cá nhân)',
  'participation.attachment_viewed': 'Mở tệp đính kèm của ý kiến bạn đọc',
  'participation.assigned': 'Giao ý kiến cho đơn vị',
  'participation.status': 'Đổi trạng thái ý kiến',
  'participation.noted': 'Ghi chú nội bộ vào ý kiến',
  'participation.replied': 'Trả lời ý kiến bạn đọc',
  'participation.published': 'Công khai câu hỏi trong Hỏi đáp',
  'participation.unpublished': 'Gỡ câu hỏi khỏi Hỏi đáp',
  'participation.erased': 'Xóa dữ liệu cá nhân của người gửi',
  'participation.exported': 'Xuất dữ liệu cá nhân của người gửi',
  'participation.expired': 'Xóa dữ liệu cá nhân hết thời hạn lưu giữ',
  'participation.unit_created': 'Thêm đơn vị nhận ý kiến',
  'participation.unit_updated': 'Sửa đơn vị nhận ý kiến',
  'participation.unit_deleted': 'Xóa đơn vị nhận ý kiến',
  'participation.retention_updated': 'Đổi thời hạn lưu giữ dữ liệu góp ý',
  'participation.sla_updated': 'Đổi thời hạn xử lý từng bước của ý kiến bạn đọc',
  'poll.created': 'Thêm cuộc thăm dò ý kiến',
  'poll.updated': 'Sửa cuộc thăm dò ý kiến',
  'poll.deleted': 'Xóa cuộc thăm dò ý kiến',
  'consultation.created': 'Mở đợt lấy ý kiến dự thảo',
  'consultation.updated': 'Sửa đợt lấy ý kiến dự thảo',
  'consultation.section_saved': 'Lưu phần, mục của dự thảo',
  'consultation.section_deleted': 'Xóa phần, mục của dự thảo',
  'consultation.moderated': 'Phân loại ý kiến góp ý dự thảo',
  'consultation.exported': 'Xuất tổng hợp ý kiến góp ý dự thảo',
  'consultation.expired': 'Xóa thông tin liên hệ của người góp ý dự thảo hết thời hạn lưu giữ',
  'organisation.unit_saved': 'Lưu đơn vị trong cơ cấu tổ chức',
  'organisation.unit_deleted': 'Xóa đơn vị trong cơ cấu tổ chức',
  'organisation.person_saved': 'Lưu thông tin cán bộ',
  'organisation.person_deleted': 'Xóa cán bộ khỏi danh bạ',
  'organisation.post_added': 'Thêm chức vụ của cán bộ',
  'organisation.post_updated': 'Sửa chức vụ của cán bộ',
  'organisation.post_deleted': 'Xóa chức vụ của cán bộ',
  'organisation.photo_set': 'Đặt ảnh chân dung của cán bộ',
  'organisation.photo_removed': 'Bỏ ảnh chân dung của cán bộ',
  'schedule.created': 'Thêm mục lịch công tác',
  'schedule.updated': 'Sửa mục lịch công tác',
  'schedule.approved': 'Duyệt mục lịch công tác',
  'schedule.adjusted': 'Điều chỉnh lịch công tác đã công bố',
  'schedule.deleted': 'Xóa mục lịch công tác',
  'schedule.file_uploaded': 'Đính kèm lịch công tác tuần đã ký',
  'schedule.file_deleted': 'Xóa tệp lịch công tác tuần',
  'album.created': 'Tạo album ảnh',
  'album.updated': 'Sửa album ảnh',
  'album.photos_added': 'Thêm ảnh vào album',
  'album.photo_updated': 'Sửa chú thích ảnh trong album',
  'album.photo_removed': 'Bỏ ảnh khỏi album',
  'album.photo_moved': 'Đổi thứ tự ảnh trong album',
  'album.submit': 'Gửi album đi biên tập',
  'album.forward': 'Chuyển duyệt album',
  'album.return': 'Trả lại album',
  'album.publish': 'Xuất bản album',
  'album.correct': 'Đính chính album',
  'album.withdraw': 'Gỡ album',
  'video.created': 'Tạo video',
  'video.updated': 'Sửa video',
  'video.captions': 'Tải phụ đề video',
  'video.submit': 'Gửi video đi biên tập',
  'video.forward': 'Chuyển duyệt video',
  'video.return': 'Trả lại video',
  'video.publish': 'Xuất bản video',
  'video.correct': 'Đính chính video',
  'video.withdraw': 'Gỡ video',
  'hub.created': 'Tạo chuyên đề',
  'hub.updated': 'Sửa chuyên đề',
  'hub.moved': 'Đổi thứ tự chuyên đề',
  'hub.editors': 'Đổi biên tập viên của chuyên đề',
  'hub.block_added': 'Thêm khối vào chuyên đề',
  'hub.block_saved': 'Sửa khối của chuyên đề',
  'hub.block_removed': 'Xóa khối của chuyên đề',
  'hub.block_moved': 'Đổi thứ tự khối của chuyên đề',
  'hub.refused': 'Từ chối sửa chuyên đề (không phải biên tập viên)',
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
  participation: 'Liên hệ – góp ý, Hỏi đáp',
  organisation: 'Cơ cấu tổ chức',
  schedule: 'Lịch công tác',
  album: 'Thư viện ảnh',
  hub: 'Chuyên đề',
  video: 'Video',
  document: 'Văn bản',
  consultation: 'Lấy ý kiến dự thảo',
  poll: 'Thăm dò ý kiến',
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
