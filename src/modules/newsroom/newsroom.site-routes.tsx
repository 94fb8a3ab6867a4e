import { siteOf } from '../../http/site.ts';
import { Hono } from 'hono';
import { NotFound } from '../../http/errors.ts';
import { renderPage } from '../../shell/render.ts';
import type { Config } from '../../config/config.ts';
import type { Shell } from '../../shell/shell.ts';
import type { NewsroomService } from './newsroom.service.ts';
import { ArticlePage } from '../article/views/article.page.tsx';
import { say } from './newsroom.messages.ts';

/** What the shared preview link uses. */
export interface NewsroomSiteRouteDeps {
  newsroom: NewsroomService;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
}

/** The expiring share link of a preview: anyone with the link sees the page as it will be published. */
export function newsroomSiteRoutes(deps: NewsroomSiteRouteDeps) {
  const app = new Hono();
  app.get('/xem-truoc/:token', async (c) => {
    const shared = await deps.newsroom.sharedPreview(c.req.param('token'));
    // A link stops working once the article is taken down (withdrawn, unpublished) or deleted.
    if (shared.kind === 'invalid') throw new NotFound(say('newsroom.preview_link_invalid'));
    if (shared.kind === 'incomplete') throw new NotFound();
    const { page, title } = shared;
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    return renderPage(c, deps, (chrome) => (
      <ArticlePage
        chrome={chrome}
        article={page.article}
        parent={page.parent}
        tags={page.tags}
        corrections={page.corrections}
        related={page.related}
        url={`${siteOf(c).base}${page.article.path}`}
        preview
        meta={{ title: `Xem trước: ${title}`, noindex: true }}
      />
    ));
  });
  return app;
}
