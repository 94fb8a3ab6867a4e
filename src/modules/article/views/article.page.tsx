import { raw } from 'hono/html';
import { formatDate, formatPostingTime } from '../../../lib/date.ts';
import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import { Picture } from '../../media/views/picture.tsx';
import { Teaser } from './teaser.tsx';
import { liveSlot } from '../../../views/live-slot.ts';
import type { Chrome } from '../../../shell/chrome.ts';
import type { Section } from '../../site/site.ts';
import type { ArticleCard } from '../article.service.ts';

/** The article page, laid out like the reference page of the portal we replace. */
export function ArticlePage(props: {
  chrome: Chrome;
  meta: PageMeta;
  article: ArticleCard;
  parent: Section | undefined;
  tags: { slug: string; name: string }[];
  corrections?: { text: string; at: Date }[];
  related: ArticleCard[];
  /** Staff preview: a banner (with the share link, if any); never indexed or counted. */
  preview?: string | true;
  /** Absolute URL, for the share links. */
  url: string;
  /** Places (xã/phường) the article is tagged with, linking to their pages. */
  places?: { href: string; fullName: string }[];
  /** The Dòng sự kiện the article belongs to, with its public listing. */
  thread?: { name: string; href: string };
}) {
  const a = props.article;
  const trail = [
    ...(props.parent ? [{ label: props.parent.name, href: `/${props.parent.slug}` }] : []),
    { label: a.section.name, href: `/${a.section.slug}` },
  ];
  const posted = a.publishedAt ?? a.updatedAt;
  const share = encodeURIComponent(props.url);
  const bodyHasImage = a.bodyHtml.includes('<img');
  // A picture shows once on the page: a related story whose picture is the article's own or an
  // earlier related story's is listed without it (file photos are reused by editors).
  const showsNewPicture = (r: { image?: { key: string } }, i: number) =>
    !!r.image &&
    r.image.key !== a.image?.key &&
    !props.related.slice(0, i).some((o) => o.image?.key === r.image!.key);
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      {props.preview && (
        <p class="preview-banner" role="status">
          Bản xem trước — hiển thị đúng như khi xuất bản.
          {typeof props.preview === 'string' && (
            <>
              {' '}
              Đường dẫn xem trước dùng được 48 giờ: <a href={props.preview}>{props.preview}</a>
            </>
          )}
        </p>
      )}
      <Breadcrumb trail={trail} />
      <article class="article" aria-labelledby="article-title">
        <h1 id="article-title" class="article-title">
          {a.title}
        </h1>
        <p class="article-meta">
          <span class="meta-pair">
            <span class="meta-label">Thời gian đăng:</span>{' '}
            <time datetime={posted.toISOString()}>{formatPostingTime(posted)}</time>
          </span>{' '}
          -{' '}
          <span class="meta-pair">
            <span class="meta-label">Lượt đọc:</span>{' '}
            <span class="reads" data-article={a.id}>
              {liveSlot(`reads:${a.id}`)}
            </span>
          </span>
        </p>
        <div class="article-tools" aria-label="Công cụ">
          <span class="fontsize" hidden>
            <span class="sr-only">Cỡ chữ: </span>
            <button type="button" data-font="-1">
              A−<span class="sr-only"> giảm cỡ chữ</span>
            </button>
            <button type="button" data-font="0">
              A<span class="sr-only"> cỡ chữ mặc định</span>
            </button>
            <button type="button" data-font="1">
              A+<span class="sr-only"> tăng cỡ chữ</span>
            </button>
            <button type="button" data-contrast aria-pressed="false">
              Tương phản cao
            </button>
          </span>
          <a
            href={`https://www.facebook.com/sharer/sharer.php?u=${share}`}
            rel="noopener noreferrer"
            target="_blank"
          >
            Chia sẻ Facebook<span class="sr-only"> (mở trong thẻ mới)</span>
          </a>
          <a href={`https://zalo.me/share?url=${share}`} rel="noopener noreferrer" target="_blank">
            Chia sẻ Zalo<span class="sr-only"> (mở trong thẻ mới)</span>
          </a>
          <a href={`mailto:?subject=${encodeURIComponent(a.title)}&body=${share}`}>Gửi email</a>
          <a href={`/in${a.path}`} rel="nofollow">
            In bài
          </a>
        </div>
        {a.lead && <p class="article-lead">{a.lead}</p>}
        {!bodyHasImage && a.image && (
          <figure class="article-figure">
            <Picture media={a.image} sizes="(max-width: 760px) 100vw, 720px" eager />
            {a.image.caption && <figcaption>{a.image.caption}</figcaption>}
          </figure>
        )}
        <div class="article-body">{raw(a.bodyHtml)}</div>
        {a.byline && <p class="byline">{a.byline}</p>}
        {a.sourceName && (
          <p class="source">
            Nguồn:{' '}
            {a.sourceUrl ? (
              <a href={a.sourceUrl} rel="nofollow noopener" target="_blank">
                {a.sourceName}
                <span class="sr-only"> (mở trong thẻ mới)</span>
              </a>
            ) : (
              a.sourceName
            )}
            {a.sourceDate && <>, đăng ngày {formatDate(a.sourceDate)}</>}
          </p>
        )}
        {(props.corrections ?? []).map((c) => (
          <p class="correction" role="note">
            <strong>Đính chính ngày {formatDate(c.at)}:</strong> {c.text}
          </p>
        ))}
        {props.tags.length > 0 && (
          <p class="tags">
            <span>Từ khóa: </span>
            {props.tags.map((t, i) => (
              <>
                {i > 0 && ', '}
                <a href={`/tu-khoa/${t.slug}`} rel="tag">
                  {t.name}
                </a>
              </>
            ))}
          </p>
        )}
        {props.thread && (
          <p class="tags thread">
            <span>Dòng sự kiện: </span>
            <a href={props.thread.href}>{props.thread.name}</a>
          </p>
        )}
        {props.places && props.places.length > 0 && (
          <p class="tags places">
            <span>Địa danh: </span>
            {props.places.map((u, i) => (
              <>
                {i > 0 && ', '}
                <a href={u.href}>{u.fullName}</a>
              </>
            ))}
          </p>
        )}
      </article>
      {props.related.length > 0 && (
        <section class="related" aria-labelledby="h-related">
          <h2 id="h-related" class="section-title">
            <span>Tin cùng chuyên mục</span>
          </h2>
          <div class="grid">
            {props.related.map((r, i) => (
              <Teaser
                a={r}
                image={showsNewPicture(r, i)}
                sizes="(max-width: 700px) 34vw, (max-width: 900px) 44vw, 240px"
              />
            ))}
          </div>
        </section>
      )}
    </Layout>
  );
}
