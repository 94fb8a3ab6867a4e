import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../lib/paths.ts';
import { MAP_CREDIT, unitHref, type MapSummary, type MapUnit } from './map.ts';

type Ring = [number, number][];
interface UnitProperties {
  code: string;
  name: string;
  full_name: string;
  type: string;
  area_km2: number;
  formed_from?: string;
  legal_basis?: string;
}
interface Feature {
  properties: UnitProperties;
  geometry:
    { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/** Folder of the shipped boundary data (assets/geo at the repository root). */
const GEO_DIR = path.join(ROOT, 'assets', 'geo');

function polygons(f: Feature): Ring[][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** Signed area and centroid of a projected ring (shoelace). */
function ringCentroid(ring: [number, number][]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[(i + 1) % ring.length] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  a /= 2;
  return a === 0
    ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 }
    : { area: Math.abs(a), x: cx / (6 * a), y: cy / (6 * a) };
}

/**
 * Projects the GeoJSON communes and outline to SVG paths (equirectangular, scaled by the cosine
 * of the mean latitude, so shapes keep their proportions at this latitude). Pure and offline.
 */
function buildMap(
  communes: { features: Feature[] },
  province: { features: Feature[] },
  width = 600,
): MapSummary {
  const all = communes.features.flatMap((f) => polygons(f).flat(2));
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = width / ((maxLon - minLon) * kx);
  const height = Math.round((maxLat - minLat) * scale);
  const project = ([lon, lat]: [number, number]): [number, number] => [
    Math.round((lon - minLon) * kx * scale * 10) / 10,
    Math.round((maxLat - lat) * scale * 10) / 10,
  ];
  const toPath = (f: Feature): string =>
    polygons(f)
      .flatMap((poly) => poly.map((ring) => `M${ring.map((p) => project(p).join(',')).join('L')}Z`))
      .join('');

  const units: MapUnit[] = communes.features.map((f) => {
    const p = f.properties;
    const biggest = polygons(f)
      .map((poly) => ringCentroid((poly[0] ?? []).map(project)))
      .sort((a, b) => b.area - a.area)[0] ?? { x: 0, y: 0 };
    return {
      code: p.code,
      name: p.name,
      fullName: p.full_name,
      type: p.type === 'phường' ? 'phường' : 'xã',
      areaKm2: Number(p.area_km2),
      formedFrom: p.formed_from ?? '',
      legalBasis: p.legal_basis ?? '',
      href: unitHref({ code: p.code, fullName: p.full_name }),
      path: toPath(f),
      labelX: Math.round(biggest.x * 10) / 10,
      labelY: Math.round(biggest.y * 10) / 10,
    };
  });
  units.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    outline: province.features.map(toPath).join(''),
    units,
    credit: MAP_CREDIT,
  };
}

/** Loads the shipped data and builds the map (once, at start). */
export function loadMap(dir = GEO_DIR): MapSummary {
  const read = (f: string) =>
    JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { features: Feature[] };
  return buildMap(read('dien-bien-xa-phuong-2025.geojson'), read('dien-bien-tinh.geojson'));
}
