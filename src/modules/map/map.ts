import { slugify } from '../../lib/slug.ts';

/** One commune-level unit (xã/phường) as drawn and listed. */
export interface MapUnit {
  code: string;
  name: string;
  fullName: string;
  type: 'xã' | 'phường';
  areaKm2: number;
  formedFrom: string;
  legalBasis: string;
  /** Public page of the unit ("/ban-do/xa-muong-nhe-03160"). */
  href: string;
  /** SVG path data in the map's viewBox. */
  path: string;
  /** Label anchor (area-weighted centroid of the largest ring). */
  labelX: number;
  labelY: number;
}

/** The province map, precomputed once at start. */
export interface MapSummary {
  viewBox: string;
  width: number;
  height: number;
  outline: string;
  units: MapUnit[];
  /** The credit line required by the data's source. */
  credit: string;
}

/** The editable description of a unit, with who last changed it. */
export interface UnitNote {
  description: string;
  updatedAt: Date;
  updatedBy: string;
}

/** Credit line from assets/geo/README.md. */
export const MAP_CREDIT =
  'Ranh giới hành chính: Bản đồ tham khảo ĐVHC (sapnhap.bando.com.vn), dữ liệu qua dự án vietnamese-provinces-database (MIT); chỉ có giá trị tham khảo.';

/** Public path of a unit's page: the slug of its full name, then its official code. */
export function unitHref(u: Pick<MapUnit, 'code' | 'fullName'>): string {
  return `/ban-do/${slugify(u.fullName)}-${u.code}`;
}

/** Splits a unit page segment "xa-muong-nhe-03160" into slug and 5-digit code. */
export function parseUnitSegment(segment: string): { slug: string; code: string } | undefined {
  const m = /^(?:([a-z0-9-]*)-)?(\d{5})$/.exec(segment);
  return m?.[2] ? { slug: m[1] ?? '', code: m[2] } : undefined;
}

/** The former units a unit was formed from, as spelled in the resolution ("xã Nậm Vì", …). */
export function formerUnits(u: Pick<MapUnit, 'formedFrom'>): string[] {
  return u.formedFrom
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A former unit's bare name: "thị trấn Mường Chà" → "Mường Chà". */
function bareName(former: string): string {
  return former.replace(/^(xã|phường|thị trấn)\s+/i, '');
}

/**
 * Name traps: former units that share this unit's name but went into another unit (the new
 * xã Mường Chà is not the old thị trấn Mường Chà, which is now part of xã Na Sang).
 */
export function nameTraps(units: MapUnit[], unit: MapUnit): { former: string; nowIn: MapUnit }[] {
  return units.flatMap((other) =>
    other.code === unit.code
      ? []
      : formerUnits(other)
          .filter((f) => bareName(f) === unit.name)
          .map((former) => ({ former, nowIn: other })),
  );
}
