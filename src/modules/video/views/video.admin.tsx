import type { AdminChrome } from '../../../shell/admin-layout.tsx';
import { AdminLayout } from '../../../shell/admin-layout.tsx';
import { SelectField } from '../../../views/admin-controls.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import type { Media } from '../../media/media.ts';
import { ALBUM_STATUS_LABELS } from '../../album/album.ts';
import {
  ALBUM_RULES,
  ALBUM_TRANSITION_LABELS,
  type AlbumTransition,
} from '../../album/album.workflow.ts';
import { videoHref, type Video } from '../video.ts';

const BASE = '/quan-tri/video';

/** The videos of the working site. */
export function VideoListPage(props: { chrome: AdminChrome; videos: Video[] }) {
  return (
    <AdminLayout chrome={props.chrome} title="Video">
      <p>
        <a class="button" href={`${BASE}/moi`}>
          Tạo video
        </a>
      </p>
      {props.videos.length === 0 ? (
        <p>Chưa có video nào.</p>
      ) : (
        <ul>
          {props.videos.map((v) => (
            <li>
              <a href={`${BASE}/${v.id}`}>{v.title}</a> — {ALBUM_STATUS_LABELS[v.status]}
              {!v.captionsKey && ' (chưa có phụ đề)'}
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}

/** A video's fields as typed. */
export interface VideoValues {
  title: string;
  description: string;
  mediaId: string;
  posterMediaId: string;
  transcript: string;
  duration: string;
  credit: string;
  eventThreadId: string;
  externalUrl: string;
}

/** Choices of the form: library videos and images, event threads. */
export interface VideoChoices {
  videos: Media[];
  images: Media[];
  threads: { id: number; name: string }[];
}

function TextArea(props: {
  name: string;
  label: string;
  value: string;
  rows: number;
  error?: string;
  hint?: string;
  max: number;
}) {
  const id = `f-${props.name}`;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <textarea
        id={id}
        name={props.name}
        rows={props.rows}
        maxlength={props.max}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      >
        {props.value}
      </textarea>
      {props.error && <p class="error">{props.error}</p>}
    </div>
  );
}

/** Create or edit a video; an existing one also has its captions upload and workflow. */
export function VideoFormPage(props: {
  chrome: AdminChrome;
  csrf: string;
  video?: Video;
  values: VideoValues;
  errors: Record<string, string>;
  choices: VideoChoices;
  editable: boolean;
  transitions: AlbumTransition[];
  notice?: string;
  /** Whether the server can take a frame of the file as the poster (ffmpeg installed). */
  framesAvailable?: boolean;
}) {
  const { values: v, errors: e, video } = props;
  return (
    <AdminLayout chrome={props.chrome} title={video ? `Video: ${video.title}` : 'Tạo video'}>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {Object.keys(e).length > 0 && (
        <Notice kind="error">
          {e.publish ??
            e.poster ??
            e.note ??
            e.captions ??
            'Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.'}
        </Notice>
      )}
      {video && (
        <section class="panel" aria-labelledby="h-workflow">
          <h2 id="h-workflow">Quy trình</h2>
          <p>
            Trạng thái: <strong>{ALBUM_STATUS_LABELS[video.status]}</strong>
            {video.status === 'published' && (
              <>
                {' '}
                — <a href={videoHref(video)}>Xem trang công khai</a>
              </>
            )}
          </p>
          <p>
            Phụ đề:{' '}
            {video.captionsKey
              ? 'đã có'
              : video.mediaId
                ? 'chưa có (bắt buộc để xuất bản video tải lên)'
                : 'không bắt buộc với video chỉ ở nơi khác (phụ đề do nơi đăng cung cấp)'}
          </p>
          {props.transitions.map((t) => (
            <form method="post" action={`${BASE}/${video.id}/chuyen`} class="stack">
              <CsrfField token={props.csrf} />
              <input type="hidden" name="t" value={t} />
              <input type="hidden" name="version" value={String(video.version)} />
              {ALBUM_RULES[t].note && (
                <div class="field">
                  <label for={`note-${t}`}>Lý do ({ALBUM_TRANSITION_LABELS[t]})</label>
                  <textarea
                    id={`note-${t}`}
                    name="note"
                    rows={2}
                    maxlength={2000}
                    required
                  ></textarea>
                </div>
              )}
              <p>
                <button type="submit" class={t === 'withdraw' ? 'button button-danger' : 'button'}>
                  {t === 'withdraw' ? 'Gỡ video' : ALBUM_TRANSITION_LABELS[t]}
                </button>
              </p>
            </form>
          ))}
        </section>
      )}
      {props.editable && (
        <form
          method="post"
          action={video ? `${BASE}/${video.id}` : `${BASE}/moi`}
          class="stack"
          novalidate
        >
          <CsrfField token={props.csrf} />
          <Field
            name="title"
            label="Tên video"
            value={v.title}
            error={e.title}
            required
            maxlength={300}
          />
          <TextArea
            name="description"
            label="Mô tả"
            value={v.description}
            rows={3}
            error={e.description}
            max={5000}
          />
          <SelectField
            name="mediaId"
            label="Tệp video (MP4 hoặc WebM trong thư viện media)"
            value={v.mediaId}
            error={e.mediaId}
            empty="— Chưa chọn —"
            hint="Tải tệp video lên Thư viện media trước, rồi chọn ở đây."
            options={props.choices.videos.map((m) => ({
              value: String(m.id),
              label: m.originalName,
            }))}
          />
          <SelectField
            name="posterMediaId"
            label="Ảnh đại diện (poster)"
            value={v.posterMediaId}
            error={e.posterMediaId}
            empty="— Không có —"
            options={props.choices.images.map((m) => ({
              value: String(m.id),
              label: m.alt || m.originalName,
            }))}
          />
          <Field
            name="duration"
            label="Thời lượng (phút:giây)"
            value={v.duration}
            error={e.duration}
            hint="Để trống: máy chủ đọc thời lượng từ tệp video."
            maxlength={10}
          />
          <Field
            name="externalUrl"
            label="Địa chỉ video bên ngoài (YouTube hoặc Vimeo, không bắt buộc)"
            value={v.externalUrl}
            error={e.externalUrl}
            maxlength={500}
            hint="Thay cho hoặc cùng với tệp tải lên. Trang công khai chỉ hiện ảnh đại diện và nút “Xem video trên …”; không gì tải từ máy chủ ngoài cho tới khi người đọc bấm. Yêu cầu phụ đề .vtt chỉ áp dụng cho video tải lên: video bên ngoài dùng phụ đề của nơi đăng, hãy kiểm tra ở đó."
          />
          <Field name="credit" label="Tác giả" value={v.credit} error={e.credit} maxlength={200} />
          <SelectField
            name="eventThreadId"
            label="Dòng sự kiện"
            value={v.eventThreadId}
            error={e.eventThreadId}
            empty="— Không thuộc dòng sự kiện —"
            options={props.choices.threads.map((t) => ({ value: String(t.id), label: t.name }))}
          />
          <TextArea
            name="transcript"
            label="Bản ghi lời (transcript)"
            value={v.transcript}
            rows={6}
            error={e.transcript}
            max={100000}
            hint="Hiện bên dưới video trên trang công khai."
          />
          <p>
            <button type="submit" class="button">
              {video ? 'Lưu thông tin' : 'Tạo video'}
            </button>
          </p>
        </form>
      )}
      {video && props.editable && video.mediaId && (
        <section class="panel" aria-labelledby="h-poster">
          <h2 id="h-poster">Ảnh đại diện từ video</h2>
          {props.framesAvailable ? (
            <form method="post" action={`${BASE}/${video.id}/anh-tu-video`} class="stack">
              <CsrfField token={props.csrf} />
              <Field
                name="at"
                label="Lấy khung hình tại (giây hoặc phút:giây)"
                value="1"
                error={e.at}
                hint="Khung hình được thêm vào thư viện media và làm ảnh đại diện của video."
                maxlength={10}
              />
              <p>
                <button type="submit" class="button">
                  Lấy ảnh từ video
                </button>
              </p>
            </form>
          ) : (
            <p>
              Máy chủ chưa cài ffmpeg nên chưa lấy được khung hình từ video: hãy tải ảnh lên thư
              viện media rồi chọn ở mục “Ảnh đại diện (poster)”.
            </p>
          )}
        </section>
      )}
      {video && props.editable && (
        <section class="panel" aria-labelledby="h-captions">
          <h2 id="h-captions">Phụ đề (WebVTT)</h2>
          <form
            method="post"
            action={`${BASE}/${video.id}/phu-de`}
            enctype="multipart/form-data"
            class="stack"
          >
            <CsrfField token={props.csrf} />
            <div class={e.captions ? 'field has-error' : 'field'}>
              <label for="f-captions">Tệp phụ đề .vtt</label>
              <p class="hint" id="f-captions-hint">
                Tệp WebVTT mã hóa UTF-8, tối đa 512 KB; bắt buộc để xuất bản video tải lên (WCAG 2.2
                AA, tiêu chí 1.2.2). Video chỉ ở YouTube hoặc Vimeo dùng phụ đề của nơi đăng.
              </p>
              <input
                id="f-captions"
                type="file"
                name="captions"
                accept=".vtt,text/vtt"
                aria-describedby="f-captions-hint"
              />
            </div>
            <p>
              <button type="submit" class="button">
                Tải phụ đề lên
              </button>
            </p>
          </form>
        </section>
      )}
      <p>
        <a href={BASE}>Quay lại danh sách video</a>
      </p>
    </AdminLayout>
  );
}
