import type { Generated } from 'kysely';

/** `poll`: a site's Thăm dò ý kiến question, open between two instants. */
export interface PollTable {
  siteId: number;
  id: Generated<number>;
  question: string;
  opensAt: string;
  closesAt: string;
  createdAt: string;
  updatedAt: string;
}

/** `poll_choice`: one answer of a poll and its running total. */
export interface PollChoiceTable {
  siteId: number;
  id: Generated<number>;
  pollId: number;
  label: string;
  position: number;
  votes: Generated<number>;
}

/** `poll_voter`: that a reader (a keyed daily hash) voted in a poll; never what they chose. */
export interface PollVoterTable {
  pollId: number;
  siteId: number;
  reader: string;
}
