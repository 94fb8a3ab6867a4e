import { MoveButtons, PostButton } from '../../../views/admin-controls.tsx';
import { CsrfField } from '../../../views/form.tsx';
import { HUB_BLOCK_INFO, HUB_BLOCK_KINDS, type HubBlock } from '../hub.block.ts';

/** A block whose save was refused: the typed values and the message, shown on its form. */
export interface BlockFailure {
  id: number;
  heading: string;
  body: string;
  error: string;
}

/**
 * The blocks of a hub's page, in order, each with its own form (heading and lines), remove and
 * up/down buttons — plain POST forms with the CSRF token, so arranging needs no script.
 */
export function HubBlocksEditor(props: {
  action: string;
  csrf: string;
  blocks: HubBlock[];
  failed?: BlockFailure;
}) {
  const { blocks, failed } = props;
  return (
    <section aria-labelledby="h-hub-blocks" class="stack">
      <h2 id="h-hub-blocks">Các khối trên trang chuyên đề</h2>
      <p>
        Các khối hiện trên trang chuyên đề theo thứ tự dưới đây. Khi chưa có khối nào, trang hiện
        giới thiệu và dòng thời gian của dòng sự kiện như mặc định.
      </p>
      {blocks.length === 0 && <p class="empty">Chưa sắp xếp khối nào.</p>}
      <ol class="plain-list">
        {blocks.map((b, i) => {
          const info = HUB_BLOCK_INFO[b.kind];
          const f = failed?.id === b.id ? failed : undefined;
          const name = b.heading || info.label;
          const id = `khoi-${b.id}`;
          return (
            <li class="hub-block-admin" id={id}>
              <h3>
                {i + 1}. {info.label}
                {b.heading && `: ${b.heading}`}
              </h3>
              <form method="post" action={`${props.action}/khoi/${b.id}`} class="stack">
                <CsrfField token={props.csrf} />
                <div class="field">
                  <label for={`${id}-heading`}>Tiêu đề khối (để trống: “{info.heading}”)</label>
                  <input
                    id={`${id}-heading`}
                    name="heading"
                    maxlength={200}
                    value={f?.heading ?? b.heading}
                  />
                </div>
                <div class={f ? 'field has-error' : 'field'}>
                  <label for={`${id}-body`}>Nội dung khối</label>
                  <p class="hint" id={`${id}-hint`}>
                    {info.hint}
                  </p>
                  <textarea
                    id={`${id}-body`}
                    name="body"
                    rows={b.kind === 'latest' ? 1 : 5}
                    aria-invalid={f ? 'true' : undefined}
                    aria-describedby={f ? `${id}-hint ${id}-err` : `${id}-hint`}
                  >
                    {f?.body ?? b.body}
                  </textarea>
                  {f && (
                    <p class="error" id={`${id}-err`}>
                      {f.error}
                    </p>
                  )}
                </div>
                <p>
                  <button type="submit" class="button button-small">
                    Lưu khối<span class="sr-only"> “{name}”</span>
                  </button>
                </p>
              </form>
              <p>
                <MoveButtons
                  action={`${props.action}/khoi/${b.id}`}
                  name={name}
                  csrf={props.csrf}
                  first={i === 0}
                  last={i === blocks.length - 1}
                />{' '}
                <PostButton action={`${props.action}/khoi/${b.id}/xoa`} csrf={props.csrf} danger>
                  Xóa khối<span class="sr-only"> “{name}”</span>
                </PostButton>
              </p>
            </li>
          );
        })}
      </ol>
      <form method="post" action={`${props.action}/khoi`} class="inline-form">
        <CsrfField token={props.csrf} />
        <label for="f-block-kind">Thêm khối</label>{' '}
        <select id="f-block-kind" name="kind">
          {HUB_BLOCK_KINDS.map((k) => (
            <option value={k}>{HUB_BLOCK_INFO[k].label}</option>
          ))}
        </select>{' '}
        <button type="submit" class="button button-secondary">
          Thêm khối
        </button>
      </form>
    </section>
  );
}
