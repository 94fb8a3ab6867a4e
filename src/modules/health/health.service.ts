import fs from 'node:fs';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Account } from '../account/account.ts';
import { isLocked } from '../account/account.ts';
import { INACTIVE_LIMIT_DAYS } from '../auth/auth.ts';
import type { WeblinkGroupAdmin } from '../weblink/weblink.ts';
import { daysLeft, JOB_LABELS, WARN_DAYS, type HealthReport } from './health.ts';

/**
 * The admin's health panel: locked accounts and those about to be disabled for inactivity, web
 * links that do not answer, failing scheduled jobs, free disk space and the database's size.
 * Read only; every figure is gathered when the dashboard is opened.
 */
export function healthService(deps: {
  db: Db;
  accounts: { list(): Promise<Account[]> };
  weblinks: { adminGroups(): Promise<WeblinkGroupAdmin[]> };
  jobs: {
    failing(): Promise<{ name: string; failedAt: Date; lastError: string }[]>;
  };
  /** The folder whose file system is reported (the media store). */
  mediaDir: string;
  clock: () => Date;
}) {
  async function databaseBytes(): Promise<number | null> {
    const k = deps.db.kysely;
    const row =
      deps.db.dialect === 'postgres'
        ? await sql<{
            n: number | string;
          }>`SELECT pg_database_size(current_database()) AS n`.execute(k)
        : await sql<{
            n: number;
          }>`SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()`.execute(
            k,
          );
    const n = Number(row.rows[0]?.n);
    return Number.isFinite(n) ? n : null;
  }

  function disk(): HealthReport['disk'] {
    try {
      const s = fs.statfsSync(deps.mediaDir);
      return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
    } catch {
      return null;
    }
  }

  return {
    async report(): Promise<HealthReport> {
      const now = deps.clock();
      const [accounts, groups, failing, dbBytes] = await Promise.all([
        deps.accounts.list(),
        deps.weblinks.adminGroups(),
        deps.jobs.failing(),
        databaseBytes().catch(() => null),
      ]);
      const active = accounts.filter((a) => !a.disabledAt);
      return {
        locked: active
          .filter((a) => isLocked(a, now))
          .map((a) => ({
            id: a.id,
            fullName: a.fullName,
            username: a.username,
            until: a.lockedUntil!,
          })),
        nearLimit: active
          .map((a) => ({
            a,
            left: daysLeft(a.lastLoginAt ?? a.createdAt, now, INACTIVE_LIMIT_DAYS),
          }))
          .filter(({ left }) => left <= WARN_DAYS)
          .sort((x, y) => x.left - y.left)
          .map(({ a, left }) => ({
            id: a.id,
            fullName: a.fullName,
            username: a.username,
            daysLeft: Math.max(0, left),
          })),
        deadLinks: groups
          .flatMap((g) => g.links)
          .filter((l) => l.active && l.check && !l.check.ok)
          .map((l) => ({
            id: l.id,
            title: l.title,
            url: l.url,
            failures: l.check!.failures,
            detail: l.check!.detail,
          })),
        failingJobs: failing.map((j) => ({
          name: j.name,
          label: JOB_LABELS[j.name] ?? j.name,
          failedAt: j.failedAt,
          message: j.lastError,
        })),
        disk: disk(),
        databaseBytes: dbBytes,
      };
    },
  };
}

export type HealthService = ReturnType<typeof healthService>;
