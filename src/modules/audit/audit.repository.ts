import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type { AuditEntry } from './audit.ts';
import type { AuditLogTable } from '../../db/tables/audit.table.ts';

/** Maps a row to the domain type. */
function toAuditEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    ...row,
    at: new Date(row.at),
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  };
}

/** Filter for browsing the trail. */
export interface AuditQuery {
  actorId?: number;
  action?: string;
  /** What the action touched ("article" and its id): an article's whole life. */
  targetType?: string;
  targetId?: string;
  /** Another site's trail (system admins only; decided by the route): the site in scope otherwise. */
  siteId?: number;
  /** Text found in actor name, summary or target. */
  text?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset?: number;
}

/** The only place that queries the audit trail; it only ever inserts and reads. */
export function auditRepository(db: Db) {
  const k = db.kysely;
  function filtered(q: Omit<AuditQuery, 'limit' | 'offset'>) {
    let b = k.selectFrom('auditLog').where('auditLog.siteId', '=', q.siteId ?? currentSiteId());
    if (q.actorId !== undefined) b = b.where('actorId', '=', q.actorId);
    if (q.action) b = b.where('action', '=', q.action);
    if (q.targetType) b = b.where('targetType', '=', q.targetType);
    if (q.targetId !== undefined) b = b.where('targetId', '=', q.targetId);
    if (q.from) b = b.where('at', '>=', q.from.toISOString());
    if (q.to) b = b.where('at', '<', q.to.toISOString());
    if (q.text) {
      const like = `%${q.text.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
      // ESCAPE named: SQLite has no default escape character (a "_" typed would match any one).
      const has = (column: 'actorName' | 'summary' | 'targetId') =>
        sql<boolean>`${sql.ref(column)} like ${like} escape '\\'`;
      b = b.where((eb) => eb.or([has('actorName'), has('summary'), has('targetId')]));
    }
    return b;
  }
  return {
    async insert(e: Omit<AuditEntry, 'id'>): Promise<void> {
      await k
        .insertInto('auditLog')
        .values({
          ...e,
          siteId: currentSiteId(),
          at: e.at.toISOString(),
          detail: JSON.stringify(e.detail),
        })
        .execute();
    },
    async list(q: AuditQuery): Promise<AuditEntry[]> {
      const rows = await filtered(q)
        .selectAll()
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(q.limit)
        .offset(q.offset ?? 0)
        .execute();
      return rows.map(toAuditEntry);
    },
    async count(q: Omit<AuditQuery, 'limit' | 'offset'>): Promise<number> {
      const row = await filtered(q)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
