import { formatDate } from '../../../lib/date.ts';
import { Picture } from '../../media/views/picture.tsx';
import type { ArticleCard } from '../article.service.ts';

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
            sizes={props.sizes ?? '(max-width: 700px) 34vw, 240px'}
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
