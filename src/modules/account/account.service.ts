import crypto from 'node:crypto';
import { Conflict, NotFound, Validation } from '../../http/errors.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { newTotpSecret } from '../auth/totp.ts';
import type { AccountForm } from './account.schema.ts';
import { ROLE_LABELS, type Account, type Role } from './account.ts';
import type { AccountRepository } from './account.repository.ts';

/** A random temporary password that meets the rules (shown once; must be changed at first login). */
export function temporaryPassword(): string {
  const groups = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#%*?'];
  const chars = Array.from(crypto.randomBytes(16), (b, i) => {
    const set = groups[i % groups.length] as string;
    return set[b % set.length];
  });
  return chars.join('');
}

/** What account changes write through, bound to one transaction. */
export interface AccountWrites {
  repo: AccountRepository;
  audit: AuditService;
}

/**
 * Account management; every change is audited with the acting person, in the same transaction
 * (`tx`) as the change. Slow work (password hashing) happens before the transaction opens.
 */
export function accountService(deps: {
  /** Reads outside transactions. */
  repo: AccountRepository;
  /** Runs a change and its audit record in one transaction. */
  tx: UnitOfWork<AccountWrites>;
  clock: () => Date;
}) {
  const { repo, tx } = deps;
  const now = () => deps.clock().toISOString();

  async function mustGet(id: number, r: AccountRepository = repo): Promise<Account> {
    const a = await r.byId(id);
    if (!a) throw new NotFound('Không tìm thấy tài khoản.');
    return a;
  }

  return {
    byId: (id: number) => repo.byId(id),
    list: () => repo.list(),
    count: () => repo.count(),

    /**
     * Creates an account with a temporary password (returned once, to show to the admin).
     * Admins and approvers get a pending second-factor secret they must enrol at first login.
     */
    async create(
      actor: Actor,
      form: AccountForm,
      opts: { password?: string } = {},
    ): Promise<{ account: Account; password: string; totpSecret: string | null }> {
      if (await repo.byUsername(form.username))
        throw new Validation({ username: 'Tên đăng nhập này đã được dùng.' });
      const password = opts.password ?? temporaryPassword();
      const problem = passwordProblem(password, { secondFactor: false, username: form.username });
      if (problem) throw new Validation({ password: problem });
      const role = form.role as Role;
      const totpSecret = role === 'admin' || role === 'approver' ? newTotpSecret() : null;
      const passwordHash = await hashPassword(password);
      const account = await tx(async ({ repo, audit }) => {
        const id = await repo.insert({
          username: form.username,
          fullName: form.fullName,
          email: form.email,
          role,
          allSections: form.allSections ? 1 : 0,
          passwordHash,
          mustChangePassword: opts.password ? 0 : 1,
          passwordChangedAt: now(),
          totpSecret,
          createdAt: now(),
          updatedAt: now(),
        });
        await repo.setSections(id, form.allSections ? [] : form.sectionIds);
        const account = await mustGet(id, repo);
        await audit.record(actor, 'account.created', {
          type: 'account',
          id,
          summary: `${account.fullName} (${account.username}), ${ROLE_LABELS[role]}`,
          detail: { role, allSections: account.allSections, sectionIds: account.sectionIds },
        });
        return account;
      });
      return { account, password, totpSecret };
    },

    /** Changes name, email, role and sections; the audit record lists what changed. */
    async update(actor: Actor, id: number, form: Omit<AccountForm, 'username'>): Promise<Account> {
      const before = await mustGet(id);
      if (actor.id === id && form.role !== before.role)
        throw new Validation({ role: 'Bạn không thể tự đổi vai trò của chính mình.' });
      return tx(async ({ repo, audit }) => {
        await repo.update(id, {
          fullName: form.fullName,
          email: form.email,
          role: form.role,
          allSections: form.allSections ? 1 : 0,
          updatedAt: now(),
        });
        await repo.setSections(id, form.allSections ? [] : form.sectionIds);
        const after = await mustGet(id, repo);
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        for (const key of ['fullName', 'email', 'role', 'allSections', 'sectionIds'] as const) {
          if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
            changes[key] = { from: before[key], to: after[key] };
        }
        await audit.record(actor, 'account.updated', {
          type: 'account',
          id,
          summary: `${after.fullName} (${after.username})`,
          detail: changes,
        });
        return after;
      });
    },

    async disable(actor: Actor, id: number, reason: string): Promise<void> {
      if (actor.id === id) throw new Conflict('Bạn không thể tự vô hiệu hóa tài khoản của mình.');
      const a = await mustGet(id);
      await tx(async ({ repo, audit }) => {
        await repo.update(id, {
          disabledAt: now(),
          disabledReason: reason || 'Quản trị vô hiệu hóa',
          updatedAt: now(),
        });
        await audit.record(actor, 'account.disabled', {
          type: 'account',
          id,
          summary: `${a.fullName} (${a.username})`,
          detail: { reason },
        });
      });
    },

    async enable(actor: Actor, id: number): Promise<void> {
      const a = await mustGet(id);
      // A re-enabled account starts a fresh 45-day window from now.
      await tx(async ({ repo, audit }) => {
        await repo.update(id, {
          disabledAt: null,
          disabledReason: '',
          lastLoginAt: now(),
          updatedAt: now(),
        });
        await audit.record(actor, 'account.enabled', {
          type: 'account',
          id,
          summary: `${a.fullName} (${a.username})`,
        });
      });
    },

    async unlock(actor: Actor, id: number): Promise<void> {
      const a = await mustGet(id);
      await tx(async ({ repo, audit }) => {
        await repo.update(id, { failedLogins: 0, lockedUntil: null, updatedAt: now() });
        await audit.record(actor, 'account.unlocked', {
          type: 'account',
          id,
          summary: `${a.fullName} (${a.username})`,
        });
      });
    },

    /** Clears the second factor; the person enrols again at next login (mandatory roles get a new secret). */
    async resetTotp(actor: Actor, id: number): Promise<void> {
      const a = await mustGet(id);
      await tx(async ({ repo, audit }) => {
        await repo.update(id, {
          totpEnabled: 0,
          totpSecret: a.role === 'admin' || a.role === 'approver' ? newTotpSecret() : null,
          recoveryCodes: '[]',
          updatedAt: now(),
        });
        await audit.record(actor, 'account.totp_reset', {
          type: 'account',
          id,
          summary: `${a.fullName} (${a.username})`,
        });
      });
    },

    /** Sets a new temporary password that must be changed at next login; returns it once. */
    async resetPassword(actor: Actor, id: number): Promise<string> {
      const a = await mustGet(id);
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      await tx(async ({ repo, audit }) => {
        await repo.update(id, {
          passwordHash,
          mustChangePassword: 1,
          passwordChangedAt: now(),
          updatedAt: now(),
        });
        await audit.record(actor, 'account.password_reset', {
          type: 'account',
          id,
          summary: `${a.fullName} (${a.username})`,
        });
      });
      return password;
    },

    /** Makes the person choose a new password at their next page view (their password stays valid until then). */
    async forcePasswordChange(actor: Actor, id: number): Promise<void> {
      const a = await mustGet(id);
      await tx(async ({ repo, audit }) => {
        await repo.update(id, { mustChangePassword: 1, updatedAt: now() });
        await audit.record(actor, 'account.password_change_forced', {
          type: 'account',
          id,
          summary: `${a.fullName} (${a.username})`,
        });
      });
    },

    /** A person changes their own password (the current one is checked). */
    async changeOwnPassword(
      actor: Actor,
      id: number,
      current: string,
      next: string,
    ): Promise<void> {
      const a = await mustGet(id);
      const secrets = await repo.secrets(id);
      if (!secrets || !(await verifyPassword(secrets.passwordHash, current))) {
        throw new Validation({ current: 'Mật khẩu hiện tại không đúng.' });
      }
      if (current === next)
        throw new Validation({ next: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
      const problem = passwordProblem(next, { secondFactor: a.totpEnabled, username: a.username });
      if (problem) throw new Validation({ next: problem });
      const passwordHash = await hashPassword(next);
      await tx(async ({ repo, audit }) => {
        await repo.update(id, {
          passwordHash,
          mustChangePassword: 0,
          passwordChangedAt: now(),
          updatedAt: now(),
        });
        await audit.record(actor, 'auth.password_changed', {
          type: 'account',
          id,
          summary: `${a.fullName} (${a.username})`,
        });
      });
    },
  };
}

export type AccountService = ReturnType<typeof accountService>;
