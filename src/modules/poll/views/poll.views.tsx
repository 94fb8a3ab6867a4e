import { DateField } from '../../../lib/date-field.tsx';
import { formatDateTime } from '../../../lib/date.ts';
import { formatCount } from '../../../lib/number.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import { PostButton } from '../../../views/admin-controls.tsx';
import { CsrfField, Field, Notice, TextAreaField } from '../../../views/form.tsx';
import {
  pollPath,
  pollState,
  POLL_STATES,
  share,
  totalVotes,
  type Poll,
  type PollState,
} from '../poll.ts';

declare module '../../../shell/chrome.ts' {
  interface ChromeData {
    /** The open poll of the site, if any (the "Thăm dò ý kiến" block). */
    polls: Poll[];
  }
}

export const ADMIN_BASE = '/quan-tri/tham-do';

/** Sidebar block "poll": the open poll's question and the way to vote; nothing when none. */
export function pollSidebarBlock({ data }: Chrome) {
  const p = data.polls[0];
  if (!p) return null;
  return (
    <section class="block block-poll" aria-labelledby="b-poll">
      <h2 id="b-poll" class="block-title">
        Thăm dò ý kiến
      </h2>
      <p>{p.question}</p>
      <p>
        <a href={pollPath(p)}>Tham gia bình chọn</a>
        <br />
        <span class="muted">Kết thúc lúc {formatDateTime(p.closesAt)}</span>
      </p>
    </section>
  );
}

/** The results: each choice with its count and share, N and the closing date. */
function Results({ p, state }: { p: Poll; state: PollState }) {
  const n = totalVotes(p);
  return (
    <section class="poll-results" aria-labelledby="poll-results-title">
      <h2 id="poll-results-title">Kết quả</h2>
      <ul class="poll-result-list">
        {p.choices.map((c) => (
          <li>
            <span class="poll-choice-label">{c.label}</span>: <strong>{share(c.votes, n)}%</strong>{' '}
            ({formatCount(c.votes)} lượt)
            <meter min={0} max={Math.max(n, 1)} value={c.votes} aria-hidden="true" />
          </li>
        ))}
      </ul>
      <p class="poll-total">
        Tổng số lượt bình chọn: <strong>{formatCount(n)}</strong> ·{' '}
        {state === 'da-dong' ? 'Đã kết thúc lúc' : 'Kết thúc lúc'} {formatDateTime(p.closesAt)}
      </p>
    </section>
  );
}

/** A poll's public page: the form while open and not yet voted, else the results. */
export function PollPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  poll: Poll;
  state: PollState;
  voted: boolean;
  token: string;
  message?: { kind: 'ok' | 'error'; text: string };
  error?: string;
}) {
  const p = props.poll;
  const showForm = props.state === 'dang-mo' && !props.voted;
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Trang chủ', href: '/' }, { label: 'Thăm dò ý kiến' }]} />
      <h1 class="page-title">{p.question}</h1>
      <p>
        <span class={`badge poll-${props.state}`}>{POLL_STATES[props.state]}</span> Từ{' '}
        {formatDateTime(p.opensAt)} đến {formatDateTime(p.closesAt)}
      </p>
      {props.message && <Notice kind={props.message.kind}>{props.message.text}</Notice>}
      {props.error && !showForm && <Notice kind="error">{props.error}</Notice>}
      {showForm ? (
        <form method="post" action={pollPath(p)} class="stack poll-form">
          <input type="hidden" name="_csrf" value={props.token} />
          <fieldset class={props.error ? 'has-error' : undefined}>
            <legend>Chọn một phương án</legend>
            {props.error && (
              <p class="error" id="poll-err">
                {props.error}
              </p>
            )}
            {p.choices.map((c) => (
              <p>
                <input
                  type="radio"
                  id={`poll-c-${c.id}`}
                  name="choice"
                  value={String(c.id)}
                  aria-describedby={props.error ? 'poll-err' : undefined}
                />{' '}
                <label for={`poll-c-${c.id}`}>{c.label}</label>
              </p>
            ))}
          </fieldset>
          <div class="gy-hp" aria-hidden="true">
            <label for="poll-website">Trang web (để trống)</label>
            <input id="poll-website" name="website" type="text" tabindex={-1} autocomplete="off" />
          </div>
          <p class="hint">
            Mỗi bạn đọc bình chọn một lần, không cần tài khoản. Chúng tôi không lưu thông tin cá
            nhân hay địa chỉ máy của bạn; kết quả hiện sau khi bình chọn hoặc khi kết thúc.
          </p>
          <button type="submit" class="button">
            Bình chọn
          </button>
        </form>
      ) : props.state === 'sap-mo' ? (
        <p>Cuộc thăm dò chưa mở.</p>
      ) : (
        <Results p={p} state={props.state} />
      )}
    </Layout>
  );
}

/** The back office: every poll of the site, and a new one. */
export function PollAdminList(props: {
  chrome: AdminChrome;
  csrf: string;
  polls: Poll[];
  now: Date;
  values: Record<string, string>;
  errors: Record<string, string>;
  notice?: string;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Thăm dò ý kiến">
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {props.polls.length === 0 ? (
        <p>Chưa có cuộc thăm dò nào.</p>
      ) : (
        <table class="data">
          <caption class="sr-only">Các cuộc thăm dò ý kiến</caption>
          <thead>
            <tr>
              <th scope="col">Câu hỏi</th>
              <th scope="col">Thời gian</th>
              <th scope="col">Tình trạng</th>
              <th scope="col">Lượt bình chọn</th>
            </tr>
          </thead>
          <tbody>
            {props.polls.map((p) => (
              <tr>
                <td>
                  <a href={`${ADMIN_BASE}/${p.id}`}>{p.question}</a>
                </td>
                <td>
                  {formatDateTime(p.opensAt)} – {formatDateTime(p.closesAt)}
                </td>
                <td>{POLL_STATES[pollState(p, props.now)]}</td>
                <td>{formatCount(totalVotes(p))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Thêm cuộc thăm dò</h2>
      <PollForm
        action={ADMIN_BASE}
        csrf={props.csrf}
        values={props.values}
        errors={props.errors}
        submit="Thêm"
      />
    </AdminLayout>
  );
}

function PollForm(props: {
  action: string;
  csrf: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  submit: string;
}) {
  const v = props.values;
  const e = props.errors;
  return (
    <form method="post" action={props.action} class="stack">
      <CsrfField token={props.csrf} />
      {e._ && <Notice kind="error">{e._}</Notice>}
      <Field
        name="question"
        label="Câu hỏi"
        value={v.question ?? ''}
        error={e.question}
        required
        maxlength={300}
      />
      <TextAreaField
        name="choices"
        label="Các phương án trả lời"
        value={v.choices ?? ''}
        error={e.choices}
        hint="Mỗi dòng một phương án, từ 2 đến 10 phương án."
        required
        rows={5}
      />
      <DateField
        name="opensAt"
        label="Mở từ (giờ Việt Nam)"
        kind="datetime"
        value={v.opensAt ?? ''}
        error={e.opensAt}
        required
      />
      <DateField
        name="closesAt"
        label="Đóng lúc (giờ Việt Nam)"
        kind="datetime"
        value={v.closesAt ?? ''}
        error={e.closesAt}
        required
      />
      <button type="submit" class="button">
        {props.submit}
      </button>
    </form>
  );
}

/** One poll in the back office: edit, results, delete. */
export function PollAdminPage(props: {
  chrome: AdminChrome;
  csrf: string;
  poll: Poll;
  now: Date;
  values: Record<string, string>;
  errors: Record<string, string>;
  notice?: string;
}) {
  const p = props.poll;
  const state = pollState(p, props.now);
  return (
    <AdminLayout chrome={props.chrome} title={`Thăm dò: ${p.question}`}>
      <p>
        <a href={ADMIN_BASE}>← Các cuộc thăm dò</a> · <a href={pollPath(p)}>Xem trên trang</a>
      </p>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      <Results p={p} state={state} />
      <h2>Sửa</h2>
      <PollForm
        action={`${ADMIN_BASE}/${p.id}`}
        csrf={props.csrf}
        values={props.values}
        errors={props.errors}
        submit="Lưu"
      />
      <h2>Xóa</h2>
      <PostButton action={`${ADMIN_BASE}/${p.id}/xoa`} csrf={props.csrf} danger>
        Xóa cuộc thăm dò
      </PostButton>
    </AdminLayout>
  );
}
