/** What the admin's dashboard says about the install's health (issue #13). */
export interface HealthReport {
  /** Accounts locked out now after failed sign-ins. */
  locked: { id: number; fullName: string; username: string; until: Date }[];
  /** Active accounts the inactivity rule will disable within `WARN_DAYS`. */
  nearLimit: { id: number; fullName: string; username: string; daysLeft: number }[];
  /** Web links that did not answer at their last check. */
  deadLinks: { id: number; title: string; url: string; failures: number; detail: string }[];
  /** Scheduled jobs whose last run failed. */
  failingJobs: { name: string; label: string; failedAt: Date; message: string }[];
  /** The file system holding the media store (null where the platform cannot tell). */
  disk: { freeBytes: number; totalBytes: number } | null;
  /** The database's size on disk. */
  databaseBytes: number | null;
}

/** Warn this many days before an unused account is disabled. */
export const WARN_DAYS = 7;

/** Under this share of free space (or this many bytes), the disk is reported as nearly full. */
export const DISK_LOW_SHARE = 0.1;
export const DISK_LOW_BYTES = 2 * 1024 ** 3;

/** Whether free space is low enough to warn. */
export function diskIsLow(d: { freeBytes: number; totalBytes: number }): boolean {
  return d.freeBytes < DISK_LOW_BYTES || d.freeBytes < d.totalBytes * DISK_LOW_SHARE;
}

/** The scheduled jobs' names as an admin reads them. */
export const JOB_LABELS: Record<string, string> = {
  'disable-inactive-accounts': 'Khoá tài khoản lâu không sử dụng',
  'purge-sessions': 'Dọn phiên đăng nhập hết hạn',
  'db-statistics': 'Cập nhật thống kê truy vấn cơ sở dữ liệu',
  'article-schedule': 'Đăng và gỡ bài theo lịch hẹn giờ',
  'check-weblinks': 'Kiểm tra liên kết web',
  backup: 'Sao lưu dữ liệu',
};

/** Days left before an account unused since `lastUse` is disabled at `limitDays`. */
export function daysLeft(lastUse: Date, now: Date, limitDays: number): number {
  return Math.ceil((lastUse.getTime() + limitDays * 86_400_000 - now.getTime()) / 86_400_000);
}
