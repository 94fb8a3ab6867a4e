import type { Chrome } from '../../../shell/chrome.ts';
import { timeText } from '../schedule.ts';
import type { EntryView } from '../schedule.service.ts';

declare module '../../../shell/chrome.ts' {
  interface ChromeData {
    /** Today's published schedule entries (the "Lịch công tác hôm nay" block). */
    scheduleToday: EntryView[];
  }
}

/** Sidebar block "schedule": today's entries, and the way to the week and the organisation. */
export function scheduleSidebarBlock({ data }: Chrome) {
  const list = data.scheduleToday;
  return (
    <section class="block block-schedule" aria-labelledby="b-schedule">
      <h2 id="b-schedule" class="block-title">
        Lịch công tác hôm nay
      </h2>
      {list.length === 0 ? (
        <p>Hôm nay không có lịch công tác được công bố.</p>
      ) : (
        <ul class="schedule-today-list">
          {list.map((e) => (
            <li>
              <strong>{timeText(e)}</strong>: {e.content}
              {e.place && <span class="muted"> ({e.place})</span>}
              {e.adjustedAt && <em> — đã điều chỉnh</em>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/lich-cong-tac">Xem lịch công tác cả tuần</a>
        <br />
        <a href="/co-cau-to-chuc">Cơ cấu tổ chức</a>
      </p>
    </section>
  );
}
