import type { ColumnType, Generated } from 'kysely';

/** `session`: a back-office session; `id` is the SHA-256 of the cookie token. */
export interface SessionTable {
  /** The back office's working site (null: the account's first site). */
  siteId: Generated<number | null>;
  id: string;
  accountId: number;
  /** 'totp' (password ok, code pending), 'enroll' (must enrol a second factor), 'active'. */
  state: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: Generated<string>;
  userAgent: Generated<string>;
}

/**
 * `form_stash`: fields of a form posted after the session expired, kept for one hour; `id` is
 * the SHA-256 of the secret in the posting browser's cookie, `accountId` the expired session's.
 */
export interface FormStashTable {
  id: string;
  accountId: number;
  path: string;
  fields: string;
  createdAt: string;
}

/** `rate_limit`: hits per key per fixed window (shared by all app instances). */
export interface RateLimitTable {
  key: string;
  windowStart: string;
  hits: Generated<number>;
}

/** `job_lease`: which instance runs a scheduled job, until when. */
export interface JobLeaseTable {
  name: string;
  holder: string;
  until: string;
  lastRunAt: string | null;
  /** When the last run failed; null once a run succeeds. */
  failedAt: ColumnType<string | null, string | null | undefined, string | null>;
  /** What the last failed run reported (a short message, no stack). */
  lastError: ColumnType<string, string | undefined, string>;
}
