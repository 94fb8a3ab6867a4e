import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { SelectField } from '../../../views/admin-controls.tsx';
import { Pagination } from '../../../views/components.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import { DateField } from '../../../lib/date-field.tsx';
import { formatBytes } from '../../site/site.images.ts';
import { TYPE_CODES, parseDocumentNumber } from '../document-number.ts';
import { fold } from '../../../lib/text.ts';
import {
  AUTHORITIES,
  DOC_TRANSITION_LABELS,
  DOC_RULES,
  EFFECTS,
  RELATIONS,
  SCOPES,
  STATUS_LABELS,
  dayShort,
  documentPath,
  scopeLabel,
  type DocTransition,
  type DocumentFile,
  type DocumentRecord,
} from '../document.ts';
import type { DocumentLists, SignerChoice } from '../document.service.ts';
import type { DocumentValues } from '../document.schema.ts';

const BASE = '/quan-tri/van-ban';

/** The back office's list of documents. */
export function DocumentListPage(props: {
  chrome: AdminChrome;
  items: DocumentRecord[];
  total: number;
  page: number;
  pageSize: number;
  canCreate: boolean;
  canLists: boolean;
  notice?: string;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Văn bản">
      <h1>Văn bản</h1>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      <p>
        {props.canCreate && (
          <a class="button" href={`${BASE}/moi`}>
            Nhập văn bản
          </a>
        )}{' '}
        {props.canLists && <a href={`${BASE}/danh-muc`}>Danh mục loại, cơ quan, lĩnh vực</a>}
      </p>
      <p>{props.total} văn bản.</p>
      <div class="table-scroll">
        <table class="data">
          <caption class="sr-only">Danh sách văn bản</caption>
          <thead>
            <tr>
              <th scope="col">Số, ký hiệu</th>
              <th scope="col">Loại</th>
              <th scope="col">Trích yếu</th>
              <th scope="col">Ngày ban hành</th>
              <th scope="col">Phạm vi</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((d) => (
              <tr>
                <th scope="row">
                  <a href={`${BASE}/${d.id}`}>{d.number}</a>
                </th>
                <td>{d.typeName}</td>
                <td>{d.summary}</td>
                <td class="nowrap">{dayShort(d.issuedOn)}</td>
                <td>{scopeLabel(d.scope)}</td>
                <td>
                  <span class={`st st-${d.status}`}>{STATUS_LABELS[d.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={props.page}
        pageCount={Math.ceil(props.total / props.pageSize)}
        href={(n) => `${BASE}?trang=${n}`}
      />
    </AdminLayout>
  );
}

function TextArea(props: {
  name: string;
  label: string;
  value: string;
  rows: number;
  error?: string;
  required?: boolean;
  /**
   * Required in the record but filled by the server when left empty (trích yếu from the file's
   * text): marked required without the browser's own check, which would block that.
   */
  serverFills?: boolean;
  hint?: string;
}) {
  const id = `f-${props.name}`;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <textarea
        id={id}
        name={props.name}
        rows={props.rows}
        required={props.required && !props.serverFills}
        aria-required={props.required && props.serverFills ? 'true' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id}-err` : props.hint ? `${id}-hint` : undefined}
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

/** A select whose options carry the number codes they answer (public/van-ban.js pre-fills by them). */
function CodedSelect(props: {
  name: string;
  label: string;
  value: string;
  empty: string;
  error?: string;
  options: { value: string; label: string; codes: string }[];
}) {
  const id = `f-${props.name}`;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id}-err` : undefined}
      >
        <option value="">{props.empty}</option>
        {props.options.map((o) => (
          <option
            value={o.value}
            selected={o.value === props.value}
            data-codes={o.codes || undefined}
          >
            {o.label}
          </option>
        ))}
      </select>
      {props.error && (
        <p class="error" id={`${id}-err`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** Enter or edit a document; files, workflow and history below when it exists. */
export function DocumentFormPage(props: {
  chrome: AdminChrome;
  csrf: string;
  document?: DocumentRecord;
  values: DocumentValues;
  errors: Record<string, string>;
  lists: DocumentLists;
  files: DocumentFile[];
  choices: { id: number; number: string; summary: string }[];
  /** People of the directory (Cơ cấu tổ chức) who may be chosen as the signer. */
  signers: SignerChoice[];
  /** The title the chosen signer held on the day of issue, per the directory (saved records). */
  heldTitle?: string;
  transitions: DocTransition[];
  canEdit: boolean;
  notice?: string;
  /** Hashed URL of public/van-ban.js. */
  script?: string;
}) {
  const { values: v, errors: e, lists: l, document: d } = props;
  const parsed = v.number ? parseDocumentNumber(v.number) : undefined;
  const action = d ? `${BASE}/${d.id}` : `${BASE}/moi`;
  const title = d ? `Văn bản ${d.number}` : 'Nhập văn bản';
  const errorList = Object.values(e);
  return (
    <AdminLayout chrome={props.chrome} title={title} scripts={props.script ? [props.script] : []}>
      <p>
        <a href={BASE}>← Danh sách văn bản</a>
      </p>
      <h1>{title}</h1>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {errorList.length > 0 && (
        <Notice kind="error">
          <p>Chưa lưu được, vui lòng xem lại:</p>
          <ul>
            {errorList.map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </Notice>
      )}
      {d && (
        <p>
          Trạng thái: <strong>{STATUS_LABELS[d.status]}</strong>
          {d.status === 'published' && (
            <>
              {' '}
              — <a href={documentPath(d)}>xem trên trang công khai</a>
            </>
          )}
        </p>
      )}
      {props.canEdit ? (
        <form method="post" action={action} enctype="multipart/form-data" class="doc-form">
          <CsrfField token={props.csrf} />
          <Field
            name="number"
            label="Số, ký hiệu"
            value={v.number}
            required
            maxlength={80}
            error={e.number}
            hint="Gõ đúng như trên văn bản, ví dụ 09-QC/TW, 399-QĐ/TW, 01/2026/QĐ-UBND."
          />
          {parsed && parsed.form === 'unknown' && (
            <Notice kind="info">
              Số, ký hiệu “{parsed.typed}” không đúng mẫu của Đảng hay Nhà nước. Hệ thống giữ nguyên
              như đã gõ; hãy ghi lý do (được lưu vào nhật ký).
            </Notice>
          )}
          <Field
            name="numberReason"
            label="Lý do giữ số, ký hiệu không đúng mẫu (nếu có)"
            value={v.numberReason}
            maxlength={500}
            error={e.numberReason}
          />
          <p>
            <button type="submit" name="_prefill" value="1" class="button button-secondary">
              Điền loại và cơ quan theo số, ký hiệu
            </button>
          </p>
          <CodedSelect
            name="typeId"
            label="Loại văn bản"
            value={v.typeId}
            empty="— Chọn loại —"
            error={e.typeId}
            options={l.types.map((t) => ({
              value: String(t.id),
              label: t.name,
              codes: Object.entries(TYPE_CODES)
                .filter(([, name]) => name === t.name)
                .flatMap(([code]) => [code, fold(code)])
                .join(' '),
            }))}
          />
          <CodedSelect
            name="issuerId"
            label="Cơ quan ban hành"
            value={v.issuerId}
            empty="— Chọn cơ quan —"
            error={e.issuerId}
            options={l.issuers.map((t) => ({
              value: String(t.id),
              label: t.name,
              codes: t.code ? fold(t.code) : '',
            }))}
          />
          <TextArea
            name="summary"
            label="Trích yếu nội dung"
            value={v.summary}
            rows={3}
            required
            serverFills
            error={e.summary}
            hint="Để trống khi có tệp PDF, DOCX hoặc ODT: hệ thống điền từ nội dung tệp để bạn sửa lại."
          />
          <DateField
            name="issuedOn"
            label="Ngày ban hành"
            value={v.issuedOn}
            required
            error={e.issuedOn}
          />
          <DateField
            name="effectiveOn"
            label="Ngày có hiệu lực"
            value={v.effectiveOn}
            error={e.effectiveOn}
          />
          <DateField
            name="expiresOn"
            label="Ngày hết hiệu lực"
            value={v.expiresOn}
            error={e.expiresOn}
          />
          <SelectField
            name="effect"
            label="Tình trạng hiệu lực"
            value={v.effect}
            options={EFFECTS.map((x) => ({ value: x.id, label: x.label }))}
            error={e.effect}
          />
          <fieldset>
            <legend>Người ký</legend>
            <SelectField
              name="signerPersonId"
              label="Người ký trong Cơ cấu tổ chức"
              value={v.signerPersonId}
              empty="— Không chọn: nhập họ tên, chức vụ bên dưới —"
              options={props.signers.map((p) => ({ value: String(p.id), label: p.name }))}
              error={e.signerPersonId}
              hint="Chọn người ký có trong Cơ cấu tổ chức: trang công khai ghi chức vụ người đó giữ vào ngày ban hành. Văn bản cũ hoặc nhập từ nơi khác: để trống và nhập họ tên, chức vụ."
            />
            {d?.signerPersonId && props.heldTitle !== undefined && (
              <p class="hint">
                Chức vụ vào ngày ban hành theo Cơ cấu tổ chức:{' '}
                <strong>{props.heldTitle || 'chưa có chức vụ nào vào ngày này'}</strong>
              </p>
            )}
            <SelectField
              name="signerAuthority"
              label="Thẩm quyền ký"
              value={v.signerAuthority}
              options={AUTHORITIES.map((x) => ({ value: x.id, label: x.label }))}
              error={e.signerAuthority}
            />
            <Field
              name="signerTitle"
              label="Chức vụ khi ký"
              value={v.signerTitle}
              maxlength={200}
              error={e.signerTitle}
              hint="Với người ký chọn trong Cơ cấu tổ chức, chức vụ này chỉ dùng khi danh bạ không có chức vụ nào vào ngày ban hành."
            />
            <Field
              name="signerName"
              label="Họ và tên người ký"
              value={v.signerName}
              maxlength={120}
              error={e.signerName}
              hint="Với người ký chọn trong Cơ cấu tổ chức, họ tên lấy theo danh bạ."
            />
          </fieldset>
          <fieldset class={e.fieldIds ? 'has-error' : undefined}>
            <legend>Lĩnh vực</legend>
            {e.fieldIds && <p class="error">{e.fieldIds}</p>}
            {l.fields.map((f) => (
              <label class="check" style={undefined}>
                <input
                  type="checkbox"
                  name="fieldIds"
                  value={String(f.id)}
                  checked={v.fieldIds.includes(String(f.id))}
                />{' '}
                {'— '.repeat(f.depth)}
                {f.name}
              </label>
            ))}
          </fieldset>
          <SelectField
            name="scope"
            label="Phạm vi"
            value={v.scope}
            options={SCOPES.map((x) => ({ value: x.id, label: x.label }))}
            error={e.scope}
            hint="Chỉ văn bản “Công khai” mới được đăng lên trang. Văn bản Mật, Tối mật, Tuyệt mật, Lưu hành nội bộ không được đăng."
          />
          <Field name="source" label="Nguồn" value={v.source} maxlength={300} error={e.source} />
          <TextArea
            name="body"
            label="Nội dung (không bắt buộc, HTML; các tiêu đề mục tạo mục lục)"
            value={v.body}
            rows={8}
            error={e.body}
          />
          <fieldset class={e.relations ? 'has-error' : undefined}>
            <legend>Văn bản liên quan</legend>
            {e.relations && <p class="error">{e.relations}</p>}
            {[0, 1, 2, 3].map((i) => {
              const [kind = '', id = ''] = (v.relations[i] ?? '').split(':');
              return (
                <div class="field relation-row">
                  <label for={`f-rel-${i}`}>Quan hệ {i + 1}</label>
                  <select id={`f-rel-${i}`} name="relations">
                    <option value="">— Không —</option>
                    {RELATIONS.flatMap((r) =>
                      props.choices.map((o) => (
                        <option
                          value={`${r.id}:${o.id}`}
                          selected={kind === r.id && id === String(o.id)}
                        >
                          {r.forward}: {o.number} — {o.summary.slice(0, 60)}
                        </option>
                      )),
                    )}
                  </select>
                </div>
              );
            })}
          </fieldset>
          <div class={e.file ? 'field has-error' : 'field'}>
            <label for="f-file">Tệp văn bản (PDF, DOC, DOCX, ODT; tối đa 30 MB mỗi tệp)</label>
            <input
              id="f-file"
              type="file"
              name="file"
              multiple
              accept=".pdf,.doc,.docx,.odt,application/pdf"
              aria-describedby={e.file ? 'f-file-err' : undefined}
            />
            {e.file && (
              <p class="error" id="f-file-err">
                {e.file}
              </p>
            )}
          </div>
          {props.files.length > 0 && (
            <fieldset>
              <legend>Tệp đã có</legend>
              <ul>
                {props.files.map((f) => (
                  <li>
                    <a href={`${BASE}/${d!.id}/tep/${f.n}`}>{f.name}</a> ({formatBytes(f.bytes)}
                    {f.pages ? `, ${f.pages} trang` : ''}; SHA-256 <code>{f.sha256}</code>){' '}
                    <label>
                      <input type="checkbox" name="removeFiles" value={String(f.n)} /> Bỏ tệp này
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          <p>
            <button type="submit" class="button">
              {d ? (d.status === 'published' ? 'Lưu đính chính' : 'Lưu') : 'Lưu bản nháp'}
            </button>
          </p>
        </form>
      ) : (
        <Notice kind="info">Văn bản ở trạng thái này không sửa được.</Notice>
      )}
      {d && props.transitions.length > 0 && (
        <section class="panel" aria-labelledby="h-workflow">
          <h2 id="h-workflow">Quy trình</h2>
          {props.transitions.map((t) => (
            <form method="post" action={`${BASE}/${d.id}/chuyen`} class="inline-form">
              <CsrfField token={props.csrf} />
              <input type="hidden" name="t" value={t} />
              {DOC_RULES[t].note && (
                <div class="field">
                  <label for={`f-note-${t}`}>
                    Lý do ({DOC_TRANSITION_LABELS[t].toLowerCase()})
                  </label>
                  <input id={`f-note-${t}`} name="note" maxlength={1000} required />
                </div>
              )}
              <button type="submit" class="button">
                {DOC_TRANSITION_LABELS[t]}
              </button>
            </form>
          ))}
        </section>
      )}
    </AdminLayout>
  );
}

/** The lists: types, issuers (with the place of the formal line), fields. */
/** Rename, move and delete buttons of one list item (one form, the button says which). */
function ItemForm(props: {
  csrf: string;
  path: string;
  id: number;
  name: string;
  label: string;
  depth?: number;
  issuer?: { code: string; place: string };
}) {
  const f = `f-${props.path}-${props.id}`;
  return (
    <form method="post" action={`${BASE}/danh-muc/${props.path}/${props.id}`} class="inline-form">
      <CsrfField token={props.csrf} />
      <div class="field">
        <label for={`${f}-n`}>
          {'— '.repeat(props.depth ?? 0)}
          {props.label}
        </label>
        <input id={`${f}-n`} name="name" value={props.name} maxlength={props.issuer ? 200 : 120} />
      </div>
      {props.issuer && (
        <>
          <div class="field">
            <label for={`${f}-c`}>Mã trong số, ký hiệu</label>
            <input id={`${f}-c`} name="code" value={props.issuer.code} maxlength={40} />
          </div>
          <div class="field">
            <label for={`${f}-p`}>Địa danh ghi trên văn bản</label>
            <input id={`${f}-p`} name="place" value={props.issuer.place} maxlength={80} />
          </div>
        </>
      )}
      <button type="submit" name="do" value="save" class="button button-secondary">
        Lưu
      </button>
      <button
        type="submit"
        name="do"
        value="up"
        class="button button-secondary"
        aria-label={`Chuyển “${props.name}” lên`}
      >
        Lên
      </button>
      <button
        type="submit"
        name="do"
        value="down"
        class="button button-secondary"
        aria-label={`Chuyển “${props.name}” xuống`}
      >
        Xuống
      </button>
      <button
        type="submit"
        name="do"
        value="delete"
        class="button button-danger"
        aria-label={`Xóa “${props.name}”`}
      >
        Xóa
      </button>
    </form>
  );
}

export function DocumentListsPage(props: {
  chrome: AdminChrome;
  csrf: string;
  lists: DocumentLists;
  errors: Record<string, string>;
  notice?: string;
}) {
  const { lists: l, errors: e } = props;
  return (
    <AdminLayout chrome={props.chrome} title="Danh mục văn bản">
      <p>
        <a href={BASE}>← Danh sách văn bản</a>
      </p>
      <h1>Danh mục văn bản</h1>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {Object.keys(e).length > 0 && (
        <Notice kind="error">
          <ul>
            {Object.values(e).map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </Notice>
      )}
      <section class="panel" aria-labelledby="h-types">
        <h2 id="h-types">Loại văn bản</h2>
        {l.types.map((t) => (
          <ItemForm csrf={props.csrf} path="loai" id={t.id} name={t.name} label="Tên loại" />
        ))}
        <form method="post" action={`${BASE}/danh-muc/loai`}>
          <CsrfField token={props.csrf} />
          <Field name="name" label="Thêm loại" maxlength={120} />
          <button type="submit" class="button">
            Thêm
          </button>
        </form>
      </section>
      <section class="panel" aria-labelledby="h-issuers">
        <h2 id="h-issuers">Cơ quan ban hành</h2>
        {l.issuers.map((i) => (
          <ItemForm
            csrf={props.csrf}
            path="co-quan"
            id={i.id}
            name={i.name}
            label="Tên cơ quan"
            issuer={{ code: i.code, place: i.place }}
          />
        ))}
        <form method="post" action={`${BASE}/danh-muc/co-quan`}>
          <CsrfField token={props.csrf} />
          <Field name="name" label="Thêm cơ quan" maxlength={200} />
          <Field name="code" label="Mã trong số, ký hiệu (ví dụ TU)" maxlength={40} />
          <Field
            name="place"
            label="Địa danh ghi trên văn bản (ví dụ Điện Biên Phủ)"
            maxlength={80}
          />
          <button type="submit" class="button">
            Thêm
          </button>
        </form>
      </section>
      <section class="panel" aria-labelledby="h-fields">
        <h2 id="h-fields">Lĩnh vực</h2>
        {l.fields.map((f) => (
          <ItemForm
            csrf={props.csrf}
            path="linh-vuc"
            id={f.id}
            name={f.name}
            label="Tên lĩnh vực"
            depth={f.depth}
          />
        ))}
        <form method="post" action={`${BASE}/danh-muc/linh-vuc`}>
          <CsrfField token={props.csrf} />
          <Field name="name" label="Thêm lĩnh vực" maxlength={120} />
          <SelectField
            name="parentId"
            label="Thuộc lĩnh vực"
            value=""
            empty="— Cấp cao nhất —"
            options={l.fields.map((f) => ({ value: String(f.id), label: f.name }))}
          />
          <button type="submit" class="button">
            Thêm
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}
