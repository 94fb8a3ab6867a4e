/**
 * Backups: the pure rules. Which archives the retention keeps (grandfather-father-son: the
 * newest archive of each of the last `daily` days, `weekly` ISO weeks and `monthly` months, by
 * the Vietnamese calendar), and what a recorded run looks like.
 */

/** How many archives of each period are kept (defaults 7 daily, 4 weekly, 12 monthly). */
export interface Retention {
  daily: number;
  weekly: number;
  monthly: number;
}

/** One scheduled backup's result. */
export interface BackupRun {
  id: number;
  startedAt: Date;
  finishedAt: Date;
  ok: boolean;
  archive: string;
  bytes: number;
  rows: number;
  files: number;
  removed: number;
  message: string;
}

/** What the dashboard shows: whether backups are scheduled, the last run, the last success. */
export interface BackupStatus {
  /** Hours between scheduled backups; 0 when they are off. */
  everyHours: number;
  keep: Retention;
  last: BackupRun | undefined;
  lastOk: BackupRun | undefined;
}

const ARCHIVE = /^portal-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-\d+)?$/;

/** The instant an archive folder name records, or undefined when it is not an archive name. */
export function archiveTime(name: string): Date | undefined {
  const m = ARCHIVE.exec(name);
  if (!m) return undefined;
  const n = m.slice(1, 7).map(Number);
  return new Date(Date.UTC(n[0]!, n[1]! - 1, n[2], n[3], n[4], n[5]));
}

/** Vietnam keeps UTC+7 all year. */
const vn = (d: Date): Date => new Date(d.getTime() + 7 * 3600_000);

function periodKeys(at: Date): { day: string; week: string; month: string } {
  const t = vn(at);
  const day = t.toISOString().slice(0, 10);
  // ISO week: the week's Thursday decides its year.
  const thursday = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
  return { day, week: `${thursday.getUTCFullYear()}-W${week}`, month: day.slice(0, 7) };
}

/**
 * The archive names to keep: for each kind of period, walking from the newest archive, the
 * first archive of each period until that many periods are covered. The newest is always kept.
 */
export function archivesToKeep(names: string[], keep: Retention): Set<string> {
  const dated = names
    .map((name) => ({ name, at: archiveTime(name) }))
    .filter((a): a is { name: string; at: Date } => a.at !== undefined)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1));
  const kept = new Set<string>();
  if (dated[0]) kept.add(dated[0].name);
  for (const kind of ['day', 'week', 'month'] as const) {
    const limit = kind === 'day' ? keep.daily : kind === 'week' ? keep.weekly : keep.monthly;
    const seen = new Set<string>();
    for (const a of dated) {
      const key = periodKeys(a.at)[kind];
      if (seen.has(key)) continue;
      if (seen.size >= limit) break;
      seen.add(key);
      kept.add(a.name);
    }
  }
  return kept;
}
