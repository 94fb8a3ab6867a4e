import { DATE_PATTERN, DATETIME_PATTERN } from './date-input.ts';

/**
 * The back office's one date (and time) input: a server-rendered text field in Vietnamese
 * order, dd/mm/yyyy and 24-hour HH:mm, Asia/Ho_Chi_Minh, whatever the browser's language (a
 * native date picker would follow the browser: "12/07/2026, 07:11 AM" for 7 December). Parse
 * what it posts with parseDateInput / parseDateTimeInput / dayRange (lib/date-input.ts); show
 * a stored instant with dateInputValue / dateTimeInputValue.
 */
export function DateField(props: {
  name: string;
  label: string;
  /** "date": dd/mm/yyyy; "datetime": dd/mm/yyyy HH:mm. */
  kind?: 'date' | 'datetime';
  value: string;
  id?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  /** In a filter bar: the format hint is for screen readers only (the placeholder shows it). */
  compact?: boolean;
}) {
  const id = props.id ?? `f-${props.name}`;
  const datetime = props.kind === 'datetime';
  const format = datetime
    ? 'ngày/tháng/năm giờ:phút, ví dụ 07/12/2026 14:30'
    : 'ngày/tháng/năm, ví dụ 07/12/2026';
  const hint = props.hint ? `${props.hint} (${format})` : `Nhập ${format}.`;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="text"
        class={datetime ? 'date-input datetime-input' : 'date-input'}
        value={props.value}
        pattern={datetime ? DATETIME_PATTERN : DATE_PATTERN}
        placeholder={datetime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy'}
        inputmode="numeric"
        autocomplete="off"
        maxlength={datetime ? 20 : 12}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={`${id}-hint${props.error ? ` ${id}-err` : ''}`}
      />
      <p class={props.compact ? 'hint sr-only' : 'hint'} id={`${id}-hint`}>
        {hint}
      </p>
      {props.error && (
        <p class="error" id={`${id}-err`}>
          {props.error}
        </p>
      )}
    </div>
  );
}
