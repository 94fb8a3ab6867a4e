import { raw } from 'hono/html';
import { formatPostingTime } from '../../../lib/date.ts';
import { Picture } from '../../media/views/picture.tsx';
import type { ArticleCard } from '../../article/article.service.ts';
import { liveSlot } from '../../../views/live-slot.ts';

/**
 * The print view of an article: no menu, sidebar or footer; the article's address, posting
 * time and source on the page, so a printed copy says where and when it was published.
 */
export function PrintPage(props: {
  article: ArticleCard;
  /** Absolute canonical URL of the article. */
  url: string;
  siteName: string;
  shortName: string;
  assets: { css: string; pagesCss: string; js: string };
}) {
  const a = props.article;
  const posted = a.publishedAt ?? a.updatedAt;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${a.title} | ${props.shortName}`}</title>
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={props.url} />
        <link rel="stylesheet" href={props.assets.css} />
        <link rel="stylesheet" href={props.assets.pagesCss} />
        <script src={props.assets.js} defer></script>
      </head>
      <body class="print-view">
        <header class="print-head">
          <p class="print-site">{props.siteName}</p>
          <p class="print-actions">
            <button type="button" data-print hidden>
              In trang này
            </button>{' '}
            <a href={a.path}>Quay lại bài viết</a>
          </p>
        </header>
        <main id="noi-dung">
          <article class="article">
            <h1 class="article-title">{a.title}</h1>
            <p class="article-meta">
              Thời gian đăng:{' '}
              <time datetime={posted.toISOString()}>{formatPostingTime(posted)}</time> · Chuyên mục:{' '}
              {a.section.name}
            </p>
            <p class="print-url">
              Địa chỉ bài viết: <a href={props.url}>{props.url}</a>
            </p>
            {a.lead && <p class="article-lead">{a.lead}</p>}
            {!a.bodyHtml.includes('<img') && a.image && (
              <figure class="article-figure">
                <Picture media={a.image} sizes="720px" eager />
                {a.image.caption && <figcaption>{a.image.caption}</figcaption>}
              </figure>
            )}
            <div class="article-body">{raw(a.bodyHtml)}</div>
            {a.byline && <p class="byline">{a.byline}</p>}
          </article>
        </main>
        <footer class="print-foot">
          <p>
            Nguồn: {props.shortName} – {props.url}
          </p>
          <p>In lúc {liveSlot('now')}.</p>
        </footer>
      </body>
    </html>
  );
}
