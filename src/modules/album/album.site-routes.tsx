import { Hono } from 'hono';
import { NotFound } from '../../http/errors.ts';
import { pageParam } from '../../http/request.ts';
import { siteOf } from '../../http/site.ts';
import { excerpt } from '../../lib/text.ts';
import { renderPage } from '../../shell/render.ts';
import type { Shell } from '../../shell/shell.ts';
import type { MapUnit } from '../map/map.ts';
import { mediaUrl } from '../media/media.ts';
import { urlsetXml } from '../feed/feed.xml.ts';
import { albumHref, parseAlbumSegment } from './album.ts';
import type { AlbumService } from './album.service.ts';
import { AlbumListingPage, AlbumPage } from './views/album.page.tsx';

/** What the public album pages use. */
export interface AlbumSiteDeps {
  albums: AlbumService;
  map: { units: MapUnit[] };
  shell: Shell;
}

/** Public routes: the album listing and one page per published album. */
export function albumSiteRoutes(deps: AlbumSiteDeps) {
  const app = new Hono();

  app.get('/thu-vien-anh', async (c) => {
    const page = pageParam(c);
    const list = await deps.albums.listing(page);
    if (page > 1 && list.items.length === 0) throw new NotFound();
    const base = siteOf(c).base;
    return renderPage(c, deps, (chrome) => (
      <AlbumListingPage
        chrome={chrome}
        items={list.items}
        page={page}
        pageCount={list.pageCount}
        meta={{
          title: page > 1 ? `Thư viện ảnh - Trang ${page}` : 'Thư viện ảnh',
          description: 'Các album ảnh, phóng sự ảnh của trang thông tin.',
          canonical: `${base}/thu-vien-anh${page > 1 ? `?trang=${page}` : ''}`,
        }}
      />
    ));
  });

  /** The image sitemap: every published album with each of its photos as an <image:image>. */
  app.get('/sitemaps/thu-vien-anh.xml', async (c) => {
    const base = siteOf(c).base;
    const albums = await deps.albums.sitemap();
    c.header('Content-Type', 'application/xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(
      urlsetXml([
        { loc: `${base}/thu-vien-anh` },
        ...albums.map((a) => ({
          loc: `${base}${a.href}`,
          lastmod: a.lastmod,
          images: a.images.map((i) => ({ loc: `${base}${mediaUrl(i.key)}` })),
        })),
      ]),
    );
  });

  app.get('/thu-vien-anh/:segment{[a-z0-9-]+}', async (c) => {
    const parsed = parseAlbumSegment(c.req.param('segment'));
    if (!parsed) throw new NotFound();
    const { album, photos } = await deps.albums.publicAlbum(parsed.id);
    const href = albumHref(album);
    if (c.req.path !== href) return c.redirect(href, 301);
    const base = siteOf(c).base;
    const unit = album.unitCode ? deps.map.units.find((u) => u.code === album.unitCode) : undefined;
    const cover = photos.find((p) => p.item.id === album.coverItemId) ?? photos[0];
    return renderPage(c, deps, (chrome) => (
      <AlbumPage
        chrome={chrome}
        album={album}
        photos={photos}
        place={unit && { fullName: unit.fullName, href: unit.href }}
        meta={{
          title: album.title,
          description: excerpt(
            album.description || `Album ${photos.length} ảnh: ${album.title}`,
            200,
          ),
          canonical: `${base}${href}`,
          ogType: 'article',
          ogImage: cover ? `${base}${mediaUrl(cover.media.key)}` : undefined,
          ogImageWidth: cover?.media.width,
          ogImageHeight: cover?.media.height,
          ogImageAlt: cover?.item.alt,
        }}
      />
    ));
  });

  return app;
}
