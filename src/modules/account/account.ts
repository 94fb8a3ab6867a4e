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

/**
 * Roles the admin may free from the second factor (an audited setting, warned about on the
 * dashboard). Never admins (PRODUCT.md §8) nor approvers, who publish in the Party's name.
 */
export const TOTP_RELAXABLE_ROLES: readonly Role[] = ['reporter', 'editor'];

/** Setting key: the roles freed from the second factor (JSON array of roles). */
export const TOTP_OPTIONAL_SETTING = 'totpOptionalRoles';

/** The relaxable roles named in a stored setting value (anything else is ignored). */
export function optionalTotpRolesOf(value: unknown): Role[] {
  return Array.isArray(value) ? TOTP_RELAXABLE_ROLES.filter((r) => value.includes(r)) : [];
}

/** Whether a role must use a second factor: every role, unless the admin freed it. */
export function requiresSecondFactor(role: Role, optional: readonly Role[] = []): boolean {
  return !(TOTP_RELAXABLE_ROLES.includes(role) && optional.includes(role));
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

/**
 * A section as the account pages show it (for assigning sections); modules/site's `Section`
 * fits it, and account/ does not import site/ (site's pages are guarded by the account policy).
 */
export interface AccountSection {
  id: number;
  name: string;
  kind: 'articles' | 'pages';
}
