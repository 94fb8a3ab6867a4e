/**
 * The map and the site-run chrome under load: every public page now reads the menus, the
 * sidebar layout and the banners from the database (no cache yet), so this measures what that
 * costs on the map page, a unit page, the home page and the link selector's redirect.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/config.ts';
import { startServer } from '../src/server.ts';
import type { Scenario } from './bench.ts';
import { wrk } from './wrk.ts';

export const sitePages: Scenario = {
  name: 'site-pages',
  description:
    'Bản đồ, trang đơn vị hành chính, trang chủ và chuyển hướng “Chọn liên kết” (SQLite, nội dung mẫu, 1 tiến trình)',
  async run(opts) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-site-'));
    const server = await startServer(
      loadConfig({
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
        MEDIA_DIR: path.join(os.tmpdir(), 'portal-bench-media'),
        LOG_LEVEL: 'silent',
      }),
    );
    try {
      const link = (await server.deps.weblinks.activeGroups())[0]?.links[0];
      const unit =
        server.deps.map.units.find((u) => u.code === '03127') ?? server.deps.map.units[0];
      const pages = [
        { page: 'Bản đồ (/ban-do)', path: '/ban-do' },
        { page: `Trang đơn vị (${unit?.href ?? ''})`, path: unit?.href ?? '/ban-do' },
        { page: 'Trang chủ (/)', path: '/' },
        { page: 'Chuyển hướng /lien-ket', path: `/lien-ket?id=${link?.id ?? 0}` },
      ];
      const rows = [];
      for (const p of pages) {
        const r = await wrk(`${server.url}${p.path}`, {
          seconds: opts.seconds,
          connections: 16,
          headers: { 'user-agent': 'wrk (bench)' },
        });
        rows.push({
          trang: p.page,
          'yêu cầu/giây': Math.round(r.requestsPerSec),
          'p50 (ms)': r.p50Ms.toFixed(1),
          'p99 (ms)': r.p99Ms.toFixed(1),
          lỗi: r.non2xx,
        });
      }
      return rows;
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
