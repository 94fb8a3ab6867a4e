import type { Child } from 'hono/jsx';
import { formatDateTime } from '../../../lib/date.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import type { AccountSection } from '../account.ts';
import {
  ROLE_LABELS,
  ROLES,
  TOTP_RELAXABLE_ROLES,
  isLocked,
  type Account,
  type Role,
} from '../account.ts';

/** The security warning shown while roles are freed from the second factor. */
function TotpRelaxedWarning(props: { roles: readonly Role[]; admin: boolean }) {
  if (!props.roles.length) return null;
  return (
    <Notice kind="error">
      Cảnh báo bảo mật: xác thực hai lớp đang <strong>không bắt buộc</strong> với vai trò{' '}
      {props.roles.map((r) => ROLE_LABELS[r]).join(', ')}. Tài khoản của các vai trò này chỉ được
      bảo vệ bằng mật khẩu (tối thiểu 14 ký tự).{' '}
      {props.admin && <a href="/quan-tri/nguoi-dung#hai-lop">Bật lại yêu cầu</a>}
    </Notice>
  );
}

function Status(props: { a: Account; now: Date }) {
  const { a } = props;
  if (a.disabledAt) return <span class="badge badge-off">Đã vô hiệu hóa</span>;
  if (isLocked(a, props.now)) return <span class="badge badge-warn">Đang bị khóa</span>;
  return <span class="badge badge-on">Hoạt động</span>;
}

function sectionNames(a: Account, sections: AccountSection[]): string {
  if (a.role === 'admin') return '—';
  if (a.allSections) return 'Tất cả chuyên mục';
  const names = sections.filter((s) => a.sectionIds.includes(s.id)).map((s) => s.name);
  return names.length ? names.join(', ') : 'Chưa được giao chuyên mục';
}

/** The account list. */
export function AccountListPage(props: {
  chrome: AdminChrome;
  accounts: Account[];
  sections: AccountSection[];
  now: Date;
  notice?: string;
  csrf: string;
  optionalTotpRoles: readonly Role[];
  /** The second-factor policy is the system admins' (one login for every site). */
  systemAdmin: boolean;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Người dùng">
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      <TotpRelaxedWarning roles={props.optionalTotpRoles} admin={false} />
      <p>
        <a class="button" href="/quan-tri/nguoi-dung/moi">
          Thêm người dùng
        </a>
      </p>
      <div class="table-scroll">
        <table class="data">
          <caption class="sr-only">Danh sách tài khoản</caption>
          <thead>
            <tr>
              <th scope="col">Họ và tên</th>
              <th scope="col">Tên đăng nhập</th>
              <th scope="col">Vai trò</th>
              <th scope="col">Chuyên mục</th>
              <th scope="col">Xác thực hai lớp</th>
              <th scope="col">Đăng nhập gần nhất</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {props.accounts.map((a) => (
              <tr>
                <th scope="row">
                  <a href={`/quan-tri/nguoi-dung/${a.id}`}>{a.fullName}</a>
                </th>
                <td>{a.username}</td>
                <td>{ROLE_LABELS[a.role]}</td>
                <td>{sectionNames(a, props.sections)}</td>
                <td>{a.totpEnabled ? 'Đã bật' : 'Chưa bật'}</td>
                <td>{a.lastLoginAt ? formatDateTime(a.lastLoginAt) : 'Chưa đăng nhập'}</td>
                <td>
                  <Status a={a} now={props.now} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.systemAdmin && (
        <form method="post" action="/quan-tri/nguoi-dung/hai-lop" id="hai-lop">
          <CsrfField token={props.csrf} />
          <fieldset>
            <legend>Xác thực hai lớp</legend>
            <p>
              Mặc định mọi tài khoản phải dùng xác thực hai lớp. Chỉ nới lỏng khi thật cần: việc này
              được ghi nhật ký và bảng điều khiển sẽ hiện cảnh báo. Quản trị hệ thống và Lãnh đạo
              Ban biên tập luôn phải dùng.
            </p>
            {TOTP_RELAXABLE_ROLES.map((r) => (
              <label>
                <input
                  type="checkbox"
                  name="khongBatBuoc"
                  value={r}
                  checked={props.optionalTotpRoles.includes(r)}
                />{' '}
                Không bắt buộc với {ROLE_LABELS[r]}
              </label>
            ))}
          </fieldset>
          <p>
            <button type="submit" class="button">
              Lưu yêu cầu xác thực hai lớp
            </button>
          </p>
        </form>
      )}
    </AdminLayout>
  );
}

/** Values shown in the account form (as typed, so nothing is lost on an error). */
export interface AccountFormValues {
  username: string;
  fullName: string;
  email: string;
  role: string;
  allSections: boolean;
  sectionIds: number[];
}

/** Create or edit an account: identity, role and sections. */
export function AccountFormPage(props: {
  chrome: AdminChrome;
  csrf: string;
  /** A system admin also sees (and changes) the account's roles on every site. */
  systemAdmin: boolean;
  sites: { id: number; name: string }[];
  sections: AccountSection[];
  values: AccountFormValues;
  errors: Record<string, string>;
  account?: Account;
  now: Date;
  notice?: string;
  oneTimePassword?: string;
}) {
  const { values, errors, account } = props;
  const editing = Boolean(account);
  const articleSections = props.sections.filter((s) => s.kind === 'articles');
  return (
    <AdminLayout
      chrome={props.chrome}
      title={editing ? `Tài khoản: ${account?.fullName ?? ''}` : 'Thêm người dùng'}
    >
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {props.oneTimePassword && (
        <Notice kind="info">
          Mật khẩu tạm thời (chỉ hiển thị một lần, người dùng phải đổi ở lần đăng nhập đầu):{' '}
          <code data-testid="temp-password">{props.oneTimePassword}</code>
        </Notice>
      )}
      {Object.keys(errors).length > 0 && (
        <Notice kind="error">Vui lòng sửa các mục được đánh dấu bên dưới.</Notice>
      )}
      <form
        method="post"
        action={editing ? `/quan-tri/nguoi-dung/${account?.id ?? ''}` : '/quan-tri/nguoi-dung/moi'}
        class="stack"
        novalidate
      >
        <CsrfField token={props.csrf} />
        {editing ? (
          <p>
            Tên đăng nhập: <strong>{account?.username}</strong>
            <input type="hidden" name="username" value={account?.username} />
          </p>
        ) : (
          <Field
            name="username"
            label="Tên đăng nhập"
            value={values.username}
            error={errors.username}
            required
            autocomplete="off"
            hint="Chữ cái không dấu, chữ số, dấu chấm hoặc gạch; ví dụ: nguyen.thuy"
            maxlength={40}
          />
        )}
        <Field
          name="fullName"
          label="Họ và tên"
          value={values.fullName}
          error={errors.fullName}
          required
          autocomplete="off"
          maxlength={120}
        />
        <Field
          name="email"
          label="Email công vụ"
          type="email"
          value={values.email}
          error={errors.email}
          autocomplete="off"
          maxlength={200}
        />
        <fieldset class={errors.role ? 'field has-error' : 'field'}>
          <legend>Vai trò</legend>
          {ROLES.map((r) => (
            <label class="choice">
              <input type="radio" name="role" value={r} checked={values.role === r} />{' '}
              {ROLE_LABELS[r]}
            </label>
          ))}
          {errors.role && <p class="error">{errors.role}</p>}
          <p class="hint">
            Quản trị hệ thống quản lý người dùng và cài đặt nhưng không được biên tập hay xuất bản
            bài. Lãnh đạo Ban biên tập và Quản trị hệ thống bắt buộc dùng xác thực hai lớp.
          </p>
        </fieldset>
        <fieldset class={errors.sectionIds ? 'field has-error' : 'field'}>
          <legend>Chuyên mục được làm việc</legend>
          <label class="choice">
            <input type="checkbox" name="allSections" value="on" checked={values.allSections} /> Tất
            cả chuyên mục
          </label>
          <div class="choices">
            {articleSections.map((s) => (
              <label class="choice">
                <input
                  type="checkbox"
                  name="sectionIds"
                  value={String(s.id)}
                  checked={values.sectionIds.includes(s.id)}
                />{' '}
                {s.name}
              </label>
            ))}
          </div>
          {errors.sectionIds && <p class="error">{errors.sectionIds}</p>}
        </fieldset>
        <p>
          <button type="submit" class="button">
            {editing ? 'Lưu thay đổi' : 'Tạo tài khoản'}
          </button>{' '}
          <a href="/quan-tri/nguoi-dung">Quay lại danh sách</a>
        </p>
      </form>
      {account && props.systemAdmin && (
        <SiteGrants account={account} sites={props.sites} csrf={props.csrf} error={errors.grant} />
      )}
      {account && <AccountActions account={account} csrf={props.csrf} now={props.now} />}
    </AdminLayout>
  );
}

/** The account's roles on every site, and a form to grant one (system admins). */
function SiteGrants(props: {
  account: Account;
  sites: { id: number; name: string }[];
  csrf: string;
  error?: string;
}) {
  const a = props.account;
  const name = (id: number) => props.sites.find((s) => s.id === id)?.name ?? `Trang ${id}`;
  return (
    <section class="panel" aria-labelledby="h-grants" id="quyen-trang">
      <h2 id="h-grants">Quyền trên các trang</h2>
      {props.error && <Notice kind="error">{props.error}</Notice>}
      {a.grants.length ? (
        <div class="table-scroll">
          <table class="data">
            <caption class="sr-only">Các trang tài khoản được làm việc</caption>
            <thead>
              <tr>
                <th scope="col">Trang</th>
                <th scope="col">Vai trò</th>
                <th scope="col">Chuyên mục</th>
                <th scope="col">Thu hồi</th>
              </tr>
            </thead>
            <tbody>
              {a.grants.map((g) => (
                <tr>
                  <th scope="row">{name(g.siteId)}</th>
                  <td>{ROLE_LABELS[g.role]}</td>
                  <td>
                    {g.role === 'admin'
                      ? '—'
                      : g.allSections
                        ? 'Tất cả chuyên mục'
                        : `${g.sectionIds.length} chuyên mục`}
                  </td>
                  <td>
                    <form
                      method="post"
                      action={`/quan-tri/nguoi-dung/${a.id}/thu-hoi`}
                      class="inline-form"
                    >
                      <CsrfField token={props.csrf} />
                      <input type="hidden" name="site" value={String(g.siteId)} />
                      <button type="submit" class="button button-secondary">
                        Thu hồi quyền
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Tài khoản chưa được giao quyền trên trang nào.</p>
      )}
      <form method="post" action={`/quan-tri/nguoi-dung/${a.id}/quyen-trang`} class="stack">
        <CsrfField token={props.csrf} />
        <p class="field">
          <label for="grant-site">Trang</label>
          <select id="grant-site" name="site">
            {props.sites.map((s) => (
              <option value={String(s.id)}>{s.name}</option>
            ))}
          </select>
        </p>
        <fieldset class="field">
          <legend>Vai trò trên trang đó</legend>
          {ROLES.map((r) => (
            <label class="choice">
              <input type="radio" name="role" value={r} checked={r === 'reporter'} />{' '}
              {ROLE_LABELS[r]}
            </label>
          ))}
        </fieldset>
        <label class="choice">
          <input type="checkbox" name="allSections" value="on" /> Tất cả chuyên mục của trang đó
        </label>
        <p class="hint">
          Chuyên mục riêng lẻ của một trang được chọn khi làm việc trên trang đó (mở tài khoản này
          sau khi chuyển sang trang). Thay đổi quyền kết thúc các phiên đăng nhập của người dùng.
        </p>
        <p>
          <button type="submit" class="button">
            Giao quyền
          </button>
        </p>
      </form>
    </section>
  );
}

function ActionButton(props: {
  id: number;
  action: string;
  label: string;
  csrf: string;
  danger?: boolean;
  children?: unknown;
}) {
  return (
    <form
      method="post"
      action={`/quan-tri/nguoi-dung/${props.id}/${props.action}`}
      class="inline-form"
    >
      <CsrfField token={props.csrf} />
      <button
        type="submit"
        class={props.danger ? 'button button-danger' : 'button button-secondary'}
      >
        {props.label}
      </button>
    </form>
  );
}

function AccountActions(props: { account: Account; csrf: string; now: Date }) {
  const a = props.account;
  return (
    <section class="panel" aria-labelledby="h-actions">
      <h2 id="h-actions">Trạng thái và bảo mật</h2>
      <dl class="kv">
        <dt>Trạng thái</dt>
        <dd>
          <Status a={a} now={props.now} />
          {a.disabledAt && ` từ ${formatDateTime(a.disabledAt)} — ${a.disabledReason}`}
          {isLocked(a, props.now) && a.lockedUntil && ` đến ${formatDateTime(a.lockedUntil)}`}
        </dd>
        <dt>Xác thực hai lớp</dt>
        <dd>{a.totpEnabled ? 'Đã bật' : 'Chưa bật'}</dd>
        <dt>Đăng nhập gần nhất</dt>
        <dd>{a.lastLoginAt ? formatDateTime(a.lastLoginAt) : 'Chưa đăng nhập'}</dd>
        <dt>Ngày tạo</dt>
        <dd>{formatDateTime(a.createdAt)}</dd>
      </dl>
      <div class="actions">
        {a.disabledAt ? (
          <ActionButton id={a.id} action="kich-hoat" label="Kích hoạt lại" csrf={props.csrf} />
        ) : (
          <ActionButton id={a.id} action="vo-hieu" label="Vô hiệu hóa" csrf={props.csrf} danger />
        )}
        {isLocked(a, props.now) && (
          <ActionButton id={a.id} action="mo-khoa" label="Mở khóa đăng nhập" csrf={props.csrf} />
        )}
        <ActionButton
          id={a.id}
          action="dat-lai-mat-khau"
          label="Đặt lại mật khẩu"
          csrf={props.csrf}
        />
        {!a.mustChangePassword && (
          <ActionButton
            id={a.id}
            action="buoc-doi-mat-khau"
            label="Buộc đổi mật khẩu"
            csrf={props.csrf}
          />
        )}
        {a.totpEnabled && (
          <ActionButton
            id={a.id}
            action="dat-lai-2fa"
            label="Đặt lại xác thực hai lớp"
            csrf={props.csrf}
          />
        )}
      </div>
    </section>
  );
}

/** The dashboard: who you are and where to go. */
export function DashboardPage(props: {
  chrome: AdminChrome;
  account: Account;
  sections: AccountSection[];
  optionalTotpRoles: readonly Role[];
  /** Blocks other modules add (e.g. the member sites for the system admin). */
  panels?: Child;
}) {
  const a = props.account;
  return (
    <AdminLayout chrome={props.chrome} title="Bảng điều khiển">
      <TotpRelaxedWarning roles={props.optionalTotpRoles} admin={a.role === 'admin'} />
      <p>
        Xin chào <strong>{a.fullName}</strong> — {ROLE_LABELS[a.role]}.
      </p>
      {a.role !== 'admin' && <p>Chuyên mục được giao: {sectionNames(a, props.sections)}.</p>}
      {!a.totpEnabled && (
        <Notice kind="info">
          Bạn chưa bật xác thực hai lớp. <a href="/quan-tri/bao-mat/hai-lop">Bật ngay</a> để tài
          khoản an toàn hơn (khi đó mật khẩu chỉ cần tối thiểu 8 ký tự).
        </Notice>
      )}
      {props.panels}
    </AdminLayout>
  );
}

/** Your own account: password, second factor, sessions. */
export function OwnAccountPage(props: {
  chrome: AdminChrome;
  csrf: string;
  account: Account;
  /** The account's roles, by site name. */
  grants: { site: string; role: Role }[];
  errors: Record<string, string>;
  notice?: string;
  forced?: boolean;
}) {
  const a = props.account;
  return (
    <AdminLayout chrome={props.chrome} title="Tài khoản của tôi">
      {props.forced && (
        <Notice kind="info">Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục làm việc.</Notice>
      )}
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      <dl class="kv">
        <dt>Họ và tên</dt>
        <dd>{a.fullName}</dd>
        <dt>Tên đăng nhập</dt>
        <dd>{a.username}</dd>
        <dt>Vai trò trên trang này</dt>
        <dd>{a.granted ? ROLE_LABELS[a.role] : 'Chưa được giao quyền'}</dd>
        <dt>Các trang được làm việc</dt>
        <dd>
          {props.grants.length ? (
            <ul>
              {props.grants.map((g) => (
                <li>
                  {g.site}: {ROLE_LABELS[g.role]}
                </li>
              ))}
            </ul>
          ) : (
            'Chưa có'
          )}
        </dd>
      </dl>
      <section class="panel" aria-labelledby="h-pw">
        <h2 id="h-pw">Đổi mật khẩu</h2>
        <form method="post" action="/quan-tri/tai-khoan/mat-khau" class="stack">
          <CsrfField token={props.csrf} />
          <Field
            name="current"
            label="Mật khẩu hiện tại"
            type="password"
            error={props.errors.current}
            required
            autocomplete="current-password"
          />
          <Field
            name="next"
            label="Mật khẩu mới"
            type="password"
            error={props.errors.next}
            required
            autocomplete="new-password"
            hint={
              a.totpEnabled
                ? 'Tối thiểu 8 ký tự, có ít nhất ba loại: chữ thường, chữ hoa, chữ số, ký hiệu; không dùng mật khẩu phổ biến.'
                : 'Tối thiểu 14 ký tự (8 nếu đã bật xác thực hai lớp), có ít nhất ba loại: chữ thường, chữ hoa, chữ số, ký hiệu; không dùng mật khẩu phổ biến.'
            }
          />
          <Field
            name="confirm"
            label="Nhập lại mật khẩu mới"
            type="password"
            error={props.errors.confirm}
            required
            autocomplete="new-password"
          />
          <p>
            <button type="submit" class="button">
              Đổi mật khẩu
            </button>
          </p>
        </form>
      </section>
      <section class="panel" aria-labelledby="h-2fa">
        <h2 id="h-2fa">Xác thực hai lớp</h2>
        {a.totpEnabled ? (
          <>
            <p>
              Đã bật. Nếu mất điện thoại, dùng một mã khôi phục để đăng nhập rồi đề nghị quản trị
              đặt lại.
            </p>
            <form method="post" action="/quan-tri/tai-khoan/ma-khoi-phuc" class="stack narrow">
              <CsrfField token={props.csrf} />
              <Field
                name="code"
                label="Mã xác thực hiện tại"
                hint="Tạo bộ mã khôi phục mới; các mã cũ sẽ hết hiệu lực."
                error={props.errors.code}
                autocomplete="one-time-code"
                inputmode="numeric"
                maxlength={7}
              />
              <p>
                <button type="submit" class="button button-secondary">
                  Tạo lại mã khôi phục
                </button>
              </p>
            </form>
          </>
        ) : (
          <p>
            Chưa bật. <a href="/quan-tri/bao-mat/hai-lop">Bật xác thực hai lớp</a>
          </p>
        )}
      </section>
      <section class="panel" aria-labelledby="h-sessions">
        <h2 id="h-sessions">Phiên đăng nhập</h2>
        <p>
          Đăng xuất khỏi mọi thiết bị đang đăng nhập bằng tài khoản này, kể cả thiết bị hiện tại.
        </p>
        <form method="post" action="/quan-tri/tai-khoan/dang-xuat-moi-noi">
          <CsrfField token={props.csrf} />
          <button type="submit" class="button button-secondary">
            Đăng xuất mọi nơi
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}
