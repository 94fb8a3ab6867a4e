import type { Db } from '../../db/connect.ts';
import { nextOpenOrCloseQuery } from '../../db/open-close.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type { Poll } from './poll.ts';

/** The only place that queries Thăm dò ý kiến. */
export function pollRepository(db: Db) {
  const k = db.kysely;
  const site = () => currentSiteId();

  async function withChoices(
    rows: { id: number; question: string; opensAt: string; closesAt: string }[],
  ): Promise<Poll[]> {
    if (!rows.length) return [];
    const choices = await k
      .selectFrom('pollChoice')
      .select(['id', 'pollId', 'label', 'votes'])
      .where('siteId', '=', site())
      .where(
        'pollId',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      question: r.question,
      opensAt: new Date(r.opensAt),
      closesAt: new Date(r.closesAt),
      choices: choices
        .filter((c) => c.pollId === r.id)
        .map((c) => ({ id: c.id, label: c.label, votes: Number(c.votes) })),
    }));
  }
  const polls = () =>
    k
      .selectFrom('poll')
      .select(['id', 'question', 'opensAt', 'closesAt'])
      .where('siteId', '=', site());

  return {
    /** The first opening or closing of a poll after `now`: where cached pages stop being true. */
    async nextBoundaryAfter(now: Date): Promise<Date | undefined> {
      const row = await this.nextBoundaryQuery(now).executeTakeFirst();
      return row?.at ? new Date(row.at) : undefined;
    },
    /** The same, as a query to combine with other boundaries (the page cache's one statement). */
    nextBoundaryQuery(now: Date) {
      return nextOpenOrCloseQuery(k, 'poll', site(), now);
    },
    async all(): Promise<Poll[]> {
      return withChoices(await polls().orderBy('closesAt', 'desc').orderBy('id', 'desc').execute());
    },
    async byId(id: number): Promise<Poll | undefined> {
      return (await withChoices(await polls().where('id', '=', id).execute()))[0];
    },
    /** Polls open at `now`, the soonest to close first. */
    async open(now: Date, limit: number): Promise<Poll[]> {
      const at = now.toISOString();
      return withChoices(
        await polls()
          .where('opensAt', '<=', at)
          .where('closesAt', '>', at)
          .orderBy('closesAt')
          .orderBy('id')
          .limit(limit)
          .execute(),
      );
    },
    async insert(p: {
      question: string;
      opensAt: Date;
      closesAt: Date;
      choices: string[];
      at: Date;
    }): Promise<number> {
      const row = await k
        .insertInto('poll')
        .values({
          siteId: site(),
          question: p.question,
          opensAt: p.opensAt.toISOString(),
          closesAt: p.closesAt.toISOString(),
          createdAt: p.at.toISOString(),
          updatedAt: p.at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.putChoices(row.id, p.choices);
      return row.id;
    },
    async update(
      id: number,
      p: { question: string; opensAt: Date; closesAt: Date; at: Date },
    ): Promise<void> {
      await k
        .updateTable('poll')
        .set({
          question: p.question,
          opensAt: p.opensAt.toISOString(),
          closesAt: p.closesAt.toISOString(),
          updatedAt: p.at.toISOString(),
        })
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },
    /** Replaces the choices (only while nobody has voted). */
    async putChoices(pollId: number, labels: string[]): Promise<void> {
      await k
        .deleteFrom('pollChoice')
        .where('siteId', '=', site())
        .where('pollId', '=', pollId)
        .execute();
      await k
        .insertInto('pollChoice')
        .values(labels.map((label, position) => ({ siteId: site(), pollId, label, position })))
        .execute();
    },
    async remove(id: number): Promise<void> {
      await k
        .deleteFrom('pollVoter')
        .where('siteId', '=', site())
        .where('pollId', '=', id)
        .execute();
      await k
        .deleteFrom('pollChoice')
        .where('siteId', '=', site())
        .where('pollId', '=', id)
        .execute();
      await k.deleteFrom('poll').where('siteId', '=', site()).where('id', '=', id).execute();
    },
    async hasVoted(pollId: number, reader: string): Promise<boolean> {
      const r = await k
        .selectFrom('pollVoter')
        .select('pollId')
        .where('pollId', '=', pollId)
        .where('reader', '=', reader)
        .executeTakeFirst();
      return Boolean(r);
    },
    /**
     * Records that `reader` voted and adds one to the choice; false when this reader already
     * voted (the primary key decides, so a double click or two instances count once).
     */
    async vote(pollId: number, choiceId: number, reader: string): Promise<boolean> {
      const r = await k
        .insertInto('pollVoter')
        .values({ pollId, siteId: site(), reader })
        .onConflict((oc) => oc.columns(['pollId', 'reader']).doNothing())
        .executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
      await k
        .updateTable('pollChoice')
        .set((e) => ({ votes: e('votes', '+', 1) }))
        .where('siteId', '=', site())
        .where('pollId', '=', pollId)
        .where('id', '=', choiceId)
        .execute();
      return true;
    },
  };
}

export type PollRepository = ReturnType<typeof pollRepository>;
