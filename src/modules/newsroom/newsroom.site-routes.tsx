import { Hono } from 'hono';
import { NotFound } from '../../http/errors.ts';
import { renderPage } from '../../shell/render.ts';
import type { AppDeps } from '../../services.ts';
import { ArticlePage } from '../article/views/article.page.tsx';
import { shareLinkWorks } from './workflow.ts';
import { say } from './newsroom.messages.ts';

/** The expiring share link of a preview: anyone with the link sees the page as it will be published. */
export function newsroomSiteRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/xem-truoc/:token', async (c) => {
    const id = await deps.newsroom.verifyPreview(c.req.param('token'));
    const a = id === undefined ? undefined : await deps.newsroom.byId(id);
    // A link stops working once the article is taken down (withdrawn, unpublished) or deleted.
    if (!a || !shareLinkWorks(a)) throw new NotFound(say('newsroom.preview_link_invalid'));
    const page = await deps.articles.pageOf(a);
    if (!page) throw new NotFound();
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
        url={`${deps.config.baseUrl}${page.article.path}`}
        preview
        meta={{ title: `Xem trước: ${a.title}`, noindex: true }}
      />
    ));
  });
  return app;
}
