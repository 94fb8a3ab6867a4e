import type { Child } from 'hono/jsx';
import { formatDate } from '../../../lib/date.ts';
import { formatCount } from '../../../lib/number.ts';
import { Pagination } from '../../../views/components.tsx';
import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import type { Segment } from '../search.ts';
import { FIELDS, KINDS, type SearchForm, type SearchKind } from '../search.schema.ts';
import { SEARCH_PAGE_SIZE, type SearchOutcome } from '../search.service.ts';

/** Text with the matched words in <mark>; everything escaped by JSX. */
function Marked(props: { segments: Segment[] }) {
  return <>{props.segments.map((s) => (s.hit ? <mark>{s.text}</mark> : s.text))}</>;
}

/** A section choice of the filter, indented under its parent. */
export interface SectionOption {
  slug: string;
  name: string;
  depth: number;
}

/** The ids an input is described by: its hint and its error, when there are any. */
const describedBy = (id: string, hint: boolean, error: string | undefined): string | undefined =>
  [hint && `${id}-goi-y`, error && `${id}-loi`].filter(Boolean).join(' ') || undefined;

/** A labelled form field with an optional hint and error message above the control. */
function Field(props: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: unknown;
}) {
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <span id={`${props.id}-goi-y`} class="hint">
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={`${props.id}-loi`} class="field-error">
          {props.error}
        </span>
      )}
      {props.children}
    </div>
  );
}

const FIELD_IDS: Record<string, string> = {
  [FIELDS.q]: 'tk-q',
  [FIELDS.section]: 'tk-chuyen-muc',
  [FIELDS.from]: 'tk-tu-ngay',
  [FIELDS.to]: 'tk-den-ngay',
  [FIELDS.kind]: 'tk-loai',
  [FIELDS.page]: 'tk-q',
};

function SearchFormView(props: {
  form: SearchForm;
  sections: SectionOption[];
  errors: Record<string, string>;
  /** Whether documents are searched too (then the kind can be chosen). */
  kinds: boolean;
}) {
  const { form, errors } = props;
  const dateHint = 'Ngày/tháng/năm, ví dụ 09/03/2023';
  return (
    <form
      class="search-form"
      action="/tim-kiem"
      method="get"
      role="search"
      aria-label="Tìm kiếm bài viết"
      novalidate
    >
      <Field
        id="tk-q"
        label="Từ khóa"
        error={errors[FIELDS.q]}
        hint="Có dấu hay không dấu đều được. Cụm từ chính xác: đặt trong ngoặc kép; tìm theo phần đầu của từ: thêm dấu *."
      >
        <input
          id="tk-q"
          type="search"
          name={FIELDS.q}
          value={form[FIELDS.q]}
          maxlength={200}
          aria-describedby={describedBy('tk-q', true, errors[FIELDS.q])}
          aria-invalid={errors[FIELDS.q] ? 'true' : undefined}
        />
      </Field>
      <div class="search-filters">
        <Field id="tk-chuyen-muc" label="Chuyên mục" error={errors[FIELDS.section]}>
          <select
            id="tk-chuyen-muc"
            name={FIELDS.section}
            aria-describedby={describedBy('tk-chuyen-muc', false, errors[FIELDS.section])}
            aria-invalid={errors[FIELDS.section] ? 'true' : undefined}
          >
            <option value="">Tất cả chuyên mục</option>
            {props.sections.map((s) => (
              <option value={s.slug} selected={s.slug === form[FIELDS.section]}>
                {`${'\u00A0\u00A0\u00A0'.repeat(s.depth)}${s.name}`}
              </option>
            ))}
          </select>
        </Field>
        {props.kinds && (
          <Field id="tk-loai" label="Loại kết quả" error={errors[FIELDS.kind]}>
            <select
              id="tk-loai"
              name={FIELDS.kind}
              aria-describedby={describedBy('tk-loai', false, errors[FIELDS.kind])}
              aria-invalid={errors[FIELDS.kind] ? 'true' : undefined}
            >
              <option value="">Bài viết và văn bản</option>
              {(Object.entries(KINDS) as [SearchKind, string][]).map(([k, label]) => (
                <option value={k} selected={k === form[FIELDS.kind]}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field id="tk-tu-ngay" label="Từ ngày" error={errors[FIELDS.from]} hint={dateHint}>
          <input
            id="tk-tu-ngay"
            type="text"
            name={FIELDS.from}
            value={form[FIELDS.from]}
            inputmode="numeric"
            placeholder="dd/mm/yyyy"
            autocomplete="off"
            size={12}
            aria-describedby={describedBy('tk-tu-ngay', true, errors[FIELDS.from])}
            aria-invalid={errors[FIELDS.from] ? 'true' : undefined}
          />
        </Field>
        <Field id="tk-den-ngay" label="Đến ngày" error={errors[FIELDS.to]} hint={dateHint}>
          <input
            id="tk-den-ngay"
            type="text"
            name={FIELDS.to}
            value={form[FIELDS.to]}
            inputmode="numeric"
            placeholder="dd/mm/yyyy"
            autocomplete="off"
            size={12}
            aria-describedby={describedBy('tk-den-ngay', true, errors[FIELDS.to])}
            aria-invalid={errors[FIELDS.to] ? 'true' : undefined}
          />
        </Field>
      </div>
      <button type="submit" class="button">
        Tìm kiếm
      </button>
    </form>
  );
}

function Tips() {
  return (
    <ul class="search-tips">
      <li>Gõ có dấu hay không dấu đều được: “dien bien” tìm thấy cả “Điện Biên”.</li>
      <li>Dùng ít từ hơn, hoặc từ khóa khác, chung hơn.</li>
      <li>Tìm đúng một cụm từ: đặt trong ngoặc kép, ví dụ "đào tạo cán bộ".</li>
      <li>Tìm theo phần đầu của từ: thêm dấu *, ví dụ chuyen d*.</li>
    </ul>
  );
}

/** "Có phải bạn muốn tìm": links to the closest searches, when there are any. */
function Suggestions(props: { suggestions: string[]; href: (q: string) => string }) {
  if (!props.suggestions.length) return null;
  return (
    <p class="search-suggestions">
      Có phải bạn muốn tìm:{' '}
      {props.suggestions.map((s, i) => (
        <>
          {i > 0 && ', '}
          <a href={props.href(s)}>{s}</a>
        </>
      ))}
      ?
    </p>
  );
}

/** Links narrowing the same search to one kind of result, the current one marked. */
function KindNav(props: {
  current: SearchKind | undefined;
  href: (kind: SearchKind | undefined) => string;
}) {
  const choices: [SearchKind | undefined, string][] = [
    [undefined, 'Tất cả'],
    ...(Object.entries(KINDS) as [SearchKind, string][]),
  ];
  return (
    <nav class="search-kinds" aria-label="Loại kết quả">
      <ul>
        {choices.map(([k, label]) => (
          <li>
            <a href={props.href(k)} aria-current={k === props.current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The search page: form with filters, ranked results with highlights, or a helpful empty state. */
export function SearchPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  form: SearchForm;
  sections: SectionOption[];
  errors: Record<string, string>;
  outcome: SearchOutcome | undefined;
  /** The address of another page of the same search. */
  pageHref: (page: number) => string;
  /** The address of the same query without filters. */
  unfilteredHref: string;
  /** The address of another query with the same filters. */
  queryHref: (q: string) => string;
  filtered: boolean;
  /** Other registries' matches shown above the articles (Văn bản, grouped by type). */
  extra?: Child;
  /** The kind the search is narrowed to (loai), if any. */
  kind?: SearchKind;
  /** Whether documents are searched too (the kind filter is offered). */
  kinds?: boolean;
  /** The address of the same search narrowed to another kind (undefined: both). */
  kindHref?: (kind: SearchKind | undefined) => string;
  /** How many documents are shown (for the documents-only empty state). */
  documentCount?: number;
}) {
  const { outcome, form } = props;
  const errorList = Object.entries(props.errors);
  const q = form[FIELDS.q].trim();
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Tìm kiếm' }]} />
      <h1 class="page-title">Tìm kiếm</h1>
      {errorList.length > 0 && (
        <div class="form-errors" role="alert" aria-labelledby="tk-loi">
          <h2 id="tk-loi">Vui lòng kiểm tra lại:</h2>
          <ul>
            {errorList.map(([field, message]) => (
              <li>
                <a href={`#${FIELD_IDS[field] ?? 'tk-q'}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <SearchFormView
        form={form}
        sections={props.sections}
        errors={props.errors}
        kinds={props.kinds ?? false}
      />
      {props.kinds && props.kindHref && q && errorList.length === 0 && (
        <KindNav current={props.kind} href={props.kindHref} />
      )}
      {props.kind === 'van-ban' && q && errorList.length === 0 && !props.documentCount && (
        <section class="search-empty" aria-labelledby="tk-trong">
          <h2 id="tk-trong">Không tìm thấy văn bản nào phù hợp với “{q}”.</h2>
          {props.kindHref && (
            <p>
              <a href={props.kindHref(undefined)}>Tìm “{q}” trong cả bài viết và văn bản</a>
            </p>
          )}
        </section>
      )}
      {errorList.length === 0 && !outcome?.terms.length && !(props.kind === 'van-ban' && q) && (
        <div class="search-help">
          <p>
            {q
              ? `Từ khóa “${q}” không có chữ hoặc số nào để tìm.`
              : 'Nhập từ khóa để tìm trong tiêu đề, sapo, nội dung, chú thích ảnh và từ khóa của các bài viết.'}
          </p>
          <Tips />
        </div>
      )}
      {props.extra}
      {outcome && outcome.terms.length > 0 && outcome.total > 0 && (
        <section aria-labelledby="tk-ket-qua">
          {outcome.correctedTo && (
            <p class="search-corrected" role="status">
              Không tìm thấy bài viết nào cho “{q}”. Đang hiển thị kết quả cho “
              <strong>{outcome.correctedTo}</strong>”.
            </p>
          )}
          <h2 id="tk-ket-qua" class="search-summary">
            Tìm thấy {outcome.more ? 'hơn ' : ''}
            {formatCount(outcome.total)} bài viết cho “{outcome.correctedTo ?? q}”
            {outcome.section ? ` trong chuyên mục ${outcome.section.name}` : ''}
            {outcome.pageCount > 1 && ` – trang ${outcome.page}/${formatCount(outcome.pageCount)}`}
          </h2>
          {outcome.results.length === 0 ? (
            <p class="empty">
              Trang {outcome.page} không có kết quả.{' '}
              <a href={props.pageHref(1)}>Về trang đầu của kết quả</a>.
            </p>
          ) : (
            <ol class="search-results" start={(outcome.page - 1) * SEARCH_PAGE_SIZE + 1}>
              {outcome.results.map((r) => (
                <li class="search-result">
                  <h3 class="search-result-title">
                    <a href={r.path}>
                      <Marked segments={r.title} />
                    </a>
                  </h3>
                  <p class="search-result-meta">
                    <a href={`/${r.section.slug}`}>{r.section.name}</a> ·{' '}
                    <time datetime={r.publishedAt.toISOString()}>{formatDate(r.publishedAt)}</time>
                  </p>
                  {r.snippet.length > 0 && (
                    <p class="search-result-snippet">
                      <Marked segments={r.snippet} />
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
          <Pagination page={outcome.page} pageCount={outcome.pageCount} href={props.pageHref} />
          <Suggestions suggestions={outcome.suggestions} href={props.queryHref} />
        </section>
      )}
      {outcome && outcome.terms.length > 0 && outcome.total === 0 && (
        <section class="search-empty" aria-labelledby="tk-trong">
          <h2 id="tk-trong">
            Không tìm thấy bài viết nào phù hợp với “{q}”
            {outcome.section ? ` trong chuyên mục ${outcome.section.name}` : ''}.
          </h2>
          <Suggestions suggestions={outcome.suggestions} href={props.queryHref} />
          <p>Bạn có thể thử:</p>
          <Tips />
          {props.filtered && (
            <p>
              <a href={props.unfilteredHref}>Tìm “{q}” trong tất cả chuyên mục, mọi thời gian</a>
            </p>
          )}
          <p>
            Hoặc xem <a href="/">tin mới nhất trên Trang chủ</a> và{' '}
            <a href="/so-do-trang">Sơ đồ trang</a>.
          </p>
        </section>
      )}
    </Layout>
  );
}
