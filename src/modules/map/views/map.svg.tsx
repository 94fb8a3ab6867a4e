import { formatDecimal } from '../../../lib/number.ts';
import type { MapSummary, MapUnit } from '../map.ts';

function unitClass(u: MapUnit, current?: string): string {
  return `unit${u.type === 'phường' ? ' ward' : ''}${u.code === current ? ' current' : ''}`;
}

/** One unit as a plain link to its page, named for screen readers and with a tooltip. */
function UnitLink(props: { u: MapUnit; info?: boolean }) {
  const { u } = props;
  return (
    <a
      href={u.href}
      aria-label={u.fullName}
      data-info={props.info ? `${u.fullName} · ${formatDecimal(u.areaKm2, 2)} km²` : undefined}
    >
      <path d={u.path} class={unitClass(u)}>
        <title>{u.fullName}</title>
      </path>
    </a>
  );
}

/** The compact province map of the sidebar: every unit is a link to its page. */
export function MiniMap(props: { map: MapSummary }) {
  const m = props.map;
  return (
    <svg class="minimap" viewBox={m.viewBox} role="group" aria-labelledby="minimap-title">
      <title id="minimap-title">
        Bản đồ hành chính tỉnh Điện Biên với {m.units.length} đơn vị hành chính cấp xã
      </title>
      {m.units.map((u) => (
        <UnitLink u={u} />
      ))}
      <path d={m.outline} class="outline" />
    </svg>
  );
}

/** The full map: links, labels, and the data the optional script shows on hover and focus. */
export function BigMap(props: { map: MapSummary }) {
  const m = props.map;
  return (
    <svg viewBox={m.viewBox} role="group" aria-labelledby="bigmap-title" data-map="lon">
      <title id="bigmap-title">Bản đồ {m.units.length} xã, phường của tỉnh Điện Biên</title>
      {m.units.map((u) => (
        <UnitLink u={u} info />
      ))}
      <path d={m.outline} class="outline" />
      <g class="labels" aria-hidden="true">
        {m.units.map((u) => (
          <text x={u.labelX} y={u.labelY}>
            {u.name}
          </text>
        ))}
      </g>
    </svg>
  );
}

/** Where one unit lies in the province: a picture, not a control (the page links the full map). */
export function LocatorMap(props: { map: MapSummary; unit: MapUnit }) {
  const m = props.map;
  return (
    <svg class="locator" viewBox={m.viewBox} role="img" aria-labelledby="locator-title">
      <title id="locator-title">Vị trí {props.unit.fullName} trên bản đồ tỉnh Điện Biên</title>
      {m.units.map((u) => (
        <path d={u.path} class={unitClass(u, props.unit.code)} />
      ))}
      <path d={m.outline} class="outline" />
    </svg>
  );
}
