import { formatCount } from '../../../lib/number.ts';
import type { VisitorStats } from '../stats.service.ts';

const shown = (v: number | string): string => (typeof v === 'number' ? formatCount(v) : v);

/**
 * The "Thống kê truy cập" figures, shared by the sidebar and the back-office report; a figure
 * given as text is shown as is (the sidebar passes the page cache's live slots).
 */
export function VisitorStatsList(props: { stats: Record<keyof VisitorStats, number | string> }) {
  const st = props.stats;
  return (
    <dl class="stats">
      <dt>Đang online:</dt>
      <dd>{shown(st.online)}</dd>
      <dt>Hôm nay:</dt>
      <dd>{shown(st.today)}</dd>
      <dt>Hôm qua:</dt>
      <dd>{shown(st.yesterday)}</dd>
      <dt>Tháng này:</dt>
      <dd>{shown(st.month)}</dd>
      <dt>Tổng truy cập:</dt>
      <dd>{shown(st.total)}</dd>
    </dl>
  );
}
