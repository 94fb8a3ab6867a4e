import crypto from 'node:crypto';
import { vnDayKey } from '../../lib/date.ts';
import { Conflict, NotFound, Validation } from '../../http/errors.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { PollRepository } from './poll.repository.ts';
import type { PollForm } from './poll.schema.ts';
import { PM, pollState, type Poll } from './poll.ts';

/** Votes one address group may cast per hour (all polls of a site). */
export const VOTES_PER_HOUR = 30;

/** What poll changes write through, bound to one transaction. */
export interface PollWrites {
  repo: PollRepository;
  audit: AuditService;
}

/**
 * Thăm dò ý kiến: the back office keeps a site's polls; a reader votes once (a keyed hash of the
 * Vietnamese day, address and browser, as for draft comments), no account, nothing personal.
 */
export function pollService(deps: {
  repo: PollRepository;
  tx: UnitOfWork<PollWrites>;
  clock: () => Date;
  /** The site's secret (the participation module's): form tokens and reader hashes. */
  secret: () => Promise<string>;
  allow: (key: string, limit: number, windowMs: number) => Promise<boolean>;
}) {
  const { repo, tx, clock } = deps;
  async function find(id: number): Promise<Poll> {
    const p = Number.isSafeInteger(id) ? await repo.byId(id) : undefined;
    if (!p) throw new NotFound(PM['poll.not_found']);
    return p;
  }
  const target = (id: number, question: string) => ({ type: 'poll', id, summary: question });

  return {
    secret: deps.secret,
    find,
    all: () => repo.all(),
    /** The open polls for the sidebar block (the soonest to close first). */
    current: () => repo.open(clock(), 1),
    mayVote: (key: string) => deps.allow(key, VOTES_PER_HOUR, 3600_000),

    /** The reader's key for one day: never reversible, never stored with the choice. */
    async readerHash(ip: string, userAgent: string): Promise<string> {
      return crypto
        .createHmac('sha256', await deps.secret())
        .update(`tham-do\n${vnDayKey(clock())}\n${ip}\n${userAgent}`)
        .digest('base64url')
        .slice(0, 32);
    },
    hasVoted: (id: number, reader: string) => repo.hasVoted(id, reader),

    async create(actor: Actor, f: PollForm): Promise<number> {
      return tx(async ({ repo, audit }) => {
        const id = await repo.insert({ ...f, at: clock() });
        await audit.record(actor, 'poll.created', target(id, f.question));
        return id;
      });
    },
    /** Saves a poll; its choices change only while nobody has voted. */
    async update(actor: Actor, id: number, f: PollForm): Promise<void> {
      const p = await find(id);
      const same =
        p.choices.length === f.choices.length &&
        p.choices.every((c, i) => c.label === f.choices[i]);
      const voted = p.choices.some((c) => c.votes > 0);
      if (!same && voted) throw new Validation({ choices: PM['poll.choices_locked'] });
      await tx(async ({ repo, audit }) => {
        await repo.update(id, { ...f, at: clock() });
        if (!same) await repo.putChoices(id, f.choices);
        await audit.record(actor, 'poll.updated', target(id, f.question));
      });
    },
    async remove(actor: Actor, id: number): Promise<void> {
      const p = await find(id);
      await tx(async ({ repo, audit }) => {
        await repo.remove(id);
        await audit.record(actor, 'poll.deleted', target(id, p.question));
      });
    },

    /** Counts a vote; a repeat or a closed poll is refused with a Vietnamese message. */
    async vote(id: number, choiceId: number, reader: string): Promise<void> {
      const p = await find(id);
      const state = pollState(p, clock());
      if (state === 'da-dong') throw new Conflict(PM['poll.closed']);
      if (state === 'sap-mo') throw new Conflict(PM['poll.not_open']);
      if (!p.choices.some((c) => c.id === choiceId))
        throw new Validation({ choice: PM['poll.choice_required'] });
      const counted = await tx(({ repo }) => repo.vote(id, choiceId, reader));
      if (!counted) throw new Conflict(PM['poll.already_voted']);
    },
  };
}

export type PollService = ReturnType<typeof pollService>;
