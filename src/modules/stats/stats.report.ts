import { currentSiteId } from '../../db/site-scope.ts';
import { vnDayKey } from '../../lib/date.ts';
import type { SiteService } from '../site/site.service.ts';
import type { DayRow, StatsRepository } from './stats.repository.ts';
import type { StatsService, VisitorStats } from './stats.service.ts';
import { DEVICE_LABELS, type DeviceClass } from './stats.ts';

/** Spans the report offers, in days ending today (Vietnamese calendar). */
export const REPORT_RANGES = [30, 90, 365] as const;
export type ReportRange = (typeof REPORT_RANGES)[number];

/** The back office's statistics page, as data. */
export interface StatsReport {
  range: ReportRange;
  /** First and last day ("YYYY-MM-DD"), inclusive. */
  from: string;
  to: string;
  /** The sidebar's figures (the same service call, so the same numbers). */
  summary: VisitorStats;
  /** Every day of the span, oldest first (missing days are zeros). */
  days: DayRow[];
  totals: { visits: number; pageViews: number; bots: number };
  articles: { id: number; title: string; reads: number; allTimeReads: number }[];
  sections: { id: number; name: string; reads: number }[];
  referrers: { domain: string; visits: number }[];
  devices: { device: DeviceClass; label: string; visits: number }[];
}

/** Tables the CSV export offers, by their URL name. */
export const CSV_TABLES = ['ngay', 'bai-viet', 'chuyen-muc', 'nguon', 'thiet-bi'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const DAY_MS = 86_400_000;

/** The calendar day `n` days after a "YYYY-MM-DD" key. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Builds the working site's statistics report (the request's site scope) from its counting history. */
export function statsReport(deps: {
  repo: StatsRepository;
  stats: StatsService;
  site: SiteService;
  clock?: () => Date;
}) {
  const { repo } = deps;
  const now = deps.clock ?? (() => new Date());
  return {
    async build(range: ReportRange, limit = 10): Promise<StatsReport> {
      const to = vnDayKey(now());
      const from = addDays(to, 1 - range);
      const stored = new Map((await repo.days(from, to)).map((d) => [d.day, d]));
      const days = Array.from({ length: range }, (_, i) => {
        const day = addDays(from, i);
        return stored.get(day) ?? { day, visits: 0, pageViews: 0, bots: 0 };
      });
      const totals = days.reduce(
        (t, d) => ({
          visits: t.visits + d.visits,
          pageViews: t.pageViews + d.pageViews,
          bots: t.bots + d.bots,
        }),
        { visits: 0, pageViews: 0, bots: 0 },
      );
      const topArticles = await repo.top('article', from, to, limit);
      const titles = await repo.articles(topArticles.map((a) => Number(a.key)));
      const sectionNames = new Map((await deps.site.sections()).map((s) => [s.id, s.name]));
      return {
        range,
        from,
        to,
        summary: await deps.stats.snapshot(currentSiteId()),
        days,
        totals,
        articles: topArticles.map((a) => {
          const info = titles.get(Number(a.key));
          return {
            id: Number(a.key),
            title: info?.title ?? `Bài #${a.key}`,
            reads: a.n,
            allTimeReads: info?.readCount ?? 0,
          };
        }),
        sections: (await repo.top('section', from, to, 100)).map((s) => ({
          id: Number(s.key),
          name: sectionNames.get(Number(s.key)) ?? `Chuyên mục #${s.key}`,
          reads: s.n,
        })),
        referrers: (await repo.top('referrer', from, to, limit * 2)).map((r) => ({
          domain: r.key,
          visits: r.n,
        })),
        devices: (await repo.top('device', from, to, 10)).map((d) => ({
          device: d.key as DeviceClass,
          label: DEVICE_LABELS[d.key as DeviceClass] ?? d.key,
          visits: d.n,
        })),
      };
    },
  };
}

export type StatsReportService = ReturnType<typeof statsReport>;

/** One CSV cell: quoted when needed; a leading = + - @ is neutralised so spreadsheets never run it. */
function cell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A table of the report as CSV (UTF-8 with a byte-order mark so spreadsheets read Vietnamese). */
export function reportCsv(report: StatsReport, table: CsvTable): string {
  const rows: (string | number)[][] = {
    ngay: [
      ['Ngày', 'Lượt truy cập', 'Lượt xem trang', 'Lượt truy cập của bot'],
      ...report.days.map((d) => [d.day, d.visits, d.pageViews, d.bots]),
    ],
    'bai-viet': [
      ['Mã bài', 'Tiêu đề', 'Lượt đọc trong kỳ', 'Tổng lượt đọc'],
      ...report.articles.map((a) => [a.id, a.title, a.reads, a.allTimeReads]),
    ],
    'chuyen-muc': [
      ['Mã chuyên mục', 'Chuyên mục', 'Lượt đọc trong kỳ'],
      ...report.sections.map((s) => [s.id, s.name, s.reads]),
    ],
    nguon: [
      ['Trang giới thiệu', 'Lượt truy cập'],
      ...report.referrers.map((r) => [r.domain, r.visits]),
    ],
    'thiet-bi': [['Thiết bị', 'Lượt truy cập'], ...report.devices.map((d) => [d.label, d.visits])],
  }[table];
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
