import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import { formatDateTime } from '../../../lib/date.ts';
import { formatCount } from '../../../lib/number.ts';
import { Notice } from '../../../views/form.tsx';
import { documentPath, type DocumentFile, type DocumentRecord } from '../../document/document.ts';
import { filePath } from '../../document/views/document.public.tsx';
import {
  consultationPath,
  CONSULTATION_CONSENT_TEXT,
  GROUPS,
  STANCES,
  type Consultation,
  type ConsultationSection,
  type Stance,
  type WindowState,
} from '../consultation.ts';
import { COMMENT_MAX } from '../consultation.schema.ts';
import { CM } from '../consultation.messages.ts';

/** What the reader typed, re-shown after a refusal. */
export interface CommentValues {
  sectionId: string;
  stance: string;
  group: string;
  body: string;
  name: string;
  contact: string;
  consent: boolean;
}
export const EMPTY_COMMENT: CommentValues = {
  sectionId: '',
  stance: '',
  group: '',
  body: '',
  name: '',
  contact: '',
  consent: false,
};

const LABELS: Record<string, string> = {
  sectionId: 'Phần, mục góp ý',
  stance: 'Ý kiến của bạn',
  group: 'Bạn là',
  body: 'Nội dung góp ý',
  name: 'Họ và tên',
  contact: 'Thư điện tử hoặc số điện thoại',
  consent: 'Đồng ý lưu thông tin liên hệ',
  _: 'Biểu mẫu',
};

const STATE_LABELS: Record<WindowState, string> = {
  open: 'Đang lấy ý kiến',
  upcoming: 'Sắp lấy ý kiến',
  closed: 'Đã kết thúc',
};

const title = (d: DocumentRecord) => `Dự thảo ${d.typeName.toLocaleLowerCase('vi')} ${d.summary}`;

function Err(props: { id: string; error?: string }) {
  return props.error ? (
    <p class="field-error" id={`${props.id}-loi`}>
      {props.error}
    </p>
  ) : null;
}
const aria = (id: string, error?: string, hint?: boolean) => ({
  'aria-invalid': error ? ('true' as const) : undefined,
  'aria-describedby':
    [hint ? `${id}-goi-y` : '', error ? `${id}-loi` : ''].filter(Boolean).join(' ') || undefined,
});

/** /lay-y-kien: the drafts put out for comment, open ones first. */
export function ConsultationListPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  items: { c: Consultation; d: DocumentRecord; state: WindowState }[];
}) {
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Trang chủ', href: '/' }, { label: 'Lấy ý kiến dự thảo' }]} />
      <h1 class="page-title">Lấy ý kiến dự thảo</h1>
      <p>
        Các dự thảo văn bản đang được lấy ý kiến của cán bộ, đảng viên, nhân dân và tổ chức. Bạn góp
        ý theo từng phần, mục của dự thảo, không cần tài khoản.
      </p>
      {props.items.length === 0 ? (
        <p>Hiện chưa có dự thảo nào được lấy ý kiến.</p>
      ) : (
        <ul class="consultation-list">
          {props.items.map(({ c, d, state }) => (
            <li>
              <h2>
                <a href={consultationPath(c)}>{title(d)}</a>
              </h2>
              <p>
                <span class={`badge consultation-${state}`}>{STATE_LABELS[state]}</span> Từ{' '}
                {formatDateTime(c.opensAt)} đến {formatDateTime(c.closesAt)} · Đơn vị tiếp nhận:{' '}
                {c.unitName}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** A draft's page: the draft, its files, the window, the counts and (while open) the form. */
export function ConsultationPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  c: Consultation;
  d: DocumentRecord;
  files: DocumentFile[];
  state: WindowState;
  sections: ConsultationSection[];
  bySection: Map<number, Record<Stance, number> & { total: number }>;
  total: number;
  token: string;
  values: CommentValues;
  errors: Record<string, string>;
  message?: string;
  sent?: boolean;
}) {
  const { c, d, values: v, errors } = props;
  const list = Object.entries(errors);
  const action = consultationPath(c);
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb
        trail={[
          { label: 'Trang chủ', href: '/' },
          { label: 'Lấy ý kiến dự thảo', href: '/lay-y-kien' },
          { label: d.number },
        ]}
      />
      <h1 class="page-title">{title(d)}</h1>
      {props.sent && <Notice kind="ok">{CM['consultation.sent']}</Notice>}
      {props.state === 'closed' && (
        <Notice kind="info">{CM['consultation.closed'](formatDateTime(c.closesAt))}</Notice>
      )}
      {props.state === 'upcoming' && (
        <Notice kind="info">{CM['consultation.upcoming'](formatDateTime(c.opensAt))}</Notice>
      )}
      <table class="data doc-meta">
        <caption class="sr-only">Thông tin lấy ý kiến</caption>
        <tbody>
          <tr>
            <th scope="row">Văn bản</th>
            <td>
              <a href={documentPath(d)}>
                {d.typeName} {d.number}
              </a>{' '}
              ({d.issuerName})
            </td>
          </tr>
          <tr>
            <th scope="row">Thời gian lấy ý kiến</th>
            <td>
              Từ <time datetime={c.opensAt.toISOString()}>{formatDateTime(c.opensAt)}</time> đến{' '}
              <time datetime={c.closesAt.toISOString()}>{formatDateTime(c.closesAt)}</time> (giờ
              Việt Nam) · <strong>{STATE_LABELS[props.state]}</strong>
            </td>
          </tr>
          <tr>
            <th scope="row">Đơn vị tiếp nhận</th>
            <td>{c.unitName}</td>
          </tr>
          {c.unitEmail && (
            <tr>
              <th scope="row">Thư điện tử</th>
              <td>
                <a href={`mailto:${c.unitEmail}`}>{c.unitEmail}</a>
              </td>
            </tr>
          )}
          {c.unitAddress && (
            <tr>
              <th scope="row">Địa chỉ</th>
              <td>{c.unitAddress}</td>
            </tr>
          )}
          <tr>
            <th scope="row">Số ý kiến đã nhận</th>
            <td>{formatCount(props.total)}</td>
          </tr>
        </tbody>
      </table>
      {c.rules && (
        <section aria-labelledby="lyk-the-le">
          <h2 id="lyk-the-le">Cách thức góp ý</h2>
          {c.rules.split('\n').map((l) => (
            <p>{l}</p>
          ))}
        </section>
      )}
      {props.files.length > 0 && (
        <section aria-labelledby="lyk-tep">
          <h2 id="lyk-tep">Toàn văn dự thảo</h2>
          <ul>
            {props.files.map((f) => (
              <li>
                <a href={filePath(d, f)}>{f.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.sections.length > 0 && (
        <section aria-labelledby="lyk-so-lieu">
          <h2 id="lyk-so-lieu">Số ý kiến theo phần, mục</h2>
          <p class="hint">Nội dung ý kiến không công khai; chỉ số lượng được hiển thị.</p>
          <table class="data">
            <caption class="sr-only">Số ý kiến theo phần, mục và loại ý kiến</caption>
            <thead>
              <tr>
                <th scope="col">Phần, mục</th>
                {Object.values(STANCES).map((l) => (
                  <th scope="col">{l}</th>
                ))}
                <th scope="col">Tổng</th>
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
                    <td>{formatCount(t?.total ?? 0)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      {props.state === 'open' && props.sections.length === 0 && (
        <Notice kind="info">{CM['consultation.no_sections']}</Notice>
      )}
      {props.state === 'open' && props.sections.length > 0 && (
        <section aria-labelledby="lyk-gop-y">
          <h2 id="lyk-gop-y">Gửi ý kiến góp ý</h2>
          {props.message && <Notice kind="error">{props.message}</Notice>}
          {list.length > 0 && (
            <div class="form-errors" role="alert" aria-labelledby="lyk-loi">
              <h3 id="lyk-loi">Vui lòng kiểm tra lại:</h3>
              <ul>
                {list.map(([k, m]) => (
                  <li>
                    <a href={`#lyk-${k === '_' ? 'sectionId' : k}`}>
                      {LABELS[k] ?? k}: {m}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <form method="post" action={action} class="contact-form" novalidate>
            <input type="hidden" name="_csrf" value={props.token} />
            <div class="gy-hp" aria-hidden="true">
              <label for="lyk-website">Trang web (để trống)</label>
              <input
                id="lyk-website"
                name="website"
                type="text"
                tabindex={-1}
                autocomplete="off"
                value=""
              />
            </div>
            <div class={errors.sectionId ? 'field has-error' : 'field'}>
              <label for="lyk-sectionId">
                {LABELS.sectionId}
                <span aria-hidden="true"> *</span>
              </label>
              <Err id="lyk-sectionId" error={errors.sectionId} />
              <select
                id="lyk-sectionId"
                name="sectionId"
                required
                {...aria('lyk-sectionId', errors.sectionId)}
              >
                <option value="">— Chọn phần, mục —</option>
                {props.sections.map((s) => (
                  <option value={String(s.id)} selected={v.sectionId === String(s.id)}>
                    {s.label}
                    {s.title && `. ${s.title}`}
                  </option>
                ))}
              </select>
            </div>
            <fieldset class={errors.stance ? 'field has-error' : 'field'} id="lyk-stance">
              <legend>
                {LABELS.stance}
                <span aria-hidden="true"> *</span>
              </legend>
              <Err id="lyk-stance" error={errors.stance} />
              {Object.entries(STANCES).map(([k, label]) => (
                <label class="choice">
                  <input type="radio" name="stance" value={k} checked={v.stance === k} /> {label}
                </label>
              ))}
            </fieldset>
            <fieldset class={errors.group ? 'field has-error' : 'field'} id="lyk-group">
              <legend>
                {LABELS.group}
                <span aria-hidden="true"> *</span>
              </legend>
              <Err id="lyk-group" error={errors.group} />
              {Object.entries(GROUPS).map(([k, label]) => (
                <label class="choice">
                  <input type="radio" name="group" value={k} checked={v.group === k} /> {label}
                </label>
              ))}
            </fieldset>
            <div class={errors.body ? 'field has-error' : 'field'}>
              <label for="lyk-body">{LABELS.body}</label>
              <p class="hint" id="lyk-body-goi-y">
                Bắt buộc khi chọn “Không tán thành” hoặc “Đồng ý một phần”. Tối đa{' '}
                {formatCount(COMMENT_MAX)} ký tự.
              </p>
              <Err id="lyk-body" error={errors.body} />
              <textarea
                id="lyk-body"
                name="body"
                rows={8}
                maxlength={COMMENT_MAX}
                {...aria('lyk-body', errors.body, true)}
              >
                {v.body}
              </textarea>
            </div>
            <fieldset class="field">
              <legend>Thông tin liên hệ (không bắt buộc)</legend>
              <p class="hint">
                Chỉ ghi nếu bạn muốn đơn vị liên hệ để làm rõ ý kiến. Ý kiến được ghi nhận mà không
                cần họ tên. Địa chỉ IP của bạn không được lưu cùng ý kiến.
              </p>
              <div class={errors.name ? 'field has-error' : 'field'}>
                <label for="lyk-name">{LABELS.name}</label>
                <Err id="lyk-name" error={errors.name} />
                <input
                  id="lyk-name"
                  name="name"
                  type="text"
                  maxlength={120}
                  autocomplete="name"
                  value={v.name}
                  {...aria('lyk-name', errors.name)}
                />
              </div>
              <div class={errors.contact ? 'field has-error' : 'field'}>
                <label for="lyk-contact">{LABELS.contact}</label>
                <Err id="lyk-contact" error={errors.contact} />
                <input
                  id="lyk-contact"
                  name="contact"
                  type="text"
                  maxlength={200}
                  value={v.contact}
                  {...aria('lyk-contact', errors.contact)}
                />
              </div>
              <Err id="lyk-consent" error={errors.consent} />
              <label class="choice" for="lyk-consent">
                <input
                  id="lyk-consent"
                  type="checkbox"
                  name="consent"
                  value="on"
                  checked={v.consent}
                  {...aria('lyk-consent', errors.consent)}
                />{' '}
                {CONSULTATION_CONSENT_TEXT}
              </label>
            </fieldset>
            <p>
              <button type="submit" class="button">
                Gửi ý kiến
              </button>
            </p>
          </form>
        </section>
      )}
    </Layout>
  );
}
