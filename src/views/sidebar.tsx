import { liveSlot } from '../modules/cache/cache.live.ts';
import type { MapSummary } from '../modules/map/map.ts';
import { VisitorStatsList } from '../modules/stats/views/stats.summary.tsx';
import type { Chrome } from './chrome.ts';

/** The compact province map: every unit is a link with its name as the accessible label. */
export function MiniMap(props: { map: MapSummary }) {
  const m = props.map;
  return (
    <svg class="minimap" viewBox={m.viewBox} role="group" aria-labelledby="minimap-title">
      <title id="minimap-title">Bản đồ hành chính tỉnh Điện Biên với {m.units.length} đơn vị hành chính cấp xã</title>
      {m.units.map((u) => (
        <a href={`/ban-do#dv-${u.code}`} aria-label={u.fullName}>
          <path d={u.path} class={u.type === 'phường' ? 'unit ward' : 'unit'}>
            <title>{u.fullName}</title>
          </path>
        </a>
      ))}
      <path d={m.outline} class="outline" />
    </svg>
  );
}

/** The visitor statistics as live slots: filled for each response, cached page or not. */
const LIVE_STATS = {
  online: liveSlot('stats:online'),
  today: liveSlot('stats:today'),
  yesterday: liveSlot('stats:yesterday'),
  month: liveSlot('stats:month'),
  total: liveSlot('stats:total'),
};

/** Right-hand column: the reference page's blocks plus the most-read list. */
export function Sidebar(props: { chrome: Chrome }) {
  const { sidebar } = props.chrome;
  return (
    <aside class="sidebar" aria-label="Thông tin bổ trợ">
      <section class="block" aria-labelledby="b-map">
        <h2 id="b-map" class="block-title">Bản đồ hành chính</h2>
        <MiniMap map={sidebar.map} />
        <p class="block-more">
          <a href="/ban-do">Xem bản đồ và danh sách {sidebar.map.units.length} xã, phường</a>
        </p>
      </section>
      {liveSlot('most-read')}
      <section class="block" aria-labelledby="b-links">
        <h2 id="b-links" class="block-title">Liên kết web</h2>
        {sidebar.links.map((g) => (
          <div class="linkgroup">
            <h3>{g.name}</h3>
            <ul>
              {g.links.map((l) => (
                <li>
                  <a href={l.url} target={l.newTab ? '_blank' : undefined} rel={l.newTab ? 'noopener noreferrer' : undefined}>
                    {l.title}
                    {l.newTab && <span class="sr-only"> (mở trong thẻ mới)</span>}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section class="block" aria-labelledby="b-stats">
        <h2 id="b-stats" class="block-title">Thống kê truy cập</h2>
        <VisitorStatsList stats={LIVE_STATS} />
      </section>
    </aside>
  );
}
