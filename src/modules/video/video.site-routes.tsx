import { Hono } from 'hono';
import { NotFound } from '../../http/errors.ts';
import { siteOf } from '../../http/site.ts';
import { excerpt } from '../../lib/text.ts';
import { renderPage } from '../../shell/render.ts';
import type { Shell } from '../../shell/shell.ts';
import { mediaUrl } from '../media/media.ts';
import { parseAlbumSegment } from '../album/album.ts';
import { videoHref } from './video.ts';
import type { VideoService } from './video.service.ts';
import { VideoListingPage, VideoPage } from './views/video.page.tsx';

/** What the public video pages use. */
export interface VideoSiteDeps {
  videos: VideoService;
  shell: Shell;
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
    return renderPage(c, deps, (chrome) => (
      <VideoPage
        chrome={chrome}
        video={video}
        file={file}
        poster={poster}
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
