import type { Child } from 'hono/jsx';
import { CsrfField } from './form.tsx';

/** "Lên" / "Xuống" buttons: each a small POST form, so reordering works without JavaScript. */
export function MoveButtons(props: {
  action: string;
  name: string;
  csrf: string;
  first: boolean;
  last: boolean;
}) {
  return (
    <span class="move">
      <form method="post" action={`${props.action}/len`} class="inline-form">
        <CsrfField token={props.csrf} />
        <button type="submit" class="button button-secondary button-small" disabled={props.first}>
          Lên<span class="sr-only">: chuyển “{props.name}” lên trên</span>
        </button>
      </form>
      <form method="post" action={`${props.action}/xuong`} class="inline-form">
        <CsrfField token={props.csrf} />
        <button type="submit" class="button button-secondary button-small" disabled={props.last}>
          Xuống<span class="sr-only">: chuyển “{props.name}” xuống dưới</span>
        </button>
      </form>
    </span>
  );
}

/** A single POST button (delete, run now…), with its CSRF token. */
export function PostButton(props: {
  action: string;
  csrf: string;
  children: Child;
  danger?: boolean;
}) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField token={props.csrf} />
      <button
        type="submit"
        class={props.danger ? 'button button-danger' : 'button button-secondary'}
      >
        {props.children}
      </button>
    </form>
  );
}

/** A labelled checkbox. */
export function CheckboxField(props: {
  name: string;
  label: string;
  checked: boolean;
  hint?: string;
}) {
  return (
    <div class="field">
      <label class="choice">
        <input type="checkbox" name={props.name} value="on" checked={props.checked} /> {props.label}
      </label>
      {props.hint && <p class="hint">{props.hint}</p>}
    </div>
  );
}

/** A labelled select with its error message. */
export function SelectField(props: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  error?: string;
  hint?: string;
  empty?: string;
}) {
  const id = `f-${props.name}`;
  const describedBy =
    [props.hint ? `${id}-hint` : '', props.error ? `${id}-err` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <select
        id={id}
        name={props.name}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.error && (
        <p class="error" id={`${id}-err`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A file input for images, with its limit in the hint and its error message. */
export function ImageField(props: {
  name: string;
  /** Needed when a page holds several image fields of the same name (ids must be unique). */
  id?: string;
  label: string;
  hint: string;
  error?: string;
  required?: boolean;
}) {
  const id = props.id ?? `f-${props.name}`;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>{props.label}</label>
      <p class="hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <input
        id={id}
        type="file"
        name={props.name}
        accept="image/jpeg,image/png,image/webp,image/gif"
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id}-hint ${id}-err` : `${id}-hint`}
      />
      {props.error && (
        <p class="error" id={`${id}-err`}>
          {props.error}
        </p>
      )}
    </div>
  );
}
