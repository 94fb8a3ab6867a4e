import { Hono, type MiddlewareHandler } from 'hono';
import { NotFound } from '../../http/errors.ts';
import { siteOf } from '../../http/site.ts';
import { excerpt } from '../../lib/text.ts';
import { renderPage } from '../../shell/render.ts';
import type { Shell } from '../../shell/shell.ts';
import { mediaUrl } from '../media/media.ts';
import { parseAlbumSegment } from '../album/album.ts';
import { videoHref } from './video.ts';
import { EMBED_ORIGINS, parseExternalVideo } from './video.external.ts';
import type { VideoService } from './video.service.ts';
import { VideoListingPage, VideoPage } from './views/video.page.tsx';

/** What the public video pages use. */
export interface VideoSiteDeps {
  videos: VideoService;
  shell: Shell;
}

/** The route's note to `videoEmbedFraming`: which player origin this page may frame. */
const EMBED_HEADER = 'X-Embed-Origin';

/**
 * A video page with an external source may frame that host's player once the reader clicks:
 * for that page only, frame-src becomes 'self' plus that one origin (from EMBED_ORIGINS, never
 * from the request). Runs outside secureHeaders, so it has the last word on the CSP; every other
 * page keeps default-src 'self' for frames.
 */
export function videoEmbedFraming(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const origin = c.res.headers.get(EMBED_HEADER);
    if (origin === null) return;
    c.res.headers.delete(EMBED_HEADER);
    const csp = c.res.headers.get('Content-Security-Policy');
    if (!csp || !EMBED_ORIGINS.includes(origin)) return;
    c.res.headers.set(
      'Content-Security-Policy',
      /frame-src /.test(csp)
        ? csp.replace(/frame-src ([^;]*)/, `frame-src $1 ${origin}`)
        : `${csp}; frame-src 'self' ${origin}`,
    );
  };
}

/** Public routes: /video and /video/<slug>-<id> (files and captions are served by /media/*). */
export function videoSiteRoutes(deps: VideoSiteDeps) {
  const app = new Hono();

  app.get('/video', async (c) => {
    const videos = await deps.videos.published(50);
    return renderPage(c, deps, (chrome) => (
      <VideoListingPage
        chrome={chrome}
        videos={videos}
        meta={{
          title: 'Video',
          description: 'Các video có phụ đề của trang thông tin.',
          canonical: `${siteOf(c).base}/video`,
        }}
      />
    ));
  });

  app.get('/video/:segment{[a-z0-9-]+}', async (c) => {
    const parsed = parseAlbumSegment(c.req.param('segment'));
    if (!parsed) throw new NotFound();
    const { video, file, poster } = await deps.videos.publicVideo(parsed.id);
    const href = videoHref(video);
    if (c.req.path !== href) return c.redirect(href, 301);
    const base = siteOf(c).base;
    const external = video.externalUrl ? parseExternalVideo(video.externalUrl) : undefined;
    if (external) c.header(EMBED_HEADER, external.embedOrigin);
    return renderPage(c, deps, (chrome) => (
      <VideoPage
        chrome={chrome}
        video={video}
        file={file}
        poster={poster}
        external={external}
        meta={{
          title: video.title,
          description: excerpt(video.description || video.title, 200),
          canonical: `${base}${href}`,
          ogType: 'article',
          ogImage: poster ? `${base}${mediaUrl(poster.key)}` : undefined,
        }}
      />
    ));
  });

  return app;
}
