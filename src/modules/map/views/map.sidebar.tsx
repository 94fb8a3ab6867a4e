import { raw } from 'hono/html';
import type { Chrome } from '../../../shell/chrome.ts';
import type { MapSummary } from '../map.ts';
import { MiniMap } from './map.svg.tsx';

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

/** Sidebar block "map": the administrative mini map and a link to the full map. */
export function mapSidebarBlock({ sidebar }: Chrome) {
  return (
    <section class="block" aria-labelledby="b-map">
      <h2 id="b-map" class="block-title">
        Bản đồ hành chính
      </h2>
      {miniMapOnce(sidebar.map)}
      <p class="block-more">
        <a href="/ban-do">Xem bản đồ và danh sách {sidebar.map.units.length} xã, phường</a>
      </p>
    </section>
  );
}
