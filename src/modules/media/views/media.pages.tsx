import { formatDateTime } from '../../../lib/date.ts';
import { formatCount } from '../../../lib/number.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { Pagination } from '../../../views/components.tsx';
import { Picture } from './picture.tsx';
import { CsrfField, Notice } from '../../../views/form.tsx';
import { MEDIA_MESSAGES as M } from '../media.messages.ts';
import {
  formatBytes,
  KIND_LABELS,
  MEDIA_KINDS,
  mediaUrl,
  type Media,
  type MediaKind,
  type MediaLimits,
} from '../media.ts';

/** What one file of an upload came to, as the page shows it. */
export type UploadReport =
  | { ok: true; file: string; id: number; existing: boolean }
  | { ok: false; file: string; error: string };

/** The library's filters as typed. */
export interface LibraryFilters {
  q: string;
  kind: MediaKind | undefined;
}

/** The short format label of a file ("PDF", "DOCX", "MP4"), from the stored key. */
function formatLabel(m: Media): string {
  return (/\.([a-z0-9]+)$/.exec(m.key)?.[1] ?? '').toUpperCase();
}

function ItemCard(props: { m: Media }) {
  const { m } = props;
  return (
    <li class="media-card">
      <a href={`/quan-tri/thu-vien/${m.id}`} class="media-card-link">
        {m.kind === 'image' ? (
          <Picture media={m} sizes="220px" alt="" class="media-thumb" />
        ) : (
          <span class={`media-thumb media-file media-${m.kind}`} aria-hidden="true">
            {formatLabel(m)}
          </span>
        )}
        <span class="media-name">{m.originalName}</span>
      </a>
      <span class="media-meta">
        {KIND_LABELS[m.kind]} · {formatBytes(m.byteSize)}
        {m.kind === 'image' && ` · ${m.width}×${m.height}`}
        <br />
        {formatDateTime(m.createdAt)}
        {m.uploader && ` · ${m.uploader.name}`}
      </span>
      {m.kind === 'image' && !m.alt && (
        <span class="badge badge-warn">Chưa có mô tả ảnh (alt)</span>
      )}
    </li>
  );
}

function UploadResults(props: { results: UploadReport[] }) {
  const done = props.results.filter((r) => r.ok);
  const failed = props.results.filter((r): r is Extract<UploadReport, { ok: false }> => !r.ok);
  return (
    <>
      {done.length > 0 && (
        <Notice kind="ok">
          Đã tải lên {done.length} tệp:{' '}
          {done.map((r, i) => (
            <>
              {i > 0 && ', '}
              <a href={`/quan-tri/thu-vien/${r.id}`}>{r.file}</a>
              {r.existing && ' (đã có trong thư viện)'}
            </>
          ))}
          .
        </Notice>
      )}
      {failed.length > 0 && (
        <Notice kind="error">
          <p>{failed.length} tệp không được nhận:</p>
          <ul class="upload-errors">
            {failed.map((r) => (
              <li>
                <strong>{r.file}</strong>: {r.error}
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </>
  );
}

/** The upload form: a plain multiple file input; public/media-upload.js adds drag and drop and per-file progress. */
function UploadForm(props: { csrf: string; limits: MediaLimits }) {
  const l = props.limits;
  return (
    <form
      method="post"
      action="/quan-tri/thu-vien"
      enctype="multipart/form-data"
      class="media-upload"
      data-api="/quan-tri/api/media"
    >
      <CsrfField token={props.csrf} />
      <div class="field">
        <label for="f-tep">Tải tệp lên thư viện</label>
        <p class="hint" id="f-tep-hint">
          Có thể chọn nhiều tệp cùng lúc
          <span class="dnd-hint" hidden>
            {' '}
            hoặc kéo thả tệp vào khung này
          </span>
          . {M['media.accepted']} Dung lượng tối đa: ảnh {formatBytes(l.image)}, tài liệu{' '}
          {formatBytes(l.document)}, video {formatBytes(l.video)}. Ảnh được chuyển sang AVIF, WebP
          và JPEG ở nhiều cỡ; thông tin ẩn trong ảnh (EXIF, vị trí) bị loại bỏ.
        </p>
        <input
          id="f-tep"
          name="tep"
          type="file"
          multiple
          required
          aria-describedby="f-tep-hint"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,video/mp4,video/webm"
        />
      </div>
      <p>
        <button type="submit" class="button">
          Tải lên
        </button>
      </p>
      <ul class="upload-progress" aria-live="polite" hidden></ul>
    </form>
  );
}

/** The library: upload form, search and kind filter, a grid of items, pagination. */
export function LibraryPage(props: {
  chrome: AdminChrome;
  csrf: string;
  script: string;
  items: Media[];
  total: number;
  page: number;
  pageCount: number;
  filters: LibraryFilters;
  limits: MediaLimits;
  results?: UploadReport[];
  error?: string;
}) {
  const f = props.filters;
  const query = new URLSearchParams();
  if (f.q) query.set('q', f.q);
  if (f.kind) query.set('loai', f.kind);
  const href = (n: number) =>
    `/quan-tri/thu-vien?${query.toString()}${query.size ? '&' : ''}trang=${n}`;
  return (
    <AdminLayout chrome={props.chrome} title="Thư viện media" scripts={[props.script]}>
      {props.error && <Notice kind="error">{props.error}</Notice>}
      {props.results && <UploadResults results={props.results} />}
      <UploadForm csrf={props.csrf} limits={props.limits} />
      <section class="panel" aria-labelledby="h-library">
        <h2 id="h-library">Tệp trong thư viện</h2>
        <form method="get" action="/quan-tri/thu-vien" class="filters" role="search">
          <div class="field">
            <label for="f-q">Tìm theo tên, chú thích, mô tả, tác giả</label>
            <input id="f-q" name="q" type="search" value={f.q} maxlength={100} />
          </div>
          <div class="field">
            <label for="f-loai">Loại</label>
            <select id="f-loai" name="loai">
              <option value="">Tất cả</option>
              {MEDIA_KINDS.map((k) => (
                <option value={k} selected={f.kind === k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <button type="submit" class="button">
              Lọc
            </button>
          </div>
        </form>
        <p>{formatCount(props.total)} tệp.</p>
        {props.items.length === 0 ? (
          <p>Không có tệp nào phù hợp.</p>
        ) : (
          <ul class="media-grid" data-testid="media-grid">
            {props.items.map((m) => (
              <ItemCard m={m} />
            ))}
          </ul>
        )}
        <Pagination page={props.page} pageCount={props.pageCount} href={href} />
      </section>
    </AdminLayout>
  );
}

function Preview(props: { m: Media }) {
  const { m } = props;
  if (m.kind === 'image')
    return <Picture media={m} sizes="(max-width: 760px) 100vw, 720px" class="media-preview" />;
  if (m.kind === 'video') {
    return (
      <video class="media-preview" controls preload="metadata" src={mediaUrl(m.key)}>
        <a href={mediaUrl(m.key)}>Tải video về</a>
      </video>
    );
  }
  return (
    <p>
      <a class="button button-secondary" href={mediaUrl(m.key)} download>
        Tải về ({formatLabel(m)}, {formatBytes(m.byteSize)})
      </a>
    </p>
  );
}

function TextArea(props: {
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  rows?: number;
  maxlength: number;
}) {
  const id = `f-${props.name}`;
  const describedBy =
    [props.hint ? `${id}-hint` : '', props.error ? `${id}-err` : ''].filter(Boolean).join(' ') ||
    undefined;
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
        rows={props.rows ?? 2}
        maxlength={props.maxlength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy}
      >
        {props.value}
      </textarea>
      {props.error && (
        <p class="error" id={`${id}-err`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** One item: preview, facts, where it is used, and the form for its caption, credit and alt. */
export function MediaItemPage(props: {
  chrome: AdminChrome;
  csrf: string;
  m: Media;
  usage: { featured: number; inBody: number };
  canEdit: boolean;
  values: { alt: string; caption: string; credit: string };
  errors: Record<string, string>;
  notice?: string;
}) {
  const { m, values, errors } = props;
  return (
    <AdminLayout chrome={props.chrome} title={m.originalName}>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {Object.keys(errors).length > 0 && (
        <Notice kind="error">Vui lòng sửa các mục được đánh dấu bên dưới.</Notice>
      )}
      <p>
        <a href="/quan-tri/thu-vien">‹ Về thư viện</a>
      </p>
      <Preview m={m} />
      <dl class="kv">
        <dt>Loại</dt>
        <dd>
          {KIND_LABELS[m.kind]} ({formatLabel(m)}, {m.mime})
        </dd>
        {m.kind === 'image' && (
          <>
            <dt>Kích thước</dt>
            <dd>
              {m.width}×{m.height} điểm ảnh; {m.variants.length} bản AVIF, WebP, JPEG ở các cỡ{' '}
              {[...new Set(m.variants.map((v) => v.width))].sort((a, b) => a - b).join(', ')} px
            </dd>
          </>
        )}
        <dt>Dung lượng</dt>
        <dd>{formatBytes(m.byteSize)}</dd>
        <dt>Người tải lên</dt>
        <dd>{m.uploader?.name ?? 'Nội dung mẫu / nhập từ hệ thống cũ'}</dd>
        <dt>Thời gian tải lên</dt>
        <dd>{formatDateTime(m.createdAt)}</dd>
        {m.updatedAt && (
          <>
            <dt>Sửa lần cuối</dt>
            <dd>{formatDateTime(m.updatedAt)}</dd>
          </>
        )}
        <dt>Đường dẫn</dt>
        <dd>
          <a href={mediaUrl(m.key)}>{mediaUrl(m.key)}</a>
        </dd>
        <dt>Đang được dùng</dt>
        <dd>
          Ảnh đại diện của {formatCount(props.usage.featured)} bài; có trong nội dung{' '}
          {formatCount(props.usage.inBody)} bài
        </dd>
      </dl>
      <section class="panel" aria-labelledby="h-text">
        <h2 id="h-text">Chú thích, tác giả và mô tả</h2>
        <p class="hint">
          Đây là nội dung mặc định; khi chèn vào bài, biên tập viên có thể sửa riêng cho bài đó.
        </p>
        {props.canEdit ? (
          <form method="post" action={`/quan-tri/thu-vien/${m.id}`} class="stack" novalidate>
            <CsrfField token={props.csrf} />
            <TextArea
              name="alt"
              label="Mô tả ảnh cho người khiếm thị (alt)"
              value={values.alt}
              error={errors.alt}
              maxlength={300}
              hint="Tả ngắn gọn nội dung ảnh; bắt buộc trước khi xuất bản bài có ảnh."
            />
            <TextArea
              name="caption"
              label="Chú thích"
              value={values.caption}
              error={errors.caption}
              rows={3}
              maxlength={1000}
            />
            <div class={errors.credit ? 'field has-error' : 'field'}>
              <label for="f-credit">Tác giả / nguồn</label>
              <input
                id="f-credit"
                name="credit"
                value={values.credit}
                maxlength={200}
                aria-invalid={errors.credit ? 'true' : undefined}
                aria-describedby={errors.credit ? 'f-credit-err' : undefined}
              />
              {errors.credit && (
                <p class="error" id="f-credit-err">
                  {errors.credit}
                </p>
              )}
            </div>
            <p>
              <button type="submit" class="button">
                Lưu
              </button>
            </p>
          </form>
        ) : (
          <>
            <dl class="kv">
              <dt>Mô tả ảnh (alt)</dt>
              <dd>{m.alt || '—'}</dd>
              <dt>Chú thích</dt>
              <dd>{m.caption || '—'}</dd>
              <dt>Tác giả / nguồn</dt>
              <dd>{m.credit || '—'}</dd>
            </dl>
            <p class="hint">{M['media.forbidden_edit']}</p>
          </>
        )}
      </section>
    </AdminLayout>
  );
}
