import { formatDate } from '../lib/date.ts';
import { mediaUrl, srcset, type Media } from '../modules/media/media.ts';
import type { ArticleCard } from '../modules/article/article.service.ts';

/** A responsive picture: AVIF (when encoded), then WebP, JPEG fallback, real dimensions (no layout shift). */
export function Picture(props: {
  media: Media;
  sizes: string;
  alt?: string;
  eager?: boolean;
  class?: string;
}) {
  const m = props.media;
  const avif = srcset(m, 'avif');
  return (
    <picture class={props.class}>
      {avif && <source type="image/avif" srcset={avif} sizes={props.sizes} />}
      <source type="image/webp" srcset={srcset(m, 'webp')} sizes={props.sizes} />
      <img
        src={mediaUrl(m.key)}
        srcset={srcset(m, 'jpeg')}
        sizes={props.sizes}
        width={m.width}
        height={m.height}
        alt={props.alt ?? m.alt}
        loading={props.eager ? 'eager' : 'lazy'}
        decoding="async"
        fetchpriority={props.eager ? 'high' : undefined}
      />
    </picture>
  );
}

/** An article teaser: image, title, date and, optionally, the lead. */
export function Teaser(props: {
  a: ArticleCard;
  lead?: boolean;
  image?: boolean;
  sizes?: string;
  eager?: boolean;
  level?: 2 | 3;
}) {
  const { a } = props;
  const H = props.level === 2 ? 'h2' : 'h3';
  return (
    <article class="teaser">
      {props.image !== false && a.image && (
        <a href={a.path} class="teaser-img" tabindex={-1} aria-hidden="true">
          <Picture
            media={a.image}
            sizes={props.sizes ?? '(max-width: 700px) 100vw, 240px'}
            alt=""
            eager={props.eager}
          />
        </a>
      )}
      <div class="teaser-body">
        <H class="teaser-title">
          <a href={a.path}>{a.title}</a>
        </H>
        {a.publishedAt && (
          <p class="teaser-meta">
            <time datetime={a.publishedAt.toISOString()}>{formatDate(a.publishedAt)}</time>
          </p>
        )}
        {props.lead && <p class="teaser-lead">{a.lead}</p>}
      </div>
    </article>
  );
}

/** Page links "1 2 3 … Sau ›" with the current page marked; `href(n)` makes each link. */
export function Pagination(props: {
  page: number;
  pageCount: number;
  href: (n: number) => string;
}) {
  const { page, pageCount } = props;
  if (pageCount <= 1) return null;
  const nums = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label="Phân trang">
      <ul>
        {page > 1 && (
          <li>
            <a href={props.href(page - 1)} rel="prev">
              ‹ Trước
            </a>
          </li>
        )}
        {nums.map((n, i) => (
          <>
            {i > 0 && n - (nums[i - 1] ?? n) > 1 && (
              <li class="gap" aria-hidden="true">
                …
              </li>
            )}
            <li>
              {n === page ? (
                <span aria-current="page">{n}</span>
              ) : (
                <a href={props.href(n)} aria-label={`Trang ${n}`}>
                  {n}
                </a>
              )}
            </li>
          </>
        ))}
        {page < pageCount && (
          <li>
            <a href={props.href(page + 1)} rel="next">
              Sau ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
