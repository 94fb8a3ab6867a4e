import { formatDate } from '../../../lib/date.ts';
import type { Chrome } from '../../../shell/chrome.ts';
import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import { mediaUrl, type Media } from '../../media/media.ts';
import { formatDuration, videoHref, type Video } from '../video.ts';
import type { ExternalVideo } from '../video.external.ts';

/**
 * An external video before the reader asks for it: our own poster, the title, and a link to the
 * host's page that says where it goes. Nothing here loads from the host; with script (widgets.js)
 * the click swaps in the host's player (the page's CSP allows that one origin only).
 */
function ExternalFacade(props: { video: Video; external: ExternalVideo; poster?: Media }) {
  const { video: v, external: x, poster } = props;
  return (
    <div class="video-facade" data-video-facade="">
      {poster && (
        <img
          src={mediaUrl(poster.key)}
          width={poster.width ?? undefined}
          height={poster.height ?? undefined}
          alt={poster.alt || `Ảnh đại diện video: ${v.title}`}
        />
      )}
      <p class="video-facade-title">{v.title}</p>
      <a
        class="button video-facade-link"
        href={x.pageUrl}
        rel="noopener noreferrer external"
        data-embed={x.embedUrl}
        data-embed-title={`${v.title} (video trên ${x.hostLabel})`}
      >
        Xem video trên {x.hostLabel}
      </a>
      <p class="video-facade-note">
        Video này đăng trên {x.hostLabel} ({x.domain}). Trang chưa tải gì từ {x.domain}; khi bạn bấm
        nút, video sẽ được tải từ máy chủ của {x.hostLabel} (theo chính sách dữ liệu của nơi đó),
        hoặc mở trang {x.domain} nếu trình duyệt không chạy script.
      </p>
    </div>
  );
}

/** /video/<slug>-<id>: our own player with captions on, then the transcript. */
export function VideoPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  video: Video;
  file?: Media;
  poster?: Media;
  external?: ExternalVideo;
}) {
  const v = props.video;
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Video', href: '/video' }, { label: v.title }]} />
      <article class="video" aria-labelledby="video-title">
        <h1 id="video-title" class="page-title">
          {v.title}
        </h1>
        {props.file && (
          <video
            class="video-player"
            controls
            preload="metadata"
            width={720}
            poster={props.poster ? mediaUrl(props.poster.key) : undefined}
          >
            <source src={mediaUrl(props.file.key)} type={props.file.mime} />
            {v.captionsKey && (
              <track
                kind="captions"
                src={mediaUrl(v.captionsKey)}
                srclang="vi"
                label="Tiếng Việt"
                default
              />
            )}
            <p>
              Trình duyệt không phát được video;{' '}
              <a href={mediaUrl(props.file.key)}>tải tệp video</a>.
            </p>
          </video>
        )}
        {props.external && (
          <ExternalFacade
            video={v}
            external={props.external}
            poster={props.file ? undefined : props.poster}
          />
        )}
        <p class="video-meta">
          {v.durationSeconds > 0 && <>Thời lượng {formatDuration(v.durationSeconds)}. </>}
          {v.credit && <>Thực hiện: {v.credit}. </>}
          {v.publishedAt && (
            <time datetime={v.publishedAt.toISOString()}>{formatDate(v.publishedAt)}</time>
          )}
        </p>
        {v.correction && (
          <p class="correction">
            <strong>Đính chính:</strong> {v.correction}
          </p>
        )}
        {v.description && <p>{v.description}</p>}
        {v.transcript && (
          <section class="video-transcript" aria-labelledby="h-transcript">
            <h2 id="h-transcript" class="section-title">
              <span>Bản ghi lời</span>
            </h2>
            {v.transcript
              .split(/\n\s*\n/)
              .map((p) => p.trim())
              .filter(Boolean)
              .map((p) => (
                <p>{p}</p>
              ))}
          </section>
        )}
      </article>
    </Layout>
  );
}

/** /video: the published videos, newest first. */
export function VideoListingPage(props: { chrome: Chrome; meta: PageMeta; videos: Video[] }) {
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Video' }]} />
      <h1 class="page-title">Video</h1>
      {props.videos.length === 0 ? (
        <p class="empty">Chưa có video nào.</p>
      ) : (
        <ul class="video-list">
          {props.videos.map((v) => (
            <li>
              <a href={videoHref(v)}>{v.title}</a>
              {v.durationSeconds > 0 && ` (${formatDuration(v.durationSeconds)})`}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
