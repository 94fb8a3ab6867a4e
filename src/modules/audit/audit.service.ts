import { formatDateTime } from '../../lib/date.ts';
import { actionLabel, type Actor, type AuditAction, type AuditEntry } from './audit.ts';
import type { AuditQuery, AuditRepository } from './audit.repository.ts';

/** What an audited action touched. */
export interface AuditTarget {
  type?: string;
  id?: string | number;
  summary?: string;
  detail?: Record<string, unknown>;
}

function csvCell(v: string): string {
  // Guard against formula injection when the file is opened in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes and reads the audit trail. */
export function auditService(deps: { repo: AuditRepository; clock: () => Date }) {
  const { repo } = deps;
  return {
    /** Appends one record: who, when, what, from which address and user agent. */
    async record(actor: Actor, action: AuditAction, target: AuditTarget = {}): Promise<void> {
      await repo.insert({
        at: deps.clock(),
        actorId: actor.id,
        actorName: actor.name,
        action,
        targetType: target.type ?? '',
        targetId: target.id === undefined ? '' : String(target.id),
        summary: target.summary ?? '',
        detail: target.detail ?? {},
        ip: actor.ip,
        userAgent: actor.userAgent.slice(0, 400),
      });
    },
    list: (q: AuditQuery): Promise<AuditEntry[]> => repo.list(q),
    count: (q: Omit<AuditQuery, 'limit' | 'offset'>): Promise<number> => repo.count(q),

    /** The filtered trail as CSV (UTF-8 with BOM so spreadsheet programs show Vietnamese). */
    async csv(q: Omit<AuditQuery, 'limit' | 'offset'>): Promise<string> {
      const header = [
        'Thời gian',
        'Người thực hiện',
        'Hành động',
        'Mã hành động',
        'Đối tượng',
        'Mã đối tượng',
        'Nội dung',
        'Địa chỉ IP',
        'Trình duyệt',
      ];
      const lines = [header.map(csvCell).join(',')];
      for (let offset = 0; ; offset += 1000) {
        const batch = await repo.list({ ...q, limit: 1000, offset });
        for (const e of batch) {
          lines.push(
            [
              formatDateTime(e.at),
              e.actorName,
              actionLabel(e.action),
              e.action,
              e.targetType,
              e.targetId,
              e.summary,
              e.ip,
              e.userAgent,
            ]
              .map(csvCell)
              .join(','),
          );
        }
        if (batch.length < 1000) break;
      }
      return `\uFEFF${lines.join('\r\n')}\r\n`;
    },
  };
}

export type AuditService = ReturnType<typeof auditService>;
