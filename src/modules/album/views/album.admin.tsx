import type { AdminChrome } from '../../../shell/admin-layout.tsx';
import { AdminLayout } from '../../../shell/admin-layout.tsx';
import { MoveButtons, PostButton, SelectField } from '../../../views/admin-controls.tsx';
import { Pagination } from '../../../views/components.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import { DateField } from '../../../lib/date-field.tsx';
import { dayText } from '../../../lib/date-input.ts';
import { mediaUrl, thumbnailKey, type Media } from '../../media/media.ts';
import { ALBUM_STATUS_LABELS, albumHref, dayLabel, type Album } from '../album.ts';
import type { AlbumPhoto } from '../album.service.ts';
import { ALBUM_RULES, ALBUM_TRANSITION_LABELS, type AlbumTransition } from '../album.workflow.ts';

const BASE = '/quan-tri/thu-vien-anh';

/** The albums of the working site, newest change first. */
export function AlbumListPage(props: {
  chrome: AdminChrome;
  albums: Album[];
  page: number;
  pageCount: number;
  mayCreate: boolean;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Thư viện ảnh">
      {props.mayCreate && (
        <p>
          <a class="button" href={`${BASE}/moi`}>
            Tạo album ảnh
          </a>
        </p>
      )}
      {props.albums.length === 0 ? (
        <p>Chưa có album ảnh nào.</p>
      ) : (
        <div class="table-scroll">
          <table class="data">
            <caption class="sr-only">Các album ảnh</caption>
            <thead>
              <tr>
                <th scope="col">Tên album</th>
                <th scope="col">Ngày chụp</th>
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {props.albums.map((a) => (
                <tr>
                  <th scope="row">
                    <a href={`${BASE}/${a.id}`}>{a.title}</a>
                  </th>
                  <td>{dayLabel(a.takenOn)}</td>
                  <td>{ALBUM_STATUS_LABELS[a.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={props.page}
        pageCount={props.pageCount}
        href={(n) => (n === 1 ? BASE : `${BASE}?trang=${n}`)}
      />
    </AdminLayout>
  );
}

/** An album's fields as typed. */
export interface AlbumValues {
  title: string;
  description: string;
  takenOn: string;
  unitCode: string;
  credit: string;
  tags: string;
  eventThreadId: string;
}

/** Choices of the album form. */
export interface AlbumChoices {
  units: { code: string; fullName: string }[];
  threads: { id: number; name: string }[];
}

/** The fields of an album (new or existing). */
export function AlbumFields(props: {
  action: string;
  csrf: string;
  values: AlbumValues;
  errors: Record<string, string>;
  choices: AlbumChoices;
  submit: string;
}) {
  const { values: v, errors: e } = props;
  return (
    <form method="post" action={props.action} class="stack" novalidate>
      <CsrfField token={props.csrf} />
      <Field
        name="title"
        label="Tên album"
        value={v.title}
        error={e.title}
        required
        maxlength={300}
      />
      <div class={e.description ? 'field has-error' : 'field'}>
        <label for="f-description">Mô tả</label>
        <textarea id="f-description" name="description" rows={4} maxlength={5000}>
          {v.description}
        </textarea>
        {e.description && <p class="error">{e.description}</p>}
      </div>
      <DateField name="takenOn" label="Ngày chụp" value={dayText(v.takenOn)} error={e.takenOn} />
      <SelectField
        name="unitCode"
        label="Địa điểm (đơn vị hành chính)"
        value={v.unitCode}
        error={e.unitCode}
        empty="— Không gắn địa điểm —"
        hint="Trang của đơn vị trên bản đồ hành chính sẽ liệt kê album này."
        options={props.choices.units.map((u) => ({ value: u.code, label: u.fullName }))}
      />
      <Field name="credit" label="Tác giả ảnh" value={v.credit} error={e.credit} maxlength={200} />
      <Field
        name="tags"
        label="Từ khóa"
        value={v.tags}
        error={e.tags}
        maxlength={2000}
        hint="Ngăn cách bằng dấu phẩy, ví dụ: Lễ hội Hoa Ban, Điện Biên Phủ."
      />
      <SelectField
        name="eventThreadId"
        label="Dòng sự kiện"
        value={v.eventThreadId}
        error={e.eventThreadId}
        empty="— Không thuộc dòng sự kiện —"
        options={props.choices.threads.map((t) => ({ value: String(t.id), label: t.name }))}
      />
      <p>
        <button type="submit" class="button">
          {props.submit}
        </button>
      </p>
    </form>
  );
}

/** A new album: its fields first, the photos come after. */
export function AlbumNewPage(props: {
  chrome: AdminChrome;
  csrf: string;
  values: AlbumValues;
  errors: Record<string, string>;
  choices: AlbumChoices;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Tạo album ảnh">
      {Object.keys(props.errors).length > 0 && (
        <Notice kind="error">Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.</Notice>
      )}
      <AlbumFields
        action={`${BASE}/moi`}
        csrf={props.csrf}
        values={props.values}
        errors={props.errors}
        choices={props.choices}
        submit="Tạo album và thêm ảnh"
      />
      <p>
        <a href={BASE}>Quay lại danh sách</a>
      </p>
    </AdminLayout>
  );
}

/** The workflow buttons available to the person. */
function Workflow(props: {
  album: Album;
  transitions: AlbumTransition[];
  csrf: string;
  error?: string;
}) {
  const a = props.album;
  return (
    <section class="panel" aria-labelledby="h-workflow">
      <h2 id="h-workflow">Quy trình</h2>
      <p>
        Trạng thái: <strong>{ALBUM_STATUS_LABELS[a.status]}</strong>
        {a.status === 'published' && (
          <>
            {' '}
            — <a href={albumHref(a)}>Xem trang công khai</a>
          </>
        )}
      </p>
      {a.correction && <p>Ghi chú gần nhất: {a.correction}</p>}
      {props.error && <Notice kind="error">{props.error}</Notice>}
      {props.transitions.map((t) => (
        <form method="post" action={`${BASE}/${a.id}/chuyen`} class="stack">
          <CsrfField token={props.csrf} />
          <input type="hidden" name="t" value={t} />
          <input type="hidden" name="version" value={String(a.version)} />
          {ALBUM_RULES[t].note && (
            <div class="field">
              <label for={`note-${t}`}>Lý do ({ALBUM_TRANSITION_LABELS[t]})</label>
              <textarea id={`note-${t}`} name="note" rows={2} maxlength={2000} required></textarea>
            </div>
          )}
          <p>
            <button type="submit" class={t === 'withdraw' ? 'button button-danger' : 'button'}>
              {ALBUM_TRANSITION_LABELS[t]}
            </button>
          </p>
        </form>
      ))}
    </section>
  );
}

/** One photo's row: its text, its order, cover and removal. */
function PhotoRow(props: {
  albumId: number;
  photo: AlbumPhoto;
  index: number;
  last: boolean;
  cover: boolean;
  editable: boolean;
  csrf: string;
  errors?: Record<string, string>;
}) {
  const { item, media } = props.photo;
  const n = props.index + 1;
  const base = `${BASE}/${props.albumId}/anh/${item.id}`;
  const id = (f: string) => `p${item.id}-${f}`;
  const e = props.errors ?? {};
  return (
    <li class="album-photo" id={`anh-${item.id}`} data-item={String(item.id)}>
      <img
        class="thumb"
        src={mediaUrl(thumbnailKey(media))}
        width={120}
        height={Math.round((120 * media.height) / Math.max(1, media.width))}
        alt=""
      />
      <div class="stack">
        <p>
          <strong>Ảnh {n}</strong>
          {props.cover && ' (ảnh bìa)'}
        </p>
        {props.editable ? (
          <form method="post" action={base} class="stack">
            <CsrfField token={props.csrf} />
            <div class={e.alt ? 'field has-error' : 'field'}>
              <label for={id('alt')}>
                Mô tả ảnh (alt) ảnh {n}
                <span aria-hidden="true"> *</span>
              </label>
              <input
                id={id('alt')}
                name="alt"
                value={item.alt}
                maxlength={500}
                required
                aria-invalid={e.alt || !item.alt ? 'true' : undefined}
              />
              {e.alt && <p class="error">{e.alt}</p>}
              {!e.alt && !item.alt && <p class="error">Chưa có mô tả ảnh: bắt buộc để xuất bản.</p>}
            </div>
            <div class="field">
              <label for={id('caption')}>Chú thích ảnh {n}</label>
              <textarea id={id('caption')} name="caption" rows={2} maxlength={1000}>
                {item.caption}
              </textarea>
            </div>
            <div class="field">
              <label for={id('credit')}>Tác giả ảnh {n}</label>
              <input id={id('credit')} name="credit" value={item.credit} maxlength={200} />
            </div>
            <p>
              <button type="submit" class="button button-small">
                Lưu ảnh {n}
              </button>
            </p>
          </form>
        ) : (
          <p>
            {item.caption} {item.credit && `(${item.credit})`} — alt: {item.alt}
          </p>
        )}
        {props.editable && (
          <p>
            <MoveButtons
              action={base}
              name={`Ảnh ${n}`}
              csrf={props.csrf}
              first={props.index === 0}
              last={props.last}
            />{' '}
            {!props.cover && (
              <PostButton action={`${base}/bia`} csrf={props.csrf}>
                Làm ảnh bìa<span class="sr-only"> (ảnh {n})</span>
              </PostButton>
            )}{' '}
            <PostButton action={`${base}/xoa`} csrf={props.csrf} danger>
              Bỏ khỏi album<span class="sr-only"> (ảnh {n})</span>
            </PostButton>
          </p>
        )}
      </div>
    </li>
  );
}

/** The album's editor: workflow, fields, photos in order, adding photos. */
export function AlbumEditPage(props: {
  chrome: AdminChrome;
  csrf: string;
  album: Album;
  photos: AlbumPhoto[];
  values: AlbumValues;
  errors: Record<string, string>;
  choices: AlbumChoices;
  editable: boolean;
  transitions: AlbumTransition[];
  library: Media[];
  notice?: string;
  refused?: { file: string; error: string }[];
  itemErrors?: { itemId: number; errors: Record<string, string> };
  /** Hashed URL of public/album-order.js (drag to reorder); the buttons work without it. */
  orderScript?: string;
}) {
  const a = props.album;
  const cover = a.coverItemId ?? props.photos[0]?.item.id;
  const inAlbum = new Set(props.photos.map((p) => p.media.id));
  return (
    <AdminLayout
      chrome={props.chrome}
      title={`Album: ${a.title}`}
      scripts={props.editable && props.orderScript ? [props.orderScript] : undefined}
    >
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {props.refused && props.refused.length > 0 && (
        <Notice kind="error">
          Không thêm được: {props.refused.map((r) => `${r.file}: ${r.error}`).join('; ')}
        </Notice>
      )}
      {props.errors.media && <Notice kind="error">{props.errors.media}</Notice>}
      <Workflow
        album={a}
        transitions={props.transitions}
        csrf={props.csrf}
        error={props.errors.publish ?? props.errors.note}
      />
      {props.editable && (
        <section class="panel" aria-labelledby="h-fields">
          <h2 id="h-fields">Thông tin album</h2>
          <AlbumFields
            action={`${BASE}/${a.id}`}
            csrf={props.csrf}
            values={props.values}
            errors={props.errors}
            choices={props.choices}
            submit="Lưu thông tin"
          />
        </section>
      )}
      <section class="panel" aria-labelledby="h-photos">
        <h2 id="h-photos">Ảnh trong album ({props.photos.length})</h2>
        {props.photos.length === 0 ? (
          <p>Album chưa có ảnh. Tải ảnh lên hoặc chọn ảnh trong thư viện bên dưới.</p>
        ) : (
          <>
            {props.editable && props.photos.length > 1 && (
              <>
                <p class="hint" id="album-order-hint" hidden>
                  Kéo ảnh nhỏ (ảnh thu nhỏ bên trái) lên hoặc xuống để đổi thứ tự; bàn phím: nút Lên
                  / Xuống của từng ảnh.
                </p>
                <form method="post" action={`${BASE}/${a.id}/thu-tu`} class="album-order" hidden>
                  <CsrfField token={props.csrf} />
                  <input
                    type="hidden"
                    name="order"
                    value={props.photos.map((p) => p.item.id).join(',')}
                  />
                </form>
              </>
            )}
            <ol class="album-photos" data-sortable={props.editable ? '' : undefined}>
              {props.photos.map((p, i) => (
                <PhotoRow
                  albumId={a.id}
                  photo={p}
                  index={i}
                  last={i === props.photos.length - 1}
                  cover={p.item.id === cover}
                  editable={props.editable}
                  csrf={props.csrf}
                  errors={
                    props.itemErrors?.itemId === p.item.id ? props.itemErrors.errors : undefined
                  }
                />
              ))}
            </ol>
          </>
        )}
      </section>
      {props.editable && (
        <>
          <section class="panel" aria-labelledby="h-upload">
            <h2 id="h-upload">Tải ảnh lên</h2>
            <form
              method="post"
              action={`${BASE}/${a.id}/tai-anh`}
              enctype="multipart/form-data"
              class="stack"
            >
              <CsrfField token={props.csrf} />
              <div class="field">
                <label for="f-files">Chọn một hoặc nhiều ảnh</label>
                <p class="hint" id="f-files-hint">
                  JPEG, PNG, WebP hoặc GIF; giữ Ctrl (hoặc Shift) để chọn nhiều ảnh. Ảnh vào thư
                  viện media và được thêm vào cuối album theo thứ tự chọn.
                </p>
                <input
                  id="f-files"
                  type="file"
                  name="files"
                  multiple
                  accept="image/jpeg,image/png,image/webp,image/gif"
                  aria-describedby="f-files-hint"
                />
              </div>
              <p>
                <button type="submit" class="button">
                  Tải lên và thêm vào album
                </button>
              </p>
            </form>
          </section>
          <section class="panel" aria-labelledby="h-pick">
            <h2 id="h-pick">Chọn ảnh trong thư viện</h2>
            {props.library.length === 0 ? (
              <p>Thư viện chưa có ảnh.</p>
            ) : (
              <form method="post" action={`${BASE}/${a.id}/chon-anh`} class="stack">
                <CsrfField token={props.csrf} />
                <fieldset>
                  <legend>Ảnh mới nhất trong thư viện (chọn nhiều ảnh cùng lúc)</legend>
                  <ul class="pick-grid">
                    {props.library.map((m) => (
                      <li>
                        <label class="choice">
                          <input type="checkbox" name="media" value={String(m.id)} />{' '}
                          <img
                            class="thumb"
                            src={mediaUrl(thumbnailKey(m))}
                            width={96}
                            height={Math.round((96 * m.height) / Math.max(1, m.width))}
                            alt=""
                          />{' '}
                          {m.alt || m.originalName}
                          {inAlbum.has(m.id) && ' (đã có trong album)'}
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
                <p>
                  <button type="submit" class="button">
                    Thêm các ảnh đã chọn
                  </button>
                </p>
              </form>
            )}
          </section>
        </>
      )}
      <p>
        <a href={BASE}>Quay lại danh sách album</a>
      </p>
    </AdminLayout>
  );
}
