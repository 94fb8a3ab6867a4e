import type { AdminChrome } from '../../../shell/admin-layout.tsx';
import {
  CheckboxField,
  ImageField,
  MoveButtons,
  PostButton,
  SelectField,
} from '../../../views/admin-controls.tsx';
import { CsrfField, Field } from '../../../views/form.tsx';
import { mediaUrl } from '../../media/media.ts';
import { IMAGE_LIMITS, formatBytes } from '../../site/site.images.ts';
import { SettingsLayout } from '../../site/views/settings.layout.tsx';
import { BANNER_PLACEMENTS, formatDay, isShowing, type Banner } from '../banner.ts';
import { DateField } from '../../../lib/date-field.tsx';
import { dayText } from '../../../lib/date-input.ts';

/** Whether a banner shows today, in words. */
function State(props: { b: Banner; today: string }) {
  const { b, today } = props;
  if (!b.active) return <span class="badge badge-off">Tạm ẩn</span>;
  if (isShowing(b, today)) return <span class="badge badge-on">Đang hiển thị</span>;
  return b.startsOn > today ? (
    <span class="badge badge-warn">Chưa đến ngày</span>
  ) : (
    <span class="badge badge-off">Đã hết hạn</span>
  );
}

/** Banners by place, with dates, state and order. */
export function BannerListPage(props: {
  chrome: AdminChrome;
  csrf: string;
  banners: Banner[];
  today: string;
  notice?: string;
}) {
  return (
    <SettingsLayout chrome={props.chrome} title="Banner" notice={props.notice}>
      <p>
        <a class="button" href="/quan-tri/cai-dat/banner/moi">
          Thêm banner
        </a>
      </p>
      {BANNER_PLACEMENTS.map((p) => {
        const list = props.banners.filter((b) => b.placement === p.id);
        return (
          <section class="panel" aria-labelledby={`h-${p.id}`}>
            <h2 id={`h-${p.id}`}>{p.label}</h2>
            {list.length === 0 ? (
              <p>Chưa có banner.</p>
            ) : (
              <div class="table-scroll">
                <table class="data">
                  <caption class="sr-only">Banner ở {p.label}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Ảnh</th>
                      <th scope="col">Mô tả</th>
                      <th scope="col">Thời gian</th>
                      <th scope="col">Tình trạng</th>
                      <th scope="col">Thứ tự</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((b, i) => (
                      <tr>
                        <td>
                          <img
                            class="thumb"
                            src={mediaUrl(b.imageKey)}
                            width={b.width}
                            height={b.height}
                            alt=""
                          />
                        </td>
                        <th scope="row">
                          <a href={`/quan-tri/cai-dat/banner/${b.id}`}>{b.title}</a>
                          {b.linkUrl && <span class="muted url"> → {b.linkUrl}</span>}
                        </th>
                        <td class="nowrap">
                          {formatDay(b.startsOn)} – {formatDay(b.endsOn)}
                        </td>
                        <td>
                          <State b={b} today={props.today} />
                        </td>
                        <td class="nowrap">
                          <MoveButtons
                            action={`/quan-tri/cai-dat/banner/${b.id}`}
                            name={b.title}
                            csrf={props.csrf}
                            first={i === 0}
                            last={i === list.length - 1}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </SettingsLayout>
  );
}

/** A banner's form values, as typed. */
export interface BannerValues {
  title: string;
  linkUrl: string;
  startsOn: string;
  endsOn: string;
  placement: string;
  active: boolean;
}

/** Add or edit a banner (the image is required for a new one). */
export function BannerFormPage(props: {
  chrome: AdminChrome;
  csrf: string;
  banner?: Banner;
  values: BannerValues;
  errors: Record<string, string>;
}) {
  const { values: v, errors: e, banner: b } = props;
  return (
    <SettingsLayout
      chrome={props.chrome}
      title={b ? `Banner: ${b.title}` : 'Thêm banner'}
      error={
        Object.keys(e).length ? 'Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.' : undefined
      }
    >
      {b && (
        <p>
          <img
            class="banner-preview"
            src={mediaUrl(b.imageKey)}
            width={b.width}
            height={b.height}
            alt={`Ảnh hiện tại: ${b.title}`}
          />
        </p>
      )}
      <form
        method="post"
        action={b ? `/quan-tri/cai-dat/banner/${b.id}` : '/quan-tri/cai-dat/banner/moi'}
        enctype="multipart/form-data"
        class="stack"
        novalidate
      >
        <CsrfField token={props.csrf} />
        <ImageField
          name="file"
          label={b ? 'Thay ảnh (để trống để giữ ảnh hiện tại)' : 'Ảnh banner'}
          error={e.file}
          required={!b}
          hint={`JPEG, PNG, WebP hoặc GIF, tối đa ${formatBytes(IMAGE_LIMITS.banner)}; ảnh được kiểm tra theo nội dung và mã hóa lại, rộng tối đa 1.200 điểm ảnh.`}
        />
        <Field
          name="title"
          label="Mô tả ảnh"
          value={v.title}
          error={e.title}
          required
          maxlength={200}
          hint="Nội dung của ảnh, đọc cho người dùng trình đọc màn hình; ví dụ: Cuộc thi tìm hiểu 95 năm Ngày thành lập Đảng."
        />
        <Field
          name="linkUrl"
          label="Liên kết khi bấm vào (không bắt buộc)"
          value={v.linkUrl}
          error={e.linkUrl}
          maxlength={2000}
          hint="Địa chỉ đầy đủ bắt đầu bằng https://, hoặc đường dẫn trong trang bắt đầu bằng “/”."
        />
        <DateField
          name="startsOn"
          label="Từ ngày"
          value={dayText(v.startsOn)}
          error={e.startsOn}
          required
        />
        <DateField
          name="endsOn"
          label="Đến hết ngày"
          value={dayText(v.endsOn)}
          error={e.endsOn}
          required
        />
        <SelectField
          name="placement"
          label="Vị trí"
          value={v.placement}
          error={e.placement}
          options={BANNER_PLACEMENTS.map((p) => ({ value: p.id, label: p.label }))}
        />
        <CheckboxField name="active" label="Đang dùng" checked={v.active} />
        <p>
          <button type="submit" class="button">
            {b ? 'Lưu thay đổi' : 'Thêm banner'}
          </button>{' '}
          <a href="/quan-tri/cai-dat/banner">Quay lại danh sách</a>
        </p>
      </form>
      {b && (
        <section class="panel" aria-labelledby="h-del">
          <h2 id="h-del">Xóa banner</h2>
          <PostButton action={`/quan-tri/cai-dat/banner/${b.id}/xoa`} csrf={props.csrf} danger>
            Xóa banner này
          </PostButton>
        </section>
      )}
    </SettingsLayout>
  );
}
