import type { AdminChrome } from '../../../shell/admin-layout.tsx';
import { AdminLayout } from '../../../shell/admin-layout.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import { formatDate, formatDateTime } from '../../../lib/date.ts';
import { formatBytes } from '../../media/media.ts';
import type { MapSummary, MapUnit } from '../../map/map.ts';
import { SITE_KINDS, type Site } from '../platform.ts';
import type { SiteAdminResult, SiteOverview, SitesSummary } from '../sites.service.ts';

/** Base path of the member sites' back office. */
export const SITES_BASE = '/quan-tri/trang';

/** A site's public address: its own host, or its prefix on the province's host. */
export function siteAddress(s: Pick<Site, 'host' | 'pathPrefix'>, scheme: string): string {
  return s.host ? `${scheme}//${s.host}/` : `${s.pathPrefix ?? ''}/`;
}

function AddressText(props: { site: Site }) {
  const s = props.site;
  return s.host ? (
    <>
      Tên miền <code>{s.host}</code>
    </>
  ) : s.pathPrefix ? (
    <>
      Đường dẫn <code>{s.pathPrefix}</code>
    </>
  ) : (
    <>Địa chỉ chính</>
  );
}

function Status(props: { site: Site }) {
  return props.site.status === 'suspended' ? (
    <span class="status status-suspended">Tạm ngừng</span>
  ) : (
    <span class="status status-active">Hoạt động</span>
  );
}

/** The list of every site of the install. */
export function SiteListPage(props: {
  chrome: AdminChrome;
  rows: SiteOverview[];
  scheme: string;
  notice?: string;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Trang thành viên">
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      <p>
        <a class="button" href={`${SITES_BASE}/moi`}>
          Tạo trang Đảng bộ xã, phường
        </a>
      </p>
      <div class="table-scroll">
        <table class="data">
          <caption class="visually-hidden">Các trang trên hệ thống</caption>
          <thead>
            <tr>
              <th scope="col">Tên trang</th>
              <th scope="col">Loại</th>
              <th scope="col">Địa chỉ</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Dung lượng</th>
              <th scope="col">Đăng bài gần nhất</th>
              <th scope="col">Quản trị</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td>
                  {r.site.kind === 'tinh' ? (
                    r.site.name
                  ) : (
                    <a href={`${SITES_BASE}/${r.site.id}`}>{r.site.name}</a>
                  )}
                  <br />
                  <a class="small" href={siteAddress(r.site, props.scheme)}>
                    Mở trang
                  </a>
                </td>
                <td>{SITE_KINDS[r.site.kind]}</td>
                <td>
                  <AddressText site={r.site} />
                </td>
                <td>
                  <Status site={r.site} />
                </td>
                <td>{formatBytes(r.storageBytes)}</td>
                <td>{r.lastPublished ? formatDateTime(r.lastPublished) : 'Chưa đăng bài'}</td>
                <td>{r.admins.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
}

/** The values of the creation form as shown again. */
export interface NewSiteValues {
  unitCode: string;
  address: string;
  pathPrefix: string;
  host: string;
  adminMode: string;
  adminUsername: string;
  adminFullName: string;
  adminEmail: string;
}

/** The province map where each unit without a site is a link that picks it. */
function UnitPicker(props: { map: MapSummary; taken: Set<string>; current: string }) {
  const m = props.map;
  return (
    <svg
      class="minimap unit-picker"
      viewBox={m.viewBox}
      role="group"
      aria-labelledby="picker-title"
    >
      <title id="picker-title">Chọn đơn vị hành chính trên bản đồ</title>
      {m.units.map((u) =>
        props.taken.has(u.code) ? (
          <path d={u.path} class="unit taken">
            <title>{u.fullName} (đã có trang)</title>
          </path>
        ) : (
          <a href={`${SITES_BASE}/moi?don-vi=${u.code}`} aria-label={u.fullName}>
            <path
              d={u.path}
              class={`unit${u.type === 'phường' ? ' ward' : ''}${u.code === props.current ? ' current' : ''}`}
            >
              <title>{u.fullName}</title>
            </path>
          </a>
        ),
      )}
      <path d={m.outline} class="outline" />
    </svg>
  );
}

/** Creating a commune site in one step: its unit (list or map), its address, its first admin. */
export function NewSitePage(props: {
  chrome: AdminChrome;
  csrf: string;
  map: MapSummary;
  units: readonly MapUnit[];
  taken: Set<string>;
  values: NewSiteValues;
  errors: Record<string, string>;
  provinceHost: string;
}) {
  const { values: v, errors: e } = props;
  const failed = Object.keys(e).length > 0;
  return (
    <AdminLayout chrome={props.chrome} title="Tạo trang Đảng bộ xã, phường">
      {failed && (
        <Notice kind="error">Chưa tạo được trang: hãy sửa các mục được đánh dấu bên dưới.</Notice>
      )}
      <p>
        Chọn một đơn vị hành chính (trong danh sách hoặc trên bản đồ): trang được tạo với tên chính
        thức, mã đơn vị, ranh giới trên đầu trang, các chuyên mục và trang giới thiệu mặc định, rồi
        giao cho người quản trị đầu tiên.
      </p>
      <div class="picker-layout">
        <form method="post" action={`${SITES_BASE}/moi`} class="stack">
          <CsrfField token={props.csrf} />
          <div class={e.unitCode ? 'field has-error' : 'field'}>
            <label for="f-unitCode">Đơn vị hành chính</label>
            <select
              id="f-unitCode"
              name="unitCode"
              required
              aria-invalid={e.unitCode ? 'true' : undefined}
              aria-describedby={e.unitCode ? 'f-unitCode-err' : undefined}
            >
              <option value="">— Chọn xã, phường —</option>
              {props.units.map((u) => (
                <option
                  value={u.code}
                  selected={u.code === v.unitCode}
                  disabled={props.taken.has(u.code)}
                >
                  {u.fullName} ({u.code}){props.taken.has(u.code) ? ' — đã có trang' : ''}
                </option>
              ))}
            </select>
            {e.unitCode && (
              <p class="error" id="f-unitCode-err">
                {e.unitCode}
              </p>
            )}
          </div>
          <fieldset class={e.address ? 'field has-error' : 'field'}>
            <legend>Cách truy cập</legend>
            <label class="choice">
              <input type="radio" name="address" value="prefix" checked={v.address !== 'host'} />{' '}
              Đường dẫn trên trang tỉnh ({props.provinceHost}/xa/…)
            </label>
            <label class="choice">
              <input type="radio" name="address" value="host" checked={v.address === 'host'} /> Tên
              miền riêng (cần khai báo DNS và máy chủ trung gian trỏ về hệ thống)
            </label>
            {e.address && <p class="error">{e.address}</p>}
          </fieldset>
          <Field
            name="pathPrefix"
            label="Đường dẫn"
            value={v.pathPrefix}
            error={e.pathPrefix}
            hint="Ví dụ /xa/muong-nhe; để trống để dùng đường dẫn theo tên đơn vị."
            maxlength={100}
          />
          <Field
            name="host"
            label="Tên miền riêng"
            value={v.host}
            error={e.host}
            hint="Ví dụ muongnhe.dienbien.dcs.vn (chỉ dùng khi chọn tên miền riêng)."
            maxlength={253}
          />
          <fieldset class="field">
            <legend>Người quản trị đầu tiên</legend>
            <label class="choice">
              <input
                type="radio"
                name="adminMode"
                value="new"
                checked={v.adminMode !== 'existing'}
              />{' '}
              Tạo tài khoản mới (mật khẩu tạm thời hiện một lần, phải đổi khi đăng nhập lần đầu)
            </label>
            <label class="choice">
              <input
                type="radio"
                name="adminMode"
                value="existing"
                checked={v.adminMode === 'existing'}
              />{' '}
              Giao cho tài khoản đã có
            </label>
          </fieldset>
          <Field
            name="adminUsername"
            label="Tên đăng nhập"
            value={v.adminUsername}
            error={e.adminUsername}
            required
            autocomplete="off"
            maxlength={40}
          />
          <Field
            name="adminFullName"
            label="Họ và tên (tài khoản mới)"
            value={v.adminFullName}
            error={e.adminFullName}
            autocomplete="off"
            maxlength={120}
          />
          <Field
            name="adminEmail"
            label="Thư điện tử (tài khoản mới, không bắt buộc)"
            type="email"
            value={v.adminEmail}
            error={e.adminEmail}
            autocomplete="off"
            maxlength={200}
          />
          <p>
            <button type="submit" class="button">
              Tạo trang
            </button>{' '}
            <a href={SITES_BASE}>Hủy</a>
          </p>
        </form>
        <figure class="unit-picker-figure">
          <UnitPicker map={props.map} taken={props.taken} current={v.unitCode} />
          <figcaption>Bấm vào một xã, phường để chọn; đơn vị tô xám đã có trang.</figcaption>
        </figure>
      </div>
    </AdminLayout>
  );
}

/** The new site, with its first admin's temporary password shown this once. */
export function SiteCreatedPage(props: {
  chrome: AdminChrome;
  site: Site;
  admin: SiteAdminResult;
  scheme: string;
}) {
  const { site, admin } = props;
  return (
    <AdminLayout chrome={props.chrome} title="Đã tạo trang">
      <Notice kind="ok">
        Đã tạo trang {site.name}. <a href={siteAddress(site, props.scheme)}>Mở trang</a>
      </Notice>
      <dl class="kv">
        <dt>Địa chỉ</dt>
        <dd>
          <AddressText site={site} />
        </dd>
        <dt>Người quản trị</dt>
        <dd>
          {admin.fullName} ({admin.username})
        </dd>
        {admin.password && (
          <>
            <dt>Mật khẩu tạm thời</dt>
            <dd>
              <code class="one-time">{admin.password}</code>
            </dd>
          </>
        )}
      </dl>
      {admin.password && (
        <Notice kind="info">
          Mật khẩu tạm thời chỉ hiện một lần: hãy trao trực tiếp cho người quản trị. Khi đăng nhập
          lần đầu, người đó phải đổi mật khẩu và bật xác thực hai lớp.
        </Notice>
      )}
      <p>
        <a href={`${SITES_BASE}/${site.id}`}>Sửa trang này</a> ·{' '}
        <a href={SITES_BASE}>Về danh sách trang thành viên</a>
      </p>
    </AdminLayout>
  );
}

/** The values of the edit form as shown again. */
export interface EditSiteValues {
  name: string;
  address: string;
  pathPrefix: string;
  host: string;
}

/** One member site: name and address, and suspension with its reason. */
export function EditSitePage(props: {
  chrome: AdminChrome;
  csrf: string;
  site: Site;
  values: EditSiteValues;
  errors: Record<string, string>;
  reason: string;
  reasonError?: string;
  notice?: string;
  scheme: string;
}) {
  const { site, values: v, errors: e } = props;
  const base = `${SITES_BASE}/${site.id}`;
  return (
    <AdminLayout chrome={props.chrome} title={site.name}>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {Object.keys(e).length > 0 && (
        <Notice kind="error">Chưa lưu được: hãy sửa các mục được đánh dấu bên dưới.</Notice>
      )}
      <dl class="kv">
        <dt>Loại</dt>
        <dd>{SITE_KINDS[site.kind]}</dd>
        <dt>Mã đơn vị hành chính</dt>
        <dd>{site.unitCode ?? '—'}</dd>
        <dt>Trạng thái</dt>
        <dd>
          <Status site={site} />
          {site.status === 'suspended' && site.suspendedReason && <> — {site.suspendedReason}</>}
        </dd>
        <dt>Ngày tạo</dt>
        <dd>{formatDate(site.createdAt)}</dd>
        <dt>Trang công khai</dt>
        <dd>
          <a href={siteAddress(site, props.scheme)}>Mở trang</a>
        </dd>
      </dl>
      <section class="panel" aria-labelledby="h-edit">
        <h2 id="h-edit">Tên và địa chỉ</h2>
        <form method="post" action={base} class="stack">
          <CsrfField token={props.csrf} />
          <Field
            name="name"
            label="Tên trang"
            value={v.name}
            error={e.name}
            required
            maxlength={200}
          />
          <fieldset class={e.address ? 'field has-error' : 'field'}>
            <legend>Cách truy cập</legend>
            <label class="choice">
              <input type="radio" name="address" value="prefix" checked={v.address !== 'host'} />{' '}
              Đường dẫn trên trang tỉnh
            </label>
            <label class="choice">
              <input type="radio" name="address" value="host" checked={v.address === 'host'} /> Tên
              miền riêng
            </label>
            {e.address && <p class="error">{e.address}</p>}
          </fieldset>
          <Field
            name="pathPrefix"
            label="Đường dẫn"
            value={v.pathPrefix}
            error={e.pathPrefix}
            maxlength={100}
          />
          <Field name="host" label="Tên miền riêng" value={v.host} error={e.host} maxlength={253} />
          <p>
            <button type="submit" class="button">
              Lưu
            </button>
          </p>
        </form>
      </section>
      <section class="panel" aria-labelledby="h-status">
        <h2 id="h-status">
          {site.status === 'suspended' ? 'Cho hoạt động trở lại' : 'Tạm ngừng trang'}
        </h2>
        {site.status === 'suspended' ? (
          <form method="post" action={`${base}/hoat-dong`} class="stack">
            <CsrfField token={props.csrf} />
            {props.reasonError && <Notice kind="error">{props.reasonError}</Notice>}
            <p>
              <button type="submit" class="button">
                Cho trang hoạt động trở lại
              </button>
            </p>
          </form>
        ) : (
          <form method="post" action={`${base}/tam-ngung`} class="stack">
            <CsrfField token={props.csrf} />
            <p>Khi tạm ngừng, người đọc chỉ thấy thông báo tạm ngừng kèm lý do dưới đây.</p>
            <Field
              name="reason"
              label="Lý do tạm ngừng"
              value={props.reason}
              error={props.reasonError}
              required
              maxlength={500}
            />
            <p>
              <button type="submit" class="button button-danger">
                Tạm ngừng trang
              </button>
            </p>
          </form>
        )}
      </section>
    </AdminLayout>
  );
}

/** The dashboard's block for the system admin: the member sites at a glance. */
export function SitesSummaryPanel(props: { summary: SitesSummary }) {
  const s = props.summary;
  return (
    <section class="panel" aria-labelledby="h-member-sites">
      <h2 id="h-member-sites">Các trang thành viên</h2>
      <p>
        {s.count === 0
          ? 'Chưa có trang thành viên nào.'
          : `Có ${s.count} trang thành viên; ${s.suspended.length} trang đang tạm ngừng; ${s.quiet.length} trang không đăng bài trong 30 ngày.`}
      </p>
      {s.suspended.length > 0 && (
        <p>
          Đang tạm ngừng:{' '}
          {s.suspended.map((x, i) => (
            <>
              {i > 0 && ', '}
              <a href={`${SITES_BASE}/${x.id}`}>{x.name}</a>
            </>
          ))}
        </p>
      )}
      {s.quiet.length > 0 && (
        <p>
          Không đăng bài trong 30 ngày:{' '}
          {s.quiet.map((x, i) => (
            <>
              {i > 0 && ', '}
              <a href={`${SITES_BASE}/${x.id}`}>{x.name}</a>
            </>
          ))}
        </p>
      )}
      <p>
        <a href={SITES_BASE}>Quản lý trang thành viên</a>
      </p>
    </section>
  );
}
