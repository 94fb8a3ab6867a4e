import { formatDate } from '../../../lib/date.ts';
import type { Chrome } from '../../../shell/chrome.ts';
import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import { Pagination } from '../../../views/components.tsx';
import { mediaUrl } from '../../media/media.ts';
import { Picture } from '../../media/views/picture.tsx';
import { dayLabel, type Album } from '../album.ts';
import type { AlbumCard, AlbumPhoto } from '../album.service.ts';

/** An album's teaser: cover, title, date taken or published. */
export function AlbumTeaser(props: { card: AlbumCard; level?: 2 | 3 }) {
  const { album: a, href, cover } = props.card;
  const H = props.level === 2 ? 'h2' : 'h3';
  return (
    <article class="teaser album-teaser">
      {cover && (
        <a href={href} class="teaser-img" tabindex={-1} aria-hidden="true">
          <Picture media={cover.media} sizes="(max-width: 700px) 100vw, 240px" alt="" />
        </a>
      )}
      <div class="teaser-body">
        <H class="teaser-title">
          <a href={href}>{a.title}</a>
        </H>
        <p class="teaser-meta">
          {a.takenOn
            ? `Ảnh chụp ngày ${dayLabel(a.takenOn)}`
            : a.publishedAt && formatDate(a.publishedAt)}
        </p>
      </div>
    </article>
  );
}

/** /thu-vien-anh: the published albums, newest first. */
export function AlbumListingPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  items: AlbumCard[];
  page: number;
  pageCount: number;
}) {
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Thư viện ảnh' }]} />
      <h1 class="page-title">Thư viện ảnh</h1>
      {props.items.length === 0 ? (
        <p class="empty">Chưa có album ảnh nào.</p>
      ) : (
        <div class="listing">
          {props.items.map((card) => (
            <AlbumTeaser card={card} level={2} />
          ))}
        </div>
      )}
      <Pagination
        page={props.page}
        pageCount={props.pageCount}
        href={(n) => (n === 1 ? '/thu-vien-anh' : `/thu-vien-anh?trang=${n}`)}
      />
    </Layout>
  );
}

/** One photo as a figure: the picture (a link to its large rendition, which the lightbox opens), then its caption and credit. */
function Photo(props: { photo: AlbumPhoto; n: number; total: number; eager: boolean }) {
  const { item, media } = props.photo;
  return (
    <li class="album-item" id={`anh-${props.n}`}>
      <figure class="album-figure">
        <a class="album-open" href={mediaUrl(media.key)}>
          <Picture
            media={media}
            sizes="(max-width: 760px) 100vw, 720px"
            alt={item.alt}
            eager={props.eager}
          />
        </a>
        <figcaption>
          <span class="album-count">
            {props.n}/{props.total}
          </span>{' '}
          {item.caption}
          {item.credit && <span class="credit"> (Ảnh: {item.credit})</span>}
        </figcaption>
      </figure>
    </li>
  );
}

/** An album's public page: its facts, then every photo as a figure, in order (works without script). */
export function AlbumPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  album: Album;
  photos: AlbumPhoto[];
  place?: { fullName: string; href: string };
}) {
  const a = props.album;
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Thư viện ảnh', href: '/thu-vien-anh' }, { label: a.title }]} />
      <article class="album" aria-labelledby="album-title">
        <h1 id="album-title" class="page-title">
          {a.title}
        </h1>
        <dl class="kv album-facts">
          {a.takenOn && (
            <>
              <dt>Ngày chụp</dt>
              <dd>
                <time datetime={a.takenOn}>{dayLabel(a.takenOn)}</time>
              </dd>
            </>
          )}
          {props.place && (
            <>
              <dt>Địa điểm</dt>
              <dd>
                <a href={props.place.href}>{props.place.fullName}</a>
              </dd>
            </>
          )}
          {a.credit && (
            <>
              <dt>Ảnh</dt>
              <dd>{a.credit}</dd>
            </>
          )}
          <dt>Số ảnh</dt>
          <dd>{props.photos.length}</dd>
          {a.publishedAt && (
            <>
              <dt>Đăng ngày</dt>
              <dd>
                <time datetime={a.publishedAt.toISOString()}>{formatDate(a.publishedAt)}</time>
              </dd>
            </>
          )}
        </dl>
        {a.correction && (
          <p class="correction">
            <strong>Đính chính:</strong> {a.correction}
          </p>
        )}
        {a.description
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean)
          .map((p) => (
            <p class="album-description">{p}</p>
          ))}
        <ol
          class="album-gallery"
          aria-label={`${props.photos.length} ảnh của album`}
          data-lightbox=""
        >
          {props.photos.map((p, i) => (
            <Photo photo={p} n={i + 1} total={props.photos.length} eager={i === 0} />
          ))}
        </ol>
        {a.tags.length > 0 && (
          <p class="album-tags">
            Từ khóa:{' '}
            {a.tags.map((t, i) => (
              <>
                {i > 0 && ', '}
                <span class="tag">{t}</span>
              </>
            ))}
          </p>
        )}
      </article>
    </Layout>
  );
}
