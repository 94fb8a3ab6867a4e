import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { atomic } from '../../db/transaction.ts';
import type { Account, Role } from './account.ts';
import type { AccountTable } from '../../db/tables/account.table.ts';

/** An account with the secrets only the auth service may see. */
export interface AccountSecrets {
  passwordHash: string;
  totpSecret: string | null;
  totpLastStep: number;
  recoveryCodes: string[];
  passwordChangedAt: Date;
}

/** Maps a row (and its sections) to the domain type. */
export function toAccount(row: Selectable<AccountTable>, sectionIds: number[]): Account {
  const date = (s: string | null) => (s ? new Date(s) : null);
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    email: row.email,
    role: row.role as Role,
    allSections: row.allSections === 1,
    sectionIds,
    mustChangePassword: row.mustChangePassword === 1,
    totpEnabled: row.totpEnabled === 1,
    failedLogins: row.failedLogins,
    lockedUntil: date(row.lockedUntil),
    lastLoginAt: date(row.lastLoginAt),
    disabledAt: date(row.disabledAt),
    disabledReason: row.disabledReason,
    createdAt: new Date(row.createdAt),
  };
}

/** Row-level changes the services make. */
export type AccountPatch = Updateable<AccountTable>;

/** The only place that queries accounts and their sections. */
export function accountRepository(db: Db) {
  const k = db.kysely;

  async function sectionsOf(ids: number[]): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>(ids.map((id) => [id, []]));
    if (!ids.length) return map;
    const rows = await k
      .selectFrom('accountSection')
      .selectAll()
      .where('accountId', 'in', ids)
      .execute();
    for (const r of rows) map.get(r.accountId)?.push(r.sectionId);
    return map;
  }

  async function one(row: Selectable<AccountTable> | undefined): Promise<Account | undefined> {
    if (!row) return undefined;
    return toAccount(row, (await sectionsOf([row.id])).get(row.id) ?? []);
  }

  return {
    async insert(
      values: Omit<
        Selectable<AccountTable>,
        | 'id'
        | 'totpEnabled'
        | 'totpLastStep'
        | 'failedLogins'
        | 'lockedUntil'
        | 'lastLoginAt'
        | 'disabledAt'
        | 'disabledReason'
        | 'recoveryCodes'
      >,
    ): Promise<number> {
      const row = await k
        .insertInto('account')
        .values(values)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    byId: async (id: number) =>
      one(await k.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst()),
    byUsername: async (username: string) =>
      one(
        await k
          .selectFrom('account')
          .selectAll()
          .where('username', '=', username)
          .executeTakeFirst(),
      ),
    async secrets(id: number): Promise<AccountSecrets | undefined> {
      const r = await k
        .selectFrom('account')
        .select([
          'passwordHash',
          'totpSecret',
          'totpLastStep',
          'recoveryCodes',
          'passwordChangedAt',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
      return (
        r && {
          passwordHash: r.passwordHash,
          totpSecret: r.totpSecret,
          totpLastStep: Number(r.totpLastStep),
          recoveryCodes: JSON.parse(r.recoveryCodes) as string[],
          passwordChangedAt: new Date(r.passwordChangedAt),
        }
      );
    },
    async list(): Promise<Account[]> {
      const rows = await k
        .selectFrom('account')
        .selectAll()
        .orderBy('disabledAt', 'desc')
        .orderBy('fullName')
        .execute();
      const sections = await sectionsOf(rows.map((r) => r.id));
      return rows.map((r) => toAccount(r, sections.get(r.id) ?? []));
    },
    async count(): Promise<number> {
      const r = await k
        .selectFrom('account')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async update(id: number, patch: AccountPatch): Promise<void> {
      await k.updateTable('account').set(patch).where('id', '=', id).execute();
    },
    /** Counts one login attempt or failed code and returns the new count (atomic increment). */
    async addFailedLogin(id: number): Promise<number> {
      const r = await k
        .updateTable('account')
        .set((eb) => ({ failedLogins: eb('failedLogins', '+', 1) }))
        .where('id', '=', id)
        .returning('failedLogins')
        .executeTakeFirstOrThrow();
      return r.failedLogins;
    },
    /**
     * Takes back one counted login attempt (the password was right) unless the account is
     * locked at `now`; false when it is locked (judged in the same statement, so a lock set by
     * a concurrent failure is never missed).
     */
    async withdrawLoginAttempt(id: number, now: Date): Promise<boolean> {
      const r = await k
        .updateTable('account')
        .set((eb) => ({
          failedLogins: eb
            .case()
            .when('failedLogins', '>', 0)
            .then(eb('failedLogins', '-', 1))
            .else(0)
            .end(),
        }))
        .where('id', '=', id)
        .where((eb) =>
          eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', now.toISOString())]),
        )
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** Locks the account until `until` unless it is already locked; true if this call locked it. */
    async lockIfUnlocked(id: number, until: Date, now: Date): Promise<boolean> {
      const r = await k
        .updateTable('account')
        .set({ lockedUntil: until.toISOString() })
        .where('id', '=', id)
        .where((eb) =>
          eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', now.toISOString())]),
        )
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** Clears a lockout that ran out (and its count); true for the one call that cleared it. */
    async clearExpiredLock(id: number, lockedUntil: Date): Promise<boolean> {
      const r = await k
        .updateTable('account')
        .set({ lockedUntil: null, failedLogins: 0 })
        .where('id', '=', id)
        .where('lockedUntil', '=', lockedUntil.toISOString())
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** Consumes a TOTP step only if it is newer than the last one (no replay, even concurrently). */
    async advanceTotpStep(id: number, step: number): Promise<boolean> {
      const r = await k
        .updateTable('account')
        .set({ totpLastStep: step })
        .where('id', '=', id)
        .where('totpLastStep', '<', step)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** Removes one recovery code hash if still present; false if it was already used. */
    async consumeRecoveryCode(id: number, codeHash: string, current: string[]): Promise<boolean> {
      if (!current.includes(codeHash)) return false;
      const r = await k
        .updateTable('account')
        .set({ recoveryCodes: JSON.stringify(current.filter((c) => c !== codeHash)) })
        .where('id', '=', id)
        .where('recoveryCodes', '=', JSON.stringify(current))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async setSections(id: number, sectionIds: number[]): Promise<void> {
      await atomic(k, async (tx) => {
        await tx.deleteFrom('accountSection').where('accountId', '=', id).execute();
        if (sectionIds.length) {
          await tx
            .insertInto('accountSection')
            .values(sectionIds.map((sectionId) => ({ accountId: id, sectionId })))
            .execute();
        }
      });
    },
    /** Active accounts whose last login (or creation, if never) is before `cutoff`. */
    async idleSince(cutoff: Date): Promise<Account[]> {
      const c = cutoff.toISOString();
      const rows = await k
        .selectFrom('account')
        .selectAll()
        .where('disabledAt', 'is', null)
        .where((eb) =>
          eb.or([
            eb.and([eb('lastLoginAt', 'is not', null), eb('lastLoginAt', '<', c)]),
            eb.and([eb('lastLoginAt', 'is', null), eb('createdAt', '<', c)]),
          ]),
        )
        .execute();
      return rows.map((r) => toAccount(r, []));
    },
  };
}

export type AccountRepository = ReturnType<typeof accountRepository>;
