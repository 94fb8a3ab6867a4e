import { Hono } from 'hono';
import { renderPage } from '../../http/render.ts';
import type { AppDeps } from '../../services.ts';
import { MapPage } from './views/map.page.tsx';

/** Public routes of the administrative map. */
export function mapSiteRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/ban-do', (c) =>
    renderPage(c, deps, (chrome) => (
      <MapPage
        chrome={chrome}
        map={deps.map}
        meta={{
          title: 'Bản đồ hành chính tỉnh Điện Biên',
          description: `Bản đồ và danh sách ${deps.map.units.length} đơn vị hành chính cấp xã của tỉnh Điện Biên từ ngày 01/7/2025.`,
          canonical: `${deps.config.baseUrl}/ban-do`,
          stats: { kind: 'map' },
        }}
      />
    )),
  );
  return app;
}
