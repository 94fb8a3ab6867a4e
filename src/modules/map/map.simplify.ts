import type { MapSummary } from './map.ts';

type Point = [number, number];

/** Parses the paths map.service.ts writes ("M x,y L x,y … Z" rings) into rings of points. */
function rings(path: string): Point[][] {
  return path
    .split('M')
    .filter((r) => r.trim())
    .map((r) =>
      r
        .replace(/Z\s*$/, '')
        .split('L')
        .map((p) => p.split(',').map(Number) as Point),
    );
}

/** Distance from p to the segment a–b. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t =
    len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker: the fewest points that stay within `tolerance` of the line. */
function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    let worst = -1;
    let at = -1;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistance(points[i]!, points[from]!, points[to]!);
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([from, at], [at, to]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A closed ring simplified: split at its farthest point so both halves have fixed ends. */
function simplifyRing(ring: Point[], tolerance: number): Point[] {
  if (ring.length < 8) return ring;
  const first = ring[0]!;
  let far = 1;
  for (let i = 1; i < ring.length; i++)
    if (
      Math.hypot(ring[i]![0] - first[0], ring[i]![1] - first[1]) >
      Math.hypot(ring[far]![0] - first[0], ring[far]![1] - first[1])
    )
      far = i;
  const out = [
    ...simplifyLine(ring.slice(0, far + 1), tolerance),
    ...simplifyLine([...ring.slice(far), first], tolerance).slice(1, -1),
  ];
  return out.length >= 3 ? out : ring;
}

/** Compact SVG path data: absolute move, then relative integer steps ("M120 340l3-2 5 1z"). */
function pathData(rs: Point[][]): string {
  return rs
    .map((ring) => {
      const pts = ring
        .map(([x, y]) => [Math.round(x), Math.round(y)] as Point)
        .filter((p, i, a) => i === 0 || p[0] !== a[i - 1]![0] || p[1] !== a[i - 1]![1]);
      if (pts.length < 3) return '';
      const [x0, y0] = pts[0]!;
      let d = `M${x0} ${y0}l`;
      for (let i = 1; i < pts.length; i++) {
        const dx = pts[i]![0] - pts[i - 1]![0];
        const dy = pts[i]![1] - pts[i - 1]![1];
        d += `${i > 1 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
      }
      return `${d}z`;
    })
    .join('');
}

/**
 * The map for the sidebar: the same units, names and links, with outlines simplified to
 * `tolerance` viewBox units (1 unit ≈ half a pixel at the sidebar's width) and whole-number
 * coordinates. About a tenth of the full map's weight on every page; the full map page keeps
 * the precise outlines.
 */
export function simplifyMap(map: MapSummary, tolerance = 1.2): MapSummary {
  const simplify = (path: string) => pathData(rings(path).map((r) => simplifyRing(r, tolerance)));
  return {
    ...map,
    outline: simplify(map.outline),
    units: map.units.map((u) => ({ ...u, path: simplify(u.path) })),
  };
}
