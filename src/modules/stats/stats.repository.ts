import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

/** Pending increments for one day. */
export interface DayDelta {
  day: string;
  visits: number;
  pageViews: number;
}

/** The only place that queries visit statistics. */
export function statsRepository(db: Db) {
  const k = db.kysely;
  return {
    /** Adds deltas in one transaction, days in a fixed order; increments, never overwrites. */
    async addDays(deltas: DayDelta[]): Promise<void> {
      if (!deltas.length) return;
      const sorted = [...deltas].sort((a, b) => a.day.localeCompare(b.day));
      await k.transaction().execute(async (tx) => {
        for (const d of sorted) {
          await tx
            .insertInto('statDay')
            .values({ day: d.day, visits: d.visits, pageViews: d.pageViews })
            .onConflict((oc) =>
              oc.column('day').doUpdateSet({
                visits: sql`stat_day.visits + ${d.visits}`,
                pageViews: sql`stat_day.page_views + ${d.pageViews}`,
              }),
            )
            .execute();
        }
      });
    },
    /** Visits on each of the given days (missing days are 0). */
    async visitsOn(days: string[]): Promise<Map<string, number>> {
      const rows = await k.selectFrom('statDay').select(['day', 'visits']).where('day', 'in', days).execute();
      return new Map(rows.map((r) => [r.day, Number(r.visits)]));
    },
    /** Sum of visits over days in [from, to] (inclusive "YYYY-MM-DD" keys), or all days. */
    async visitsBetween(from?: string, to?: string): Promise<number> {
      let q = k.selectFrom('statDay').select((eb) => eb.fn.sum<number>('visits').as('n'));
      if (from) q = q.where('day', '>=', from);
      if (to) q = q.where('day', '<=', to);
      const row = await q.executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}

export type StatsRepository = ReturnType<typeof statsRepository>;
