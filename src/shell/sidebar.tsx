import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { BannerList } from '../modules/banner/views/banner.view.tsx';
import { liveSlot } from '../views/live-slot.ts';
import type { MapSummary } from '../modules/map/map.ts';
import { MiniMap } from '../modules/map/views/map.svg.tsx';
import type { SidebarBlockId } from '../modules/site/sidebar.ts';
import { LinksBlock } from '../modules/weblink/views/weblink.block.tsx';
import { VisitorStatsList } from '../modules/stats/views/stats.summary.tsx';
import type { Chrome } from './chrome.ts';

type Block = (chrome: Chrome) => Child;

/** The mini map is the same on every page: its markup is made once per map. */
const miniMaps = new WeakMap<MapSummary, string>();
function miniMapOnce(map: MapSummary) {
  let html = miniMaps.get(map);
  if (html === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a synchronous component: toString() is its markup
    html = (<MiniMap map={map} />).toString();
    miniMaps.set(map, html);
  }
  return raw(html);
}

/** The visitor statistics as live slots. */
const LIVE_STATS = {
  online: liveSlot('stats:online'),
  today: liveSlot('stats:today'),
  yesterday: liveSlot('stats:yesterday'),
  month: liveSlot('stats:month'),
  total: liveSlot('stats:total'),
};

/** Every block the sidebar can show; the admin chooses which, in which order, on which pages. */
const BLOCKS: Record<SidebarBlockId, Block> = {
  map: ({ sidebar }) => (
    <section class="block" aria-labelledby="b-map">
      <h2 id="b-map" class="block-title">
        Bản đồ hành chính
      </h2>
      {miniMapOnce(sidebar.map)}
      <p class="block-more">
        <a href="/ban-do">Xem bản đồ và danh sách {sidebar.map.units.length} xã, phường</a>
      </p>
    </section>
  ),
  banners: ({ site }) =>
    site.banners.sidebar.length > 0 && (
      <section class="block block-banners" aria-label="Banner">
        <BannerList banners={site.banners.sidebar} class="banners-side" />
      </section>
    ),
  // Live slots (modules/cache): filled for each response, so a cached page shows the figures of now.
  mostRead: () => liveSlot('most-read'),
  links: ({ sidebar, settings }) => (
    <LinksBlock groups={sidebar.links} display={settings.linksDisplay} />
  ),
  stats: () => (
    <section class="block" aria-labelledby="b-stats">
      <h2 id="b-stats" class="block-title">
        Thống kê truy cập
      </h2>
      <VisitorStatsList stats={LIVE_STATS} />
    </section>
  ),
};

/** Right-hand column: the blocks this page type shows, in the order the admin set. */
export function Sidebar(props: { chrome: Chrome }) {
  return (
    <aside class="sidebar" aria-label="Thông tin bổ trợ">
      {props.chrome.site.blocks.map((id) => BLOCKS[id](props.chrome))}
    </aside>
  );
}
