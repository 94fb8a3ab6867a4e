import type { DayView } from '../schedule.service.ts';
import { dayVn, formatWeek, weekHeading, weekdayName, type IsoWeek } from '../week.ts';
import { EntryCells } from './entry.view.tsx';
import { weekHref } from './schedule.page.tsx';

/**
 * The print view of a week: no menu, sidebar or footer; the site's name, the week and its
 * address on the page, every day of the week with its entries as one table.
 */
export function SchedulePrintPage(props: {
  week: IsoWeek;
  days: DayView[];
  /** The unit whose schedule it is (absent: the leadership's); days not yet public. */
  unit?: { id: number; name: string };
  hiddenFrom?: string;
  url: string;
  siteName: string;
  shortName: string;
  assets: { css: string; pagesCss: string; js: string };
}) {
  const w = props.week;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`Lịch công tác tuần ${w.week} | ${props.shortName}`}</title>
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={props.url} />
        <link rel="stylesheet" href={props.assets.css} />
        <link rel="stylesheet" href={props.assets.pagesCss} />
        <script src={props.assets.js} defer></script>
      </head>
      <body class="print-view">
        <header class="print-head">
          <p class="print-site">{props.siteName}</p>
          <p class="print-actions">
            <button type="button" data-print hidden>
              In trang này
            </button>{' '}
            <a href={weekHref(formatWeek(w), props.unit?.id ?? null)}>Quay lại lịch công tác</a>
          </p>
        </header>
        <main id="noi-dung">
          <h1 class="page-title">Lịch công tác{props.unit && ` – ${props.unit.name}`}</h1>
          <p>
            <strong>{weekHeading(w)}</strong>
          </p>
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
            {props.days.map((d) => (
              <tbody class="schedule-day">
                <tr>
                  <th scope="rowgroup" colspan={5} class="schedule-dayhead">
                    {weekdayName(d.day)}, ngày {dayVn(d.day)}
                  </th>
                </tr>
                {d.entries.length === 0 ? (
                  <tr>
                    <td colspan={5}>
                      {props.hiddenFrom && d.day >= props.hiddenFrom
                        ? 'Lịch được công bố sau.'
                        : 'Không có lịch.'}
                    </td>
                  </tr>
                ) : (
                  d.entries.map((e) => (
                    <tr class={e.highlighted ? 'schedule-highlight' : undefined}>
                      <EntryCells e={e} />
                    </tr>
                  ))
                )}
              </tbody>
            ))}
          </table>
          <p class="print-url">
            Địa chỉ: <a href={props.url}>{props.url}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
