import type { Generated } from 'kysely';

/** `audit_log`: append-only (the database refuses UPDATE and DELETE). */
export interface AuditLogTable {
  /** The site where the action was taken. */
  siteId: number;
  id: Generated<number>;
  at: string;
  actorId: number | null;
  actorName: Generated<string>;
  action: string;
  targetType: Generated<string>;
  targetId: Generated<string>;
  summary: Generated<string>;
  detail: Generated<string>;
  ip: Generated<string>;
  userAgent: Generated<string>;
}
