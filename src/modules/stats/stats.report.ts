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
  /** The working site's figures, or every site's summed ("Toàn hệ thống", the province's roll-up). */
  scope: ReportScope;
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
  /** In the roll-up: each site's figures over the span, busiest first (else empty). */
  sites: { id: number; name: string; visits: number; pageViews: number }[];
}

/** What the report covers: the working site ("don-vi") or every site ("toan-he-thong"). */
export const REPORT_SCOPES = ['don-vi', 'toan-he-thong'] as const;
export type ReportScope = (typeof REPORT_SCOPES)[number];

/** Tables the CSV export offers, by their URL name. */
export const CSV_TABLES = [
  'ngay',
  'bai-viet',
  'chuyen-muc',
  'nguon',
  'thiet-bi',
  'don-vi',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const DAY_MS = 86_400_000;

/** The calendar day `n` days after a "YYYY-MM-DD" key. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Sums the sites' sidebar figures (the roll-up's summary; a reader of two sites is online on each). */
function sumStats(all: VisitorStats[]): VisitorStats {
  const out: VisitorStats = { online: 0, today: 0, yesterday: 0, month: 0, total: 0 };
  for (const s of all) for (const k of Object.keys(out) as (keyof VisitorStats)[]) out[k] += s[k];
  return out;
}

/**
 * Builds the statistics report of the working site (the request's site scope) from its
 * counting history, or with scope "toan-he-thong" every site's together (who may see that is
 * the caller's decision).
 */
export function statsReport(deps: {
  repo: StatsRepository;
  stats: StatsService;
  site: SiteService;
  /** The sites of the install (the roll-up's rows and summary). */
  sites: () => readonly { id: number; name: string }[];
  clock?: () => Date;
}) {
  const { repo } = deps;
  const now = deps.clock ?? (() => new Date());
  return {
    async build(
      range: ReportRange,
      limit = 10,
      scope: ReportScope = 'don-vi',
    ): Promise<StatsReport> {
      const all = scope === 'toan-he-thong';
      const to = vnDayKey(now());
      const from = addDays(to, 1 - range);
      const stored = new Map((await repo.days(from, to, all)).map((d) => [d.day, d]));
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
      const sites = deps.sites();
      const siteName = new Map(sites.map((s) => [s.id, s.name]));
      /** "Tin trong tỉnh (Đảng bộ xã Mường Nhé)" in the roll-up, for another site's section or article. */
      const ofSite = (label: string, siteId: number | undefined) =>
        all && siteId !== undefined && siteId !== currentSiteId()
          ? `${label} (${siteName.get(siteId) ?? `Đơn vị #${siteId}`})`
          : label;
      const topArticles = await repo.top('article', from, to, limit, all);
      const titles = await repo.articles(
        topArticles.map((a) => Number(a.key)),
        all,
      );
      const topSections = await repo.top('section', from, to, 100, all);
      const sectionNames = all
        ? await repo.sectionsOfAnySite(topSections.map((s) => Number(s.key)))
        : new Map(
            (await deps.site.sections()).map((s) => [
              s.id,
              { name: s.name, siteId: undefined as number | undefined },
            ]),
          );
      const summary = all
        ? sumStats(await Promise.all(sites.map((s) => deps.stats.snapshot(s.id))))
        : await deps.stats.snapshot(currentSiteId());
      return {
        range,
        scope,
        from,
        to,
        summary,
        days,
        totals,
        articles: topArticles.map((a) => {
          const info = titles.get(Number(a.key));
          return {
            id: Number(a.key),
            title: info ? ofSite(info.title, info.siteId) : `Bài #${a.key}`,
            reads: a.n,
            allTimeReads: info?.readCount ?? 0,
          };
        }),
        sections: topSections.map((s) => {
          const info = sectionNames.get(Number(s.key));
          return {
            id: Number(s.key),
            name: info ? ofSite(info.name, info.siteId) : `Chuyên mục #${s.key}`,
            reads: s.n,
          };
        }),
        sites: all
          ? (await repo.bySite(from, to)).map((r) => ({
              id: r.siteId,
              name: siteName.get(r.siteId) ?? `Đơn vị #${r.siteId}`,
              visits: r.visits,
              pageViews: r.pageViews,
            }))
          : [],
        referrers: (await repo.top('referrer', from, to, limit * 2, all)).map((r) => ({
          domain: r.key,
          visits: r.n,
        })),
        devices: (await repo.top('device', from, to, 10, all)).map((d) => ({
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
    'don-vi': [
      ['Mã đơn vị', 'Đơn vị', 'Lượt truy cập', 'Lượt xem trang'],
      ...report.sites.map((s) => [s.id, s.name, s.visits, s.pageViews]),
    ],
  }[table];
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
