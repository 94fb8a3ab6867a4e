import type { Change } from 'diff';
import { formatDateTime } from '../../../lib/date.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { Pagination } from '../../../views/components.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import { STATUS_LABELS, type ArticleStatus } from '../../article/article.ts';
import type { Section } from '../../site/site.ts';
import { REVISION_REASONS, type QueueItem, type Revision } from '../newsroom.ts';
import { DateField } from '../../../lib/date-field.tsx';
import { dayText } from '../../../lib/date-input.ts';

/** Filter values as typed. */
export interface QueueValues {
  status: string;
  section: string;
  author: string;
  from: string;
  to: string;
  q: string;
}

/** The newsroom queue: what waits, filtered by state, section, author, date and title. */
export function QueuePage(props: {
  chrome: AdminChrome;
  items: QueueItem[];
  total: number;
  page: number;
  pageCount: number;
  values: QueueValues;
  sections: Section[];
  authors: { id: number; name: string }[];
  query: string;
  canWrite: boolean;
  error?: string;
}) {
  const v = props.values;
  const sectionName = new Map(props.sections.map((s) => [s.id, s.name]));
  return (
    <AdminLayout chrome={props.chrome} title="Bài viết">
      {props.canWrite && (
        <p>
          <a class="button" href="/quan-tri/bai-viet/moi">
            Viết bài mới
          </a>
        </p>
      )}
      {props.error && <Notice kind="error">{props.error}</Notice>}
      <form method="get" action="/quan-tri/bai-viet" class="filters">
        <div class="field">
          <label for="q-status">Trạng thái</label>
          <select id="q-status" name="trang-thai">
            <option value="">Tất cả</option>
            {(Object.keys(STATUS_LABELS) as ArticleStatus[]).map((s) => (
              <option value={s} selected={v.status === s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="q-section">Chuyên mục</label>
          <select id="q-section" name="chuyen-muc">
            <option value="">Tất cả</option>
            {props.sections
              .filter((s) => s.kind === 'articles')
              .map((s) => (
                <option value={String(s.id)} selected={v.section === String(s.id)}>
                  {s.name}
                </option>
              ))}
          </select>
        </div>
        <div class="field">
          <label for="q-author">Người viết</label>
          <select id="q-author" name="tac-gia">
            <option value="">Tất cả</option>
            {props.authors.map((a) => (
              <option value={String(a.id)} selected={v.author === String(a.id)}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <DateField id="q-from" name="tu" label="Cập nhật từ" value={dayText(v.from)} compact />
        <DateField id="q-to" name="den" label="đến" value={dayText(v.to)} compact />
        <div class="field">
          <label for="q-q">Tiêu đề có chứa</label>
          <input id="q-q" name="q" value={v.q} maxlength={100} />
        </div>
        <div class="field">
          <button type="submit" class="button">
            Lọc
          </button>
        </div>
      </form>
      <p>{props.total} bài.</p>
      <div class="table-scroll">
        <table class="data">
          <caption class="sr-only">Danh sách bài viết</caption>
          <thead>
            <tr>
              <th scope="col">Tiêu đề</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Chuyên mục</th>
              <th scope="col">Người viết</th>
              <th scope="col">Cập nhật</th>
              <th scope="col">Lượt đọc</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((i) => (
              <tr>
                <th scope="row">
                  <a href={`/quan-tri/bai-viet/${i.id}`}>{i.title}</a>
                </th>
                <td>
                  <span class={`st st-${i.status}`}>{STATUS_LABELS[i.status]}</span>
                  {i.scheduledAt && i.status === 'scheduled' && (
                    <> ({formatDateTime(i.scheduledAt)})</>
                  )}
                </td>
                <td>{sectionName.get(i.sectionId) ?? ''}</td>
                <td>{i.authorName}</td>
                <td class="nowrap">{formatDateTime(i.updatedAt)}</td>
                <td class="num">{i.readCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={props.page}
        pageCount={props.pageCount}
        href={(n) => `/quan-tri/bai-viet?${props.query}${props.query ? '&' : ''}trang=${n}`}
      />
    </AdminLayout>
  );
}

/** Start a new article: section and title. */
export function NewArticlePage(props: {
  chrome: AdminChrome;
  csrf: string;
  sections: Section[];
  values: { title: string; sectionId: number };
  errors: Record<string, string>;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Viết bài mới">
      {Object.keys(props.errors).length > 0 && (
        <Notice kind="error">{Object.values(props.errors).join(' ')}</Notice>
      )}
      <form method="post" action="/quan-tri/bai-viet/moi" class="stack narrow">
        <CsrfField token={props.csrf} />
        <div class="field">
          <label for="n-section">Chuyên mục</label>
          <select id="n-section" name="sectionId">
            {props.sections.map((s) => (
              <option value={String(s.id)} selected={s.id === props.values.sectionId}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <Field
          name="title"
          label="Tiêu đề"
          value={props.values.title}
          error={props.errors.title}
          required
          maxlength={300}
          autofocus
        />
        <p>
          <button type="submit" class="button">
            Tạo bài nháp
          </button>
        </p>
      </form>
    </AdminLayout>
  );
}

function DiffText(props: { parts: Change[] }) {
  return (
    <p class="diff">
      {props.parts.map((p) =>
        p.added ? <ins>{p.value}</ins> : p.removed ? <del>{p.value}</del> : <span>{p.value}</span>,
      )}
    </p>
  );
}

/** Revisions with a readable word diff between any two, and restore. */
export function RevisionsPage(props: {
  chrome: AdminChrome;
  csrf: string;
  articleId: number;
  title: string;
  revisions: Revision[];
  diff?: { label: string; parts: Change[]; changed: boolean }[];
  from?: number;
  to?: number | 'current';
  canRestore: boolean;
  notice?: string;
}) {
  return (
    <AdminLayout chrome={props.chrome} title={`Lịch sử phiên bản: ${props.title}`}>
      <p>
        <a href={`/quan-tri/bai-viet/${props.articleId}`}>← Về bài viết</a>
      </p>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      <form method="get" action={`/quan-tri/bai-viet/${props.articleId}/phien-ban`} class="filters">
        <div class="field">
          <label for="d-from">So sánh phiên bản</label>
          <select id="d-from" name="tu">
            {props.revisions.map((r) => (
              <option value={String(r.number)} selected={props.from === r.number}>
                {r.number}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="d-to">với</label>
          <select id="d-to" name="den">
            <option value="current" selected={props.to === 'current'}>
              Hiện tại
            </option>
            {props.revisions.map((r) => (
              <option value={String(r.number)} selected={props.to === r.number}>
                {r.number}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <button type="submit" class="button">
            So sánh
          </button>
        </div>
      </form>
      {props.diff && (
        <section class="panel" aria-labelledby="h-diff">
          <h2 id="h-diff">
            Khác biệt giữa phiên bản {props.from} và{' '}
            {props.to === 'current' ? 'hiện tại' : `phiên bản ${props.to ?? ''}`}
          </h2>
          <p class="hint">Chữ bị xóa được gạch ngang, chữ thêm vào được gạch chân và tô nền.</p>
          {props.diff.map((f) => (
            <div class="diff-field">
              <h3>
                {f.label} {f.changed ? '' : '(không đổi)'}
              </h3>
              {f.changed && <DiffText parts={f.parts} />}
            </div>
          ))}
        </section>
      )}
      <table class="data">
        <caption class="sr-only">Các phiên bản</caption>
        <thead>
          <tr>
            <th scope="col">Phiên bản</th>
            <th scope="col">Thời gian</th>
            <th scope="col">Người thực hiện</th>
            <th scope="col">Lý do</th>
            <th scope="col">Tiêu đề</th>
            {props.canRestore && <th scope="col">Khôi phục</th>}
          </tr>
        </thead>
        <tbody>
          {props.revisions.map((r) => (
            <tr>
              <td>{r.number}</td>
              <td class="nowrap">{formatDateTime(r.createdAt)}</td>
              <td>{r.accountName}</td>
              <td>{REVISION_REASONS[r.reason] ?? r.reason}</td>
              <td>{r.snapshot.title}</td>
              {props.canRestore && (
                <td>
                  <form
                    method="post"
                    action={`/quan-tri/bai-viet/${props.articleId}/phien-ban/${r.number}/khoi-phuc`}
                  >
                    <CsrfField token={props.csrf} />
                    <button type="submit" class="button button-secondary">
                      Khôi phục<span class="sr-only"> phiên bản {r.number}</span>
                    </button>
                  </form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}
