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
  /** The back office's working site chosen on the province's host (null: the first granted). */
  siteId: number | null;
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
/** Its name under an https base URL: the browser then insists on Secure, Path=/ and no Domain. */
export const HOST_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** The session cookie's name for a base URL. */
export function sessionCookieName(baseUrl: string): string {
  return baseUrl.startsWith('https:') ? HOST_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * Cookie holding the secret of a form stashed when the session ended mid-edit: the stash is
 * offered again only in this browser, and only to the account whose session ended.
 */
export const STASH_COOKIE = 'nhap';
/** How long a stashed form is kept. */
export const STASH_TTL_MS = 60 * 60_000;
/** Largest stashed form (its fields as JSON, in bytes); larger forms are not kept. */
export const STASH_MAX_BYTES = 256 * 1024;
/** Stashes one account may make per hour (one is kept at a time: a new one replaces the last). */
export const STASH_PER_HOUR = 10;
