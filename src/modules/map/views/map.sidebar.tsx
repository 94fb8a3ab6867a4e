import { raw } from 'hono/html';
import type { Chrome } from '../../../shell/chrome.ts';
import type { MapSummary } from '../map.ts';
import { MiniMap } from './map.svg.tsx';

declare module '../../../shell/chrome.ts' {
  interface ChromeData {
    /** The sidebar's lighter copy of the map (simplified outlines, same links). */
    map: MapSummary;
  }
}

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
export function mapSidebarBlock({ data }: Chrome) {
  return (
    <section class="block" aria-labelledby="b-map">
      <h2 id="b-map" class="block-title">
        Bản đồ hành chính
      </h2>
      {miniMapOnce(data.map)}
      <p class="block-more">
        <a href="/ban-do">Xem bản đồ và danh sách {data.map.units.length} xã, phường</a>
      </p>
    </section>
  );
}

/** Footer part: the credit of the boundary data. */
export function mapFooterCredit({ data }: Chrome) {
  return <p class="footer-credit">{data.map.credit}</p>;
}
