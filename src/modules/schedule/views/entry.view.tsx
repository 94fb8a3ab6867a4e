import { sessionLabel, timeText } from '../schedule.ts';
import type { EntryView } from '../schedule.service.ts';
import { adjustedText } from '../schedule.text.ts';

/** The adjustment mark and the values as first published. */
export function Adjustment(props: { e: EntryView }) {
  const { e } = props;
  if (!e.adjustedAt) return null;
  const prev = Object.entries(e.previous);
  return (
    <div class="schedule-adjusted">
      <p>
        <strong>{adjustedText(e.adjustedAt)}</strong>
      </p>
      {prev.length > 0 && (
        <p class="schedule-previous">
          Trước điều chỉnh:{' '}
          {prev.map(([label, value], i) => (
            <>
              {i > 0 && '; '}
              {label}: <del>{value || '(trống)'}</del>
            </>
          ))}
        </p>
      )}
    </div>
  );
}

/**
 * One entry as table cells with labels (stacked on a phone by CSS from data-label): time and
 * session, content (with the adjustment), participants, place, chair.
 */
export function EntryCells(props: { e: EntryView }) {
  const { e } = props;
  return (
    <>
      <td data-label="Thời gian" class="schedule-time">
        {sessionLabel(e.session)} <span class="nowrap">{timeText(e)}</span>
      </td>
      <td data-label="Nội dung" class="schedule-content">
        {e.highlighted ? <strong>{e.content}</strong> : e.content}
        <Adjustment e={e} />
      </td>
      <td data-label="Thành phần">{e.participants}</td>
      <td data-label="Địa điểm">{e.place}</td>
      <td data-label="Chủ trì">{e.chair}</td>
    </>
  );
}
