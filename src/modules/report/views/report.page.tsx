import { formatDate } from '../../../lib/date.ts';
import { formatCount } from '../../../lib/number.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { Notice } from '../../../views/form.tsx';
import { STATUS_LABELS, type ArticleStatus } from '../../article/article.ts';
import type { Section } from '../../site/site.ts';
import type { Report, ReportGroup } from '../report.service.ts';
import { DateField } from '../../../lib/date-field.tsx';
import { dayText } from '../../../lib/date-input.ts';

/** Filter values as typed. */
export interface ReportValues {
  from: string;
  to: string;
  section: string;
  author: string;
  status: string;
}

function GroupTable(props: { caption: string; heading: string; groups: ReportGroup[] }) {
  return (
    <table class="data report">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.heading}</th>
          <th scope="col" class="num">
            Số bài
          </th>
          <th scope="col" class="num">
            Đã xuất bản
          </th>
          <th scope="col" class="num">
            Lượt đọc
          </th>
        </tr>
      </thead>
      <tbody>
        {props.groups.map((g) => (
          <tr>
            <th scope="row">{g.label}</th>
            <td class="num">{formatCount(g.articles)}</td>
            <td class="num">{formatCount(g.published)}</td>
            <td class="num">{formatCount(g.reads)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The leadership report with its filters and exports. */
export function ReportPage(props: {
  chrome: AdminChrome;
  report: Report & { sectionName: (id: number) => string };
  values: ReportValues;
  sections: Section[];
  authors: { id: number; name: string }[];
  query: string;
  error?: string;
}) {
  const { report: r, values: v } = props;
  return (
    <AdminLayout chrome={props.chrome} title="Báo cáo hoạt động">
      {props.error && <Notice kind="error">{props.error}</Notice>}
      <form method="get" action="/quan-tri/bao-cao" class="filters">
        <DateField id="r-from" name="tu" label="Từ ngày" value={dayText(v.from)} compact />
        <DateField id="r-to" name="den" label="Đến ngày" value={dayText(v.to)} compact />
        <div class="field">
          <label for="r-section">Chuyên mục</label>
          <select id="r-section" name="chuyen-muc">
            <option value="">Tất cả</option>
            {props.sections
              .filter((s) => s.kind === 'articles')
              .map((s) => (
                <option value={String(s.id)} selected={v.section === String(s.id)}>
                  {s.name}
                </option>
              ))}
          </select>
        </div>
        <div class="field">
          <label for="r-author">Người viết</label>
          <select id="r-author" name="tac-gia">
            <option value="">Tất cả</option>
            {props.authors.map((a) => (
              <option value={String(a.id)} selected={v.author === String(a.id)}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="r-status">Trạng thái</label>
          <select id="r-status" name="trang-thai">
            <option value="">Tất cả</option>
            {(Object.keys(STATUS_LABELS) as ArticleStatus[]).map((s) => (
              <option value={s} selected={v.status === s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <button type="submit" class="button">
            Xem báo cáo
          </button>
        </div>
      </form>
      <p>
        {formatCount(r.totals.articles)} bài, {formatCount(r.totals.published)} đã xuất bản,{' '}
        {formatCount(r.totals.reads)} lượt đọc.{' '}
        <a href={`/quan-tri/bao-cao.xlsx${props.query ? `?${props.query}` : ''}`}>
          Tải về Excel (.xlsx)
        </a>{' '}
        · <a href={`/quan-tri/bao-cao.csv${props.query ? `?${props.query}` : ''}`}>Tải về CSV</a>
      </p>
      <div class="report-grid">
        <GroupTable caption="Theo người viết" heading="Người viết" groups={r.byAuthor} />
        <GroupTable caption="Theo chuyên mục" heading="Chuyên mục" groups={r.bySection} />
        <GroupTable caption="Theo trạng thái" heading="Trạng thái" groups={r.byStatus} />
      </div>
      <h2>Danh sách bài ({formatCount(r.rows.length)})</h2>
      <div class="table-scroll">
        <table class="data">
          <caption class="sr-only">Danh sách bài trong báo cáo</caption>
          <thead>
            <tr>
              <th scope="col">Tiêu đề</th>
              <th scope="col">Chuyên mục</th>
              <th scope="col">Người viết</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Ngày đăng</th>
              <th scope="col" class="num">
                Lượt đọc
              </th>
            </tr>
          </thead>
          <tbody>
            {r.rows.slice(0, 500).map((row) => (
              <tr>
                <th scope="row">
                  <a href={`/quan-tri/bai-viet/${row.id}`}>{row.title}</a>
                </th>
                <td>{r.sectionName(row.sectionId)}</td>
                <td>{row.authorName}</td>
                <td>{STATUS_LABELS[row.status]}</td>
                <td class="nowrap">{row.publishedAt ? formatDate(row.publishedAt) : ''}</td>
                <td class="num">{formatCount(row.readCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.rows.length > 500 && (
        <p class="hint">Chỉ hiển thị 500 bài đầu; tệp Excel và CSV có đủ danh sách.</p>
      )}
    </AdminLayout>
  );
}
