import { formatDate } from '../../../lib/date.ts';
import type { Chrome } from '../../../shell/chrome.ts';
import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import { mediaUrl, type Media } from '../../media/media.ts';
import { formatDuration, videoHref, type Video } from '../video.ts';

/** /video/<slug>-<id>: our own player with captions on, then the transcript. */
export function VideoPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  video: Video;
  file?: Media;
  poster?: Media;
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
