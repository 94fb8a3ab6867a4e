import { formatDateTime } from '../../../lib/date.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import type { MapUnit, UnitNote } from '../map.ts';
import { DESCRIPTION_MAX } from '../place.service.ts';

/** The units in the back office: whose description is written, and the way to tag an article. */
export function MapAdminPage(props: {
  chrome: AdminChrome;
  units: MapUnit[];
  described: Set<string>;
  canTag: boolean;
  error?: string;
  query?: string;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Bản đồ hành chính và địa danh">
      {props.canTag && (
        <section class="panel" aria-labelledby="h-tag">
          <h2 id="h-tag">Gắn địa danh cho một bài viết</h2>
          <form method="get" action="/quan-tri/bai-viet/dia-danh" class="filters">
            <Field
              name="bai"
              label="Mã số hoặc địa chỉ của bài viết"
              value={props.query}
              error={props.error}
              hint="Ví dụ: 12 hoặc https://…/tin-trong-tinh/ten-bai-12"
              maxlength={500}
            />
            <p>
              <button type="submit" class="button">
                Mở
              </button>
            </p>
          </form>
        </section>
      )}
      <section class="panel" aria-labelledby="h-units">
        <h2 id="h-units">Mô tả của {props.units.length} xã, phường</h2>
        <div class="table-scroll">
          <table class="data">
            <caption class="sr-only">Các đơn vị hành chính và tình trạng mô tả</caption>
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Tên đơn vị</th>
                <th scope="col">Mô tả</th>
                <th scope="col">Trang công khai</th>
              </tr>
            </thead>
            <tbody>
              {props.units.map((u) => (
                <tr>
                  <td>{u.code}</td>
                  <th scope="row">
                    <a href={`/quan-tri/ban-do/${u.code}`}>{u.fullName}</a>
                  </th>
                  <td>
                    {props.described.has(u.code) ? (
                      <span class="badge badge-on">Đã có</span>
                    ) : (
                      <span class="badge badge-off">Chưa có</span>
                    )}
                  </td>
                  <td>
                    <a href={u.href}>
                      Xem<span class="sr-only"> trang {u.fullName}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </AdminLayout>
  );
}

/** Edit one unit's description. */
export function UnitEditPage(props: {
  chrome: AdminChrome;
  csrf: string;
  unit: MapUnit;
  note?: UnitNote;
  value: string;
  error?: string;
  saved?: boolean;
}) {
  const u = props.unit;
  return (
    <AdminLayout chrome={props.chrome} title={`Mô tả: ${u.fullName}`}>
      {props.saved && <Notice kind="ok">Đã lưu mô tả. Trang công khai đã cập nhật.</Notice>}
      {props.error && <Notice kind="error">{props.error}</Notice>}
      <dl class="kv">
        <dt>Mã đơn vị</dt>
        <dd>{u.code}</dd>
        <dt>Hình thành từ</dt>
        <dd>{u.formedFrom}</dd>
        {props.note && (
          <>
            <dt>Sửa lần cuối</dt>
            <dd>
              {formatDateTime(props.note.updatedAt)} — {props.note.updatedBy}
            </dd>
          </>
        )}
      </dl>
      <form method="post" action={`/quan-tri/ban-do/${u.code}`} class="stack">
        <CsrfField token={props.csrf} />
        <div class={props.error ? 'field has-error' : 'field'}>
          <label for="f-description">Giới thiệu về {u.fullName}</label>
          <p class="hint" id="f-description-hint">
            Văn bản thuần; để một dòng trống giữa các đoạn. Tối đa {DESCRIPTION_MAX} ký tự.
          </p>
          <textarea
            id="f-description"
            name="description"
            rows={12}
            maxlength={DESCRIPTION_MAX}
            aria-describedby="f-description-hint"
          >
            {props.value}
          </textarea>
        </div>
        <p>
          <button type="submit" class="button">
            Lưu mô tả
          </button>{' '}
          <a href="/quan-tri/ban-do">Quay lại danh sách</a> ·{' '}
          <a href={u.href}>Xem trang công khai</a>
        </p>
      </form>
    </AdminLayout>
  );
}

/** Tag one article with places: a checkbox per unit, wards and communes apart. */
export function ArticlePlacesPage(props: {
  chrome: AdminChrome;
  csrf: string;
  article: { id: number; title: string; sectionName: string; publicPath?: string };
  units: MapUnit[];
  checked: Set<string>;
  saved?: boolean;
  error?: string;
}) {
  const groups: { label: string; units: MapUnit[] }[] = [
    { label: 'Phường', units: props.units.filter((u) => u.type === 'phường') },
    { label: 'Xã', units: props.units.filter((u) => u.type === 'xã') },
  ];
  const a = props.article;
  return (
    <AdminLayout chrome={props.chrome} title="Địa danh của bài viết">
      {props.saved && <Notice kind="ok">Đã lưu địa danh của bài viết.</Notice>}
      {props.error && <Notice kind="error">{props.error}</Notice>}
      <dl class="kv">
        <dt>Bài viết</dt>
        <dd>
          {a.publicPath ? <a href={a.publicPath}>{a.title}</a> : a.title} (mã số {a.id})
        </dd>
        <dt>Chuyên mục</dt>
        <dd>{a.sectionName}</dd>
      </dl>
      <form method="post" action={`/quan-tri/bai-viet/${a.id}/dia-danh`} class="stack">
        <CsrfField token={props.csrf} />
        {groups.map((g) => (
          <fieldset class="field">
            <legend>{g.label}</legend>
            <div class="choices">
              {g.units.map((u) => (
                <label class="choice">
                  <input
                    type="checkbox"
                    name="codes"
                    value={u.code}
                    checked={props.checked.has(u.code)}
                  />{' '}
                  {u.name} <span class="muted">({u.code})</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <p class="hint">
          Chọn đơn vị hành chính hiện nay (từ 01/7/2025). Tên xã cũ có thể đã nhập vào đơn vị khác:
          xem mục “Hình thành từ” ở trang của từng đơn vị.
        </p>
        <p>
          <button type="submit" class="button">
            Lưu địa danh
          </button>{' '}
          <a href="/quan-tri/ban-do">Quay lại</a>
        </p>
      </form>
    </AdminLayout>
  );
}
