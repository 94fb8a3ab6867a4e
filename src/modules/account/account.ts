/** Newsroom and system roles (PRODUCT.md §1). */
export type Role = 'reporter' | 'editor' | 'approver' | 'admin';

export const ROLES: readonly Role[] = ['reporter', 'editor', 'approver', 'admin'];

/** Role names as staff read them. */
export const ROLE_LABELS: Record<Role, string> = {
  reporter: 'Phóng viên',
  editor: 'Biên tập viên',
  approver: 'Lãnh đạo Ban biên tập',
  admin: 'Quản trị hệ thống',
};

/** Roles that must use a second factor. */
export function requiresSecondFactor(role: Role): boolean {
  return role === 'admin' || role === 'approver';
}

/** A staff account as the rest of the app sees it (no secrets). */
export interface Account {
  id: number;
  username: string;
  fullName: string;
  email: string;
  role: Role;
  allSections: boolean;
  sectionIds: number[];
  mustChangePassword: boolean;
  totpEnabled: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  disabledAt: Date | null;
  disabledReason: string;
  createdAt: Date;
}

/** Whether an account is locked out at `now` (too many failed logins). */
export function isLocked(a: Pick<Account, 'lockedUntil'>, now: Date): boolean {
  return a.lockedUntil !== null && a.lockedUntil > now;
}
