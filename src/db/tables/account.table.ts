import type { Generated } from 'kysely';

/** `account`: a staff member of the back office. */
export interface AccountTable {
  id: Generated<number>;
  username: string;
  fullName: string;
  email: Generated<string>;
  role: string;
  allSections: Generated<number>;
  passwordHash: string;
  mustChangePassword: Generated<number>;
  passwordChangedAt: string;
  totpSecret: string | null;
  totpEnabled: Generated<number>;
  /** Last accepted TOTP time step (codes at or before it are replays). */
  totpLastStep: Generated<number>;
  /** JSON array of SHA-256 hashes of unused recovery codes. */
  recoveryCodes: Generated<string>;
  failedLogins: Generated<number>;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  disabledAt: string | null;
  disabledReason: Generated<string>;
  createdAt: string;
  updatedAt: string;
}

/** `account_section`: the sections an account may work in. */
export interface AccountSectionTable {
  accountId: number;
  sectionId: number;
}
