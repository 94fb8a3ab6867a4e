import type { Chrome } from '../../../shell/chrome.ts';
import { Breadcrumb, Layout } from '../../../shell/layout.tsx';
import { Pagination } from '../../../views/components.tsx';
import { raw } from 'hono/html';
import { formatDateTime } from '../../../lib/date.ts';
import { formatBytes } from '../../site/site.images.ts';
import {
  EFFECTS,
  authorityText,
  dayShort,
  documentPath,
  effectLabel,
  formalLine,
  type DocumentFile,
  type DocumentRecord,
  type RelationView,
} from '../document.ts';
import type { DocumentLists, ListQuery } from '../document.service.ts';

/** The public path of a file: /van-ban/<id>/tep/<n>/<name>. */
export function filePath(
  d: Pick<DocumentRecord, 'id'>,
  f: Pick<DocumentFile, 'n' | 'name'>,
): string {
  return `/van-ban/${d.id}/tep/${f.n}/${encodeURIComponent(f.name)}`;
}

/** One row of a list of documents. */
export function DocumentRow(props: { d: DocumentRecord }) {
  const { d } = props;
  return (
    <li class="doc-item">
      <a href={documentPath(d)}>
        <strong>
          {d.typeName} số {d.number}
        </strong>
      </a>
      <span class="muted"> — ban hành {dayShort(d.issuedOn)}</span>
      <p>{d.summary}</p>
    </li>
  );
}

/** /van-ban: the list with its GET filter form (works without JavaScript). */
export function DocumentListView(props: {
  chrome: Chrome;
  base: string;
  q: ListQuery;
  lists: DocumentLists;
  items: DocumentRecord[];
  total: number;
  page: number;
  pageCount: number;
  queryString: string;
}) {
  const { q, lists: l } = props;
  const sel = (v: string | undefined, id: number) => v === String(id);
  return (
    <Layout
      chrome={props.chrome}
      meta={{
        title: 'Văn bản',
        description:
          'Văn bản của Đảng và Nhà nước: tra cứu theo số, ký hiệu, loại, cơ quan ban hành, lĩnh vực.',
        canonical: `${props.base}/van-ban${props.page > 1 ? `?trang=${props.page}` : ''}`,
        noindex: props.queryString.replace(/(^|&)trang=\d+/, '') !== '',
        feeds: [{ title: 'Văn bản mới', href: '/rss/van-ban' }],
      }}
    >
      <Breadcrumb trail={[{ label: 'Trang chủ', href: '/' }, { label: 'Văn bản' }]} />
      <h1>Văn bản</h1>
      <form
        method="get"
        action="/van-ban"
        class="doc-filter"
        role="search"
        aria-label="Tra cứu văn bản"
      >
        <div class="field">
          <label for="vb-q">Số, ký hiệu hoặc nội dung</label>
          <input id="vb-q" name="q" type="search" value={q.q ?? ''} maxlength={200} />
        </div>
        <div class="field">
          <label for="vb-loai">Loại văn bản</label>
          <select id="vb-loai" name="loai">
            <option value="">Tất cả</option>
            {l.types.map((t) => (
              <option value={String(t.id)} selected={sel(q.loai, t.id)}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="vb-co-quan">Cơ quan ban hành</label>
          <select id="vb-co-quan" name="co-quan">
            <option value="">Tất cả</option>
            {l.issuers.map((t) => (
              <option value={String(t.id)} selected={sel(q['co-quan'], t.id)}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="vb-linh-vuc">Lĩnh vực</label>
          <select id="vb-linh-vuc" name="linh-vuc">
            <option value="">Tất cả</option>
            {l.fields.map((t) => (
              <option value={String(t.id)} selected={sel(q['linh-vuc'], t.id)}>
                {'— '.repeat(t.depth)}
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="vb-nguoi-ky">Người ký</label>
          <input id="vb-nguoi-ky" name="nguoi-ky" value={q['nguoi-ky'] ?? ''} maxlength={120} />
        </div>
        <div class="field">
          <label for="vb-nam">Năm ban hành</label>
          <input id="vb-nam" name="nam" inputmode="numeric" value={q.nam ?? ''} maxlength={4} />
        </div>
        <div class="field">
          <label for="vb-tu-ngay">Ban hành từ ngày</label>
          <input
            id="vb-tu-ngay"
            name="tu-ngay"
            placeholder="dd/mm/yyyy"
            value={q['tu-ngay'] ?? ''}
            maxlength={10}
          />
        </div>
        <div class="field">
          <label for="vb-den-ngay">đến ngày</label>
          <input
            id="vb-den-ngay"
            name="den-ngay"
            placeholder="dd/mm/yyyy"
            value={q['den-ngay'] ?? ''}
            maxlength={10}
          />
        </div>
        <div class="field">
          <label for="vb-hieu-luc">Hiệu lực</label>
          <select id="vb-hieu-luc" name="hieu-luc">
            <option value="">Tất cả</option>
            {EFFECTS.map((e) => (
              <option value={e.id} selected={q['hieu-luc'] === e.id}>
                {e.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <button type="submit" class="button">
            Tra cứu
          </button>
        </div>
      </form>
      <p role="status">{props.total} văn bản.</p>
      {props.items.length > 0 && (
        <div class="table-scroll">
          <table class="data doc-table">
            <caption class="sr-only">Danh sách văn bản</caption>
            <thead>
              <tr>
                <th scope="col">Số, ký hiệu</th>
                <th scope="col">Ngày ban hành</th>
                <th scope="col">Trích yếu</th>
                <th scope="col">Người ký</th>
                <th scope="col">Hiệu lực</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((d) => (
                <tr>
                  <th scope="row">
                    <a href={documentPath(d)}>{d.number}</a>
                    <br />
                    <span class="muted">{d.typeName}</span>
                  </th>
                  <td class="nowrap">{dayShort(d.issuedOn)}</td>
                  <td>{d.summary}</td>
                  <td class="doc-signer">
                    {d.signerTitle && (
                      <>
                        {d.signerTitle}
                        <br />
                      </>
                    )}
                    {d.signerName}
                  </td>
                  <td>{effectLabel(d.effect)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={props.page}
        pageCount={props.pageCount}
        href={(n) => {
          const rest = props.queryString.replace(/(^|&)trang=\d+/, '').replace(/^&/, '');
          return `/van-ban?${rest}${rest ? '&' : ''}trang=${n}`;
        }}
      />
    </Layout>
  );
}

/** Headings of the optional body, given ids, and the table of contents they make. */
function bodyWithToc(html: string): { html: string; toc: { id: string; text: string }[] } {
  const toc: { id: string; text: string }[] = [];
  const out = html.replace(/<h([23])>([\s\S]*?)<\/h\1>/g, (_m, level: string, inner: string) => {
    const id = `muc-${toc.length + 1}`;
    toc.push({ id, text: inner.replace(/<[^>]*>/g, '') });
    return `<h${level} id="${id}">${inner}</h${level}>`;
  });
  return { html: out, toc };
}

/** /van-ban/<slug>-<id>: the record, its files (a PDF shown inline) and its relations both ways. */
export function DocumentDetailView(props: {
  chrome: Chrome;
  base: string;
  d: DocumentRecord;
  files: DocumentFile[];
  relations: RelationView[];
  fieldNames: string[];
  related: { issuer: DocumentRecord[]; field: DocumentRecord[]; signer: DocumentRecord[] };
  jsonLd: object;
  /** The draft's comment page (Lấy ý kiến dự thảo), when it has one. */
  consultation?: { path: string; opensAt: Date; closesAt: Date };
}) {
  const { d } = props;
  const related = [
    { id: 'h-cung-co-quan', title: 'Cùng cơ quan ban hành', items: props.related.issuer },
    { id: 'h-cung-linh-vuc', title: 'Cùng lĩnh vực', items: props.related.field },
    { id: 'h-cung-nguoi-ky', title: 'Cùng người ký', items: props.related.signer },
  ].filter((r) => r.items.length > 0);
  const firstPdf = props.files.find((f) => f.kind === 'pdf');
  const authority = authorityText(d.signerAuthority, d.numberForm);
  const body = d.body ? bodyWithToc(d.body) : undefined;
  const title = `${d.typeName} số ${d.number}`;
  return (
    <Layout
      chrome={props.chrome}
      meta={{
        title,
        description: d.summary.slice(0, 300),
        canonical: `${props.base}${documentPath(d)}`,
        jsonLd: [props.jsonLd],
      }}
    >
      <Breadcrumb
        trail={[
          { label: 'Trang chủ', href: '/' },
          { label: 'Văn bản', href: '/van-ban' },
          { label: d.number },
        ]}
      />
      <article class="document">
        <p class="doc-number">Số: {d.number}</p>
        <p class="doc-formal">
          <em>{formalLine(d.issuerPlace, d.issuedOn)}</em>
        </p>
        <h1>
          {d.typeName}
          <span class="doc-summary"> {d.summary}</span>
        </h1>
        <table class="data doc-meta">
          <caption class="sr-only">Thông tin văn bản</caption>
          <tbody>
            <tr>
              <th scope="row">Số, ký hiệu</th>
              <td>{d.number}</td>
            </tr>
            <tr>
              <th scope="row">Loại văn bản</th>
              <td>{d.typeName}</td>
            </tr>
            <tr>
              <th scope="row">Cơ quan ban hành</th>
              <td>{d.issuerName}</td>
            </tr>
            <tr>
              <th scope="row">Ngày ban hành</th>
              <td>{dayShort(d.issuedOn)}</td>
            </tr>
            {d.effectiveOn && (
              <tr>
                <th scope="row">Ngày có hiệu lực</th>
                <td>{dayShort(d.effectiveOn)}</td>
              </tr>
            )}
            {d.expiresOn && (
              <tr>
                <th scope="row">Ngày hết hiệu lực</th>
                <td>{dayShort(d.expiresOn)}</td>
              </tr>
            )}
            <tr>
              <th scope="row">Tình trạng</th>
              <td>{d.status === 'withdrawn' ? 'Đã gỡ' : effectLabel(d.effect)}</td>
            </tr>
            {d.signerName && (
              <tr>
                <th scope="row">Người ký</th>
                <td>
                  {authority && `${authority} `}
                  {d.signerTitle && `${d.signerTitle} `}
                  <a href={`/van-ban?nguoi-ky=${encodeURIComponent(d.signerName)}`}>
                    {d.signerName}
                  </a>
                </td>
              </tr>
            )}
            {props.fieldNames.length > 0 && (
              <tr>
                <th scope="row">Lĩnh vực</th>
                <td>{props.fieldNames.join(', ')}</td>
              </tr>
            )}
            <tr>
              <th scope="row">Trích yếu</th>
              <td>{d.summary}</td>
            </tr>
            {d.source && (
              <tr>
                <th scope="row">Nguồn</th>
                <td>{d.source}</td>
              </tr>
            )}
            <tr>
              <th scope="row">Lượt xem</th>
              <td>{d.views.toLocaleString('vi-VN')}</td>
            </tr>
          </tbody>
        </table>
        {props.consultation && (
          <p class="notice notice-info doc-consultation">
            Dự thảo đang được lấy ý kiến từ {formatDateTime(props.consultation.opensAt)} đến{' '}
            {formatDateTime(props.consultation.closesAt)}.{' '}
            <a href={props.consultation.path}>Xem và góp ý cho dự thảo</a>
          </p>
        )}
        {props.relations.length > 0 && (
          <section aria-labelledby="h-rel">
            <h2 id="h-rel">Văn bản liên quan</h2>
            <ul class="doc-relations">
              {props.relations.map((r) => (
                <li>
                  {r.label}:{' '}
                  {r.other.published ? (
                    <a href={documentPath(r.other)}>{r.other.number}</a>
                  ) : (
                    r.other.number
                  )}{' '}
                  — {r.other.summary}
                </li>
              ))}
            </ul>
          </section>
        )}
        {d.status === 'published' && props.files.length > 0 && (
          <section aria-labelledby="h-files">
            <h2 id="h-files">Tệp văn bản</h2>
            <ul class="doc-files">
              {props.files.map((f) => (
                <li>
                  <a href={`${filePath(d, f)}?tai-ve=1`} download={f.name}>
                    Tải về {f.name}
                  </a>{' '}
                  ({f.kind.toUpperCase()}, {formatBytes(f.bytes)}
                  {f.pages ? `, ${f.pages} trang` : ''}){' '}
                  <span class="muted">
                    SHA-256: <code>{f.sha256}</code>
                  </span>
                </li>
              ))}
            </ul>
            {firstPdf && (
              <iframe
                class="doc-viewer"
                src={filePath(d, firstPdf)}
                title={`Toàn văn ${d.number} (PDF)`}
                width="100%"
                height="800"
              ></iframe>
            )}
          </section>
        )}
        {body && (
          <section aria-labelledby="h-body">
            <h2 id="h-body">Nội dung</h2>
            {body.toc.length > 1 && (
              <nav aria-label="Mục lục" class="doc-toc">
                <ol>
                  {body.toc.map((t) => (
                    <li>
                      <a href={`#${t.id}`}>{t.text}</a>
                    </li>
                  ))}
                </ol>
              </nav>
            )}
            <div class="article-body">{raw(body.html)}</div>
          </section>
        )}
        <p>
          <a href={`/van-ban?co-quan=${d.issuerId}`}>Văn bản cùng cơ quan ban hành</a> ·{' '}
          <a href={`/van-ban?loai=${d.typeId}`}>Cùng loại văn bản</a>
        </p>
        {related.map((r) => (
          <section aria-labelledby={r.id} class="doc-related">
            <h2 id={r.id}>{r.title}</h2>
            <ul>
              {r.items.map((o) => (
                <li>
                  <a href={documentPath(o)}>
                    {o.typeName} số {o.number}
                  </a>{' '}
                  ({dayShort(o.issuedOn)}) — {o.summary}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {d.status === 'published' && (
          <img src={`/van-ban/${d.id}/xem.gif`} alt="" width={1} height={1} hidden />
        )}
      </article>
    </Layout>
  );
}

declare module '../../../shell/chrome.ts' {
  interface ChromeData {
    /** The newest published documents of the site ("Văn bản mới"). */
    documents?: DocumentRecord[];
  }
}

/** The "Văn bản mới" sidebar block, from the chrome's data. */
export function documentSidebarBlock({ data }: Chrome) {
  return <LatestDocumentsBlock items={data.documents ?? []} />;
}

/** The "Văn bản mới" sidebar block. */
export function LatestDocumentsBlock(props: { items: DocumentRecord[] }) {
  if (!props.items.length) return null;
  return (
    <section class="block" aria-labelledby="b-documents">
      <h2 id="b-documents" class="block-title">
        Văn bản mới
      </h2>
      <ul class="block-list">
        {props.items.map((d) => (
          <li>
            <a href={documentPath(d)}>
              {d.typeName} số {d.number}
            </a>
            <span class="muted"> ({dayShort(d.issuedOn)})</span>
          </li>
        ))}
      </ul>
      <p>
        <a href="/van-ban">Xem tất cả văn bản</a>
      </p>
    </section>
  );
}

/** The site search's "Văn bản" group: matching documents grouped by type. */
export function DocumentSearchGroup(props: { items: DocumentRecord[]; q: string }) {
  if (!props.items.length) return null;
  const types = [...new Set(props.items.map((d) => d.typeName))];
  return (
    <section class="search-documents" aria-labelledby="tk-van-ban">
      <h2 id="tk-van-ban">Văn bản</h2>
      {types.map((t) => (
        <>
          <h3>{t}</h3>
          <ul>
            {props.items
              .filter((d) => d.typeName === t)
              .map((d) => (
                <DocumentRow d={d} />
              ))}
          </ul>
        </>
      ))}
      <p>
        <a href={`/van-ban?q=${encodeURIComponent(props.q)}`}>Tra cứu thêm trong mục Văn bản</a>
      </p>
    </section>
  );
}
