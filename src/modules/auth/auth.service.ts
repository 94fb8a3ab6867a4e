import crypto from 'node:crypto';
import { isLocked, requiresSecondFactor, type Account } from '../account/account.ts';
import type { AccountRepository } from '../account/account.repository.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import {
  IDLE_LIMIT_MS,
  INACTIVE_LIMIT_DAYS,
  LOCKOUT_MS,
  MAX_FAILED_LOGINS,
  SESSION_LIFETIME_MS,
  type Session,
  type SessionState,
} from './auth.ts';
import type { AuthRepository } from './auth.repository.ts';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password.ts';
import {
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpQrSvg,
  totpUri,
  verifyTotp,
} from './totp.ts';

/** Where a request comes from (for the audit trail and rate limits). */
export interface Origin {
  ip: string;
  userAgent: string;
}

export type LoginResult =
  { ok: true; token: string; state: SessionState } | { ok: false; message: string };

export type Resolved =
  | { ok: true; session: Session; account: Account }
  | { ok: false; reason: 'missing' | 'idle' | 'expired' | 'disabled' };

const BAD_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';
const LOCKED =
  'Tài khoản đang bị tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 30 phút hoặc liên hệ quản trị hệ thống.';

function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Login, second factor, sessions and the inactivity rule. */
export function authService(deps: {
  accounts: AccountRepository;
  repo: AuthRepository;
  audit: AuditService;
  clock: () => Date;
  issuer: string;
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
    stashId: string | null = null,
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
      stashId,
    });
    return token;
  }

  /** Counts a failure (password or code) toward the lockout; audits the lockout. */
  async function fail(a: Account, o: Origin, action: string): Promise<void> {
    const n = await accounts.addFailedLogin(a.id);
    await audit.record(actorOf(a, o), action, {
      type: 'account',
      id: a.id,
      summary: `Lần sai thứ ${n}`,
    });
    if (n >= MAX_FAILED_LOGINS) {
      const until = new Date(deps.clock().getTime() + LOCKOUT_MS);
      await accounts.update(a.id, { lockedUntil: until.toISOString() });
      await audit.record(actorOf(a, o), 'auth.lockout', {
        type: 'account',
        id: a.id,
        summary: `Khóa đến ${until.toISOString()}`,
      });
    }
  }

  /** Replaces a session by a new one (new id: no fixation), keeping any stashed form. */
  async function rotate(session: Session, state: SessionState, o: Origin): Promise<string> {
    await repo.deleteSession(session.id);
    return newSession(session.accountId, state, o, session.stashId);
  }

  return {
    /** First step: username and password. Never says whether the username exists. */
    async login(
      username: string,
      password: string,
      o: Origin,
      stashId: string | null = null,
    ): Promise<LoginResult> {
      const account = await accounts.byUsername(username.trim().toLowerCase());
      const secrets = account && (await accounts.secrets(account.id));
      const valid = await verifyPassword(
        secrets?.passwordHash ?? (await DUMMY_HASH_PROMISE),
        password,
      );
      if (!account || !secrets) {
        await audit.record(actorOf(undefined, o, username.slice(0, 60)), 'auth.login_failed', {
          summary: 'Tên đăng nhập không tồn tại',
        });
        return { ok: false, message: BAD_CREDENTIALS };
      }
      const now = deps.clock();
      if (isLocked(account, now)) {
        await audit.record(actorOf(account, o), 'auth.login_failed', {
          type: 'account',
          id: account.id,
          summary: 'Tài khoản đang bị khóa',
        });
        return { ok: false, message: LOCKED };
      }
      if (account.lockedUntil) {
        // The lockout ran out by itself: record it, like an admin's unlock.
        await accounts.update(account.id, { lockedUntil: null, failedLogins: 0 });
        await audit.record(
          { id: null, name: 'Hệ thống', ip: o.ip, userAgent: o.userAgent },
          'account.lock_expired',
          { type: 'account', id: account.id, summary: `${account.fullName} (${account.username})` },
        );
      }
      if (account.disabledAt) {
        await audit.record(actorOf(account, o), 'auth.login_failed', {
          type: 'account',
          id: account.id,
          summary: 'Tài khoản đã bị vô hiệu hóa',
        });
        return {
          ok: false,
          message: 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống.',
        };
      }
      if (!valid) {
        await fail(account, o, 'auth.login_failed');
        const fresh = await accounts.byId(account.id);
        return { ok: false, message: fresh && isLocked(fresh, now) ? LOCKED : BAD_CREDENTIALS };
      }
      const state: SessionState = account.totpEnabled
        ? 'totp'
        : requiresSecondFactor(account.role)
          ? 'enroll'
          : 'active';
      if (state === 'active') await this.completeLogin(account, o);
      return { ok: true, token: await newSession(account.id, state, o, stashId), state };
    },

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
      if (!secrets?.totpSecret)
        return { ok: false, message: 'Tài khoản chưa bật xác thực hai lớp.' };
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
          message:
            fresh && isLocked(fresh, now)
              ? LOCKED
              : 'Mã xác thực không đúng hoặc đã được dùng. Vui lòng nhập mã mới trong ứng dụng xác thực.',
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
      const uri = totpUri(secret, deps.issuer, account.username);
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
          message:
            'Mã xác thực không đúng. Kiểm tra giờ trên điện thoại và nhập mã 6 chữ số đang hiển thị.',
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
        return { ok: false, message: 'Tài khoản chưa bật xác thực hai lớp.' };
      const step = verifyTotp(secrets.totpSecret, code, deps.clock(), secrets.totpLastStep);
      if (step === undefined || !(await accounts.advanceTotpStep(account.id, step))) {
        await fail(account, o, 'auth.totp_failed');
        return { ok: false, message: 'Mã xác thực không đúng hoặc đã được dùng.' };
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
        return { ok: false, reason };
      }
      // Throttled touch: one write per 30 s is enough for a 15-minute idle rule.
      if (now.getTime() - session.lastSeenAt.getTime() > 30_000)
        await repo.touchSession(session.id, now);
      return { ok: true, session, account };
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

    /** Keeps a form posted after the session ended, to offer it again after login. */
    async stashForm(path: string, fields: Record<string, string | string[]>): Promise<string> {
      const id = crypto.randomBytes(16).toString('base64url');
      await repo.insertStash({ id, path, fields: JSON.stringify(fields), createdAt: deps.clock() });
      return id;
    },
    takeStash: (id: string) => repo.takeStash(id),

    /** Counts a hit for `key`; false once more than `limit` hits fall in the current window. */
    async allow(key: string, limit: number, windowMs: number): Promise<boolean> {
      const now = deps.clock().getTime();
      return (await repo.hit(key, new Date(now - (now % windowMs)))) <= limit;
    },

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
      await repo.deleteStashesBefore(new Date(now.getTime() - 3_600_000));
      await repo.deleteRateWindowsBefore(new Date(now.getTime() - 86_400_000));
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
