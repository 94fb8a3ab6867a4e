import { formatCount } from '../../../lib/number.ts';
import type { VisitorStats } from '../stats.service.ts';

/** The "Thống kê truy cập" figures, shared by the sidebar and the back-office report. */
export function VisitorStatsList(props: { stats: VisitorStats }) {
  const st = props.stats;
  return (
    <dl class="stats">
      <dt>Đang online:</dt>
      <dd>{formatCount(st.online)}</dd>
      <dt>Hôm nay:</dt>
      <dd>{formatCount(st.today)}</dd>
      <dt>Hôm qua:</dt>
      <dd>{formatCount(st.yesterday)}</dd>
      <dt>Tháng này:</dt>
      <dd>{formatCount(st.month)}</dd>
      <dt>Tổng truy cập:</dt>
      <dd>{formatCount(st.total)}</dd>
    </dl>
  );
}
