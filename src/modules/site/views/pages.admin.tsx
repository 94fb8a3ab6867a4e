import { raw } from 'hono/html';
import { formatDateTime } from '../../../lib/date.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import type { PageEntry } from '../page.service.ts';

/** How a page's English version stands, in words. */
function englishState(e: PageEntry): string {
  if (!e.english) return 'Chưa có bản tiếng Anh';
  return e.english.stale
    ? 'Bản tiếng Anh cũ hơn bản tiếng Việt — cần cập nhật'
    : 'Có bản tiếng Anh';
}

/** The static pages of the site (Giới thiệu) and their English versions. */
export function PagesListPage(props: {
  chrome: AdminChrome;
  entries: PageEntry[];
  notice?: string;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Trang giới thiệu">
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      <p>
        Các trang giới thiệu của đơn vị và bản tiếng Anh của chúng (hiện ở địa chỉ{' '}
        <a href="/en">/en</a>
        ).
      </p>
      {!props.entries.length && <p>Trang này chưa có chuyên mục giới thiệu nào.</p>}
      {props.entries.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Trang</th>
              <th scope="col">Chuyên mục</th>
              <th scope="col">Cập nhật</th>
              <th scope="col">Tiếng Anh</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((e) => (
              <tr>
                <td>
                  <a href={`/quan-tri/trang-gioi-thieu/${e.page.id}`}>{e.page.title}</a>
                </td>
                <td>{e.section.name}</td>
                <td>{formatDateTime(e.page.updatedAt)}</td>
                <td>
                  <a href={`/quan-tri/trang-gioi-thieu/${e.page.id}/tieng-anh`}>
                    {englishState(e)}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

/** Editing one page, in Vietnamese or in English (the Vietnamese text shown beside it). */
export function PageEditPage(props: {
  chrome: AdminChrome;
  csrf: string;
  entry: PageEntry;
  language: 'vi' | 'en';
  values: { title: string; bodyHtml: string; seen: string };
  errors: Record<string, string>;
  notice?: string;
  editorJs: string;
  editorCss: string;
}) {
  const { entry: e, values: v, errors } = props;
  const en = props.language === 'en';
  const action = `/quan-tri/trang-gioi-thieu/${e.page.id}${en ? '/tieng-anh' : ''}`;
  return (
    <AdminLayout chrome={props.chrome} title={en ? `Bản tiếng Anh: ${e.page.title}` : e.page.title}>
      <p class="status-line">
        <a href="/quan-tri/trang-gioi-thieu">Các trang giới thiệu</a> ·{' '}
        <a href={`/${e.section.slug}/${e.page.slug}`}>Xem trang</a>
        {en ? (
          <>
            {' '}
            · <a href={`/quan-tri/trang-gioi-thieu/${e.page.id}`}>Bản tiếng Việt</a>
          </>
        ) : (
          <>
            {' '}
            · <a href={`/quan-tri/trang-gioi-thieu/${e.page.id}/tieng-anh`}>Bản tiếng Anh</a>
          </>
        )}
      </p>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {en && e.english?.stale && (
        <Notice kind="info">
          Bản tiếng Việt đã được sửa sau lần cập nhật bản tiếng Anh gần nhất: hãy đối chiếu và cập
          nhật bản tiếng Anh.
        </Notice>
      )}
      {Object.keys(errors).length > 0 && (
        <Notice kind="error">
          {errors._ ??
            'Chưa lưu được: vui lòng sửa các mục được đánh dấu. Nội dung bạn nhập vẫn còn nguyên.'}
        </Notice>
      )}
      <form
        method="post"
        action={action}
        class="editor-form"
        id="article-form"
        data-article={`${e.page.id}-${props.language}`}
        data-mode="page"
        data-readonly="0"
        data-published="0"
      >
        <CsrfField token={props.csrf} />
        <input type="hidden" name="version" value={v.seen} />
        <Field
          name="title"
          label={en ? 'Tiêu đề (tiếng Anh)' : 'Tiêu đề'}
          value={v.title}
          error={errors.title}
          required
          maxlength={200}
        />
        <div class={errors.bodyHtml ? 'field has-error' : 'field'}>
          <label for="f-body">{en ? 'Nội dung (tiếng Anh)' : 'Nội dung'}</label>
          <textarea id="f-body" name="bodyHtml" rows={18} lang={en ? 'en' : 'vi'}>
            {v.bodyHtml}
          </textarea>
          <input type="hidden" name="bodyJson" value="" />
          {errors.bodyHtml && <p class="error">{errors.bodyHtml}</p>}
        </div>
        <p class="autosave-status" role="status" aria-live="polite"></p>
        <button type="submit">{en ? 'Lưu bản tiếng Anh' : 'Lưu trang'}</button>
      </form>
      {en && (
        <section aria-labelledby="vi-text">
          <h2 id="vi-text">Bản tiếng Việt để đối chiếu</h2>
          <h3>{e.page.title}</h3>
          <div class="article-body" lang="vi">
            {/* Sanitised when saved (lib/html.ts), like every page body. */}
            {raw(e.page.bodyHtml)}
          </div>
        </section>
      )}
      <link rel="stylesheet" href={props.editorCss} />
      <script src={props.editorJs} defer></script>
    </AdminLayout>
  );
}
