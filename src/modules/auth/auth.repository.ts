import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Session } from './auth.ts';

/** The only place that queries sessions, form stashes and rate limits. */
export function authRepository(db: Db) {
  const k = db.kysely;
  return {
    async insertSession(s: Session): Promise<void> {
      await k
        .insertInto('session')
        .values({
          ...s,
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt.toISOString(),
          expiresAt: s.expiresAt.toISOString(),
        })
        .execute();
    },
    async session(id: string): Promise<Session | undefined> {
      const r = await k.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();
      return (
        r && {
          ...r,
          state: r.state as Session['state'],
          createdAt: new Date(r.createdAt),
          lastSeenAt: new Date(r.lastSeenAt),
          expiresAt: new Date(r.expiresAt),
        }
      );
    },
    async setSessionSite(id: string, siteId: number): Promise<void> {
      await k.updateTable('session').set({ siteId }).where('id', '=', id).execute();
    },
    async touchSession(id: string, at: Date): Promise<void> {
      await k
        .updateTable('session')
        .set({ lastSeenAt: at.toISOString() })
        .where('id', '=', id)
        .execute();
    },
    async deleteSession(id: string): Promise<void> {
      await k.deleteFrom('session').where('id', '=', id).execute();
    },
    async deleteSessionsOf(accountId: number): Promise<number> {
      const r = await k.deleteFrom('session').where('accountId', '=', accountId).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async deleteExpiredSessions(now: Date, idleCutoff: Date): Promise<void> {
      await k
        .deleteFrom('session')
        .where((eb) =>
          eb.or([
            eb('expiresAt', '<', now.toISOString()),
            eb('lastSeenAt', '<', idleCutoff.toISOString()),
          ]),
        )
        .execute();
    },
    /** Keeps a stash, replacing any earlier one of the same account (one per account). */
    async putStash(s: {
      id: string;
      accountId: number;
      path: string;
      fields: string;
      createdAt: Date;
    }): Promise<void> {
      await k.transaction().execute(async (tx) => {
        await tx.deleteFrom('formStash').where('accountId', '=', s.accountId).execute();
        await tx
          .insertInto('formStash')
          .values({ ...s, createdAt: s.createdAt.toISOString() })
          .execute();
      });
    },
    /** Removes and returns a stash if it is this account's and was made at or after `since`. */
    async takeStash(
      id: string,
      accountId: number,
      since: Date,
    ): Promise<{ path: string; fields: Record<string, string | string[]> } | undefined> {
      const r = await k
        .deleteFrom('formStash')
        .where('id', '=', id)
        .where('accountId', '=', accountId)
        .returningAll()
        .executeTakeFirst();
      if (!r || r.createdAt < since.toISOString()) return undefined;
      return { path: r.path, fields: JSON.parse(r.fields) as Record<string, string | string[]> };
    },
    async deleteStashesBefore(cutoff: Date): Promise<void> {
      await k.deleteFrom('formStash').where('createdAt', '<', cutoff.toISOString()).execute();
    },
    /** Adds a hit to key's current window and returns the window's total (atomic upsert). */
    async hit(key: string, windowStart: Date): Promise<number> {
      const r = await k
        .insertInto('rateLimit')
        .values({ key, windowStart: windowStart.toISOString(), hits: 1 })
        .onConflict((oc) =>
          oc.columns(['key', 'windowStart']).doUpdateSet({ hits: sql`rate_limit.hits + 1` }),
        )
        .returning('hits')
        .executeTakeFirstOrThrow();
      return r.hits;
    },
    async deleteRateWindowsBefore(cutoff: Date): Promise<void> {
      await k.deleteFrom('rateLimit').where('windowStart', '<', cutoff.toISOString()).execute();
    },
  };
}

export type AuthRepository = ReturnType<typeof authRepository>;
