import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { DateField } from '../../../lib/date-field.tsx';
import { dayKeyToVn as dayVn, dayText } from '../../../lib/date-input.ts';
import { CheckboxField, PostButton, SelectField } from '../../../views/admin-controls.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import type { OrgPerson, OrgUnit } from '../organisation.ts';
import type { PersonOn, PostView, Portrait } from '../organisation.service.ts';
import { mediaUrl, thumbnailKey, type Media } from '../../media/media.ts';
import { TextAreaField, formError } from './fields.tsx';

export const ORG_BASE = '/quan-tri/co-cau-to-chuc';

type Values = Record<string, string>;
type Errors = Record<string, string>;

/** "01/12/2025 – nay" for a post's dates. */
export function period(p: Pick<PostView, 'startsOn' | 'endsOn'>): string {
  return `${dayVn(p.startsOn)} – ${p.endsOn ? dayVn(p.endsOn) : 'nay'}`;
}

function Messages(props: { notice?: string; errors?: Errors }) {
  const err = props.errors && formError(props.errors);
  return (
    <>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {err && <Notice kind="error">{err}</Notice>}
    </>
  );
}

/** The directory: units as a tree, people with today's post. */
export function OrgOverviewPage(props: {
  chrome: AdminChrome;
  tree: { unit: OrgUnit; depth: number }[];
  people: PersonOn[];
  notice?: string;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Cơ cấu tổ chức">
      <h1>Cơ cấu tổ chức</h1>
      <Messages notice={props.notice} />
      <p>
        Các đơn vị, cán bộ và chức vụ theo từng nhiệm kỳ. Chức vụ có ngày bắt đầu và kết thúc, nên
        văn bản, lịch công tác của ngày đã qua vẫn ghi đúng chức vụ lúc đó.{' '}
        <a href="/co-cau-to-chuc">Xem trang công khai</a>
      </p>
      <section class="panel" aria-labelledby="h-units">
        <h2 id="h-units">Đơn vị</h2>
        <p>
          <a class="button" href={`${ORG_BASE}/don-vi/moi`}>
            Thêm đơn vị
          </a>
        </p>
        {props.tree.length === 0 ? (
          <p>Chưa có đơn vị.</p>
        ) : (
          <ul class="org-admin-tree">
            {props.tree.map((t) => (
              <li>
                {'— '.repeat(t.depth)}
                <a href={`${ORG_BASE}/don-vi/${t.unit.id}`}>{t.unit.name}</a>
                {t.unit.phone && <span class="muted"> · {t.unit.phone}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="panel" aria-labelledby="h-people">
        <h2 id="h-people">Cán bộ</h2>
        <p>
          <a class="button" href={`${ORG_BASE}/can-bo/moi`}>
            Thêm cán bộ
          </a>
        </p>
        {props.people.length === 0 ? (
          <p>Chưa có cán bộ.</p>
        ) : (
          <div class="table-scroll">
            <table class="data">
              <caption class="sr-only">Cán bộ và chức vụ hôm nay</caption>
              <thead>
                <tr>
                  <th scope="col">Họ và tên</th>
                  <th scope="col">Chức vụ hôm nay</th>
                </tr>
              </thead>
              <tbody>
                {props.people.map((p) => (
                  <tr>
                    <th scope="row">
                      <a href={`${ORG_BASE}/can-bo/${p.person.id}`}>{p.person.fullName}</a>
                    </th>
                    <td>
                      {p.post ? (
                        <>
                          {p.post.title}
                          {p.post.unitName && <span class="muted"> ({p.post.unitName})</span>}
                        </>
                      ) : (
                        <span class="muted">Không giữ chức vụ</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </AdminLayout>
  );
}

/** Add or edit a unit. */
export function UnitFormPage(props: {
  chrome: AdminChrome;
  csrf: string;
  unit?: OrgUnit;
  units: { unit: OrgUnit; depth: number }[];
  values: Values;
  errors: Errors;
}) {
  const { unit: u, values: v, errors: e } = props;
  const action = u ? `${ORG_BASE}/don-vi/${u.id}` : `${ORG_BASE}/don-vi/moi`;
  return (
    <AdminLayout chrome={props.chrome} title={u ? `Đơn vị: ${u.name}` : 'Thêm đơn vị'}>
      <h1>{u ? `Đơn vị: ${u.name}` : 'Thêm đơn vị'}</h1>
      <Messages errors={e} />
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField token={props.csrf} />
        <Field
          name="name"
          label="Tên đơn vị"
          value={v.name}
          error={e.name}
          required
          maxlength={200}
          hint="Ví dụ: Ban Thường vụ Tỉnh ủy, Văn phòng Tỉnh ủy."
        />
        <SelectField
          name="parentId"
          label="Thuộc đơn vị"
          value={v.parentId ?? ''}
          error={e.parentId}
          empty="(Cấp cao nhất)"
          options={props.units
            .filter((t) => t.unit.id !== u?.id)
            .map((t) => ({
              value: String(t.unit.id),
              label: `${'— '.repeat(t.depth)}${t.unit.name}`,
            }))}
        />
        <TextAreaField
          name="description"
          label="Chức năng, nhiệm vụ"
          value={v.description ?? ''}
          error={e.description}
          maxlength={2000}
        />
        <Field
          name="phone"
          label="Điện thoại liên hệ"
          value={v.phone}
          error={e.phone}
          maxlength={50}
        />
        <Field name="email" label="Thư điện tử" value={v.email} error={e.email} maxlength={200} />
        <Field name="address" label="Địa chỉ" value={v.address} error={e.address} maxlength={300} />
        <Field
          name="position"
          label="Thứ tự hiển thị"
          value={v.position}
          error={e.position}
          inputmode="numeric"
          maxlength={4}
        />
        <p>
          <button type="submit" class="button">
            {u ? 'Lưu thay đổi' : 'Thêm đơn vị'}
          </button>{' '}
          <a href={ORG_BASE}>Quay lại</a>
        </p>
      </form>
      {u && (
        <section class="panel" aria-labelledby="h-del">
          <h2 id="h-del">Xóa đơn vị</h2>
          <p>Các đơn vị trực thuộc chuyển lên cấp cao nhất; chức vụ của cán bộ vẫn được giữ.</p>
          <PostButton action={`${ORG_BASE}/don-vi/${u.id}/xoa`} csrf={props.csrf} danger>
            Xóa đơn vị này
          </PostButton>
        </section>
      )}
    </AdminLayout>
  );
}

/** The post fields (add form on the person page, and the edit page). */
function PostFields(props: {
  units: { unit: OrgUnit; depth: number }[];
  values: Values;
  errors: Errors;
}) {
  const { values: v, errors: e } = props;
  return (
    <>
      <Field
        name="title"
        label="Chức vụ"
        value={v.title}
        error={e.title}
        required
        maxlength={200}
        hint="Ví dụ: Phó Bí thư Thường trực Tỉnh ủy."
      />
      <SelectField
        name="unitId"
        label="Đơn vị"
        value={v.unitId ?? ''}
        error={e.unitId}
        empty="(Không gắn đơn vị)"
        options={props.units.map((t) => ({
          value: String(t.unit.id),
          label: `${'— '.repeat(t.depth)}${t.unit.name}`,
        }))}
      />
      <Field
        name="term"
        label="Nhiệm kỳ"
        value={v.term}
        error={e.term}
        maxlength={100}
        hint="Ví dụ: Khóa XV (2025–2030)."
      />
      <DateField
        name="startsOn"
        label="Từ ngày"
        value={dayText(v.startsOn ?? '')}
        error={e.startsOn}
        required
      />
      <DateField
        name="endsOn"
        label="Đến ngày (để trống nếu vẫn đang giữ)"
        value={dayText(v.endsOn ?? '')}
        error={e.endsOn}
      />
      <CheckboxField
        name="leadership"
        label="Thuộc lãnh đạo (hiện ở đầu trang Cơ cấu tổ chức)"
        checked={v.leadership === 'on'}
      />
      <Field
        name="position"
        label="Thứ tự hiển thị"
        value={v.position}
        error={e.position}
        inputmode="numeric"
        maxlength={4}
      />
    </>
  );
}

/** Add or edit a person; an existing person's page lists their posts and adds one. */
export function PersonFormPage(props: {
  chrome: AdminChrome;
  csrf: string;
  person?: OrgPerson;
  posts: PostView[];
  units: { unit: OrgUnit; depth: number }[];
  values: Values;
  errors: Errors;
  postValues: Values;
  postErrors: Errors;
  photo?: Portrait;
  library: Media[];
  photoValues: Values;
  photoErrors: Errors;
  notice?: string;
}) {
  const { person: p, values: v, errors: e } = props;
  const action = p ? `${ORG_BASE}/can-bo/${p.id}` : `${ORG_BASE}/can-bo/moi`;
  return (
    <AdminLayout chrome={props.chrome} title={p ? `Cán bộ: ${p.fullName}` : 'Thêm cán bộ'}>
      <h1>{p ? `Cán bộ: ${p.fullName}` : 'Thêm cán bộ'}</h1>
      <Messages notice={props.notice} errors={e} />
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField token={props.csrf} />
        <Field
          name="fullName"
          label="Họ và tên"
          value={v.fullName}
          error={e.fullName}
          required
          maxlength={120}
        />
        <TextAreaField
          name="responsibilities"
          label="Nhiệm vụ được phân công"
          value={v.responsibilities ?? ''}
          error={e.responsibilities}
          maxlength={4000}
          rows={4}
        />
        <Field
          name="phone"
          label="Điện thoại công vụ (công khai)"
          value={v.phone}
          error={e.phone}
          maxlength={50}
        />
        <Field
          name="email"
          label="Thư điện tử công vụ (công khai)"
          value={v.email}
          error={e.email}
          maxlength={200}
        />
        <p>
          <button type="submit" class="button">
            {p ? 'Lưu thay đổi' : 'Thêm cán bộ'}
          </button>{' '}
          <a href={ORG_BASE}>Quay lại</a>
          {p && (
            <>
              {' · '}
              <a href={`/co-cau-to-chuc/${p.id}`}>Xem trang công khai</a>
            </>
          )}
        </p>
      </form>
      {p && (
        <>
          <PhotoPanel
            person={p}
            csrf={props.csrf}
            photo={props.photo}
            library={props.library}
            values={props.photoValues}
            errors={props.photoErrors}
          />
          <section class="panel" aria-labelledby="h-posts">
            <h2 id="h-posts">Chức vụ qua các nhiệm kỳ</h2>
            {props.posts.length === 0 ? (
              <p>Chưa có chức vụ.</p>
            ) : (
              <ul>
                {props.posts.map((x) => (
                  <li>
                    <a href={`${ORG_BASE}/chuc-vu/${x.id}`}>{x.title}</a>
                    {x.unitName && <> ({x.unitName})</>} — {period(x)}
                    {x.term && <span class="muted"> · {x.term}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section class="panel" aria-labelledby="h-add-post">
            <h2 id="h-add-post">Thêm chức vụ</h2>
            <p class="hint">
              Khi cán bộ đổi chức vụ, hãy ghi ngày kết thúc cho chức vụ cũ và thêm chức vụ mới;
              không sửa đè chức vụ cũ.
            </p>
            {formError(props.postErrors) && (
              <Notice kind="error">{formError(props.postErrors)}</Notice>
            )}
            <form
              method="post"
              action={`${ORG_BASE}/can-bo/${p.id}/chuc-vu`}
              class="stack"
              novalidate
            >
              <CsrfField token={props.csrf} />
              <PostFields units={props.units} values={props.postValues} errors={props.postErrors} />
              <p>
                <button type="submit" class="button">
                  Thêm chức vụ
                </button>
              </p>
            </form>
          </section>
          <section class="panel" aria-labelledby="h-del">
            <h2 id="h-del">Xóa cán bộ</h2>
            <p>
              Xóa cả các chức vụ đã ghi. Không xóa được cán bộ đang là người chủ trì trong lịch công
              tác.
            </p>
            <PostButton action={`${ORG_BASE}/can-bo/${p.id}/xoa`} csrf={props.csrf} danger>
              Xóa cán bộ này
            </PostButton>
          </section>
        </>
      )}
    </AdminLayout>
  );
}

/** The portrait: the current one, a pick among the library's latest images with its text, or none. */
function PhotoPanel(props: {
  person: OrgPerson;
  csrf: string;
  photo?: Portrait;
  library: Media[];
  values: Values;
  errors: Errors;
}) {
  const { person: p, values: v, errors: e } = props;
  const chosen = v.mediaId ?? (p.photoMediaId === null ? '' : String(p.photoMediaId));
  return (
    <section class="panel" aria-labelledby="h-photo">
      <h2 id="h-photo">Ảnh chân dung</h2>
      {formError(e) && <Notice kind="error">{formError(e)}</Notice>}
      {props.photo ? (
        <p>
          <img
            class="thumb"
            src={mediaUrl(thumbnailKey(props.photo.media))}
            width={96}
            height={Math.round(
              (96 * props.photo.media.height) / Math.max(1, props.photo.media.width),
            )}
            alt={props.photo.alt}
          />{' '}
          Mô tả ảnh: {props.photo.alt}
        </p>
      ) : (
        <p>Chưa có ảnh.</p>
      )}
      {props.library.length === 0 ? (
        <p>
          Thư viện chưa có ảnh. <a href="/quan-tri/thu-vien">Tải ảnh lên thư viện media</a>.
        </p>
      ) : (
        <form method="post" action={`${ORG_BASE}/can-bo/${p.id}/anh`} class="stack" novalidate>
          <CsrfField token={props.csrf} />
          <fieldset class={e.mediaId ? 'has-error' : undefined}>
            <legend>Chọn ảnh trong thư viện (ảnh mới nhất)</legend>
            {e.mediaId && <p class="error">{e.mediaId}</p>}
            <ul class="pick-grid">
              {props.library.map((m) => (
                <li>
                  <label class="choice">
                    <input
                      type="radio"
                      name="mediaId"
                      value={String(m.id)}
                      checked={chosen === String(m.id)}
                    />{' '}
                    <img
                      class="thumb"
                      src={mediaUrl(thumbnailKey(m))}
                      width={96}
                      height={Math.round((96 * m.height) / Math.max(1, m.width))}
                      alt=""
                    />{' '}
                    {m.alt || m.originalName}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <Field
            name="alt"
            label="Mô tả ảnh (cho người không xem được ảnh)"
            value={v.alt ?? p.photoAlt}
            error={e.alt}
            maxlength={300}
            hint="Để trống để dùng mô tả của ảnh trong thư viện. Ví dụ: Ảnh chân dung đồng chí Nguyễn Văn A."
          />
          <p>
            <button type="submit" class="button">
              Lưu ảnh chân dung
            </button>{' '}
            <a href="/quan-tri/thu-vien">Tải ảnh mới lên thư viện</a>
          </p>
        </form>
      )}
      {props.photo && (
        <PostButton action={`${ORG_BASE}/can-bo/${p.id}/anh/xoa`} csrf={props.csrf}>
          Bỏ ảnh chân dung
        </PostButton>
      )}
    </section>
  );
}

/** Edit one post (e.g. set the day it ended). */
export function PostFormPage(props: {
  chrome: AdminChrome;
  csrf: string;
  person: OrgPerson;
  postId: number;
  units: { unit: OrgUnit; depth: number }[];
  values: Values;
  errors: Errors;
}) {
  const title = `Chức vụ của ${props.person.fullName}`;
  return (
    <AdminLayout chrome={props.chrome} title={title}>
      <h1>{title}</h1>
      <Messages errors={props.errors} />
      <form method="post" action={`${ORG_BASE}/chuc-vu/${props.postId}`} class="stack" novalidate>
        <CsrfField token={props.csrf} />
        <PostFields units={props.units} values={props.values} errors={props.errors} />
        <p>
          <button type="submit" class="button">
            Lưu thay đổi
          </button>{' '}
          <a href={`${ORG_BASE}/can-bo/${props.person.id}`}>Quay lại</a>
        </p>
      </form>
      <section class="panel" aria-labelledby="h-del">
        <h2 id="h-del">Xóa chức vụ</h2>
        <p>
          Chỉ xóa chức vụ ghi nhầm; chức vụ đã thôi giữ thì ghi ngày kết thúc để giữ đúng lịch sử.
        </p>
        <PostButton action={`${ORG_BASE}/chuc-vu/${props.postId}/xoa`} csrf={props.csrf} danger>
          Xóa chức vụ này
        </PostButton>
      </section>
    </AdminLayout>
  );
}
