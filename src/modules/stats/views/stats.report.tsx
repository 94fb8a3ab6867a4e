import { formatCount } from '../../../lib/number.ts';
import { REPORT_RANGES, type CsvTable, type StatsReport } from '../stats.report.ts';
import { BarChart, LineChart } from './stats.charts.tsx';
import { VisitorStatsList } from './stats.summary.tsx';

/** "2026-11-05" → "05/11/2026". */
const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

const CSV_LABELS: Record<CsvTable, string> = {
  ngay: 'Truy cập theo ngày',
  'bai-viet': 'Bài viết',
  'chuyen-muc': 'Chuyên mục',
  nguon: 'Trang giới thiệu',
  'thiet-bi': 'Thiết bị',
  'don-vi': 'Theo đơn vị',
};

/**
 * The back office's statistics page body (no layout: the back office wraps it). `basePath` is
 * where it is mounted, e.g. "/quan-tri/thong-ke"; the CSV files are at `${basePath}/csv`.
 * `rollUp`: the viewer may switch to every site's figures ("Toàn hệ thống").
 */
export function StatsReportView(props: {
  report: StatsReport;
  basePath: string;
  rollUp?: boolean;
}) {
  const r = props.report;
  const all = r.scope === 'toan-he-thong';
  const scopeQuery = all ? '&pham-vi=toan-he-thong' : '';
  const tables = (Object.keys(CSV_LABELS) as CsvTable[]).filter((t) => all || t !== 'don-vi');
  const peak = r.days.reduce(
    (m, d) => (d.visits > m.visits ? d : m),
    r.days[0] ?? { day: r.to, visits: 0 },
  );
  return (
    <div class="stats-report">
      {props.rollUp && (
        <nav aria-label="Phạm vi số liệu">
          <ul class="segmented">
            <li>
              <a
                href={`${props.basePath}?khoang=${r.range}`}
                aria-current={all ? undefined : 'page'}
              >
                Đơn vị này
              </a>
            </li>
            <li>
              <a
                href={`${props.basePath}?khoang=${r.range}&pham-vi=toan-he-thong`}
                aria-current={all ? 'page' : undefined}
              >
                Toàn hệ thống
              </a>
            </li>
          </ul>
        </nav>
      )}
      <nav aria-label="Khoảng thời gian">
        <ul class="segmented">
          {REPORT_RANGES.map((n) => (
            <li>
              <a
                href={`${props.basePath}?khoang=${n}${scopeQuery}`}
                aria-current={n === r.range ? 'page' : undefined}
              >
                {n} ngày
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <VisitorStatsList stats={r.summary} />
      <p>
        Từ {dmy(r.from)} đến {dmy(r.to)}: {formatCount(r.totals.visits)} lượt truy cập,{' '}
        {formatCount(r.totals.pageViews)} lượt xem trang; {formatCount(r.totals.bots)} lượt của bot
        (không tính vào tổng).
      </p>
      <LineChart
        id="chart-days"
        title={`Lượt truy cập theo ngày (${r.range} ngày)`}
        labels={r.days.map((d) => dmy(d.day).slice(0, 5))}
        series={[
          { name: 'Lượt truy cập', color: '#a50f1e', values: r.days.map((d) => d.visits) },
          { name: 'Lượt xem trang', color: '#1f5f99', values: r.days.map((d) => d.pageViews) },
        ]}
        summary={`Cao nhất ${formatCount(peak.visits)} lượt truy cập ngày ${dmy(peak.day)}; tổng ${formatCount(r.totals.visits)} lượt.`}
      />
      {all && (
        <BarChart
          id="chart-sites"
          title="Lượt truy cập theo đơn vị"
          unit="lượt truy cập"
          rows={r.sites.map((s) => ({ label: s.name, value: s.visits }))}
        />
      )}
      <BarChart
        id="chart-articles"
        title="Bài viết được đọc nhiều nhất"
        unit="lượt đọc"
        rows={r.articles.map((a) => ({ label: a.title, value: a.reads }))}
      />
      <BarChart
        id="chart-sections"
        title="Lượt đọc theo chuyên mục"
        unit="lượt đọc"
        rows={r.sections.map((x) => ({ label: x.name, value: x.reads }))}
        color="#1f5f99"
      />
      <BarChart
        id="chart-referrers"
        title="Trang giới thiệu (nguồn truy cập bên ngoài)"
        unit="lượt truy cập"
        rows={r.referrers.map((x) => ({ label: x.domain, value: x.visits }))}
        color="#6b4c9a"
      />
      <BarChart
        id="chart-devices"
        title="Thiết bị"
        unit="lượt truy cập"
        rows={r.devices.map((x) => ({ label: x.label, value: x.visits }))}
        color="#2e7d32"
      />
      <h2 id="stats-csv-h">Tải về (CSV)</h2>
      <ul class="button-list" aria-labelledby="stats-csv-h">
        {tables.map((t) => (
          <li>
            <a
              class="button button-secondary"
              href={`${props.basePath}/csv?bang=${t}&khoang=${r.range}${scopeQuery}`}
              download
            >
              {CSV_LABELS[t]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
