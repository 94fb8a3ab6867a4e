import { liveSlot } from '../../../views/live-slot.ts';
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

/** The visitor statistics as live slots. */
const LIVE_STATS = {
  online: liveSlot('stats:online'),
  today: liveSlot('stats:today'),
  yesterday: liveSlot('stats:yesterday'),
  month: liveSlot('stats:month'),
  total: liveSlot('stats:total'),
};

/** Sidebar block "stats": the visitor statistics (live slots, filled for each response). */
export function statsSidebarBlock() {
  return (
    <section class="block" aria-labelledby="b-stats">
      <h2 id="b-stats" class="block-title">
        Thống kê truy cập
      </h2>
      <VisitorStatsList stats={LIVE_STATS} />
    </section>
  );
}
