import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { atomic } from '../../db/transaction.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { onSite, type Account, type Role, type SiteGrant } from './account.ts';
import { PROVINCE_SITE_ID } from '../../http/site.ts';
import type { AccountTable } from '../../db/tables/account.table.ts';

/** An account with the secrets only the auth service may see. */
export interface AccountSecrets {
  passwordHash: string;
  totpSecret: string | null;
  totpLastStep: number;
  recoveryCodes: string[];
  passwordChangedAt: Date;
}

/**
 * Maps a row and its grants to the domain type, as the account works on the site in scope
 * (`onSite`). The row's own `role`/`all_sections` columns are not read: they only mirror the
 * province's grant (kept for the sites migration's down step).
 */
export function toAccount(row: Selectable<AccountTable>, grants: SiteGrant[]): Account {
  const date = (s: string | null) => (s ? new Date(s) : null);
  const account: Account = {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    email: row.email,
    role: 'reporter',
    allSections: false,
    sectionIds: [],
    granted: false,
    grants,
    mustChangePassword: row.mustChangePassword === 1,
    totpEnabled: row.totpEnabled === 1,
    failedLogins: row.failedLogins,
    lockedUntil: date(row.lockedUntil),
    lastLoginAt: date(row.lastLoginAt),
    disabledAt: date(row.disabledAt),
    disabledReason: row.disabledReason,
    createdAt: new Date(row.createdAt),
  };
  return onSite(account, currentSiteId());
}

const ROLE_SET = new Set<string>(['reporter', 'editor', 'approver', 'admin']);

/** Row-level changes the services make. */
export type AccountPatch = Updateable<AccountTable>;

/** The only place that queries accounts, their grants per site and their sections. */
export function accountRepository(db: Db) {
  const k = db.kysely;

  /** Each account's grants (sites, roles, and the sections of each site it works in). */
  async function grantsOf(ids: number[]): Promise<Map<number, SiteGrant[]>> {
    const map = new Map<number, SiteGrant[]>(ids.map((id) => [id, []]));
    if (!ids.length) return map;
    const [grants, sections] = await Promise.all([
      k
        .selectFrom('accountSite')
        .selectAll()
        .where('accountId', 'in', ids)
        .orderBy('siteId')
        .execute(),
      k
        .selectFrom('accountSection')
        .innerJoin('section', 'section.id', 'accountSection.sectionId')
        .select(['accountSection.accountId', 'accountSection.sectionId', 'section.siteId'])
        .where('accountSection.accountId', 'in', ids)
        .orderBy('accountSection.sectionId')
        .execute(),
    ]);
    for (const g of grants) {
      if (!ROLE_SET.has(g.role)) continue;
      map.get(g.accountId)?.push({
        siteId: g.siteId,
        role: g.role as Role,
        allSections: g.allSections === 1,
        sectionIds: sections
          .filter((s) => s.accountId === g.accountId && s.siteId === g.siteId)
          .map((s) => s.sectionId),
      });
    }
    return map;
  }

  async function one(row: Selectable<AccountTable> | undefined): Promise<Account | undefined> {
    if (!row) return undefined;
    return toAccount(row, (await grantsOf([row.id])).get(row.id) ?? []);
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
    /** The accounts granted a role on the site in scope (system admins only where granted). */
    async list(): Promise<Account[]> {
      const rows = await k
        .selectFrom('account')
        .selectAll()
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('accountSite')
              .select('accountSite.accountId')
              .whereRef('accountSite.accountId', '=', 'account.id')
              .where('accountSite.siteId', '=', currentSiteId()),
          ),
        )
        .orderBy('disabledAt', 'desc')
        .orderBy('fullName')
        .execute();
      const grants = await grantsOf(rows.map((r) => r.id));
      return rows.map((r) => toAccount(r, grants.get(r.id) ?? []));
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
    /**
     * Grants an account a role on a site (replacing its grant there) with sections of that site
     * (`sectionIds` not of that site are ignored; undefined keeps the sections it has there). The
     * province's grant is mirrored in the account row's `role`/`all_sections`.
     */
    async setGrant(
      id: number,
      g: { siteId: number; role: Role; allSections: boolean; sectionIds?: number[] },
      at: Date,
    ): Promise<void> {
      await atomic(k, async (tx) => {
        await tx
          .insertInto('accountSite')
          .values({
            accountId: id,
            siteId: g.siteId,
            role: g.role,
            allSections: g.allSections ? 1 : 0,
            grantedAt: at.toISOString(),
          })
          .onConflict((oc) =>
            oc
              .columns(['accountId', 'siteId'])
              .doUpdateSet({ role: g.role, allSections: g.allSections ? 1 : 0 }),
          )
          .execute();
        if (g.sectionIds) {
          const ofSite = tx.selectFrom('section').select('id').where('siteId', '=', g.siteId);
          await tx
            .deleteFrom('accountSection')
            .where('accountId', '=', id)
            .where('sectionId', 'in', ofSite)
            .execute();
          const keep = g.allSections
            ? []
            : (
                await tx
                  .selectFrom('section')
                  .select('id')
                  .where('siteId', '=', g.siteId)
                  .where('id', 'in', g.sectionIds.length ? g.sectionIds : [-1])
                  .execute()
              ).map((r) => r.id);
          if (keep.length)
            await tx
              .insertInto('accountSection')
              .values(keep.map((sectionId) => ({ accountId: id, sectionId })))
              .execute();
        }
        if (g.siteId === PROVINCE_SITE_ID)
          await tx
            .updateTable('account')
            .set({ role: g.role, allSections: g.allSections ? 1 : 0 })
            .where('id', '=', id)
            .execute();
      });
    },
    /** Takes an account's role on a site away, with its sections there. */
    async removeGrant(id: number, siteId: number): Promise<void> {
      await atomic(k, async (tx) => {
        await tx
          .deleteFrom('accountSection')
          .where('accountId', '=', id)
          .where(
            'sectionId',
            'in',
            tx.selectFrom('section').select('id').where('siteId', '=', siteId),
          )
          .execute();
        await tx
          .deleteFrom('accountSite')
          .where('accountId', '=', id)
          .where('siteId', '=', siteId)
          .execute();
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
      const grants = await grantsOf(rows.map((r) => r.id));
      return rows.map((r) => toAccount(r, grants.get(r.id) ?? []));
    },
  };
}

export type AccountRepository = ReturnType<typeof accountRepository>;
