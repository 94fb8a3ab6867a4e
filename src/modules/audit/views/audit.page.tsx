import { formatDateTime } from '../../../lib/date.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { Pagination } from '../../../views/components.tsx';
import { Notice } from '../../../views/form.tsx';
import { actionLabel, auditActionGroups, isAuditAction, type AuditEntry } from '../audit.ts';
import { DateField } from '../../../lib/date-field.tsx';
import { dayText } from '../../../lib/date-input.ts';

/** Filter values as typed in the form. */
export interface AuditFilterValues {
  action: string;
  actor: string;
  /** An article's id: its whole life. */
  article: string;
  q: string;
  from: string;
  to: string;
  /** Another site's trail (system admins): its id, '' for the working site. */
  site: string;
}

/** The audit viewer: filters, the records, pagination, CSV export of the same filter. */
export function AuditPage(props: {
  chrome: AdminChrome;
  entries: AuditEntry[];
  total: number;
  page: number;
  pageCount: number;
  filters: AuditFilterValues;
  actors: { id: number; name: string }[];
  /** The sites a system admin may pick (empty: no choice). */
  sites: { id: number; name: string }[];
  query: string;
  error?: string;
}) {
  const f = props.filters;
  const withPage = (n: number) =>
    `/quan-tri/nhat-ky?${props.query}${props.query ? '&' : ''}trang=${n}`;
  return (
    <AdminLayout chrome={props.chrome} title="Nhật ký hệ thống">
      <p>
        Mọi thao tác đăng nhập, thay đổi người dùng, quyền, cài đặt và nội dung đều được ghi lại,
        không thể sửa hay xóa; lưu trữ tối thiểu 12 tháng.
      </p>
      {props.error && <Notice kind="error">{props.error}</Notice>}
      <form method="get" action="/quan-tri/nhat-ky" class="filters">
        <div class="field">
          <label for="f-action">Hành động</label>
          <select id="f-action" name="hanh-dong">
            <option value="">Tất cả</option>
            {auditActionGroups().map((g) => (
              <optgroup label={g.label}>
                {g.actions.map(([k, label]) => (
                  <option value={k} selected={f.action === k}>
                    {label}
                  </option>
                ))}
              </optgroup>
            ))}
            {f.action && !isAuditAction(f.action) && (
              <option value={f.action} selected>
                {f.action}
              </option>
            )}
          </select>
        </div>
        {props.sites.length > 0 && (
          <div class="field">
            <label for="f-site">Trang</label>
            <select id="f-site" name="don-vi">
              <option value="">Trang đang làm việc</option>
              {props.sites.map((s) => (
                <option value={String(s.id)} selected={f.site === String(s.id)}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for="f-actor">Người thực hiện</label>
          <select id="f-actor" name="nguoi">
            <option value="">Tất cả</option>
            {props.actors.map((a) => (
              <option value={String(a.id)} selected={f.actor === String(a.id)}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-article">Bài viết (mã số)</label>
          <input
            id="f-article"
            name="bai"
            value={f.article}
            inputmode="numeric"
            pattern="[0-9]*"
            maxlength={20}
          />
        </div>
        <div class="field">
          <label for="f-q">Từ khóa</label>
          <input id="f-q" name="q" value={f.q} maxlength={100} />
        </div>
        <DateField id="f-from" name="tu" label="Từ ngày" value={dayText(f.from)} compact />
        <DateField id="f-to" name="den" label="Đến ngày" value={dayText(f.to)} compact />
        <div class="field">
          <button type="submit" class="button">
            Lọc
          </button>
        </div>
      </form>
      <p>
        {props.total} bản ghi.{' '}
        <a href={`/quan-tri/nhat-ky.csv${props.query ? `?${props.query}` : ''}`}>Tải về CSV</a>
      </p>
      <div class="table-scroll">
        <table class="data audit">
          <caption class="sr-only">Nhật ký hệ thống</caption>
          <thead>
            <tr>
              <th scope="col">Thời gian</th>
              <th scope="col">Người thực hiện</th>
              <th scope="col">Hành động</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Địa chỉ IP</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((e) => (
              <tr>
                <td class="nowrap">{formatDateTime(e.at)}</td>
                <td>{e.actorName || 'Hệ thống'}</td>
                <td>{actionLabel(e.action)}</td>
                <td>
                  {e.targetType === 'article' && e.targetId ? (
                    <a
                      class="audit-target"
                      href={`/quan-tri/nhat-ky?bai=${encodeURIComponent(e.targetId)}`}
                    >
                      {e.summary || `Bài #${e.targetId}`}
                    </a>
                  ) : (
                    e.summary
                  )}
                  {Object.keys(e.detail).length > 0 && (
                    <details>
                      <summary>Chi tiết</summary>
                      <pre>{JSON.stringify(e.detail, null, 2)}</pre>
                    </details>
                  )}
                </td>
                <td>
                  <span title={e.userAgent}>{e.ip}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={props.page} pageCount={props.pageCount} href={withPage} />
    </AdminLayout>
  );
}
