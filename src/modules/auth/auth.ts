/** Session states: the second step of login, forced enrolment, or fully signed in. */
export type SessionState = 'totp' | 'enroll' | 'active';

/** A back-office session row (the id is the hash of the cookie token). */
export interface Session {
  id: string;
  accountId: number;
  state: SessionState;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string;
  userAgent: string;
  stashId: string | null;
}

/** Idle time after which a back-office session locks (national baseline: 15 minutes). */
export const IDLE_LIMIT_MS = 15 * 60_000;
/** Absolute lifetime of a session, however active. */
export const SESSION_LIFETIME_MS = 10 * 60 * 60_000;
/** Failed logins before an account locks. */
export const MAX_FAILED_LOGINS = 5;
/** How long a lockout lasts unless an admin unlocks it sooner. */
export const LOCKOUT_MS = 30 * 60_000;
/** Accounts unused this long are disabled. */
export const INACTIVE_LIMIT_DAYS = 45;
/** Name of the session cookie. */
export const SESSION_COOKIE = 'phien';
