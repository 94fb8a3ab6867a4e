import type { Chrome } from '../../../shell/chrome.ts';
import type { MapSummary } from '../map.ts';

/** A commune site's own unit, drawn alone in its header. */
export interface UnitOutline {
  fullName: string;
  path: string;
  viewBox: string;
}

declare module '../../../shell/chrome.ts' {
  interface ChromeData {
    /** The unit of a commune site (its `unitCode` setting), drawn in the header. */
    unitOutline?: UnitOutline;
  }
}

/**
 * The outline of one unit, framed on its own bounding box (measured on the full map, whose paths
 * have absolute points) and drawn with the lighter simplified path; undefined for an unknown code.
 */
export function unitOutline(
  map: MapSummary,
  code: string,
  drawn: MapSummary = map,
): UnitOutline | undefined {
  const unit = code ? map.units.find((u) => u.code === code) : undefined;
  if (!unit) return undefined;
  const nums = [...unit.path.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)];
  const xs = nums.map((m) => Number(m[1]));
  const ys = nums.map((m) => Number(m[2]));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = Math.max(x1 - x0, y1 - y0) * 0.05;
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    fullName: unit.fullName,
    path: drawn.units.find((u) => u.code === code)?.path ?? unit.path,
    viewBox: `${r(x0 - pad)} ${r(y0 - pad)} ${r(x1 - x0 + 2 * pad)} ${r(y1 - y0 + 2 * pad)}`,
  };
}

/** Header part: a commune site shows its unit's boundary next to its name. */
export function unitOutlineHeaderPart({ data }: Chrome) {
  const u = data.unitOutline;
  if (!u) return null;
  return (
    <svg class="unit-outline" viewBox={u.viewBox} role="img" aria-labelledby="unit-outline-title">
      <title id="unit-outline-title">Ranh giới {u.fullName}</title>
      <path d={u.path} />
    </svg>
  );
}
