import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import type { ScheduleFile } from '../schedule.ts';
import type { DayView } from '../schedule.service.ts';
import { dayVn, formatWeek, shiftWeek, weekHeading, weekdayName, type IsoWeek } from '../week.ts';
import { EntryCells } from './entry.view.tsx';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;

/** The public week: heading, week navigation (links and a GET form), the table, the signed PDF. */
export function SchedulePage(props: {
  chrome: Chrome;
  meta: PageMeta;
  week: IsoWeek;
  today: string;
  days: DayView[];
  files: ScheduleFile[];
  error?: string;
}) {
  const w = props.week;
  const prev = formatWeek(shiftWeek(w, -1));
  const next = formatWeek(shiftWeek(w, 1));
  const empty = props.days.every((d) => d.entries.length === 0);
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Lịch công tác' }]} />
      <h1 class="page-title">Lịch công tác</h1>
      <p class="schedule-week" id="tuan-hien-thi">
        <strong>{weekHeading(w)}</strong>
      </p>
      {props.error && (
        <p class="notice notice-error" role="alert">
          {props.error}
        </p>
      )}
      <nav class="schedule-nav" aria-label="Chọn tuần">
        <a href={`/lich-cong-tac?tuan=${prev}`} rel="prev">
          ← Tuần trước
        </a>
        <a href="/lich-cong-tac">Tuần này</a>
        <a href={`/lich-cong-tac?tuan=${next}`} rel="next">
          Tuần sau →
        </a>
      </nav>
      <form method="get" action="/lich-cong-tac" class="schedule-pick">
        <label for="chon-tuan">
          Xem tuần (ví dụ {formatWeek(w)}) hoặc tuần có ngày (ví dụ 01/12/2025)
        </label>
        <input id="chon-tuan" name="tuan" type="text" value={formatWeek(w)} maxlength={20} />
        <button type="submit" class="button">
          Xem
        </button>
      </form>
      {props.files.length > 0 && (
        <ul class="schedule-files">
          {props.files.map((f) => (
            <li>
              <a href={`/lich-cong-tac/tep/${f.id}`}>Lịch công tác tuần đã ký: {f.fileName}</a>{' '}
              <span class="muted">(PDF, {kb(f.bytes)})</span>
            </li>
          ))}
        </ul>
      )}
      {empty ? (
        <p>Chưa có lịch công tác được công bố cho tuần này.</p>
      ) : (
        <table class="schedule">
          <caption class="sr-only">{weekHeading(w)}</caption>
          <thead>
            <tr>
              <th scope="col">Thời gian</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Thành phần</th>
              <th scope="col">Địa điểm</th>
              <th scope="col">Chủ trì</th>
            </tr>
          </thead>
          {props.days.map((d) => {
            const today = d.day === props.today;
            return (
              <tbody class={today ? 'schedule-day schedule-today' : 'schedule-day'}>
                <tr>
                  <th
                    scope="rowgroup"
                    colspan={5}
                    class="schedule-dayhead"
                    aria-current={today ? 'date' : undefined}
                  >
                    {weekdayName(d.day)}, ngày {dayVn(d.day)}
                    {today && <span class="schedule-today-mark"> (Hôm nay)</span>}
                  </th>
                </tr>
                {d.entries.length === 0 ? (
                  <tr>
                    <td colspan={5} class="muted">
                      Không có lịch.
                    </td>
                  </tr>
                ) : (
                  d.entries.map((e) => (
                    <tr id={`muc-${e.id}`} class={e.highlighted ? 'schedule-highlight' : undefined}>
                      <EntryCells e={e} />
                    </tr>
                  ))
                )}
              </tbody>
            );
          })}
        </table>
      )}
      <p class="schedule-more">
        <a href={`/lich-cong-tac/in?tuan=${formatWeek(w)}`}>Bản in</a> ·{' '}
        <a href={`/lich-cong-tac.ics`}>Đăng ký lịch (iCalendar .ics)</a> ·{' '}
        <a href="/lich-cong-tac/rss">RSS</a> · <a href="/co-cau-to-chuc">Cơ cấu tổ chức</a>
      </p>
    </Layout>
  );
}
