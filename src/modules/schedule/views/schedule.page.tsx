import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import type { OrgUnit } from '../../organisation/organisation.ts';
import type { ScheduleFile } from '../schedule.ts';
import type { DayView } from '../schedule.service.ts';
import { dayVn, formatWeek, shiftWeek, weekHeading, weekdayName, type IsoWeek } from '../week.ts';
import { EntryCells } from './entry.view.tsx';

/** The address of a week of one schedule (the leadership's when `unit` is null). */
export function weekHref(tuan: string | undefined, unit: number | null, path = '/lich-cong-tac') {
  const q = [tuan ? `tuan=${tuan}` : '', unit !== null ? `don-vi=${unit}` : ''].filter(Boolean);
  return q.length ? `${path}?${q.join('&')}` : path;
}

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;

/** The public week: heading, week navigation (links and a GET form), the table, the signed PDF. */
export function SchedulePage(props: {
  chrome: Chrome;
  meta: PageMeta;
  week: IsoWeek;
  today: string;
  days: DayView[];
  files: ScheduleFile[];
  /** The unit whose schedule this is (absent: the leadership's) and the units one may pick. */
  unit?: OrgUnit;
  units: OrgUnit[];
  /** The first day of the week not yet public (the site's days-ahead setting). */
  hiddenFrom?: string;
  error?: string;
}) {
  const w = props.week;
  const unit = props.unit?.id ?? null;
  const tuan = formatWeek(w);
  const prev = formatWeek(shiftWeek(w, -1));
  const next = formatWeek(shiftWeek(w, 1));
  const empty = props.days.every((d) => d.entries.length === 0);
  const hidden = (day: string) => props.hiddenFrom !== undefined && day >= props.hiddenFrom;
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb
        trail={
          props.unit
            ? [{ label: 'Lịch công tác', href: '/lich-cong-tac' }, { label: props.unit.name }]
            : [{ label: 'Lịch công tác' }]
        }
      />
      <h1 class="page-title">
        Lịch công tác{props.unit && <span class="schedule-unit"> – {props.unit.name}</span>}
      </h1>
      {(props.units.length > 0 || props.unit) && (
        <nav class="schedule-units" aria-label="Lịch công tác của">
          <ul>
            <li>
              <a href={weekHref(tuan, null)} aria-current={unit === null ? 'page' : undefined}>
                Lãnh đạo
              </a>
            </li>
            {props.units.map((u) => (
              <li>
                <a href={weekHref(tuan, u.id)} aria-current={u.id === unit ? 'page' : undefined}>
                  {u.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p class="schedule-week" id="tuan-hien-thi">
        <strong>{weekHeading(w)}</strong>
      </p>
      {props.error && (
        <p class="notice notice-error" role="alert">
          {props.error}
        </p>
      )}
      {props.hiddenFrom && (
        <p class="notice">
          Vì lý do an toàn, lịch công tác từ ngày {dayVn(props.hiddenFrom)} được công bố gần ngày
          diễn ra.
        </p>
      )}
      <nav class="schedule-nav" aria-label="Chọn tuần">
        <a href={weekHref(prev, unit)} rel="prev">
          ← Tuần trước
        </a>
        <a href={weekHref(undefined, unit)}>Tuần này</a>
        <a href={weekHref(next, unit)} rel="next">
          Tuần sau →
        </a>
      </nav>
      <form method="get" action="/lich-cong-tac" class="schedule-pick">
        {unit !== null && <input type="hidden" name="don-vi" value={String(unit)} />}
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
      {empty && props.hiddenFrom && props.hiddenFrom <= props.days[0]!.day ? (
        <p>Lịch công tác của tuần này chưa đến thời điểm công bố.</p>
      ) : empty ? (
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
                      {hidden(d.day) ? 'Lịch được công bố sau.' : 'Không có lịch.'}
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
        <a href={weekHref(tuan, unit, '/lich-cong-tac/in')}>Bản in</a> ·{' '}
        <a href={weekHref(undefined, unit, '/lich-cong-tac.ics')}>Đăng ký lịch (iCalendar .ics)</a>{' '}
        · <a href={weekHref(undefined, unit, '/lich-cong-tac/rss')}>RSS</a> ·{' '}
        <a href="/co-cau-to-chuc">Cơ cấu tổ chức</a>
      </p>
    </Layout>
  );
}
