import { formatDecimal } from '../../../lib/number.ts';
import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import type { MapSummary } from '../map.ts';
import { BigMap } from './map.svg.tsx';

/** The full administrative map with labels, and the list of units as an accessible alternative. */
export function MapPage(props: { chrome: Chrome; meta: PageMeta; map: MapSummary }) {
  const m = props.map;
  const wards = m.units.filter((u) => u.type === 'phường').length;
  return (
    <Layout chrome={props.chrome} meta={props.meta} wide>
      <Breadcrumb trail={[{ label: 'Bản đồ hành chính' }]} />
      <h1 class="page-title">Bản đồ hành chính tỉnh Điện Biên</h1>
      <p>
        Tỉnh Điện Biên có {m.units.length} đơn vị hành chính cấp xã ({m.units.length - wards} xã,{' '}
        {wards} phường), có hiệu lực từ ngày 01/7/2025 theo Nghị quyết 1661/NQ-UBTVQH15. Chọn một
        đơn vị trên bản đồ hoặc trong <a href="#danh-sach">danh sách bên dưới</a> để xem thông tin
        và tin bài về đơn vị đó.
      </p>
      <p class="hint keyboard-hint">
        Dùng phím Tab để lần lượt chọn các xã, phường trên bản đồ, phím Enter để mở trang của đơn
        vị.
      </p>
      <figure class="bigmap">
        <BigMap map={m} />
        <p class="map-info" data-map-info aria-hidden="true" hidden></p>
        <figcaption>{m.credit}</figcaption>
      </figure>
      <h2 class="section-title" id="danh-sach">
        <span>Danh sách đơn vị hành chính cấp xã</span>
      </h2>
      <div class="table-scroll">
        <table class="units">
          <caption class="sr-only">Các xã, phường của tỉnh Điện Biên</caption>
          <thead>
            <tr>
              <th scope="col">Mã</th>
              <th scope="col">Tên đơn vị</th>
              <th scope="col">Diện tích (km²)</th>
              <th scope="col">Hình thành từ</th>
            </tr>
          </thead>
          <tbody>
            {m.units.map((u) => (
              <tr id={`dv-${u.code}`}>
                <td>{u.code}</td>
                <th scope="row">
                  <a href={u.href}>{u.fullName}</a>
                </th>
                <td class="num">{formatDecimal(u.areaKm2, 2)}</td>
                <td>{u.formedFrom}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
