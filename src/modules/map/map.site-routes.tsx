import { siteOf } from '../../http/site.ts';
import { Hono } from 'hono';
import { NotFound } from '../../http/errors.ts';
import { renderPage } from '../../shell/render.ts';
import { pageParam } from '../../http/request.ts';
import { formatDecimal } from '../../lib/number.ts';
import { excerpt } from '../../lib/text.ts';
import type { Config } from '../../config/config.ts';
import type { Shell } from '../../shell/shell.ts';
import type { MapSummary } from './map.ts';
import type { placeService } from './place.service.ts';
import { parseUnitSegment } from './map.ts';
import { MapPage } from './views/map.page.tsx';
import { UnitPage } from './views/unit.page.tsx';

/** What the public map pages use. */
export interface MapRouteDeps {
  map: MapSummary;
  places: ReturnType<typeof placeService>;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
  /** Photo albums taken in a unit (its page lists them; modules/album). */
  albums: { inUnit(code: string): Promise<{ album: { title: string }; href: string }[]> };
  /** The member sites: a unit's page links to its Party body's site when there is one. */
  sites: {
    siteOfUnit(
      code: string,
    ): { name: string; host: string | null; pathPrefix: string | null } | undefined;
  };
}

/** Public routes of the administrative map: the full map and one page per unit. */
export function mapSiteRoutes(deps: MapRouteDeps) {
  const app = new Hono();

  app.get('/ban-do', (c) =>
    renderPage(c, deps, (chrome) => (
      <MapPage
        chrome={chrome}
        map={deps.map}
        meta={{
          title: 'Bản đồ hành chính tỉnh Điện Biên',
          description: `Bản đồ và danh sách ${deps.map.units.length} đơn vị hành chính cấp xã của tỉnh Điện Biên từ ngày 01/7/2025.`,
          canonical: `${siteOf(c).base}/ban-do`,
          stats: { kind: 'map' },
        }}
      />
    )),
  );

  app.get('/ban-do/:segment{[a-z0-9-]*[0-9]{5}}', async (c) => {
    const base = siteOf(c).base;
    const parsed = parseUnitSegment(c.req.param('segment'));
    const unit = parsed && deps.places.unit(parsed.code);
    if (!unit) throw new NotFound();
    if (c.req.path !== unit.href) {
      const page = c.req.query('trang');
      return c.redirect(page ? `${unit.href}?trang=${encodeURIComponent(page)}` : unit.href, 301);
    }
    const page = pageParam(c);
    const data = await deps.places.unitPage(unit.code, page);
    if (!data || (page > 1 && data.list.items.length === 0)) throw new NotFound();
    const intro = data.note?.description
      ? excerpt(data.note.description, 160)
      : `${unit.fullName}, tỉnh Điện Biên: diện tích ${formatDecimal(unit.areaKm2, 2)} km², hình thành từ ${unit.formedFrom}.`;
    const albums = page === 1 ? await deps.albums.inUnit(unit.code) : [];
    const own = deps.sites.siteOfUnit(unit.code);
    const scheme = new URL(base).protocol;
    const site = own && {
      name: own.name,
      href: own.host ? `${scheme}//${own.host}/` : `${base}${own.pathPrefix ?? ''}`,
    };
    return renderPage(c, deps, (chrome) => (
      <UnitPage
        chrome={chrome}
        map={deps.map}
        data={data}
        site={site}
        albums={albums.map((a) => ({ title: a.album.title, href: a.href }))}
        meta={{
          title: page > 1 ? `${unit.fullName} - Trang ${page}` : unit.fullName,
          description: excerpt(intro, 200),
          stats: { kind: 'map' },
          canonical: `${base}${unit.href}${page > 1 ? `?trang=${page}` : ''}`,
        }}
      />
    ));
  });

  return app;
}
