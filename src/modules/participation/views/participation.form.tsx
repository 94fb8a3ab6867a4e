import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import { formatDateTime } from '../../../lib/date.ts';
import { Notice } from '../../../views/form.tsx';
import {
  ATTACHMENT_MAX,
  CONSENT_TEXTS,
  KINDS,
  STATUSES,
  type ContactUnit,
  type Receipt,
} from '../participation.ts';
import { BODY_MAX } from '../participation.schema.ts';
import type { PowChallenge } from '../participation.challenge.ts';

/** What the reader typed, re-shown after a refusal (never the file). */
export interface FormValues {
  kind: string;
  name: string;
  email: string;
  phone: string;
  address: string;
  unitId: string;
  subject: string;
  body: string;
  consentReply: boolean;
  consentPublish: boolean;
}

export const EMPTY_FORM: FormValues = {
  kind: 'gop-y',
  name: '',
  email: '',
  phone: '',
  address: '',
  unitId: '',
  subject: '',
  body: '',
  consentReply: false,
  consentPublish: false,
};

const LABELS: Record<string, string> = {
  kind: 'Loại ý kiến',
  name: 'Họ và tên',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  address: 'Địa chỉ',
  unitId: 'Đơn vị nhận, lĩnh vực',
  subject: 'Tiêu đề',
  body: 'Nội dung',
  file: 'Tệp đính kèm',
  consentReply: 'Đồng ý xử lý và trả lời',
  kiemTra: 'Câu hỏi kiểm tra',
  _: 'Biểu mẫu',
};

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

function Text(props: {
  name: keyof FormValues;
  values: FormValues;
  errors: Record<string, string>;
  type?: string;
  autocomplete?: string;
  required?: boolean;
  max: number;
  hint?: string;
}) {
  const id = `gy-${props.name}`;
  const error = props.errors[props.name];
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>
        {LABELS[props.name]}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-goi-y`}>
          {props.hint}
        </p>
      )}
      <Err id={id} error={error} />
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={String(props.values[props.name])}
        maxlength={props.max}
        autocomplete={props.autocomplete}
        required={props.required}
        {...aria(id, error, Boolean(props.hint))}
      />
    </div>
  );
}

/** The notice beside the consent boxes: what, why, who, how long, the reader's rights. */
export function PrivacyNotice(props: { months: number; siteName: string }) {
  return (
    <section class="privacy-notice" aria-labelledby="gy-thong-bao">
      <h2 id="gy-thong-bao">Thông báo về xử lý dữ liệu cá nhân</h2>
      <ul>
        <li>
          <strong>Dữ liệu thu thập:</strong> họ tên, thư điện tử hoặc số điện thoại, địa chỉ (nếu
          bạn ghi), nội dung và tệp đính kèm bạn gửi. Địa chỉ IP của bạn không được lưu cùng ý kiến.
        </li>
        <li>
          <strong>Mục đích:</strong> xem xét, chuyển đơn vị có thẩm quyền và trả lời bạn; chỉ khi
          bạn đồng ý, câu hỏi và câu trả lời đã ẩn danh được công khai trong mục Hỏi đáp.
        </li>
        <li>
          <strong>Bên xử lý:</strong> {props.siteName} và đơn vị được giao trả lời; dữ liệu không
          chuyển cho bên thứ ba nào khác, không gửi ra nước ngoài.
        </li>
        <li>
          <strong>Thời hạn lưu giữ:</strong> dữ liệu cá nhân bị xóa {props.months} tháng sau khi ý
          kiến được xử lý xong, hoặc sau {props.months} tháng không còn được xử lý.
        </li>
        <li>
          <strong>Quyền của bạn:</strong> xem, sửa, rút lại sự đồng ý, yêu cầu xóa dữ liệu; gửi yêu
          cầu qua biểu mẫu này (ghi rõ mã tra cứu) hoặc liên hệ Ban Biên tập. Căn cứ: Luật Bảo vệ dữ
          liệu cá nhân năm 2025 và Nghị định 13/2023/NĐ-CP.
        </li>
      </ul>
    </section>
  );
}

/** The public Liên hệ – góp ý / Hỏi đáp form; works without JavaScript. */
export function ContactFormPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  token: string;
  units: ContactUnit[];
  values: FormValues;
  errors: Record<string, string>;
  months: number;
  message?: string;
  /** The proof of work the browser solves, and the sum asked when it cannot (participation.challenge.ts). */
  pow: PowChallenge;
  question: string;
}) {
  const { values: v, errors } = props;
  const list = Object.entries(errors);
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Liên hệ – góp ý' }]} />
      <h1 class="page-title">Gửi ý kiến, câu hỏi</h1>
      <p>
        Bạn đọc gửi góp ý hoặc câu hỏi tới Ban Biên tập và các đơn vị. Sau khi gửi, bạn nhận được{' '}
        <strong>mã tra cứu</strong> để <a href="/gop-y/tra-cuu">theo dõi tình trạng trả lời</a>. Xem
        các câu hỏi đã được trả lời tại <a href="/hoi-dap">Hỏi đáp</a>.
      </p>
      {props.message && <Notice kind="error">{props.message}</Notice>}
      {list.length > 0 && (
        <div class="form-errors" role="alert" aria-labelledby="gy-loi">
          <h2 id="gy-loi">Vui lòng kiểm tra lại:</h2>
          <ul>
            {list.map(([k, m]) => (
              <li>
                <a href={`#gy-${k === '_' ? 'name' : k}`}>
                  {LABELS[k] ?? k}: {m}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        method="post"
        action="/gop-y"
        enctype="multipart/form-data"
        class="contact-form"
        novalidate
        data-pow={JSON.stringify(props.pow)}
      >
        <input type="hidden" name="_csrf" value={props.token} />
        <div class="gy-hp" aria-hidden="true">
          <label for="gy-website">Trang web (để trống)</label>
          <input
            id="gy-website"
            name="website"
            type="text"
            tabindex={-1}
            autocomplete="off"
            value=""
          />
        </div>
        <fieldset class="field">
          <legend>{LABELS.kind}</legend>
          {Object.entries(KINDS).map(([k, label]) => (
            <label class="choice">
              <input type="radio" name="kind" value={k} checked={v.kind === k} /> {label}
            </label>
          ))}
        </fieldset>
        <Text name="name" values={v} errors={errors} required max={120} autocomplete="name" />
        <Text
          name="email"
          values={v}
          errors={errors}
          type="email"
          max={200}
          autocomplete="email"
          hint="Nhập thư điện tử hoặc số điện thoại (ít nhất một) để nhận trả lời."
        />
        <Text name="phone" values={v} errors={errors} type="tel" max={30} autocomplete="tel" />
        <Text
          name="address"
          values={v}
          errors={errors}
          max={300}
          autocomplete="street-address"
          hint="Không bắt buộc."
        />
        {props.units.length > 0 && (
          <div class={errors.unitId ? 'field has-error' : 'field'}>
            <label for="gy-unitId">{LABELS.unitId}</label>
            <Err id="gy-unitId" error={errors.unitId} />
            <select id="gy-unitId" name="unitId" {...aria('gy-unitId', errors.unitId)}>
              <option value="">Ban Biên tập (chưa xác định)</option>
              {props.units.map((u) => (
                <option value={String(u.id)} selected={v.unitId === String(u.id)}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <Text name="subject" values={v} errors={errors} required max={200} />
        <div class={errors.body ? 'field has-error' : 'field'}>
          <label for="gy-body">
            {LABELS.body}
            <span aria-hidden="true"> *</span>
          </label>
          <p class="hint" id="gy-body-goi-y">
            Tối đa {BODY_MAX.toLocaleString('vi-VN')} ký tự. Không gửi nội dung khiếu nại, tố cáo
            qua trang này.
          </p>
          <Err id="gy-body" error={errors.body} />
          <textarea
            id="gy-body"
            name="body"
            rows={8}
            maxlength={BODY_MAX}
            required
            {...aria('gy-body', errors.body, true)}
          >
            {v.body}
          </textarea>
        </div>
        <div class={errors.file ? 'field has-error' : 'field'}>
          <label for="gy-file">{LABELS.file}</label>
          <p class="hint" id="gy-file-goi-y">
            Không bắt buộc. PDF, Word, Excel, ảnh JPEG hoặc PNG; tối đa {ATTACHMENT_MAX / 1048576}{' '}
            MB.
            {v.subject || v.body ? ' Nếu đã chọn tệp, vui lòng chọn lại.' : ''}
          </p>
          <Err id="gy-file" error={errors.file} />
          <input
            id="gy-file"
            name="file"
            type="file"
            accept=".pdf,.docx,.xlsx,.odt,.ods,.jpg,.jpeg,.png"
            {...aria('gy-file', errors.file, true)}
          />
        </div>
        <PrivacyNotice months={props.months} siteName={props.chrome.settings.siteName} />
        <fieldset class="field consents">
          <legend>Sự đồng ý của bạn</legend>
          <Err id="gy-consentReply" error={errors.consentReply} />
          <label class="choice" for="gy-consentReply">
            <input
              id="gy-consentReply"
              type="checkbox"
              name="consentReply"
              value="on"
              checked={v.consentReply}
              {...aria('gy-consentReply', errors.consentReply)}
            />{' '}
            <strong>Xử lý và trả lời (bắt buộc để gửi):</strong> {CONSENT_TEXTS.reply}
          </label>
          <label class="choice" for="gy-consentPublish">
            <input
              id="gy-consentPublish"
              type="checkbox"
              name="consentPublish"
              value="on"
              checked={v.consentPublish}
            />{' '}
            <strong>Công khai câu hỏi đã ẩn danh (không bắt buộc):</strong> {CONSENT_TEXTS.publish}
          </label>
        </fieldset>
        <input type="hidden" name="altcha" value="" />
        <div class={errors.kiemTra ? 'field has-error' : 'field'} data-sum-field>
          <label for="gy-kiemTra">
            {LABELS.kiemTra}: {props.question}
            <span aria-hidden="true"> *</span>
          </label>
          <p class="hint" id="gy-kiemTra-goi-y">
            Trả lời bằng chữ số, để chống thư rác. Trình duyệt bật JavaScript tự xác minh và ẩn câu
            hỏi này.
          </p>
          <Err id="gy-kiemTra" error={errors.kiemTra} />
          <input
            id="gy-kiemTra"
            name="kiem-tra"
            type="text"
            inputmode="numeric"
            maxlength={3}
            autocomplete="off"
            value=""
            {...aria('gy-kiemTra', errors.kiemTra, true)}
          />
        </div>
        <p>
          <button type="submit" class="button">
            Gửi ý kiến
          </button>
        </p>
      </form>
    </Layout>
  );
}

/** After sending: the reference code, once. */
export function SentPage(props: { chrome: Chrome; meta: PageMeta; code?: string }) {
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Liên hệ – góp ý', href: '/gop-y' }, { label: 'Đã gửi' }]} />
      <h1 class="page-title">Đã nhận ý kiến của bạn</h1>
      {props.code ? (
        <>
          <Notice kind="ok">
            Mã tra cứu của bạn: <strong class="receipt-code">{props.code}</strong>
          </Notice>
          <p>
            Vui lòng ghi lại mã này. Bạn có thể <a href="/gop-y/tra-cuu">tra cứu tình trạng</a> bất
            cứ lúc nào bằng mã tra cứu.
          </p>
        </>
      ) : (
        <p>
          Ý kiến đã được gửi. Nếu bạn cần tra cứu, hãy dùng mã đã nhận tại{' '}
          <a href="/gop-y/tra-cuu">trang tra cứu</a>.
        </p>
      )}
      <p>
        <a href="/gop-y">Gửi ý kiến khác</a>
      </p>
    </Layout>
  );
}

/** Looking a message up by its code: state, unit, reply; never the sender's data. */
export function LookupPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  code: string;
  error?: string;
  receipt?: Receipt;
}) {
  const r = props.receipt;
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Liên hệ – góp ý', href: '/gop-y' }, { label: 'Tra cứu' }]} />
      <h1 class="page-title">Tra cứu ý kiến đã gửi</h1>
      <form method="post" action="/gop-y/tra-cuu" class="search-form">
        <div class={props.error ? 'field has-error' : 'field'}>
          <label for="gy-ma">Mã tra cứu</label>
          {props.error && (
            <p class="field-error" id="gy-ma-loi">
              {props.error}
            </p>
          )}
          <input
            id="gy-ma"
            name="ma"
            type="text"
            value={props.code}
            maxlength={40}
            autocomplete="off"
            aria-invalid={props.error ? 'true' : undefined}
            aria-describedby={props.error ? 'gy-ma-loi' : undefined}
          />
        </div>
        <button type="submit" class="button">
          Tra cứu
        </button>
      </form>
      {r && (
        <section class="receipt" aria-labelledby="gy-kq">
          <h2 id="gy-kq">
            {KINDS[r.kind]} {r.code}: {r.subject}
          </h2>
          <dl>
            <dt>Ngày gửi</dt>
            <dd>{formatDateTime(r.createdAt)}</dd>
            <dt>Tình trạng</dt>
            <dd class="receipt-status">{STATUSES[r.status]}</dd>
            {r.unitName && (
              <>
                <dt>Đơn vị xử lý</dt>
                <dd>{r.unitName}</dd>
              </>
            )}
          </dl>
          {r.repliedAt && (
            <>
              <h3>Trả lời ngày {formatDateTime(r.repliedAt)}</h3>
              <div class="reply-text">
                {r.reply.split('\n').map((line) => (
                  <p>{line}</p>
                ))}
              </div>
            </>
          )}
        </section>
      )}
    </Layout>
  );
}
