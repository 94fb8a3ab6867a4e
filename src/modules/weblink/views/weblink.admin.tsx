import { formatDateTime } from '../../../lib/date.ts';
import type { AdminChrome } from '../../../shell/admin-layout.tsx';
import {
  CheckboxField,
  MoveButtons,
  PostButton,
  SelectField,
} from '../../../views/admin-controls.tsx';
import { CsrfField, Field } from '../../../views/form.tsx';
import { SettingsLayout } from '../../site/views/settings.layout.tsx';
import type { LinkCheck, WeblinkAdmin, WeblinkGroupAdmin } from '../weblink.ts';

/** A link's form values, as typed. */
export interface LinkValues {
  groupId: string;
  title: string;
  url: string;
  newTab: boolean;
  active: boolean;
}

/** The last check of a link, in words. */
function CheckStatus(props: { check: LinkCheck | undefined }) {
  const c = props.check;
  if (!c) return <span class="badge badge-off">Chưa kiểm tra</span>;
  return (
    <>
      {c.ok ? (
        <span class="badge badge-on">Hoạt động</span>
      ) : (
        <span class="badge badge-warn">
          Không phản hồi{c.failures > 1 ? ` (${c.failures} lần liên tiếp)` : ''}
        </span>
      )}
      <br />
      <span class="muted">
        {c.detail} — kiểm tra lúc {formatDateTime(c.checkedAt)}
      </span>
    </>
  );
}

/** The fields of a link (add and edit). */
function LinkFields(props: {
  groups: WeblinkGroupAdmin[];
  values: LinkValues;
  errors: Record<string, string>;
}) {
  const { values: v, errors: e } = props;
  return (
    <>
      <SelectField
        name="groupId"
        label="Nhóm"
        value={v.groupId}
        error={e.groupId}
        options={props.groups.map((g) => ({ value: String(g.id), label: g.name }))}
      />
      <Field
        name="title"
        label="Tên liên kết"
        value={v.title}
        error={e.title}
        required
        maxlength={200}
      />
      <Field
        name="url"
        label="Địa chỉ"
        value={v.url}
        error={e.url}
        required
        maxlength={2000}
        hint="Địa chỉ đầy đủ, bắt đầu bằng https:// hoặc http://, ví dụ https://dienbien.gov.vn"
      />
      <CheckboxField name="newTab" label="Mở trong thẻ mới" checked={v.newTab} />
      <CheckboxField name="active" label="Đang dùng (hiện trên trang)" checked={v.active} />
    </>
  );
}

function LinkRow(props: { l: WeblinkAdmin; i: number; count: number; csrf: string }) {
  const { l } = props;
  return (
    <tr class={l.check && !l.check.ok ? 'row-warn' : undefined}>
      <th scope="row">
        <a href={`/quan-tri/cai-dat/lien-ket/${l.id}`}>{l.title}</a>
        {!l.active && <span class="badge badge-off">Đang ẩn</span>}
      </th>
      <td class="url">{l.url}</td>
      <td>{l.newTab ? 'Thẻ mới' : 'Cùng thẻ'}</td>
      <td>
        <CheckStatus check={l.check} />
      </td>
      <td class="nowrap">
        <MoveButtons
          action={`/quan-tri/cai-dat/lien-ket/${l.id}`}
          name={l.title}
          csrf={props.csrf}
          first={props.i === 0}
          last={props.i === props.count - 1}
        />
      </td>
    </tr>
  );
}

/** Every group and link with its check status; display choice, check now, add group, add link. */
export function WeblinkListPage(props: {
  chrome: AdminChrome;
  csrf: string;
  groups: WeblinkGroupAdmin[];
  display: string;
  values: LinkValues;
  errors: Record<string, string>;
  groupName: string;
  groupError?: string;
  notice?: string;
}) {
  const { groups, csrf } = props;
  const broken = groups.flatMap((g) => g.links).filter((l) => l.check && !l.check.ok).length;
  return (
    <SettingsLayout
      chrome={props.chrome}
      title="Liên kết web"
      notice={props.notice}
      error={
        Object.keys(props.errors).length || props.groupError
          ? 'Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.'
          : undefined
      }
    >
      <section class="panel" aria-labelledby="h-display">
        <h2 id="h-display">Cách hiển thị khối “Liên kết web”</h2>
        <form method="post" action="/quan-tri/cai-dat/lien-ket/hien-thi" class="stack">
          <CsrfField token={csrf} />
          <fieldset class="field">
            <legend>Kiểu hiển thị</legend>
            <label class="choice">
              <input
                type="radio"
                name="linksDisplay"
                value="list"
                checked={props.display !== 'select'}
              />{' '}
              Danh sách theo nhóm
            </label>
            <label class="choice">
              <input
                type="radio"
                name="linksDisplay"
                value="select"
                checked={props.display === 'select'}
              />{' '}
              Hộp “Chọn liên kết”
            </label>
          </fieldset>
          <p>
            <button type="submit" class="button">
              Lưu kiểu hiển thị
            </button>
          </p>
        </form>
      </section>
      <section class="panel" aria-labelledby="h-check">
        <h2 id="h-check">Kiểm tra liên kết</h2>
        <p>
          Hệ thống tự kiểm tra mọi liên kết 6 giờ một lần và đánh dấu liên kết không còn phản hồi.
          {broken > 0 ? ` Hiện có ${broken} liên kết không phản hồi.` : ''}
        </p>
        <PostButton action="/quan-tri/cai-dat/lien-ket/kiem-tra" csrf={csrf}>
          Kiểm tra ngay
        </PostButton>
      </section>
      {groups.map((g, gi) => (
        <section class="panel" aria-labelledby={`h-g${g.id}`}>
          <h2 id={`h-g${g.id}`}>
            Nhóm: {g.name}{' '}
            <a class="small" href={`/quan-tri/cai-dat/lien-ket/nhom/${g.id}`}>
              Sửa tên, xóa<span class="sr-only"> nhóm {g.name}</span>
            </a>
          </h2>
          <MoveButtons
            action={`/quan-tri/cai-dat/lien-ket/nhom/${g.id}`}
            name={`nhóm ${g.name}`}
            csrf={csrf}
            first={gi === 0}
            last={gi === groups.length - 1}
          />
          {g.links.length === 0 ? (
            <p>Nhóm chưa có liên kết.</p>
          ) : (
            <div class="table-scroll">
              <table class="data">
                <caption class="sr-only">Liên kết trong nhóm {g.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Tên</th>
                    <th scope="col">Địa chỉ</th>
                    <th scope="col">Mở</th>
                    <th scope="col">Tình trạng</th>
                    <th scope="col">Thứ tự</th>
                  </tr>
                </thead>
                <tbody>
                  {g.links.map((l, i) => (
                    <LinkRow l={l} i={i} count={g.links.length} csrf={csrf} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
      {groups.length > 0 && (
        <section class="panel" aria-labelledby="h-add">
          <h2 id="h-add">Thêm liên kết</h2>
          <form method="post" action="/quan-tri/cai-dat/lien-ket/moi" class="stack" novalidate>
            <CsrfField token={csrf} />
            <LinkFields groups={groups} values={props.values} errors={props.errors} />
            <p>
              <button type="submit" class="button">
                Thêm liên kết
              </button>
            </p>
          </form>
        </section>
      )}
      <section class="panel" aria-labelledby="h-add-group">
        <h2 id="h-add-group">Thêm nhóm</h2>
        <form method="post" action="/quan-tri/cai-dat/lien-ket/nhom" class="stack" novalidate>
          <CsrfField token={csrf} />
          <Field
            name="name"
            label="Tên nhóm"
            value={props.groupName}
            error={props.groupError}
            required
            maxlength={120}
            hint="Ví dụ: Trung ương, Tỉnh, Báo chí"
          />
          <p>
            <button type="submit" class="button">
              Thêm nhóm
            </button>
          </p>
        </form>
      </section>
    </SettingsLayout>
  );
}

/** Edit or delete one link. */
export function WeblinkEditPage(props: {
  chrome: AdminChrome;
  csrf: string;
  link: WeblinkAdmin;
  groups: WeblinkGroupAdmin[];
  values: LinkValues;
  errors: Record<string, string>;
}) {
  return (
    <SettingsLayout
      chrome={props.chrome}
      title={`Liên kết: ${props.link.title}`}
      error={
        Object.keys(props.errors).length
          ? 'Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.'
          : undefined
      }
    >
      <p>
        Tình trạng: <CheckStatus check={props.link.check} />
      </p>
      <form
        method="post"
        action={`/quan-tri/cai-dat/lien-ket/${props.link.id}`}
        class="stack"
        novalidate
      >
        <CsrfField token={props.csrf} />
        <LinkFields groups={props.groups} values={props.values} errors={props.errors} />
        <p>
          <button type="submit" class="button">
            Lưu thay đổi
          </button>{' '}
          <a href="/quan-tri/cai-dat/lien-ket">Quay lại danh sách</a>
        </p>
      </form>
      <section class="panel" aria-labelledby="h-del">
        <h2 id="h-del">Xóa liên kết</h2>
        <PostButton
          action={`/quan-tri/cai-dat/lien-ket/${props.link.id}/xoa`}
          csrf={props.csrf}
          danger
        >
          Xóa liên kết này
        </PostButton>
      </section>
    </SettingsLayout>
  );
}

/** Rename or delete one group. */
export function WeblinkGroupPage(props: {
  chrome: AdminChrome;
  csrf: string;
  group: WeblinkGroupAdmin;
  name: string;
  error?: string;
}) {
  const g = props.group;
  return (
    <SettingsLayout
      chrome={props.chrome}
      title={`Nhóm liên kết: ${g.name}`}
      error={props.error ? 'Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.' : undefined}
    >
      <form
        method="post"
        action={`/quan-tri/cai-dat/lien-ket/nhom/${g.id}`}
        class="stack"
        novalidate
      >
        <CsrfField token={props.csrf} />
        <Field
          name="name"
          label="Tên nhóm"
          value={props.name}
          error={props.error}
          required
          maxlength={120}
        />
        <p>
          <button type="submit" class="button">
            Lưu tên nhóm
          </button>{' '}
          <a href="/quan-tri/cai-dat/lien-ket">Quay lại danh sách</a>
        </p>
      </form>
      <section class="panel" aria-labelledby="h-del">
        <h2 id="h-del">Xóa nhóm</h2>
        {g.links.length ? (
          <p>
            Nhóm còn {g.links.length} liên kết: hãy xóa hoặc chuyển các liên kết sang nhóm khác
            trước khi xóa nhóm.
          </p>
        ) : (
          <PostButton
            action={`/quan-tri/cai-dat/lien-ket/nhom/${g.id}/xoa`}
            csrf={props.csrf}
            danger
          >
            Xóa nhóm này
          </PostButton>
        )}
      </section>
    </SettingsLayout>
  );
}
