import type { AdminChrome } from '../../../shell/admin-layout.tsx';
import { ImageField, PostButton } from '../../../views/admin-controls.tsx';
import { CsrfField, Field, TextAreaField } from '../../../views/form.tsx';
import { mediaUrl } from '../../media/media.ts';
import { IMAGE_LIMITS, formatBytes } from '../site.images.ts';
import type { SiteSettings } from '../site.ts';
import { SettingsLayout } from './settings.layout.tsx';

/** The general settings form, values as typed. */
export type SettingsValues = Record<string, string>;

/** Names, footer fields, social links and the visitor total offset. */
export function SettingsPage(props: {
  chrome: AdminChrome;
  csrf: string;
  values: SettingsValues;
  errors: Record<string, string>;
  notice?: string;
}) {
  const { values: v, errors: e } = props;
  const field = (
    name: string,
    label: string,
    opts: {
      hint?: string;
      required?: boolean;
      type?: string;
      maxlength?: number;
      inputmode?: 'numeric' | 'text' | 'email';
    } = {},
  ) => (
    <Field
      name={name}
      label={label}
      value={v[name] ?? ''}
      error={e[name]}
      autocomplete="off"
      {...opts}
    />
  );
  return (
    <SettingsLayout
      chrome={props.chrome}
      title="Cài đặt trang"
      notice={props.notice}
      error={
        Object.keys(e).length ? 'Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.' : undefined
      }
    >
      <form method="post" action="/quan-tri/cai-dat" class="stack" novalidate>
        <CsrfField token={props.csrf} />
        <fieldset class="panel">
          <legend>Tên trang</legend>
          {field('siteName', 'Tên trang (đầu trang)', {
            required: true,
            maxlength: 200,
            hint: 'Ví dụ: TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH ĐIỆN BIÊN',
          })}
          {field('shortName', 'Tên ngắn (tiêu đề cửa sổ, chia sẻ mạng xã hội)', {
            required: true,
            maxlength: 80,
          })}
          {field('slogan', 'Khẩu hiệu dưới tên trang', { maxlength: 200 })}
        </fieldset>
        <fieldset class="panel">
          <legend>Chân trang</legend>
          {field('ownerAgency', 'Cơ quan chủ quản', { maxlength: 200 })}
          {field('responsiblePerson', 'Người chịu trách nhiệm chính', { maxlength: 200 })}
          {field('licence', 'Giấy phép', { maxlength: 400 })}
          {field('address', 'Địa chỉ', { maxlength: 300 })}
          {field('phone', 'Điện thoại', { maxlength: 40 })}
          {field('email', 'Email', { type: 'email', maxlength: 200 })}
        </fieldset>
        <fieldset class="panel">
          <legend>Đường dây nóng và đầu mối liên hệ</legend>
          {field('hotline', 'Đường dây nóng', {
            maxlength: 40,
            hint: 'Hiện ở chân trang và trang Cơ cấu tổ chức; để trống để ẩn.',
          })}
          <TextAreaField
            name="contactPoints"
            label="Đầu mối liên hệ"
            value={v.contactPoints ?? ''}
            error={e.contactPoints}
            rows={5}
            maxlength={9000}
            hint="Mỗi dòng một đầu mối: Tên đầu mối | điện thoại | thư điện tử. Ví dụ: Văn phòng Tỉnh ủy | 0215 3825 123 | vptu@dienbien.gov.vn"
          />
        </fieldset>
        <fieldset class="panel">
          <legend>Lịch công tác</legend>
          {field('scheduleDaysAhead', 'Số ngày công khai trước', {
            inputmode: 'numeric',
            maxlength: 3,
            hint: 'Vì an toàn của lãnh đạo, lịch đã duyệt chỉ hiện đến hôm nay cộng số ngày này (0: đến hết hôm nay). Để trống: hiện mọi ngày đã duyệt.',
          })}
        </fieldset>
        <fieldset class="panel">
          <legend>Mạng xã hội (để trống để ẩn)</legend>
          {field('socialFacebook', 'Facebook', {
            type: 'url',
            maxlength: 2000,
            hint: 'Địa chỉ đầy đủ, bắt đầu bằng https://',
          })}
          {field('socialYoutube', 'YouTube', { type: 'url', maxlength: 2000 })}
          {field('socialZalo', 'Zalo', { type: 'url', maxlength: 2000 })}
          {field('socialTiktok', 'TikTok', { type: 'url', maxlength: 2000 })}
        </fieldset>
        <fieldset class="panel">
          <legend>Thống kê truy cập</legend>
          {field('visitorTotalOffset', 'Số lượt truy cập chuyển từ trang cũ', {
            inputmode: 'numeric',
            maxlength: 20,
            hint: 'Được cộng vào “Tổng truy cập”. Ví dụ: 3.251.964',
          })}
        </fieldset>
        <p>
          <button type="submit" class="button">
            Lưu cài đặt
          </button>
        </p>
      </form>
    </SettingsLayout>
  );
}

/** The logo and the favicon: current image, upload a new one, or go back to the default. */
export function LogoPage(props: {
  chrome: AdminChrome;
  csrf: string;
  settings: SiteSettings;
  errors: Record<string, string>;
  notice?: string;
}) {
  const s = props.settings;
  return (
    <SettingsLayout
      chrome={props.chrome}
      title="Logo, ảnh đầu trang và biểu tượng"
      notice={props.notice}
      error={
        props.errors.logo ??
        props.errors.favicon ??
        props.errors.headerDesktop ??
        props.errors.headerPhone
      }
    >
      <section class="panel" aria-labelledby="h-logo">
        <h2 id="h-logo">Logo ở đầu trang</h2>
        {s.logoKey ? (
          <p class="logo-preview">
            <img
              src={mediaUrl(s.logoKey)}
              width={s.logoWidth}
              height={s.logoHeight}
              alt="Logo hiện tại"
            />
          </p>
        ) : (
          <p>Đang dùng biểu trưng vẽ sẵn (búa liềm vàng trên nền đỏ).</p>
        )}
        <form
          method="post"
          action="/quan-tri/cai-dat/logo"
          enctype="multipart/form-data"
          class="stack"
        >
          <CsrfField token={props.csrf} />
          <ImageField
            name="file"
            id="f-logo"
            label="Chọn ảnh logo mới"
            error={props.errors.logo}
            required
            hint={`JPEG, PNG, WebP hoặc GIF, tối đa ${formatBytes(IMAGE_LIMITS.logo)}. Ảnh được kiểm tra theo nội dung và mã hóa lại (xóa siêu dữ liệu); chiều cao hiển thị khoảng 72 điểm ảnh.`}
          />
          <p>
            <button type="submit" class="button">
              Tải lên logo
            </button>
          </p>
        </form>
        {s.logoKey && (
          <PostButton action="/quan-tri/cai-dat/logo/xoa" csrf={props.csrf}>
            Bỏ logo, dùng biểu trưng mặc định
          </PostButton>
        )}
      </section>
      <HeaderImagePanel
        kind="headerDesktop"
        path="anh-dau-trang"
        title="Ảnh đầu trang trên máy tính (từ 768 điểm ảnh)"
        hint={`Ảnh ngang, nên rộng 1200–1600 và cao 140–200 điểm ảnh; JPEG, PNG, WebP hoặc GIF, tối đa ${formatBytes(IMAGE_LIMITS.headerDesktop)}. Ảnh thay cho phần đầu trang vẽ sẵn (biểu trưng, tên trang, hoa văn trống đồng) nên cần có sẵn biểu trưng và tên trang.`}
        settings={s}
        csrf={props.csrf}
        error={props.errors.headerDesktop}
      />
      <HeaderImagePanel
        kind="headerPhone"
        path="anh-dau-trang-dien-thoai"
        title="Ảnh đầu trang trên điện thoại"
        hint={`Ảnh ngang, hiển thị cao 48 điểm ảnh (nên rộng khoảng 480–800, cao 80–96 điểm ảnh); JPEG, PNG, WebP hoặc GIF, tối đa ${formatBytes(IMAGE_LIMITS.headerPhone)}. Nút tìm kiếm và nút menu vẫn ở bên phải.`}
        settings={s}
        csrf={props.csrf}
        error={props.errors.headerPhone}
      />
      <section class="panel" aria-labelledby="h-favicon">
        <h2 id="h-favicon">Biểu tượng trên thẻ trình duyệt (favicon)</h2>
        {s.faviconKey ? (
          <p>
            <img src={mediaUrl(s.faviconKey)} width={32} height={32} alt="Biểu tượng hiện tại" />
          </p>
        ) : (
          <p>Đang dùng biểu tượng mặc định.</p>
        )}
        <form
          method="post"
          action="/quan-tri/cai-dat/bieu-tuong"
          enctype="multipart/form-data"
          class="stack"
        >
          <CsrfField token={props.csrf} />
          <ImageField
            name="file"
            id="f-bieu-tuong"
            label="Chọn ảnh biểu tượng mới"
            error={props.errors.favicon}
            required
            hint={`Ảnh vuông, JPEG, PNG, WebP hoặc GIF, tối đa ${formatBytes(IMAGE_LIMITS.favicon)}; được thu về 64 × 64 điểm ảnh.`}
          />
          <p>
            <button type="submit" class="button">
              Tải lên biểu tượng
            </button>
          </p>
        </form>
        {s.faviconKey && (
          <PostButton action="/quan-tri/cai-dat/bieu-tuong/xoa" csrf={props.csrf}>
            Dùng biểu tượng mặc định
          </PostButton>
        )}
      </section>
    </SettingsLayout>
  );
}

/** One uploaded header banner (desktop or phone): the current one, a new upload, or the drawn header. */
function HeaderImagePanel(props: {
  kind: 'headerDesktop' | 'headerPhone';
  path: string;
  title: string;
  hint: string;
  settings: SiteSettings;
  csrf: string;
  error?: string;
}) {
  const s = props.settings;
  const key = s[`${props.kind}Key`];
  const id = `h-${props.path}`;
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {key ? (
        <p class="logo-preview">
          <img
            src={mediaUrl(key)}
            width={s[`${props.kind}Width`]}
            height={s[`${props.kind}Height`]}
            alt="Ảnh đầu trang hiện tại"
          />
        </p>
      ) : (
        <p>Đang dùng phần đầu trang vẽ sẵn (biểu trưng, tên trang và hoa văn trống đồng).</p>
      )}
      <form
        method="post"
        action={`/quan-tri/cai-dat/${props.path}`}
        enctype="multipart/form-data"
        class="stack"
      >
        <CsrfField token={props.csrf} />
        <ImageField
          name="file"
          id={`f-${props.path}`}
          label="Chọn ảnh đầu trang mới"
          error={props.error}
          required
          hint={props.hint}
        />
        <p>
          <button type="submit" class="button">
            Tải lên ảnh đầu trang
          </button>
        </p>
      </form>
      {key && (
        <PostButton action={`/quan-tri/cai-dat/${props.path}/xoa`} csrf={props.csrf}>
          Bỏ ảnh, dùng phần đầu trang vẽ sẵn
        </PostButton>
      )}
    </section>
  );
}
