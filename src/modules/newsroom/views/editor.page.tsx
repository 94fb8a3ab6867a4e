import { formatDateTime } from '../../../lib/date.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import type { Account } from '../../account/account.ts';
import { STATUS_LABELS, type Article } from '../../article/article.ts';
import type { Media } from '../../media/media.ts';
import type { Section } from '../../site/site.ts';
import type { ArticleDraft, ArticleNote } from '../newsroom.ts';
import { needsNote, TRANSITION_GROUPS, TRANSITION_LABELS, type Transition } from '../workflow.ts';
import { DateField } from '../../../lib/date-field.tsx';
import { dateInputValue, dateTimeInputValue } from '../../../lib/date-input.ts';

const NOTE_LABELS: Record<string, string> = {
  submit: 'Gửi biên tập',
  forward: 'Chuyển duyệt',
  return: 'Trả lại',
  publish: 'Xuất bản',
  schedule: 'Hẹn giờ đăng',
  unschedule: 'Hủy hẹn giờ',
  correction: 'Đính chính',
  withdraw: 'Gỡ bài',
  unpublish: 'Gỡ theo lịch',
};

/** The article editor: fields, the rich-text body (enhanced by editor.js), workflow buttons, history. */
export function EditorPage(props: {
  chrome: AdminChrome;
  csrf: string;
  article: Article;
  draft: ArticleDraft;
  sections: Section[];
  staff: Account[];
  events: string[];
  image: Media | undefined;
  notes: ArticleNote[];
  transitions: Transition[];
  canEdit: boolean;
  lockedBy?: { name: string; until: Date };
  errors: Record<string, string>;
  notice?: string;
  editorJs: string;
  /** The editor's base stylesheet (public/editor.css). */
  editorCss: string;
  /** Whether this person may tag the article's places (editors and above). */
  canPlace: boolean;
  /** Whether this person may propose the article to the site this one reports to (Tin cơ sở). */
  canPropose?: boolean;
}) {
  const { article: a, draft: d, errors } = props;
  const articleSections = props.sections.filter((s) => s.kind === 'articles');
  const readOnly = !props.canEdit || Boolean(props.lockedBy);
  const published = a.status === 'published';
  const lastReturn = props.notes.find((n) => n.kind === 'return');
  return (
    <AdminLayout chrome={props.chrome} title={d.title || 'Bài viết mới'}>
      <p class="status-line">
        Trạng thái: <strong class={`st st-${a.status}`}>{STATUS_LABELS[a.status]}</strong>
        {a.scheduledAt &&
          a.status === 'scheduled' &&
          ` — đăng lúc ${formatDateTime(a.scheduledAt)}`}
        {a.unpublishAt && ` — hẹn gỡ lúc ${formatDateTime(a.unpublishAt)}`} · Phiên bản {a.version}{' '}
        · <a href={`/quan-tri/bai-viet/${a.id}/phien-ban`}>Lịch sử phiên bản</a> ·{' '}
        <a href={`/quan-tri/bai-viet/${a.id}/nhat-ky`}>Nhật ký bài</a> ·{' '}
        <a href={`/quan-tri/bai-viet/${a.id}/xem-truoc`}>Xem trước</a>
        {props.canPlace && (
          <>
            {' '}
            · <a href={`/quan-tri/bai-viet/${a.id}/dia-danh`}>Gắn địa danh</a>
          </>
        )}
        {props.canPropose && (
          <>
            {' '}
            · <a href={`/quan-tri/bai-viet/${a.id}/de-xuat`}>Đề xuất đăng lên trang tỉnh</a>
          </>
        )}
      </p>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {lastReturn && a.status === 'draft' && (
        <Notice kind="info">
          Bài bị trả lại bởi {lastReturn.accountName} ({formatDateTime(lastReturn.createdAt)}):{' '}
          {lastReturn.text}
        </Notice>
      )}
      {props.lockedBy && (
        <Notice kind="info">
          {props.lockedBy.name} đang chỉnh sửa bài này (khóa đến{' '}
          {formatDateTime(props.lockedBy.until)}). Bạn đang xem ở chế độ chỉ đọc.
          {props.canEdit && (
            <form method="post" action={`/quan-tri/bai-viet/${a.id}/tiep-quan`} class="inline-form">
              <CsrfField token={props.csrf} />
              <button type="submit" class="button button-secondary">
                Tiếp quản chỉnh sửa
              </button>
            </form>
          )}
        </Notice>
      )}
      {!props.canEdit && !props.lockedBy && (
        <Notice kind="info">Bạn không thể sửa nội dung bài ở trạng thái này.</Notice>
      )}
      {Object.keys(errors).length > 0 && (
        <Notice kind="error">
          {errors._ ??
            errors.publish ??
            'Chưa lưu được: vui lòng sửa các mục được đánh dấu. Nội dung bạn nhập vẫn còn nguyên.'}
        </Notice>
      )}
      <form
        method="post"
        action={`/quan-tri/bai-viet/${a.id}`}
        class="editor-form"
        id="article-form"
        data-article={String(a.id)}
        data-readonly={readOnly ? '1' : '0'}
        data-published={published ? '1' : '0'}
      >
        <CsrfField token={props.csrf} />
        <input type="hidden" name="version" value={String(a.version)} />
        <fieldset disabled={readOnly} class="editor-grid">
          <div class="editor-main">
            <Field
              name="title"
              label="Tiêu đề"
              value={d.title}
              error={errors.title}
              required
              maxlength={300}
            />
            <div class={errors.lead ? 'field has-error' : 'field'}>
              <label for="f-lead">Sapo (phần mở đầu)</label>
              <textarea id="f-lead" name="lead" rows={3} maxlength={1000}>
                {d.lead}
              </textarea>
              {errors.lead && <p class="error">{errors.lead}</p>}
            </div>
            <div class="field">
              <label for="f-body">Nội dung</label>
              <p class="hint" id="f-body-hint">
                Khi có JavaScript, ô này trở thành trình soạn thảo (đoạn, tiêu đề, danh sách, trích
                dẫn, liên kết, bảng, ảnh có chú thích, video). Không có JavaScript: nhập HTML đơn
                giản.
              </p>
              <textarea id="f-body" name="bodyHtml" rows={18} aria-describedby="f-body-hint">
                {d.bodyHtml}
              </textarea>
              <input type="hidden" name="bodyJson" value={d.bodyJson ?? ''} />
            </div>
            <Field
              name="byline"
              label="Bút danh in cuối bài"
              value={d.byline}
              hint="Ví dụ: Tin, ảnh: Minh Thùy"
              maxlength={200}
            />
          </div>
          <div class="editor-side">
            <div class="field">
              <label for="f-section">Chuyên mục chính</label>
              <select id="f-section" name="sectionId">
                {articleSections.map((s) => (
                  <option value={String(s.id)} selected={s.id === d.sectionId}>
                    {s.name}
                  </option>
                ))}
              </select>
              {errors.sectionId && <p class="error">{errors.sectionId}</p>}
            </div>
            <fieldset class="field">
              <legend>Chuyên mục phụ</legend>
              <div class="choices small">
                {articleSections.map((s) => (
                  <label class="choice">
                    <input
                      type="checkbox"
                      name="secondarySectionIds"
                      value={String(s.id)}
                      checked={d.secondarySectionIds.includes(s.id)}
                    />{' '}
                    {s.name}
                  </label>
                ))}
              </div>
              {errors.secondarySectionIds && <p class="error">{errors.secondarySectionIds}</p>}
            </fieldset>
            <Field
              name="tags"
              label="Từ khóa"
              value={d.tags.join(', ')}
              hint="Cách nhau bằng dấu phẩy"
              maxlength={1000}
            />
            <div class="field">
              <label for="f-event">Dòng sự kiện</label>
              <input
                id="f-event"
                name="eventName"
                value={d.eventName}
                list="events"
                maxlength={200}
              />
              <datalist id="events">
                {props.events.map((e) => (
                  <option value={e} />
                ))}
              </datalist>
            </div>
            <fieldset class="field">
              <legend>Tác giả (cán bộ)</legend>
              <div class="choices small">
                {props.staff
                  .filter((s) => s.role !== 'admin')
                  .map((s) => (
                    <label class="choice">
                      <input
                        type="checkbox"
                        name="authorIds"
                        value={String(s.id)}
                        checked={d.authorIds.includes(s.id)}
                      />{' '}
                      {s.fullName}
                    </label>
                  ))}
              </div>
            </fieldset>
            <div class="field">
              <label for="f-image">Ảnh đại diện</label>
              <p class="hint" id="f-image-hint">
                Chọn trong thư viện bằng nút “Chọn ảnh đại diện”, hoặc nhập mã ảnh ghi ở trang thư
                viện.
              </p>
              <input
                id="f-image"
                name="imageId"
                value={d.imageId ? String(d.imageId) : ''}
                inputmode="numeric"
                maxlength={10}
                aria-describedby="f-image-hint"
                data-image-picker
              />
              {props.image && (
                <p class="hint">
                  <img
                    src={`/media/${props.image.key}`}
                    alt={props.image.alt}
                    width={160}
                    height={Math.round((160 * props.image.height) / Math.max(1, props.image.width))}
                    class="thumb"
                  />
                </p>
              )}
            </div>
            <fieldset class="field">
              <legend>Nguồn (bài đăng lại)</legend>
              <label class="choice">
                <input
                  type="checkbox"
                  name="republished"
                  value="on"
                  checked={Boolean(d.sourceName)}
                />{' '}
                Bài đăng lại từ nguồn khác
              </label>
              <Field name="sourceName" label="Tên nguồn" value={d.sourceName} maxlength={200} />
              <Field
                name="sourceUrl"
                label="Đường dẫn bài gốc"
                value={d.sourceUrl}
                error={errors.sourceUrl}
                maxlength={500}
              />
              <DateField
                name="sourceDate"
                label="Ngày đăng gốc"
                value={dateInputValue(d.sourceDate)}
                error={errors.sourceDate}
              />
            </fieldset>
            <DateField
              name="publishedAt"
              label="Thời gian đăng"
              kind="datetime"
              value={dateTimeInputValue(d.publishedAt)}
              error={errors.publishedAt}
              hint="Để trống: lấy thời điểm xuất bản"
            />
            <label class="choice">
              <input type="checkbox" name="featured" value="on" checked={d.featured} /> Tin nổi bật
              trên trang chủ
            </label>
            <details>
              <summary>Tối ưu tìm kiếm (SEO)</summary>
              <Field name="seoTitle" label="Tiêu đề SEO" value={d.seoTitle} maxlength={200} />
              <Field
                name="seoDescription"
                label="Mô tả SEO"
                value={d.seoDescription}
                maxlength={400}
              />
            </details>
          </div>
        </fieldset>
        {!readOnly && (
          <div class="editor-actions">
            {published ? (
              <>
                <div class={errors.correctionNote ? 'field has-error' : 'field'}>
                  <label for="f-correction">Nội dung đính chính (hiển thị cho bạn đọc)</label>
                  <textarea
                    id="f-correction"
                    name="correctionNote"
                    rows={2}
                    maxlength={2000}
                  ></textarea>
                  {errors.correctionNote && <p class="error">{errors.correctionNote}</p>}
                </div>
                <button type="submit" class="button">
                  Đính chính
                </button>
              </>
            ) : (
              <button type="submit" class="button">
                Lưu
              </button>
            )}
            <span class="autosave-status" role="status" aria-live="polite"></span>
          </div>
        )}
      </form>
      {props.transitions.length > 0 && (
        <section class="panel" aria-labelledby="h-workflow">
          <h2 id="h-workflow">Quy trình</h2>
          {TRANSITION_GROUPS.map((g) => {
            const members = g.members.filter((t) => props.transitions.includes(t));
            if (!members.length) return null;
            return (
              <div class="transition-group" role="group" aria-labelledby={`h-wf-${g.id}`}>
                <h3 id={`h-wf-${g.id}`}>{g.title}</h3>
                <p class="hint">{g.hint}</p>
                {members.map((t) => (
                  <form
                    method="post"
                    action={`/quan-tri/bai-viet/${a.id}/chuyen`}
                    class="transition"
                  >
                    <CsrfField token={props.csrf} />
                    <input type="hidden" name="t" value={t} />
                    {/* The state this step was chosen in: a stale click is refused, never re-applied. */}
                    <input type="hidden" name="from" value={a.status} />
                    {needsNote(t) && (
                      <div class="field">
                        <label for={`note-${t}`}>
                          {t === 'withdraw'
                            ? 'Lý do gỡ bài (công khai: bạn đọc thấy ở địa chỉ của bài)'
                            : t === 'correct'
                              ? 'Nội dung đính chính (công khai: bạn đọc thấy dưới bài)'
                              : 'Ghi chú cho người nhận bài (bạn đọc không thấy)'}
                        </label>
                        {t === 'withdraw' && (
                          <p class="hint" id={`note-${t}-hint`}>
                            Bạn đọc mở địa chỉ của bài sẽ thấy “Bài viết đã được gỡ” kèm lý do này;
                            hãy viết ngắn gọn, phù hợp để công bố.
                          </p>
                        )}
                        <textarea
                          id={`note-${t}`}
                          name="note"
                          rows={2}
                          maxlength={2000}
                          required
                          aria-describedby={t === 'withdraw' ? `note-${t}-hint` : undefined}
                        ></textarea>
                      </div>
                    )}
                    {(t === 'schedule' || t === 'setUnpublish') && (
                      <DateField
                        id={`at-${t}`}
                        name="at"
                        kind="datetime"
                        label={t === 'schedule' ? 'Đăng lúc' : 'Gỡ lúc (để trống: bỏ hẹn giờ gỡ)'}
                        required={t === 'schedule'}
                        value={t === 'setUnpublish' ? dateTimeInputValue(a.unpublishAt) : ''}
                      />
                    )}
                    <button
                      type="submit"
                      class={
                        t === 'withdraw' || t === 'return' ? 'button button-secondary' : 'button'
                      }
                    >
                      {TRANSITION_LABELS[t]}
                    </button>
                  </form>
                ))}
              </div>
            );
          })}
        </section>
      )}
      {props.notes.length > 0 && (
        <section class="panel" aria-labelledby="h-notes">
          <h2 id="h-notes">Lịch sử xử lý</h2>
          <ul class="notes">
            {props.notes.map((n) => (
              <li>
                <strong>{NOTE_LABELS[n.kind] ?? n.kind}</strong> — {n.accountName},{' '}
                {formatDateTime(n.createdAt)}
                {n.text && <>: {n.text}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!readOnly && (
        <>
          <link rel="stylesheet" href={props.editorCss} />
          <script src={props.editorJs} defer></script>
        </>
      )}
    </AdminLayout>
  );
}
