import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import { formatDate } from '../../../lib/date.ts';
import { slugify } from '../../../lib/slug.ts';
import { Pagination } from '../../../views/components.tsx';
import { questionPath, type ContactUnit, type PublicQuestion } from '../participation.ts';

const paragraphs = (s: string) =>
  s
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => <p>{l}</p>);

/** The path of a published question. */
export const qaPath = (q: { id: number; subject: string }) => questionPath(q, slugify);

/** Hỏi đáp: the published questions, searchable, filtered by unit. */
export function QaListPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  rows: PublicQuestion[];
  total: number;
  page: number;
  q: string;
  unitId: string;
  units: ContactUnit[];
}) {
  const pageCount = Math.ceil(props.total / 20);
  const query = (n: number) => {
    const p = new URLSearchParams();
    if (props.q) p.set('q', props.q);
    if (props.unitId) p.set('don-vi', props.unitId);
    if (n > 1) p.set('trang', String(n));
    const s = p.toString();
    return s ? `/hoi-dap?${s}` : '/hoi-dap';
  };
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Hỏi đáp' }]} />
      <h1 class="page-title">Hỏi đáp</h1>
      <p>
        Câu hỏi của bạn đọc đã được trả lời và công khai với sự đồng ý của người hỏi (đã ẩn danh).{' '}
        <a href="/gop-y?loai=hoi-dap">Gửi câu hỏi</a>.
      </p>
      <form method="get" action="/hoi-dap" class="search-form" role="search">
        <div class="field">
          <label for="hd-q">Tìm trong Hỏi đáp</label>
          <input id="hd-q" name="q" type="search" value={props.q} maxlength={200} />
        </div>
        {props.units.length > 0 && (
          <div class="field">
            <label for="hd-don-vi">Đơn vị, lĩnh vực</label>
            <select id="hd-don-vi" name="don-vi">
              <option value="">Tất cả</option>
              {props.units.map((u) => (
                <option value={String(u.id)} selected={props.unitId === String(u.id)}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" class="button">
          Tìm
        </button>
      </form>
      {props.rows.length === 0 ? (
        <p>Chưa có câu hỏi nào{props.q ? ' phù hợp' : ''}.</p>
      ) : (
        <ul class="qa-list">
          {props.rows.map((r) => (
            <li>
              <h2>
                <a href={qaPath(r)}>{r.subject}</a>
              </h2>
              <p class="meta">
                {r.asker && <>{r.asker} · </>}Trả lời ngày {formatDate(r.publishedAt)}
                {r.unitName && <> · {r.unitName}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={props.page} pageCount={pageCount} href={query} />
    </Layout>
  );
}

/** One published question with its answer. */
export function QaDetailPage(props: { chrome: Chrome; meta: PageMeta; q: PublicQuestion }) {
  const { q } = props;
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Hỏi đáp', href: '/hoi-dap' }, { label: q.subject }]} />
      <article class="article qa-item">
        <h1 class="article-title">{q.subject}</h1>
        <section aria-labelledby="hd-hoi">
          <h2 id="hd-hoi">Câu hỏi</h2>
          <p class="meta">
            {q.asker && <>{q.asker} · </>}Gửi ngày {formatDate(q.askedAt)}
          </p>
          {paragraphs(q.question)}
        </section>
        <section aria-labelledby="hd-dap">
          <h2 id="hd-dap">Trả lời</h2>
          <p class="meta">
            {q.unitName && <>{q.unitName} · </>}Ngày {formatDate(q.publishedAt)}
          </p>
          {paragraphs(q.answer)}
        </section>
      </article>
      <p>
        <a href="/hoi-dap">Các câu hỏi khác</a> · <a href="/gop-y?loai=hoi-dap">Gửi câu hỏi</a>
      </p>
    </Layout>
  );
}
