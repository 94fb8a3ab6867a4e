import { formatCount } from '../../../lib/number.ts';
import { formatDateTime } from '../../../lib/date.ts';
import { DateField } from '../../../lib/date-field.tsx';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { PostButton, SelectField } from '../../../views/admin-controls.tsx';
import { Pagination } from '../../../views/components.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import type { DocumentRecord } from '../../document/document.ts';
import {
  consultationPath,
  GROUPS,
  RESPONSE_STATUSES,
  STANCES,
  type Consultation,
  type ConsultationResponse,
  type ConsultationSection,
  type ResponseStatus,
  type Stance,
  type WindowState,
} from '../consultation.ts';

export const BASE = '/quan-tri/lay-y-kien';

const STATE_LABELS: Record<WindowState, string> = {
  open: 'Đang lấy ý kiến',
  upcoming: 'Chưa bắt đầu',
  closed: 'Đã kết thúc',
};
const docLabel = (d: DocumentRecord | undefined) =>
  d ? `${d.typeName} ${d.number}: ${d.summary}` : '(văn bản không còn)';

/** The window and unit fields, shared by the new and edit forms. */
function WindowFields(props: { values: Record<string, string>; errors: Record<string, string> }) {
  const { values: v, errors: e } = props;
  return (
    <>
      <DateField
        name="opensAt"
        label="Bắt đầu nhận ý kiến"
        kind="datetime"
        value={v.opensAt ?? ''}
        error={e.opensAt}
        required
      />
      <DateField
        name="closesAt"
        label="Kết thúc nhận ý kiến"
        kind="datetime"
        value={v.closesAt ?? ''}
        error={e.closesAt}
        hint="Biểu mẫu tự đóng đúng thời điểm này"
        required
      />
      <Field
        name="unitName"
        label="Đơn vị tiếp nhận"
        value={v.unitName ?? ''}
        error={e.unitName}
        required
        maxlength={200}
      />
      <Field
        name="unitEmail"
        label="Thư điện tử của đơn vị"
        value={v.unitEmail ?? ''}
        error={e.unitEmail}
        maxlength={200}
      />
      <Field
        name="unitAddress"
        label="Địa chỉ của đơn vị"
        value={v.unitAddress ?? ''}
        error={e.unitAddress}
        maxlength={300}
      />
      <div class={e.rules ? 'field has-error' : 'field'}>
        <label for="f-rules">Cách thức góp ý (hiện trên trang công khai)</label>
        <textarea id="f-rules" name="rules" rows={4}>
          {v.rules ?? ''}
        </textarea>
        {e.rules && (
          <p class="error" id="f-rules-err">
            {e.rules}
          </p>
        )}
      </div>
    </>
  );
}

function Errors(props: { errors: Record<string, string> }) {
  return props.errors._ ? <Notice kind="error">{props.errors._}</Notice> : null;
}

/** The list: every consultation of the working site, and a form to open one on a draft. */
export function ConsultationAdminList(props: {
  chrome: AdminChrome;
  csrf: string;
  rows: { c: Consultation; d: DocumentRecord | undefined; state: WindowState; responses: number }[];
  candidates: DocumentRecord[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Lấy ý kiến dự thảo">
      <Errors errors={props.errors} />
      {props.errors.documentId && <Notice kind="error">{props.errors.documentId}</Notice>}
      {props.rows.length === 0 ? (
        <p>Chưa có đợt lấy ý kiến nào.</p>
      ) : (
        <table class="data">
          <caption class="sr-only">Các đợt lấy ý kiến</caption>
          <thead>
            <tr>
              <th scope="col">Dự thảo</th>
              <th scope="col">Thời gian</th>
              <th scope="col">Tình trạng</th>
              <th scope="col">Số ý kiến</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td>
                  <a href={`${BASE}/${r.c.id}`}>{docLabel(r.d)}</a>
                </td>
                <td>
                  {formatDateTime(r.c.opensAt)} – {formatDateTime(r.c.closesAt)}
                </td>
                <td>{STATE_LABELS[r.state]}</td>
                <td>{formatCount(r.responses)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Mở đợt lấy ý kiến mới</h2>
      {props.candidates.length === 0 ? (
        <p>
          Chưa có dự thảo nào để lấy ý kiến. Hãy nhập văn bản với tình trạng hiệu lực “Dự thảo” và
          đăng văn bản đó trong mục <a href="/quan-tri/van-ban">Văn bản</a>.
        </p>
      ) : (
        <form method="post" action={BASE} class="admin-form">
          <CsrfField token={props.csrf} />
          <SelectField
            name="documentId"
            label="Văn bản dự thảo"
            value={props.values.documentId ?? ''}
            empty="— Chọn dự thảo —"
            options={props.candidates.map((d) => ({ value: String(d.id), label: docLabel(d) }))}
            error={props.errors.documentId}
          />
          <WindowFields values={props.values} errors={props.errors} />
          <p>
            <button type="submit" class="button">
              Mở đợt lấy ý kiến
            </button>
          </p>
        </form>
      )}
    </AdminLayout>
  );
}

/** One consultation: settings, sections with counts, responses to moderate, the export. */
export function ConsultationAdminPage(props: {
  chrome: AdminChrome;
  csrf: string;
  c: Consultation;
  d: DocumentRecord | undefined;
  state: WindowState;
  sections: ConsultationSection[];
  bySection: Map<number, Record<Stance, number> & { total: number }>;
  responses: ConsultationResponse[];
  total: number;
  page: number;
  status: ResponseStatus | '';
  values: Record<string, string>;
  errors: Record<string, string>;
  notice?: string;
}) {
  const { c } = props;
  const here = `${BASE}/${c.id}`;
  const href = (n: number) => {
    const p = new URLSearchParams();
    if (props.status) p.set('trang-thai', props.status);
    if (n > 1) p.set('trang', String(n));
    const s = p.toString();
    return s ? `${here}?${s}` : here;
  };
  return (
    <AdminLayout chrome={props.chrome} title={`Lấy ý kiến: ${docLabel(props.d)}`}>
      <p>
        <a href={BASE}>← Các đợt lấy ý kiến</a> ·{' '}
        <a href={consultationPath(c)}>Xem trang công khai</a> ·{' '}
        <a href={`${here}/tong-hop.xlsx`}>Tải bản tổng hợp (.xlsx)</a>
      </p>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      <Errors errors={props.errors} />
      <p>
        <strong>{STATE_LABELS[props.state]}</strong> · {formatCount(props.total)} ý kiến
      </p>

      <h2>Phần, mục của dự thảo</h2>
      {props.sections.length === 0 ? (
        <p>Chưa có phần, mục nào: người đọc chưa góp ý được.</p>
      ) : (
        <table class="data">
          <caption class="sr-only">Phần, mục và số ý kiến</caption>
          <thead>
            <tr>
              <th scope="col">Phần, mục</th>
              {Object.values(STANCES).map((l) => (
                <th scope="col">{l}</th>
              ))}
              <th scope="col">Sửa</th>
            </tr>
          </thead>
          <tbody>
            {props.sections.map((s) => {
              const t = props.bySection.get(s.id);
              return (
                <tr>
                  <th scope="row">
                    {s.label}
                    {s.title && `. ${s.title}`}
                  </th>
                  {(Object.keys(STANCES) as Stance[]).map((k) => (
                    <td>{formatCount(t?.[k] ?? 0)}</td>
                  ))}
                  <td>
                    <form method="post" action={`${here}/muc/${s.id}`} class="inline-form">
                      <CsrfField token={props.csrf} />
                      <label for={`muc-${s.id}-label`} class="sr-only">
                        Tên phần, mục
                      </label>
                      <input
                        id={`muc-${s.id}-label`}
                        name="label"
                        value={s.label}
                        maxlength={80}
                        size={10}
                      />
                      <label for={`muc-${s.id}-title`} class="sr-only">
                        Nội dung chính
                      </label>
                      <input
                        id={`muc-${s.id}-title`}
                        name="title"
                        value={s.title}
                        maxlength={300}
                      />
                      <button type="submit" class="button button-secondary">
                        Lưu
                      </button>
                    </form>
                    {(t?.total ?? 0) === 0 && (
                      <PostButton action={`${here}/muc/${s.id}/xoa`} csrf={props.csrf} danger>
                        Xóa
                      </PostButton>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form method="post" action={`${here}/muc`} class="admin-form">
        <CsrfField token={props.csrf} />
        <Field
          name="label"
          label="Thêm phần, mục (ví dụ: Điều 1, Chương II)"
          value={props.values.label ?? ''}
          error={props.errors.label}
          maxlength={80}
        />
        <Field
          name="title"
          label="Nội dung chính của phần, mục"
          value={props.values.title ?? ''}
          error={props.errors.title}
          maxlength={300}
        />
        <p>
          <button type="submit" class="button">
            Thêm phần, mục
          </button>
        </p>
      </form>

      <h2>Ý kiến đã nhận</h2>
      <nav class="tabs" aria-label="Lọc theo trạng thái xử lý">
        <ul>
          <li>
            <a href={here} aria-current={props.status === '' ? 'page' : undefined}>
              Tất cả
            </a>
          </li>
          {Object.entries(RESPONSE_STATUSES).map(([k, label]) => (
            <li>
              <a
                href={`${here}?trang-thai=${k}`}
                aria-current={props.status === k ? 'page' : undefined}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {props.responses.length === 0 ? (
        <p>Không có ý kiến nào.</p>
      ) : (
        <ol class="consultation-responses">
          {props.responses.map((r) => (
            <li id={`y-kien-${r.id}`}>
              <p>
                <strong>{r.sectionLabel}</strong> · {STANCES[r.stance]} · {GROUPS[r.group]} ·{' '}
                {formatDateTime(r.createdAt)}
                {(r.name || r.contact) && ` · ${[r.name, r.contact].filter(Boolean).join(', ')}`}
              </p>
              {r.body ? (
                r.body.split('\n').map((l) => <p>{l}</p>)
              ) : (
                <p>
                  <em>(Không ghi nội dung)</em>
                </p>
              )}
              <form method="post" action={`${here}/y-kien/${r.id}`} class="inline-form">
                <CsrfField token={props.csrf} />
                <label for={`yk-${r.id}-status`}>Trạng thái</label>{' '}
                <select id={`yk-${r.id}-status`} name="status">
                  {Object.entries(RESPONSE_STATUSES).map(([k, l]) => (
                    <option value={k} selected={r.status === k}>
                      {l}
                    </option>
                  ))}
                </select>{' '}
                <label for={`yk-${r.id}-category`}>Nhóm vấn đề</label>{' '}
                <input
                  id={`yk-${r.id}-category`}
                  name="category"
                  value={r.category}
                  maxlength={100}
                />{' '}
                <button type="submit" class="button button-secondary">
                  Lưu phân loại
                </button>
              </form>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={props.page}
        pageCount={Math.max(1, Math.ceil(props.total / 50))}
        href={href}
      />

      <h2>Thời gian và đơn vị tiếp nhận</h2>
      <form method="post" action={here} class="admin-form">
        <CsrfField token={props.csrf} />
        <WindowFields values={props.values} errors={props.errors} />
        <p>
          <button type="submit" class="button">
            Lưu
          </button>
        </p>
      </form>
    </AdminLayout>
  );
}
