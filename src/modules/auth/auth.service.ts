import crypto from 'node:crypto';
import { isLocked, needsSecondFactor, type Account, type Role } from '../account/account.ts';
import { withSite } from '../../db/site-scope.ts';
import { addressGroup } from '../../http/client-address.ts';
import type { AccountRepository } from '../account/account.repository.ts';
import type { Actor, AuditAction } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import {
  IDLE_LIMIT_MS,
  INACTIVE_LIMIT_DAYS,
  LOCKOUT_MS,
  MAX_FAILED_LOGINS,
  SESSION_LIFETIME_MS,
  STASH_MAX_BYTES,
  STASH_PER_HOUR,
  STASH_TTL_MS,
  type Session,
  type SessionState,
} from './auth.ts';
import type { AuthRepository } from './auth.repository.ts';
import { DUMMY_HASH_PROMISE, passwordProblem, verifyPassword } from './password.ts';
import {
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpQrSvg,
  totpUri,
  verifyTotp,
} from './totp.ts';
import { AUTH_MESSAGES as M } from './auth.messages.ts';

/** Where a request comes from (for the audit trail and rate limits). */
export interface Origin {
  ip: string;
  userAgent: string;
}

export type LoginResult =
  { ok: true; token: string; state: SessionState } | { ok: false; message: string };

export type Resolved =
  | { ok: true; session: Session; account: Account }
  | { ok: false; reason: 'missing' | 'disabled' }
  | {
      ok: false;
      reason: 'idle' | 'expired';
      /** The session that just ended (a form it posted may be stashed for its owner). */
      ended: { accountId: number; csrfToken: string };
    };

/**
 * The one answer to every failed login, whatever the cause (unknown name, wrong password,
 * locked or disabled account), so that it reveals nothing about the account.
 */
export const LOGIN_FAILED = M['auth.login_failed'];
const LOCKED = M['auth.locked'];

/** Audit records that requests without a session may cause, per source and in all, per window. */
export const ANON_AUDIT_PER_SOURCE = 30;
export const ANON_AUDIT_TOTAL = 300;
export const ANON_AUDIT_WINDOW_MS = 15 * 60_000;

function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Login, second factor, sessions and the inactivity rule. */
export function authService(deps: {
  accounts: AccountRepository;
  repo: AuthRepository;
  audit: AuditService;
  clock: () => Date;
  /** The issuer an authenticator app shows (the province's portal name). */
  issuer: () => Promise<string>;
  /** Roles the admin has freed from the second factor (reporters and editors at most). */
  optionalTotpRoles: () => Promise<readonly Role[]>;
}) {
  const { accounts, repo, audit } = deps;
  const actorOf = (
    a: Pick<Account, 'id' | 'fullName' | 'username'> | undefined,
    o: Origin,
    name?: string,
  ): Actor => ({
    id: a?.id ?? null,
    name: a ? `${a.fullName} (${a.username})` : (name ?? ''),
    ip: o.ip,
    userAgent: o.userAgent,
  });

  async function newSession(
    accountId: number,
    state: SessionState,
    o: Origin,
    siteId: number | null = null,
  ): Promise<string> {
    const token = crypto.randomBytes(32).toString('base64url');
    const now = deps.clock();
    await repo.insertSession({
      id: tokenHash(token),
      accountId,
      state,
      csrfToken: crypto.randomBytes(24).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
      ip: o.ip,
      userAgent: o.userAgent.slice(0, 400),
      siteId,
    });
    return token;
  }

  /** Counts a hit for `key`; false once more than `limit` hits fall in the current window. */
  async function allow(key: string, limit: number, windowMs: number): Promise<boolean> {
    const now = deps.clock().getTime();
    return (await repo.hit(key, new Date(now - (now % windowMs)))) <= limit;
  }

  /**
   * Audits what a request without a session caused, within a budget per source address and in
   * all per window, so that nobody anonymous can grow the (append-only) trail without bound. The
   * first record over the overall budget in a window says that records are being dropped.
   */
  async function auditAnonymous(
    actor: Actor,
    action: AuditAction,
    target: Parameters<AuditService['record']>[2] = {},
  ): Promise<void> {
    const source = `audit:${addressGroup(actor.ip)}`;
    if (!(await allow(source, ANON_AUDIT_PER_SOURCE, ANON_AUDIT_WINDOW_MS))) return;
    const now = deps.clock().getTime();
    const n = await repo.hit('audit:*', new Date(now - (now % ANON_AUDIT_WINDOW_MS)));
    if (n <= ANON_AUDIT_TOTAL) await audit.record(actor, action, target);
    else if (n === ANON_AUDIT_TOTAL + 1)
      await audit.record({ ...actor, id: null, name: 'Hệ thống' }, 'security.audit_throttled', {
        summary: `Quá ${ANON_AUDIT_TOTAL} sự kiện từ yêu cầu chưa đăng nhập trong 15 phút: các sự kiện tiếp theo không được ghi`,
      });
  }

  /** Locks an account (once, even when several failures race to it) and audits the lockout. */
  async function lock(a: Account, o: Origin): Promise<void> {
    const now = deps.clock();
    const until = new Date(now.getTime() + LOCKOUT_MS);
    if (await accounts.lockIfUnlocked(a.id, until, now)) {
      await audit.record(actorOf(a, o), 'auth.lockout', {
        type: 'account',
        id: a.id,
        summary: `Khóa đến ${until.toISOString()}`,
      });
    }
  }

  /** Counts a failed second-factor code toward the lockout; audits it and the lockout. */
  async function fail(a: Account, o: Origin, action: AuditAction): Promise<void> {
    const n = await accounts.addFailedLogin(a.id);
    await audit.record(actorOf(a, o), action, {
      type: 'account',
      id: a.id,
      summary: `Lần sai thứ ${n}`,
    });
    if (n >= MAX_FAILED_LOGINS) await lock(a, o);
  }

  /**
   * Whether an account must use a second factor under the install's setting: one login serves
   * every site, so the strictest of its roles on any site decides.
   */
  async function secondFactorRequired(account: Pick<Account, 'grants' | 'role'>): Promise<boolean> {
    return needsSecondFactor(account, await deps.optionalTotpRoles());
  }

  /** Replaces a session by a new one (new id: no fixation). */
  async function rotate(session: Session, state: SessionState, o: Origin): Promise<string> {
    await repo.deleteSession(session.id);
    return newSession(session.accountId, state, o, session.siteId);
  }

  return {
    /**
     * First step: username and password. Every failure gets the same answer after the same
     * work (one argon2 verification, against a dummy hash when there is no such account).
     * The attempt is counted atomically before the slow hash and the lock judged after it, so
     * a burst of concurrent guesses gets no more than MAX_FAILED_LOGINS of them checked.
     */
    async login(username: string, password: string, o: Origin): Promise<LoginResult> {
      const account = await accounts.byUsername(username.trim().toLowerCase());
      const refuse = async (a: Account | undefined, summary: string): Promise<LoginResult> => {
        await auditAnonymous(
          actorOf(a, o, username.slice(0, 60)),
          'auth.login_failed',
          a ? { type: 'account', id: a.id, summary } : { summary },
        );
        return { ok: false, message: LOGIN_FAILED };
      };
      if (!account || account.disabledAt) {
        await verifyPassword(await DUMMY_HASH_PROMISE, password);
        return refuse(
          account,
          account ? 'Tài khoản đã bị vô hiệu hóa' : 'Tên đăng nhập không tồn tại',
        );
      }
      let now = deps.clock();
      if (account.lockedUntil && !isLocked(account, now)) {
        // The lockout ran out by itself: record it (once), like an admin's unlock.
        if (await accounts.clearExpiredLock(account.id, account.lockedUntil)) {
          await audit.record(
            { id: null, name: 'Hệ thống', ip: o.ip, userAgent: o.userAgent },
            'account.lock_expired',
            {
              type: 'account',
              id: account.id,
              summary: `${account.fullName} (${account.username})`,
            },
          );
        }
      }
      const attempt = isLocked(account, now)
        ? undefined
        : await accounts.addFailedLogin(account.id);
      const secrets = await accounts.secrets(account.id);
      const valid = await verifyPassword(
        secrets?.passwordHash ?? (await DUMMY_HASH_PROMISE),
        password,
      );
      now = deps.clock();
      if (attempt === undefined) return refuse(account, 'Tài khoản đang bị khóa');
      if (!valid) {
        if (attempt >= MAX_FAILED_LOGINS) await lock(account, o);
        return refuse(account, `Sai mật khẩu, lần sai thứ ${attempt}`);
      }
      // Right password: withdraw this attempt from the count, unless a guess racing with it has
      // locked the account meanwhile; more attempts than allowed were in flight: refused too.
      if (!(await accounts.withdrawLoginAttempt(account.id, now)))
        return refuse(account, 'Tài khoản bị khóa trong lúc kiểm tra mật khẩu');
      if (attempt > MAX_FAILED_LOGINS)
        return refuse(account, 'Quá nhiều lần thử đăng nhập cùng lúc');
      const fresh = (await accounts.byId(account.id)) ?? account;
      const state: SessionState = fresh.totpEnabled
        ? 'totp'
        : (await secondFactorRequired(fresh))
          ? 'enroll'
          : 'active';
      if (
        state === 'active' &&
        passwordProblem(password, { secondFactor: false, username: fresh.username })
      ) {
        // Without a second factor the password must meet the 14-character rule: change it now.
        await accounts.update(fresh.id, { mustChangePassword: 1 });
      }
      if (state === 'active') await this.completeLogin(fresh, o);
      return { ok: true, token: await newSession(fresh.id, state, o), state };
    },

    secondFactorRequired,
    auditAnonymous,

    /** Marks a successful login: resets failures, records the time, audits. */
    async completeLogin(account: Account, o: Origin): Promise<void> {
      await accounts.update(account.id, {
        failedLogins: 0,
        lockedUntil: null,
        lastLoginAt: deps.clock().toISOString(),
      });
      await audit.record(actorOf(account, o), 'auth.login', { type: 'account', id: account.id });
    },

    /** Second step: a TOTP code or a single-use recovery code. Returns the new session token. */
    async secondFactor(
      session: Session,
      account: Account,
      code: string,
      o: Origin,
    ): Promise<{ ok: true; token: string } | { ok: false; message: string }> {
      const now = deps.clock();
      if (isLocked(account, now)) return { ok: false, message: LOCKED };
      const secrets = await accounts.secrets(account.id);
      if (!secrets?.totpSecret) return { ok: false, message: M['auth.totp_not_enabled'] };
      const trimmed = code.trim();
      let ok = false;
      if (/^\d{3}\s?\d{3}$/.test(trimmed)) {
        const step = verifyTotp(secrets.totpSecret, trimmed, now, secrets.totpLastStep);
        ok = step !== undefined && (await accounts.advanceTotpStep(account.id, step));
      } else if (trimmed.length >= 10) {
        ok = await accounts.consumeRecoveryCode(
          account.id,
          hashRecoveryCode(trimmed),
          secrets.recoveryCodes,
        );
        if (ok) {
          await audit.record(actorOf(account, o), 'auth.recovery_used', {
            type: 'account',
            id: account.id,
            summary: `Còn ${secrets.recoveryCodes.length - 1} mã khôi phục`,
          });
        }
      }
      if (!ok) {
        await fail(account, o, 'auth.totp_failed');
        const fresh = await accounts.byId(account.id);
        return {
          ok: false,
          message: fresh && isLocked(fresh, now) ? LOCKED : M['auth.totp_wrong'],
        };
      }
      await this.completeLogin(account, o);
      return { ok: true, token: await rotate(session, 'active', o) };
    },

    /** The enrolment data (secret, otpauth URI, QR code); creates the pending secret if needed. */
    async enrolment(account: Account): Promise<{ secret: string; uri: string; qrSvg: string }> {
      let secret = (await accounts.secrets(account.id))?.totpSecret ?? null;
      if (!secret || account.totpEnabled) {
        if (account.totpEnabled && secret) throw new Error('already enrolled');
        secret = newTotpSecret();
        await accounts.update(account.id, { totpSecret: secret });
      }
      const uri = totpUri(secret, await deps.issuer(), account.username);
      return { secret, uri, qrSvg: await totpQrSvg(uri) };
    },

    /** Confirms enrolment with a first code; returns the recovery codes (shown once) and a new session token. */
    async confirmEnrolment(
      session: Session,
      account: Account,
      code: string,
      o: Origin,
    ): Promise<{ ok: true; codes: string[]; token: string } | { ok: false; message: string }> {
      const secrets = await accounts.secrets(account.id);
      const step = secrets?.totpSecret
        ? verifyTotp(secrets.totpSecret, code, deps.clock(), secrets.totpLastStep)
        : undefined;
      if (step === undefined || !(await accounts.advanceTotpStep(account.id, step))) {
        return {
          ok: false,
          message: M['auth.totp_setup_wrong'],
        };
      }
      const codes = newRecoveryCodes();
      await accounts.update(account.id, {
        totpEnabled: 1,
        recoveryCodes: JSON.stringify(codes.map(hashRecoveryCode)),
      });
      await audit.record(actorOf(account, o), 'auth.totp_enrolled', {
        type: 'account',
        id: account.id,
      });
      if (session.state !== 'active') await this.completeLogin(account, o);
      return { ok: true, codes, token: await rotate(session, 'active', o) };
    },

    /** New single-use recovery codes (the old ones stop working), confirmed with a current TOTP code. */
    async regenerateRecoveryCodes(
      account: Account,
      code: string,
      o: Origin,
    ): Promise<{ ok: true; codes: string[] } | { ok: false; message: string }> {
      const secrets = await accounts.secrets(account.id);
      if (!account.totpEnabled || !secrets?.totpSecret)
        return { ok: false, message: M['auth.totp_not_enabled'] };
      const step = verifyTotp(secrets.totpSecret, code, deps.clock(), secrets.totpLastStep);
      if (step === undefined || !(await accounts.advanceTotpStep(account.id, step))) {
        await fail(account, o, 'auth.totp_failed');
        return { ok: false, message: M['auth.totp_used'] };
      }
      const codes = newRecoveryCodes();
      await accounts.update(account.id, {
        recoveryCodes: JSON.stringify(codes.map(hashRecoveryCode)),
      });
      await audit.record(actorOf(account, o), 'auth.recovery_regenerated', {
        type: 'account',
        id: account.id,
      });
      return { ok: true, codes };
    },

    /** Finds the session of a cookie token, enforcing idle and absolute limits; touches it. */
    async resolve(token: string | undefined, o: Origin): Promise<Resolved> {
      if (!token) return { ok: false, reason: 'missing' };
      const session = await repo.session(tokenHash(token));
      if (!session) return { ok: false, reason: 'missing' };
      const now = deps.clock();
      const account = await accounts.byId(session.accountId);
      const idle = now.getTime() - session.lastSeenAt.getTime() > IDLE_LIMIT_MS;
      const expired = now > session.expiresAt;
      if (!account || account.disabledAt || idle || expired) {
        await repo.deleteSession(session.id);
        const reason = !account || account.disabledAt ? 'disabled' : idle ? 'idle' : 'expired';
        if (account)
          await audit.record(actorOf(account, o), 'auth.session_expired', {
            type: 'account',
            id: account.id,
            summary: reason === 'idle' ? 'Không hoạt động 15 phút' : reason,
          });
        if (reason === 'disabled') return { ok: false, reason };
        return {
          ok: false,
          reason,
          ended: { accountId: session.accountId, csrfToken: session.csrfToken },
        };
      }
      // Throttled touch: one write per 30 s is enough for a 15-minute idle rule.
      if (now.getTime() - session.lastSeenAt.getTime() > 30_000)
        await repo.touchSession(session.id, now);
      return { ok: true, session, account };
    },

    /** Sets the session's working site (the caller checked the grant); audited on that site. */
    async chooseSite(session: Session, account: Account, siteId: number, o: Origin): Promise<void> {
      await repo.setSessionSite(session.id, siteId);
      await withSite(siteId, () =>
        audit.record(actorOf(account, o), 'auth.site_switched', {
          type: 'account',
          id: account.id,
          summary: `Từ trang ${session.siteId ?? '—'} sang trang ${siteId}`,
          detail: { from: session.siteId, to: siteId },
        }),
      );
    },

    async logout(session: Session, account: Account, o: Origin): Promise<void> {
      await repo.deleteSession(session.id);
      await audit.record(actorOf(account, o), 'auth.logout', { type: 'account', id: account.id });
    },

    /** Ends every session of an account (log out everywhere). */
    async logoutEverywhere(account: Account, o: Origin): Promise<number> {
      const n = await repo.deleteSessionsOf(account.id);
      await audit.record(actorOf(account, o), 'auth.logout_all', {
        type: 'account',
        id: account.id,
        summary: `${n} phiên`,
      });
      return n;
    },

    /**
     * Keeps a form posted just after the account's session ended, to offer it again to the same
     * account after login. Returns the secret for the posting browser's cookie (the row is keyed
     * by its hash), or undefined when the form is too large or the account stashes too often.
     * One stash per account: a new one replaces the last.
     */
    async stashForm(
      accountId: number,
      path: string,
      fields: Record<string, string | string[]>,
    ): Promise<string | undefined> {
      const json = JSON.stringify(fields);
      if (Buffer.byteLength(json) > STASH_MAX_BYTES) return undefined;
      if (!(await allow(`stash:${accountId}`, STASH_PER_HOUR, 3_600_000))) return undefined;
      const secret = crypto.randomBytes(32).toString('base64url');
      await repo.putStash({
        id: tokenHash(secret),
        accountId,
        path,
        fields: json,
        createdAt: deps.clock(),
      });
      return secret;
    },
    /** The stash of this browser's secret, if it belongs to this account and has not expired (taken once). */
    takeStash: (secret: string, accountId: number) =>
      repo.takeStash(tokenHash(secret), accountId, new Date(deps.clock().getTime() - STASH_TTL_MS)),

    allow,

    /** Ends every session of an account (after an admin's change to it); returns how many. */
    endSessionsOf: (accountId: number) => repo.deleteSessionsOf(accountId),

    /** The scheduled rule: disables accounts unused for 45 days; returns how many. */
    async disableInactive(): Promise<number> {
      const now = deps.clock();
      const idle = await accounts.idleSince(
        new Date(now.getTime() - INACTIVE_LIMIT_DAYS * 86_400_000),
      );
      const system: Actor = { id: null, name: 'Hệ thống', ip: '', userAgent: '' };
      for (const a of idle) {
        await accounts.update(a.id, {
          disabledAt: now.toISOString(),
          disabledReason: `Không sử dụng quá ${INACTIVE_LIMIT_DAYS} ngày`,
          updatedAt: now.toISOString(),
        });
        await repo.deleteSessionsOf(a.id);
        await audit.record(system, 'account.auto_disabled', {
          type: 'account',
          id: a.id,
          summary: `${a.fullName} (${a.username})`,
        });
      }
      return idle.length;
    },

    /** Housekeeping: expired sessions, old stashes and rate windows. */
    async purge(): Promise<void> {
      const now = deps.clock();
      await repo.deleteExpiredSessions(now, new Date(now.getTime() - IDLE_LIMIT_MS));
      await repo.deleteStashesBefore(new Date(now.getTime() - STASH_TTL_MS));
      await repo.deleteRateWindowsBefore(new Date(now.getTime() - 86_400_000));
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
