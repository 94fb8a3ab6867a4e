import { PROVINCE_SITE_ID } from '../../http/site.ts';

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

/** The role an account holds on one site, and the sections of that site it works in. */
export interface SiteGrant {
  siteId: number;
  role: Role;
  allSections: boolean;
  /** Sections of that site only. */
  sectionIds: number[];
}

/**
 * A staff account as the rest of the app sees it (no secrets). Accounts are global (one login,
 * one second factor); rights are granted per site (`grants`). `role`, `allSections` and
 * `sectionIds` are the grant on the site in scope (the back office's working site), so the
 * policy (`can`) judges the site being worked on; an account without a grant there reads as a
 * reporter without sections (`granted` false), which the staff guard never lets through.
 */
export interface Account {
  id: number;
  username: string;
  fullName: string;
  email: string;
  role: Role;
  allSections: boolean;
  sectionIds: number[];
  /** Whether `role` is a grant on the site in scope (explicit, or a system admin's). */
  granted: boolean;
  /** Every site the account holds a role on. */
  grants: SiteGrant[];
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

/** Whether the account is a system admin (admin of the province's site). */
export function isSystemAdmin(a: Pick<Account, 'grants'>): boolean {
  return a.grants.some((g) => g.siteId === PROVINCE_SITE_ID && g.role === 'admin');
}

/** The account's grant on a site: its own, or a system admin's implicit admin grant. */
export function grantOn(a: Pick<Account, 'grants'>, siteId: number): SiteGrant | undefined {
  const own = a.grants.find((g) => g.siteId === siteId);
  if (own) return own;
  return isSystemAdmin(a)
    ? { siteId, role: 'admin', allSections: false, sectionIds: [] }
    : undefined;
}

/** The account as it works on `siteId`: that site's grant laid over it (see `Account`). */
export function onSite<A extends Account>(a: A, siteId: number): A {
  const g = grantOn(a, siteId);
  return g
    ? { ...a, role: g.role, allSections: g.allSections, sectionIds: g.sectionIds, granted: true }
    : { ...a, role: 'reporter', allSections: false, sectionIds: [], granted: false };
}

/**
 * The sites an account may work on, in order: the province first, then by site id. A system
 * admin may work on every site of `all`.
 */
export function grantedSiteIds(a: Pick<Account, 'grants'>, all: readonly number[]): number[] {
  const ids = isSystemAdmin(a) ? [...all] : a.grants.map((g) => g.siteId);
  return [...new Set(ids)].sort((x, y) =>
    x === PROVINCE_SITE_ID ? -1 : y === PROVINCE_SITE_ID ? 1 : x - y,
  );
}

/** Whether any of an account's roles must use a second factor (the strictest grant decides). */
export function needsSecondFactor(
  a: Pick<Account, 'grants' | 'role'>,
  optional: readonly Role[] = [],
): boolean {
  const roles = a.grants.length ? a.grants.map((g) => g.role) : [a.role];
  return roles.some((r) => requiresSecondFactor(r, optional));
}
