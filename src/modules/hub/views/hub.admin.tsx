import type { AdminChrome } from '../../../shell/admin-layout.tsx';
import { AdminLayout } from '../../../shell/admin-layout.tsx';
import { ImageField, MoveButtons, SelectField } from '../../../views/admin-controls.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import { DateField } from '../../../lib/date-field.tsx';
import { dayText } from '../../../lib/date-input.ts';
import { mediaUrl } from '../../media/media.ts';
import { HUB_ACCENTS } from '../hub.accent.ts';
import type { HubBlock, HubEditorChoice } from '../hub.block.ts';
import { HUB_STATUS_LABELS, hubHref, type Hub } from '../hub.ts';
import { HubBlocksEditor, type BlockFailure } from './hub.block.admin.tsx';

const BASE = '/quan-tri/chuyen-de';

/** The hubs in their order, with their state. */
export function HubListPage(props: {
  chrome: AdminChrome;
  csrf: string;
  hubs: Hub[];
  notice?: string;
  /** Whether the viewer is the Ban biên tập (create and order hubs). */
  manager: boolean;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Chuyên đề">
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {props.manager ? (
        <p>
          <a class="button" href={`${BASE}/moi`}>
            Tạo chuyên đề
          </a>
        </p>
      ) : (
        <p>Các chuyên đề bạn được giao biên tập.</p>
      )}
      <p>
        Chuyên đề đang diễn ra hiện trong menu chính và trên trang chủ theo thứ tự dưới đây; chuyên
        đề lưu trữ vẫn giữ nguyên địa chỉ.
      </p>
      {props.hubs.length === 0 ? (
        <p>
          {props.manager ? 'Chưa có chuyên đề nào.' : 'Bạn chưa được giao biên tập chuyên đề nào.'}
        </p>
      ) : (
        <div class="table-scroll">
          <table class="data">
            <caption class="sr-only">Các chuyên đề</caption>
            <thead>
              <tr>
                <th scope="col">Tên chuyên đề</th>
                <th scope="col">Trạng thái</th>
                {props.manager && <th scope="col">Thứ tự</th>}
              </tr>
            </thead>
            <tbody>
              {props.hubs.map((h, i) => (
                <tr>
                  <th scope="row">
                    <a href={`${BASE}/${h.id}`}>{h.title}</a>{' '}
                    <a class="muted" href={hubHref(h)}>
                      (xem trang)
                    </a>
                  </th>
                  <td>{HUB_STATUS_LABELS[h.status]}</td>
                  {props.manager && (
                    <td class="nowrap">
                      <MoveButtons
                        action={`${BASE}/${h.id}`}
                        name={h.title}
                        csrf={props.csrf}
                        first={i === 0}
                        last={i === props.hubs.length - 1}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}

/** A hub's form values as typed. */
export interface HubValues {
  title: string;
  intro: string;
  bannerAlt: string;
  eventThreadId: string;
  startsOn: string;
  endsOn: string;
  status: string;
  accent: string;
  editorIds: string[];
}

/** Create or edit a hub. */
export function HubFormPage(props: {
  chrome: AdminChrome;
  csrf: string;
  hub?: Hub;
  values: HubValues;
  errors: Record<string, string>;
  threads: { id: number; name: string }[];
  /** Accounts that may be named editors (shown to the Ban biên tập only). */
  choices: HubEditorChoice[];
  manager: boolean;
  blocks: HubBlock[];
  blockFailure?: BlockFailure;
  notice?: string;
}) {
  const { values: v, errors: e, hub: h } = props;
  return (
    <AdminLayout chrome={props.chrome} title={h ? `Chuyên đề: ${h.title}` : 'Tạo chuyên đề'}>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {Object.keys(e).length > 0 && (
        <Notice kind="error">Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.</Notice>
      )}
      {h?.banner && (
        <p>
          <img
            class="banner-preview"
            src={mediaUrl(h.banner.key)}
            width={h.banner.width}
            height={h.banner.height}
            alt={`Ảnh banner hiện tại: ${h.banner.alt}`}
          />
        </p>
      )}
      <form
        method="post"
        action={h ? `${BASE}/${h.id}` : `${BASE}/moi`}
        enctype="multipart/form-data"
        class="stack"
        novalidate
      >
        <CsrfField token={props.csrf} />
        <Field
          name="title"
          label="Tên chuyên đề"
          value={v.title}
          error={e.title}
          required
          maxlength={300}
        />
        <div class={e.intro ? 'field has-error' : 'field'}>
          <label for="f-intro">Giới thiệu</label>
          <textarea id="f-intro" name="intro" rows={5} maxlength={5000}>
            {v.intro}
          </textarea>
          {e.intro && <p class="error">{e.intro}</p>}
        </div>
        <ImageField
          name="file"
          label={
            h?.banner
              ? 'Thay ảnh banner (để trống để giữ ảnh hiện tại)'
              : 'Ảnh banner (không bắt buộc)'
          }
          error={e.file}
          hint="JPEG, PNG, WebP hoặc GIF, tối đa 3 MB; rộng tối đa 1.200 điểm ảnh."
        />
        <Field
          name="bannerAlt"
          label="Mô tả ảnh banner (alt)"
          value={v.bannerAlt}
          error={e.bannerAlt}
          maxlength={300}
          hint="Bắt buộc khi có ảnh banner."
        />
        <SelectField
          name="eventThreadId"
          label="Dòng sự kiện"
          value={v.eventThreadId}
          error={e.eventThreadId}
          empty="— Chưa gắn dòng sự kiện —"
          hint="Tin bài, album ảnh và video thuộc dòng sự kiện này hiện trên dòng thời gian của chuyên đề."
          options={props.threads.map((t) => ({ value: String(t.id), label: t.name }))}
        />
        <DateField
          name="startsOn"
          label="Ngày bắt đầu"
          value={dayText(v.startsOn)}
          error={e.startsOn}
        />
        <DateField name="endsOn" label="Ngày kết thúc" value={dayText(v.endsOn)} error={e.endsOn} />
        {props.manager ? (
          <SelectField
            name="status"
            label="Trạng thái"
            value={v.status}
            error={e.status}
            options={[
              { value: 'active', label: 'Đang diễn ra (hiện trong menu và trang chủ)' },
              { value: 'archived', label: 'Lưu trữ (giữ địa chỉ, không hiện trong menu)' },
            ]}
          />
        ) : (
          <p>
            <input type="hidden" name="status" value={v.status} />
            Trạng thái: {v.status === 'archived' ? 'Lưu trữ' : 'Đang diễn ra'} (Lãnh đạo Ban biên
            tập quyết định).
          </p>
        )}
        <SelectField
          name="accent"
          label="Màu nhấn"
          value={v.accent}
          error={e.accent}
          empty="— Màu của trang —"
          hint="Màu tiêu đề các khối trên trang chuyên đề; mọi màu trong danh sách đều đủ tương phản với chữ trắng (WCAG AA)."
          options={HUB_ACCENTS.map((a) => ({ value: a.key, label: a.label }))}
        />
        {props.manager ? (
          <fieldset class={e.editorIds ? 'field has-error' : 'field'}>
            <legend>Biên tập viên của chuyên đề</legend>
            <p class="hint">
              Chỉ những người được chọn (cùng Lãnh đạo Ban biên tập) được sửa chuyên đề này.
            </p>
            {props.choices.length === 0 && <p>Chưa có tài khoản biên tập nào trên trang.</p>}
            <div class="choices">
              {props.choices.map((c) => (
                <label class="choice">
                  <input
                    type="checkbox"
                    name="editorIds"
                    value={String(c.id)}
                    checked={v.editorIds.includes(String(c.id))}
                  />{' '}
                  {c.name} ({c.roleLabel})
                </label>
              ))}
            </div>
            {e.editorIds && <p class="error">{e.editorIds}</p>}
          </fieldset>
        ) : (
          <p>
            Biên tập viên:{' '}
            {props.choices
              .filter((c) => v.editorIds.includes(String(c.id)))
              .map((c) => c.name)
              .join(', ') || 'chưa có'}
            . Lãnh đạo Ban biên tập chọn biên tập viên của chuyên đề.
          </p>
        )}
        <p>
          <button type="submit" class="button">
            {h ? 'Lưu thay đổi' : 'Tạo chuyên đề'}
          </button>{' '}
          <a href={BASE}>Quay lại danh sách</a>
        </p>
      </form>
      {h && (
        <HubBlocksEditor
          action={`${BASE}/${h.id}`}
          csrf={props.csrf}
          blocks={props.blocks}
          failed={props.blockFailure}
        />
      )}
    </AdminLayout>
  );
}
