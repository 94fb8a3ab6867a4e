import { formatDateTime } from '../../lib/date.ts';
import { STATUS_LABELS } from '../article/article.ts';
import type { Section } from '../site/site.ts';
import type { ReportFilter, ReportRepository, ReportRow } from './report.repository.ts';

/** A group line of the report: how many articles and how many reads. */
export interface ReportGroup {
  key: string;
  label: string;
  articles: number;
  published: number;
  reads: number;
}

/** The leadership report: totals by reporter, section and state, and the article list. */
export interface Report {
  rows: ReportRow[];
  byAuthor: ReportGroup[];
  bySection: ReportGroup[];
  byStatus: ReportGroup[];
  totals: { articles: number; published: number; reads: number };
}

function group(
  rows: ReportRow[],
  keyOf: (r: ReportRow) => string,
  labelOf: (r: ReportRow) => string,
): ReportGroup[] {
  const map = new Map<string, ReportGroup>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = map.get(key) ?? { key, label: labelOf(r), articles: 0, published: 0, reads: 0 };
    g.articles += 1;
    if (r.status === 'published') g.published += 1;
    g.reads += r.readCount;
    map.set(key, g);
  }
  return [...map.values()].sort((a, b) => b.reads - a.reads || b.articles - a.articles);
}

function csvCell(v: string | number): string {
  const s = String(v);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Builds the report and its exports. */
export function reportService(deps: {
  repo: ReportRepository;
  sections: () => Promise<Section[]>;
}) {
  return {
    async build(f: ReportFilter): Promise<Report & { sectionName: (id: number) => string }> {
      const [rows, sections] = await Promise.all([deps.repo.rows(f), deps.sections()]);
      const names = new Map(sections.map((s) => [s.id, s.name]));
      const sectionName = (id: number) => names.get(id) ?? `#${id}`;
      return {
        rows,
        sectionName,
        byAuthor: group(
          rows,
          (r) => String(r.authorId ?? 0),
          (r) => r.authorName || '(không rõ)',
        ),
        bySection: group(
          rows,
          (r) => String(r.sectionId),
          (r) => sectionName(r.sectionId),
        ),
        byStatus: group(
          rows,
          (r) => r.status,
          (r) => STATUS_LABELS[r.status],
        ),
        totals: {
          articles: rows.length,
          published: rows.filter((r) => r.status === 'published').length,
          reads: rows.reduce((n, r) => n + r.readCount, 0),
        },
      };
    },

    /** The article list as CSV (UTF-8 with BOM, formula-safe cells). */
    csv(report: Report & { sectionName: (id: number) => string }): string {
      const lines = [
        [
          'Mã bài',
          'Tiêu đề',
          'Chuyên mục',
          'Người viết',
          'Trạng thái',
          'Ngày tạo',
          'Ngày đăng',
          'Lượt đọc',
        ]
          .map(csvCell)
          .join(','),
      ];
      for (const r of report.rows) {
        lines.push(
          [
            r.id,
            r.title,
            report.sectionName(r.sectionId),
            r.authorName,
            STATUS_LABELS[r.status],
            formatDateTime(r.createdAt),
            r.publishedAt ? formatDateTime(r.publishedAt) : '',
            r.readCount,
          ]
            .map(csvCell)
            .join(','),
        );
      }
      return `\uFEFF${lines.join('\r\n')}\r\n`;
    },

    /** The report as an Excel workbook: summary sheets and the article list. */
    async xlsx(
      report: Report & { sectionName: (id: number) => string },
      title: string,
    ): Promise<Buffer> {
      // Loaded on first export: about 17 MB that most processes never need.
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      wb.creator = 'Trang thông tin điện tử';
      wb.created = new Date();
      const summary = (name: string, heading: string, groups: ReportGroup[]) => {
        const ws = wb.addWorksheet(name);
        ws.addRow([title]).font = { bold: true, size: 13 };
        ws.addRow([]);
        const head = ws.addRow([heading, 'Số bài', 'Đã xuất bản', 'Lượt đọc']);
        head.font = { bold: true };
        for (const g of groups) ws.addRow([g.label, g.articles, g.published, g.reads]);
        ws.addRow([
          'Tổng cộng',
          report.totals.articles,
          report.totals.published,
          report.totals.reads,
        ]).font = { bold: true };
        ws.columns.forEach((c, i) => {
          c.width = i === 0 ? 48 : 14;
          if (i > 0) c.numFmt = '#,##0';
        });
      };
      summary('Theo người viết', 'Người viết', report.byAuthor);
      summary('Theo chuyên mục', 'Chuyên mục', report.bySection);
      summary('Theo trạng thái', 'Trạng thái', report.byStatus);
      const ws = wb.addWorksheet('Danh sách bài');
      ws.addRow([
        'Mã bài',
        'Tiêu đề',
        'Chuyên mục',
        'Người viết',
        'Trạng thái',
        'Ngày tạo',
        'Ngày đăng',
        'Lượt đọc',
      ]).font = { bold: true };
      for (const r of report.rows) {
        ws.addRow([
          r.id,
          r.title,
          report.sectionName(r.sectionId),
          r.authorName,
          STATUS_LABELS[r.status],
          formatDateTime(r.createdAt),
          r.publishedAt ? formatDateTime(r.publishedAt) : '',
          r.readCount,
        ]);
      }
      [8, 70, 30, 24, 16, 18, 18, 12].forEach((w, i) => {
        const col = ws.getColumn(i + 1);
        col.width = w;
      });
      ws.getColumn(8).numFmt = '#,##0';
      ws.views = [{ state: 'frozen', ySplit: 1 }];
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
  };
}
