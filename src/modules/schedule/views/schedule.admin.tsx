import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { DateField } from '../../../lib/date-field.tsx';
import { dayText, parseDateInput } from '../../../lib/date-input.ts';
import { CheckboxField, PostButton, SelectField } from '../../../views/admin-controls.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import { TextAreaField, formError } from '../../organisation/views/fields.tsx';
import {
  SESSIONS,
  sessionLabel,
  timeText,
  type ScheduleEntry,
  type ScheduleFile,
} from '../schedule.ts';
import type { DayView } from '../schedule.service.ts';
import { adjustedText } from '../schedule.text.ts';
import {
  dayVn,
  formatWeek,
  shiftWeek,
  weekHeading,
  weekdayName,
  weekOf,
  type IsoWeek,
} from '../week.ts';

export const SCHEDULE_BASE = '/quan-tri/lich-cong-tac';

function Status(props: { e: ScheduleEntry }) {
  const { e } = props;
  if (e.status === 'draft') return <span class="badge badge-warn">Chờ duyệt</span>;
  return (
    <>
      <span class="badge badge-on">Đã công bố</span>
      {e.adjustedAt && <span class="muted"> · {adjustedText(e.adjustedAt)}</span>}
    </>
  );
}

/** The office's week: every entry with its state, approval, the signed PDF. */
export function ScheduleWeekAdminPage(props: {
  chrome: AdminChrome;
  csrf: string;
  week: IsoWeek;
  days: DayView[];
  files: ScheduleFile[];
  mayApprove: boolean;
  notice?: string;
  errors?: Record<string, string>;
}) {
  const w = props.week;
  const tuan = formatWeek(w);
  const drafts = props.days.flatMap((d) => d.entries).filter((e) => e.status === 'draft').length;
  const err = props.errors && formError(props.errors);
  return (
    <AdminLayout chrome={props.chrome} title="Lịch công tác">
      <h1>Lịch công tác</h1>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {err && <Notice kind="error">{props.errors?.file ?? err}</Notice>}
      <p>
        <strong>{weekHeading(w)}</strong>
      </p>
      <p>
        <a href={`${SCHEDULE_BASE}?tuan=${formatWeek(shiftWeek(w, -1))}`}>← Tuần trước</a> ·{' '}
        <a href={SCHEDULE_BASE}>Tuần này</a> ·{' '}
        <a href={`${SCHEDULE_BASE}?tuan=${formatWeek(shiftWeek(w, 1))}`}>Tuần sau →</a> ·{' '}
        <a href={`/lich-cong-tac?tuan=${tuan}`}>Xem trang công khai</a>
      </p>
      <form method="get" action={SCHEDULE_BASE} class="filters">
        <label for="f-tuan">Tuần (ví dụ {tuan}) hoặc một ngày trong tuần</label>{' '}
        <input id="f-tuan" name="tuan" type="text" value={tuan} maxlength={20} />{' '}
        <button type="submit" class="button button-secondary">
          Xem
        </button>
      </form>
      <p>
        <a class="button" href={`${SCHEDULE_BASE}/moi?tuan=${tuan}`}>
          Thêm mục lịch
        </a>
      </p>
      {props.mayApprove && drafts > 0 && (
        <form method="post" action={`${SCHEDULE_BASE}/duyet-tuan`} class="inline-form">
          <CsrfField token={props.csrf} />
          <input type="hidden" name="tuan" value={tuan} />
          <button type="submit" class="button">
            Duyệt và công bố {drafts} mục chờ duyệt của tuần
          </button>
        </form>
      )}
      <div class="table-scroll">
        <table class="data">
          <caption class="sr-only">Các mục lịch công tác {weekHeading(w)}</caption>
          <thead>
            <tr>
              <th scope="col">Ngày</th>
              <th scope="col">Thời gian</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Chủ trì</th>
              <th scope="col">Tình trạng</th>
            </tr>
          </thead>
          <tbody>
            {props.days.flatMap((d) =>
              d.entries.map((e) => (
                <tr>
                  <td class="nowrap">
                    {weekdayName(d.day)}, {dayVn(d.day)}
                  </td>
                  <td class="nowrap">
                    {sessionLabel(e.session)} {timeText(e)}
                  </td>
                  <th scope="row">
                    <a href={`${SCHEDULE_BASE}/${e.id}`}>{e.content}</a>
                    {e.unitName && <span class="muted"> (Lịch của {e.unitName})</span>}
                  </th>
                  <td>{e.chair}</td>
                  <td>
                    <Status e={e} />
                    {props.mayApprove && e.status === 'draft' && (
                      <PostButton action={`${SCHEDULE_BASE}/${e.id}/duyet`} csrf={props.csrf}>
                        Duyệt
                      </PostButton>
                    )}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      {props.days.every((d) => d.entries.length === 0) && <p>Tuần này chưa có mục nào.</p>}
      <section class="panel" aria-labelledby="h-files">
        <h2 id="h-files">Lịch công tác tuần đã ký (PDF)</h2>
        {props.files.length === 0 ? (
          <p>Chưa đính kèm.</p>
        ) : (
          <ul>
            {props.files.map((f) => (
              <li>
                <a href={`/lich-cong-tac/tep/${f.id}`}>{f.fileName}</a>{' '}
                {props.mayApprove && (
                  <PostButton action={`${SCHEDULE_BASE}/tep/${f.id}/xoa`} csrf={props.csrf} danger>
                    Xóa<span class="sr-only"> tệp {f.fileName}</span>
                  </PostButton>
                )}
              </li>
            ))}
          </ul>
        )}
        {props.mayApprove ? (
          <form
            method="post"
            action={`${SCHEDULE_BASE}/tep`}
            enctype="multipart/form-data"
            class="stack"
          >
            <CsrfField token={props.csrf} />
            <input type="hidden" name="tuan" value={tuan} />
            <div class={props.errors?.file ? 'field has-error' : 'field'}>
              <label for="f-file">Tệp PDF lịch công tác tuần đã ký (tối đa 10 MB)</label>
              <input
                id="f-file"
                type="file"
                name="file"
                accept="application/pdf"
                aria-invalid={props.errors?.file ? 'true' : undefined}
              />
            </div>
            <p>
              <button type="submit" class="button">
                Đính kèm
              </button>
            </p>
          </form>
        ) : (
          <p class="hint">Người duyệt lịch đính kèm bản đã ký.</p>
        )}
      </section>
    </AdminLayout>
  );
}

/** An entry's form values as typed. */
export type EntryValues = Record<string, string>;

/** Add or edit one entry. */
export function EntryFormPage(props: {
  chrome: AdminChrome;
  csrf: string;
  entry?: ScheduleEntry;
  people: { id: number; label: string }[];
  units: { id: number; label: string }[];
  values: EntryValues;
  errors: Record<string, string>;
  mayEdit: boolean;
  mayApprove: boolean;
  notice?: string;
}) {
  const { entry: e, values: v, errors: er } = props;
  const title = e ? 'Sửa mục lịch công tác' : 'Thêm mục lịch công tác';
  const err = formError(er);
  return (
    <AdminLayout chrome={props.chrome} title={title}>
      <h1>{title}</h1>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {err && <Notice kind="error">{err}</Notice>}
      {e && (
        <p>
          Tình trạng: <Status e={e} />
        </p>
      )}
      {e?.status === 'published' && (
        <Notice kind="info">
          Mục này đã công bố. Mỗi thay đổi sẽ hiện trên trang công khai với dòng “Điều chỉnh lúc
          giờ:phút ngày/tháng/năm” và giá trị trước điều chỉnh.
          {!props.mayEdit && ' Chỉ người duyệt lịch được sửa mục đã công bố.'}
        </Notice>
      )}
      <form
        method="post"
        action={e ? `${SCHEDULE_BASE}/${e.id}` : `${SCHEDULE_BASE}/moi`}
        class="stack"
        novalidate
      >
        <CsrfField token={props.csrf} />
        {e && <input type="hidden" name="version" value={v.version} />}
        <SelectField
          name="unitId"
          label="Lịch của"
          value={v.unitId ?? ''}
          error={er.unitId}
          empty="Lãnh đạo (lịch chung của trang)"
          options={props.units.map((u) => ({ value: String(u.id), label: u.label }))}
          hint="Mỗi đơn vị trong Cơ cấu tổ chức có thể có lịch công tác riêng."
        />
        <DateField name="day" label="Ngày" value={dayText(v.day ?? '')} error={er.day} required />
        <SelectField
          name="session"
          label="Buổi"
          value={v.session ?? 'sang'}
          error={er.session}
          options={SESSIONS.map((s) => ({ value: s.id, label: s.label }))}
        />
        <Field
          name="startTime"
          label="Giờ bắt đầu"
          value={v.startTime}
          error={er.startTime}
          required
          maxlength={20}
          hint="Ví dụ 08:00 hoặc 8h30."
        />
        <Field
          name="endTime"
          label="Giờ kết thúc (không bắt buộc)"
          value={v.endTime}
          error={er.endTime}
          maxlength={20}
        />
        <TextAreaField
          name="content"
          label="Nội dung"
          value={v.content ?? ''}
          error={er.content}
          required
          maxlength={2000}
          rows={3}
        />
        <TextAreaField
          name="participants"
          label="Thành phần"
          value={v.participants ?? ''}
          error={er.participants}
          maxlength={2000}
          rows={2}
        />
        <Field name="place" label="Địa điểm" value={v.place} error={er.place} maxlength={500} />
        <SelectField
          name="chairPersonId"
          label="Chủ trì (cán bộ trong Cơ cấu tổ chức)"
          value={v.chairPersonId ?? ''}
          error={er.chairPersonId}
          empty="(Không chọn)"
          options={props.people.map((p) => ({ value: String(p.id), label: p.label }))}
          hint="Trang công khai ghi chức vụ của người chủ trì vào đúng ngày của mục lịch."
        />
        <Field
          name="chairNote"
          label="Ghi chú về chủ trì (không bắt buộc)"
          value={v.chairNote}
          error={er.chairNote}
          maxlength={300}
          hint="Ví dụ: Các Phó Chủ tịch liên quan."
        />
        <CheckboxField
          name="highlighted"
          label="Nhấn mạnh (in đậm trên lịch)"
          checked={v.highlighted === 'on'}
        />
        {props.mayEdit && (
          <p>
            <button type="submit" class="button">
              {e ? 'Lưu thay đổi' : 'Thêm (chờ duyệt)'}
            </button>{' '}
            <a href={`${SCHEDULE_BASE}?tuan=${v.day ? formatWeekOfDay(v.day) : ''}`}>Quay lại</a>
          </p>
        )}
      </form>
      {e && props.mayApprove && e.status === 'draft' && (
        <section class="panel" aria-labelledby="h-approve">
          <h2 id="h-approve">Duyệt</h2>
          <PostButton action={`${SCHEDULE_BASE}/${e.id}/duyet`} csrf={props.csrf}>
            Duyệt và công bố mục này
          </PostButton>
        </section>
      )}
      {e && props.mayEdit && (
        <section class="panel" aria-labelledby="h-del">
          <h2 id="h-del">Xóa mục</h2>
          <PostButton action={`${SCHEDULE_BASE}/${e.id}/xoa`} csrf={props.csrf} danger>
            Xóa mục này
          </PostButton>
        </section>
      )}
    </AdminLayout>
  );
}

/** The week of a typed day ('' when it is not a day). */
function formatWeekOfDay(typed: string): string {
  const d = parseDateInput(typed);
  return d ? formatWeek(weekOf(d)) : '';
}
