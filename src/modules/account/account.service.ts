import crypto from 'node:crypto';
import { Conflict, Forbidden, NotFound, Validation } from '../../http/errors.ts';
import { currentSiteId, withSite } from '../../db/site-scope.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { newTotpSecret } from '../auth/totp.ts';
import type { AccountForm } from './account.schema.ts';
import {
  needsSecondFactor,
  optionalTotpRolesOf,
  requiresSecondFactor,
  ROLE_LABELS,
  TOTP_OPTIONAL_SETTING,
  type Account,
  type Role,
} from './account.ts';
import type { AccountRepository } from './account.repository.ts';
import { say } from './account.messages.ts';

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
  /** Ends every session of an account; returns how many. */
  endSessions: (accountId: number) => Promise<number>;
  /** Writes the install's second-factor policy (a setting of the province's site). */
  putSetting: (key: string, value: unknown) => Promise<void>;
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
  /** Where the second-factor setting is read (the province's settings: one policy for all). */
  settings: { get(key: string): Promise<unknown> };
}) {
  const { repo, tx } = deps;
  const now = () => deps.clock().toISOString();

  async function optionalTotpRoles(): Promise<Role[]> {
    return optionalTotpRolesOf(await deps.settings.get(TOTP_OPTIONAL_SETTING));
  }

  /** A pending second-factor secret for a role that must enrol, else none. */
  async function pendingSecret(role: Role): Promise<string | null> {
    return requiresSecondFactor(role, await optionalTotpRoles()) ? newTotpSecret() : null;
  }

  async function mustGet(id: number, r: AccountRepository = repo): Promise<Account> {
    const a = await r.byId(id);
    if (!a) throw new NotFound(say('account.not_found'));
    return a;
  }

  return {
    byId: (id: number) => repo.byId(id),
    optionalTotpRoles,

    /**
     * Frees roles from the second factor (reporters and editors at most; never admins or
     * approvers). Audited; the dashboard warns while any role is freed.
     */
    async setOptionalTotpRoles(actor: Actor, roles: readonly string[]): Promise<void> {
      const before = await optionalTotpRoles();
      const after = optionalTotpRolesOf(roles);
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      await tx(async ({ audit, putSetting }) => {
        await putSetting(TOTP_OPTIONAL_SETTING, after);
        await audit.record(actor, 'security.totp_policy_changed', {
          type: 'setting',
          id: TOTP_OPTIONAL_SETTING,
          summary: after.length
            ? `Không bắt buộc xác thực hai lớp: ${after.map((r) => ROLE_LABELS[r]).join(', ')}`
            : 'Bắt buộc xác thực hai lớp cho mọi vai trò',
          detail: { before, after },
        });
      });
    },
    list: () => repo.list(),
    count: () => repo.count(),

    /**
     * Creates an account with a temporary password (returned once, to show to the admin),
     * granted its role on the site in scope (the working site). Every role that must use a
     * second factor (all, unless the admin freed it) gets a pending secret to enrol at first login.
     */
    async create(
      actor: Actor,
      form: AccountForm,
      opts: { password?: string } = {},
    ): Promise<{ account: Account; password: string; totpSecret: string | null }> {
      if (await repo.byUsername(form.username))
        throw Validation.of('username', say('account.username_taken'));
      const password = opts.password ?? temporaryPassword();
      const problem = passwordProblem(password, { secondFactor: false, username: form.username });
      if (problem) throw new Validation({ password: problem });
      const role = form.role as Role;
      const totpSecret = await pendingSecret(role);
      const passwordHash = await hashPassword(password);
      const siteId = currentSiteId();
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
        await repo.setGrant(
          id,
          { siteId, role, allSections: form.allSections, sectionIds: form.sectionIds },
          deps.clock(),
        );
        const account = await mustGet(id, repo);
        await audit.record(actor, 'account.created', {
          type: 'account',
          id,
          summary: `${account.fullName} (${account.username}), ${ROLE_LABELS[role]}`,
          detail: {
            siteId,
            role,
            allSections: account.allSections,
            sectionIds: account.sectionIds,
          },
        });
        return account;
      });
      return { account, password, totpSecret };
    },

    /**
     * Changes name, email, and the role and sections on the site in scope; the audit record
     * lists what changed. A change of role or sections ends the person's sessions (their rights
     * changed under them).
     */
    async update(actor: Actor, id: number, form: Omit<AccountForm, 'username'>): Promise<Account> {
      const before = await mustGet(id);
      if (actor.id === id && form.role !== before.role)
        throw Validation.of('role', say('account.self_role_change'));
      const siteId = currentSiteId();
      return tx(async ({ repo, audit, endSessions }) => {
        await repo.update(id, {
          fullName: form.fullName,
          email: form.email,
          updatedAt: now(),
        });
        await repo.setGrant(
          id,
          {
            siteId,
            role: form.role as Role,
            allSections: form.allSections,
            sectionIds: form.sectionIds,
          },
          deps.clock(),
        );
        const after = await mustGet(id, repo);
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        for (const key of ['fullName', 'email', 'role', 'allSections', 'sectionIds'] as const) {
          if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
            changes[key] = { from: before[key], to: after[key] };
        }
        const rightsChanged = ['role', 'allSections', 'sectionIds'].some((k) => k in changes);
        const ended = rightsChanged ? await endSessions(id) : 0;
        await audit.record(actor, 'account.updated', {
          type: 'account',
          id,
          summary: `${after.fullName} (${after.username})`,
          detail: rightsChanged ? { ...changes, sessionsEnded: ended } : changes,
        });
        return after;
      });
    },

    /**
     * Grants an account a role on another site (system admins, from the account page), or
     * changes it there. Sections of that site are kept (none for a new grant unless
     * `allSections`); they are chosen while working on that site. Audited in that site's trail.
     */
    async grant(
      actor: Actor,
      id: number,
      g: { siteId: number; role: Role; allSections: boolean },
    ): Promise<void> {
      if (actor.id === id) throw new Forbidden(say('account.self_grant'));
      const a = await mustGet(id);
      const before = a.grants.find((x) => x.siteId === g.siteId);
      await tx(async ({ repo, audit, endSessions }) => {
        await repo.setGrant(id, g, deps.clock());
        const ended = before ? await endSessions(id) : 0;
        await withSite(g.siteId, () =>
          audit.record(actor, 'account.granted', {
            type: 'account',
            id,
            summary: `${a.fullName} (${a.username}), ${ROLE_LABELS[g.role]}`,
            detail: {
              siteId: g.siteId,
              from: before ? { role: before.role, allSections: before.allSections } : null,
              to: { role: g.role, allSections: g.allSections },
              sessionsEnded: ended,
            },
          }),
        );
      });
    },

    /** Takes an account's role on a site away (system admins); its sessions end. */
    async revoke(actor: Actor, id: number, siteId: number): Promise<void> {
      if (actor.id === id) throw new Forbidden(say('account.self_grant'));
      const a = await mustGet(id);
      const before = a.grants.find((x) => x.siteId === siteId);
      if (!before) return;
      await tx(async ({ repo, audit, endSessions }) => {
        await repo.removeGrant(id, siteId);
        const ended = await endSessions(id);
        await withSite(siteId, () =>
          audit.record(actor, 'account.revoked', {
            type: 'account',
            id,
            summary: `${a.fullName} (${a.username}), ${ROLE_LABELS[before.role]}`,
            detail: { siteId, role: before.role, sessionsEnded: ended },
          }),
        );
      });
    },

    async disable(actor: Actor, id: number, reason: string): Promise<void> {
      if (actor.id === id) throw new Conflict(say('account.self_disable'));
      const a = await mustGet(id);
      await tx(async ({ repo, audit, endSessions }) => {
        await repo.update(id, {
          disabledAt: now(),
          disabledReason: reason || 'Quản trị vô hiệu hóa',
          updatedAt: now(),
        });
        const ended = await endSessions(id);
        await audit.record(actor, 'account.disabled', {
          type: 'account',
          id,
          summary: `${a.fullName} (${a.username})`,
          detail: { reason, sessionsEnded: ended },
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

    /**
     * Clears the second factor and ends every session of the account, so that only someone who
     * signs in with the password again sees the new secret at enrolment.
     */
    async resetTotp(actor: Actor, id: number): Promise<void> {
      const a = await mustGet(id);
      const totpSecret = needsSecondFactor(a, await optionalTotpRoles()) ? newTotpSecret() : null;
      await tx(async ({ repo, audit, endSessions }) => {
        await repo.update(id, {
          totpEnabled: 0,
          totpSecret,
          recoveryCodes: '[]',
          updatedAt: now(),
        });
        const ended = await endSessions(id);
        await audit.record(actor, 'account.totp_reset', {
          type: 'account',
          id,
          summary: `${a.fullName} (${a.username})`,
          detail: { sessionsEnded: ended },
        });
      });
    },

    /** Sets a new temporary password that must be changed at next login (every session ends); returns it once. */
    async resetPassword(actor: Actor, id: number): Promise<string> {
      const a = await mustGet(id);
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      await tx(async ({ repo, audit, endSessions }) => {
        await repo.update(id, {
          passwordHash,
          mustChangePassword: 1,
          passwordChangedAt: now(),
          updatedAt: now(),
        });
        const ended = await endSessions(id);
        await audit.record(actor, 'account.password_reset', {
          type: 'account',
          id,
          summary: `${a.fullName} (${a.username})`,
          detail: { sessionsEnded: ended },
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
        throw Validation.of('current', say('account.wrong_current_password'));
      }
      if (current === next) throw Validation.of('next', say('account.same_password'));
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
