/** A labelled multi-line text box with its hint and error tied by aria-describedby. */
export function TextAreaField(props: {
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  required?: boolean;
  maxlength?: number;
  rows?: number;
}) {
  const id = `f-${props.name}`;
  const describedBy =
    [props.hint ? `${id}-hint` : '', props.error ? `${id}-err` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 3}
        maxlength={props.maxlength}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy}
      >
        {props.value}
      </textarea>
      {props.error && (
        <p class="error" id={`${id}-err`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The "not saved" banner above a form with errors. */
export function formError(errors: Record<string, string>): string | undefined {
  if (errors._) return errors._;
  return Object.keys(errors).length
    ? 'Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.'
    : undefined;
}
