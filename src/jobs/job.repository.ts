import type { Db } from '../db/connect.ts';

/** The only place that queries job leases. */
export function jobRepository(db: Db) {
  const k = db.kysely;
  return {
    /**
     * Takes the lease of job `name` for `holder` if it is free and the job is due (last run
     * before `dueBefore`). Atomic: of several instances, exactly one gets it.
     */
    async acquire(
      name: string,
      holder: string,
      now: Date,
      leaseUntil: Date,
      dueBefore: Date,
    ): Promise<boolean> {
      await k
        .insertInto('jobLease')
        .values({ name, holder: '', until: new Date(0).toISOString(), lastRunAt: null })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const r = await k
        .updateTable('jobLease')
        .set({ holder, until: leaseUntil.toISOString() })
        .where('name', '=', name)
        .where('until', '<', now.toISOString())
        .where((eb) =>
          eb.or([eb('lastRunAt', 'is', null), eb('lastRunAt', '<', dueBefore.toISOString())]),
        )
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async finish(name: string, holder: string, at: Date): Promise<void> {
      await k
        .updateTable('jobLease')
        .set({
          lastRunAt: at.toISOString(),
          until: at.toISOString(),
          failedAt: null,
          lastError: '',
        })
        .where('name', '=', name)
        .where('holder', '=', holder)
        .execute();
    },
    /**
     * Records a failed run: the lease ends now (the next tick may try again once the job is due;
     * `lastRunAt` is kept, so a failing job retries at once rather than after its interval).
     */
    async fail(name: string, holder: string, at: Date, message: string): Promise<void> {
      await k
        .updateTable('jobLease')
        .set({
          until: at.toISOString(),
          failedAt: at.toISOString(),
          lastError: message.slice(0, 500),
        })
        .where('name', '=', name)
        .where('holder', '=', holder)
        .execute();
    },
    /** Jobs whose last run failed, most recent first. */
    async failing(): Promise<
      { name: string; failedAt: Date; lastError: string; lastRunAt: Date | null }[]
    > {
      const rows = await k
        .selectFrom('jobLease')
        .select(['name', 'failedAt', 'lastError', 'lastRunAt'])
        .where('failedAt', 'is not', null)
        .orderBy('failedAt', 'desc')
        .execute();
      return rows.map((r) => ({
        name: r.name,
        failedAt: new Date(r.failedAt!),
        lastError: r.lastError,
        lastRunAt: r.lastRunAt ? new Date(r.lastRunAt) : null,
      }));
    },
  };
}

export type JobRepository = ReturnType<typeof jobRepository>;
