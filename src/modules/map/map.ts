/** One commune-level unit (xã/phường) as drawn and listed. */
export interface MapUnit {
  code: string;
  name: string;
  fullName: string;
  type: 'xã' | 'phường';
  areaKm2: number;
  formedFrom: string;
  legalBasis: string;
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

/** Credit line from assets/geo/README.md. */
export const MAP_CREDIT =
  'Ranh giới hành chính: Bản đồ tham khảo ĐVHC (sapnhap.bando.com.vn), dữ liệu qua dự án vietnamese-provinces-database (MIT); chỉ có giá trị tham khảo.';
