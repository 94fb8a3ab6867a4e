import type { Child } from 'hono/jsx';

/** The hidden CSRF token every back-office form carries. */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/**
 * The frame every labelled control shares: the label (with its required mark), the hint and the
 * error, tied to the control by `aria-describedby`; `control` draws the control itself.
 */
function LabelledControl(props: {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  control: (id: string, describedBy: string | undefined) => Child;
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
      {props.control(id, describedBy)}
      {props.error && (
        <p class="error" id={`${id}-err`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A labelled input with its error message tied by aria-describedby. */
export function Field(props: {
  name: string;
  label: string;
  value?: string;
  type?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: 'numeric' | 'text' | 'email';
  autofocus?: boolean;
  maxlength?: number;
}) {
  return (
    <LabelledControl
      {...props}
      control={(id, describedBy) => (
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          value={props.type === 'password' ? undefined : props.value}
          required={props.required}
          autocomplete={props.autocomplete}
          inputmode={props.inputmode}
          autofocus={props.autofocus}
          maxlength={props.maxlength}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy}
        />
      )}
    />
  );
}

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
  return (
    <LabelledControl
      {...props}
      control={(id, describedBy) => (
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
      )}
    />
  );
}

/** A message box: success, error or information; errors are announced to screen readers. */
export function Notice(props: { kind: 'ok' | 'error' | 'info'; children: Child }) {
  return (
    <div class={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}
