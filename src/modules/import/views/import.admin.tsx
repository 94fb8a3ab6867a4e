import { formatDateTime } from '../../../lib/date.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { CheckboxField, SelectField } from '../../../views/admin-controls.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import { IMPORT_KINDS, type ImportKind, type ImportReport, type ImportRunRow } from '../import.ts';

export const IMPORT_BASE = '/quan-tri/nhap-du-lieu';

/** The form's values as typed (never the password). */
export interface ImportValues {
  siteId: string;
  /** 'nukeviet', 'wordpress' or 'html'. */
  source: string;
  wxrPath: string;
  configPath: string;
  host: string;
  port: string;
  database: string;
  user: string;
  prefix: string;
  uploadsDir: string;
  oldHosts: string;
  dryRun: boolean;
}

const KIND_LABEL: Record<ImportKind, string> = {
  section: 'Chuyên mục',
  tag: 'Từ khóa',
  article: 'Bài viết',
  page: 'Trang tĩnh',
  weblink: 'Liên kết web',
  document: 'Văn bản',
  banner: 'Banner',
  file: 'Tệp, ảnh',
  counter: 'Bộ đếm truy cập',
};

const STATUS_LABEL: Record<string, string> = {
  queued: 'Đang chờ',
  running: 'Đang chạy',
  done: 'Xong',
  failed: 'Lỗi',
};

/** The import page: the form to start a run and the runs so far. */
export function ImportPage(props: {
  chrome: AdminChrome;
  csrf: string;
  sites: { id: number; name: string }[];
  values: ImportValues;
  errors: Record<string, string>;
  runs: ImportRunRow[];
}) {
  const { values: v, errors: e } = props;
  const siteName = (id: number) => props.sites.find((s) => s.id === id)?.name ?? `#${id}`;
  return (
    <AdminLayout chrome={props.chrome} title="Nhập dữ liệu từ trang cũ">
      <p>
        Chuyển bài viết, chuyên mục, từ khóa, trang giới thiệu, văn bản, liên kết web, banner, ảnh
        và bộ đếm truy cập từ một trang NukeViet 4.x, hoặc bài viết, trang, chuyên mục, thẻ và tệp
        đính kèm từ tệp xuất WordPress, sang một trang của hệ thống; mọi địa chỉ cũ được chuyển
        hướng (301) về trang mới. Bình luận và thư liên hệ không được nhập. Hãy chạy thử trước: chạy
        thử chỉ đọc và báo cáo, không ghi gì.
      </p>
      {Object.keys(e).length > 0 && (
        <Notice kind="error">Vui lòng sửa các mục được đánh dấu.</Notice>
      )}
      <form method="post" action={IMPORT_BASE} class="stack" novalidate>
        <CsrfField token={props.csrf} />
        <SelectField
          name="siteId"
          label="Trang nhận dữ liệu"
          value={v.siteId}
          options={props.sites.map((s) => ({ value: String(s.id), label: s.name }))}
          error={e.siteId}
          empty="— Chọn trang —"
        />
        <SelectField
          name="source"
          label="Nguồn dữ liệu"
          value={v.source}
          options={[
            { value: 'nukeviet', label: 'NukeViet 4.x (cơ sở dữ liệu MariaDB/MySQL)' },
            { value: 'wordpress', label: 'WordPress (tệp xuất WXR trên máy chủ)' },
            { value: 'html', label: 'Trang HTML bất kỳ (thu thập theo tệp quy tắc)' },
          ]}
          error={e.source}
        />
        <fieldset>
          <legend>Với WordPress: tệp xuất WXR</legend>
          <Field
            name="wxrPath"
            label="Đường dẫn tệp xuất (.xml)"
            value={v.wxrPath}
            error={e.wxrPath}
            hint="Tệp tạo bằng Công cụ → Xuất → Tất cả nội dung, chép lên máy chủ này, ví dụ /srv/wordpress/export.xml."
            maxlength={500}
          />
        </fieldset>
        <fieldset>
          <legend>Với trang HTML: tệp quy tắc thu thập</legend>
          <Field
            name="configPath"
            label="Đường dẫn tệp quy tắc (.json)"
            value={v.configPath}
            error={e.configPath}
            hint="Địa chỉ bắt đầu và bộ chọn CSS của trang cũ; mẫu cho bố cục trang tham chiếu: import-rules/dienbien.dcs.vn.json. Trình thu thập tuân theo robots.txt và giới hạn tốc độ."
            maxlength={500}
          />
        </fieldset>
        <fieldset>
          <legend>Với NukeViet: cơ sở dữ liệu (MariaDB/MySQL)</legend>
          <Field
            name="host"
            label="Máy chủ"
            value={v.host}
            error={e.host}
            required
            maxlength={253}
          />
          <Field
            name="port"
            label="Cổng"
            value={v.port}
            error={e.port}
            inputmode="numeric"
            maxlength={5}
          />
          <Field
            name="database"
            label="Tên cơ sở dữ liệu"
            value={v.database}
            error={e.database}
            required
            maxlength={64}
          />
          <Field
            name="user"
            label="Tài khoản (chỉ cần quyền đọc)"
            value={v.user}
            error={e.user}
            required
            maxlength={80}
            autocomplete="off"
          />
          <Field
            name="password"
            label="Mật khẩu"
            type="password"
            error={e.password}
            autocomplete="new-password"
            hint="Chỉ dùng cho lần nhập này, không hiển thị lại và xóa khi nhập xong."
            maxlength={200}
          />
          <Field
            name="prefix"
            label="Tiền tố bảng"
            value={v.prefix}
            error={e.prefix}
            hint="Mặc định nv4."
            maxlength={30}
          />
        </fieldset>
        <Field
          name="uploadsDir"
          label="Thư mục uploads của trang cũ trên máy chủ này"
          value={v.uploadsDir}
          error={e.uploadsDir}
          hint="Đường dẫn tuyệt đối, ví dụ /srv/nukeviet/uploads hoặc /srv/wordpress/wp-content/uploads. Ảnh và tệp được chép từ thư mục này, không tải qua mạng."
          maxlength={500}
        />
        <Field
          name="oldHosts"
          label="Tên miền của trang cũ"
          value={v.oldHosts}
          error={e.oldHosts}
          hint="Cách nhau bởi dấu cách, ví dụ tinhuy.example.vn www.tinhuy.example.vn."
          maxlength={500}
        />
        <CheckboxField name="dryRun" label="Chạy thử (chỉ báo cáo, không ghi)" checked={v.dryRun} />
        <button type="submit" class="button">
          Bắt đầu
        </button>
      </form>

      <h2>Các lần nhập</h2>
      {props.runs.length === 0 ? (
        <p>Chưa có lần nhập nào.</p>
      ) : (
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">Số</th>
              <th scope="col">Trang</th>
              <th scope="col">Loại</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Bắt đầu</th>
            </tr>
          </thead>
          <tbody>
            {props.runs.map((r) => (
              <tr>
                <td>
                  <a href={`${IMPORT_BASE}/${r.id}`}>#{r.id}</a>
                </td>
                <td>{siteName(r.siteId)}</td>
                <td>{r.dryRun ? 'Chạy thử' : 'Nhập thật'}</td>
                <td>{STATUS_LABEL[r.status] ?? r.status}</td>
                <td>{formatDateTime(new Date(r.createdAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

/** One run's report: counts per kind and the problems found. */
export function ImportRunPage(props: {
  chrome: AdminChrome;
  run: ImportRunRow;
  siteName: string;
  report: Partial<ImportReport>;
}) {
  const { run, report } = props;
  const unfinished = run.status === 'queued' || run.status === 'running';
  return (
    <AdminLayout chrome={props.chrome} title={`Lần nhập #${run.id}`}>
      <p>
        <a href={IMPORT_BASE}>← Các lần nhập</a>
      </p>
      <dl class="facts">
        <dt>Trang nhận</dt>
        <dd>{props.siteName}</dd>
        <dt>Nguồn</dt>
        <dd>{run.sourceLabel}</dd>
        <dt>Loại</dt>
        <dd>{run.dryRun ? 'Chạy thử (không ghi)' : 'Nhập thật'}</dd>
        <dt>Trạng thái</dt>
        <dd>{STATUS_LABEL[run.status] ?? run.status}</dd>
        <dt>Địa chỉ cũ được chuyển hướng</dt>
        <dd>{report.redirects ?? 0}</dd>
      </dl>
      {unfinished && (
        <p>
          Đang nhập… <a href={`${IMPORT_BASE}/${run.id}`}>Tải lại để xem tiến độ</a>. Nếu máy chủ
          khởi động lại, lần nhập tự tiếp tục từ chỗ đã dừng.
        </p>
      )}
      {report.error && <Notice kind="error">Lần nhập dừng vì lỗi: {report.error}</Notice>}
      {report.counts && (
        <table class="admin-table">
          <caption>Số lượng theo loại</caption>
          <thead>
            <tr>
              <th scope="col">Loại</th>
              <th scope="col">{run.dryRun ? 'Sẽ thêm' : 'Thêm mới'}</th>
              <th scope="col">{run.dryRun ? 'Sẽ cập nhật' : 'Cập nhật'}</th>
              <th scope="col">Không đổi</th>
              <th scope="col">Bỏ qua</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_KINDS.map((k) => {
              const c = report.counts?.[k];
              return (
                <tr>
                  <th scope="row">{KIND_LABEL[k]}</th>
                  <td>{c?.created ?? 0}</td>
                  <td>{c?.updated ?? 0}</td>
                  <td>{c?.unchanged ?? 0}</td>
                  <td>{c?.skipped ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2>Vấn đề cần xem ({report.warnings?.length ?? 0})</h2>
      {report.warnings?.length ? (
        <ul>
          {report.warnings.map((w) => (
            <li>
              {KIND_LABEL[w.kind] ?? w.kind} {w.sourceId}: {w.message}
            </li>
          ))}
        </ul>
      ) : (
        <p>Không có vấn đề nào.</p>
      )}
    </AdminLayout>
  );
}
