import type { Generated } from 'kysely';

/** `schedule_entry`: one item of the leaders' weekly schedule (Lịch công tác). */
export interface ScheduleEntryTable {
  id: Generated<number>;
  siteId: number;
  /** Vietnamese calendar day "YYYY-MM-DD". */
  day: string;
  /** 'sang' | 'chieu' | 'toi'. */
  session: string;
  /** "HH:mm"; endTime '' when open. */
  startTime: string;
  endTime: Generated<string>;
  content: string;
  participants: Generated<string>;
  place: Generated<string>;
  chairPersonId: number | null;
  chairNote: Generated<string>;
  /** The unit of Cơ cấu tổ chức whose week this is; null: the site's leadership schedule. */
  unitId: Generated<number | null>;
  highlighted: Generated<number>;
  /** 'draft' | 'published'. */
  status: Generated<string>;
  publishedAt: string | null;
  /** When a published entry last changed, and its public values before that change (JSON). */
  adjustedAt: string | null;
  previous: Generated<string>;
  version: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

/** `schedule_file`: the signed weekly schedule (PDF), stored byte for byte. */
export interface ScheduleFileTable {
  id: Generated<number>;
  siteId: number;
  /** ISO week "2025-W49". */
  week: string;
  storageKey: string;
  fileName: string;
  bytes: number;
  uploadedAt: string;
}
