import type { Child } from 'hono/jsx';
import { formatDateTime } from '../../../lib/date.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { PostButton, SelectField } from '../../../views/admin-controls.tsx';
import { Pagination } from '../../../views/components.tsx';
import { CsrfField, Field, Notice } from '../../../views/form.tsx';
import {
  CONSENT_TEXTS,
  DEFAULT_RETENTION_MONTHS,
  DEFAULT_SLA_DAYS,
  initials,
  KINDS,
  MAIL_PURPOSES,
  mayMove,
  SLA_STEPS,
  STATUSES,
  type ContactMessage,
  type ContactNote,
  type ContactUnit,
  type Due,
  type InboxRow,
  type OutboxRow,
  type SlaDays,
  type SlaStep,
  type Status,
} from '../participation.ts';
import { qaPath } from './qa.page.tsx';

const BASE = '/quan-tri/gop-y';

/** A labelled multi-line field. */
function Area(props: {
  name: string;
  label: string;
  value: string;
  error?: string;
  rows?: number;
  hint?: string;
}) {
  const id = `f-${props.name}`;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 6}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={
          [props.hint ? `${id}-hint` : '', props.error ? `${id}-err` : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
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

const lines = (s: string): Child => s.split('\n').map((l) => <p>{l}</p>);

/** A due date, marked "Quá hạn" once past (in words, not only by colour). */
function DueText({ due }: { due: Due }) {
  if (!due.at) return <>—</>;
  return due.overdue ? (
    <span class="overdue">
      <strong>Quá hạn</strong> ({formatDateTime(due.at)})
    </span>
  ) : (
    <>{formatDateTime(due.at)}</>
  );
}

/** Outgoing mails (of one message, or every waiting one) with their delivery state. */
function MailTable(props: { rows: OutboxRow[]; caption: string }) {
  return (
    <table class="data mail-outbox">
      <caption class="sr-only">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Loại thư</th>
          <th scope="col">Gửi tới</th>
          <th scope="col">Tình trạng</th>
          <th scope="col">Số lần thử</th>
          <th scope="col">Lỗi gần nhất</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr>
            <td>{MAIL_PURPOSES[r.purpose] ?? r.purpose}</td>
            <td>{r.recipient}</td>
            <td class="mail-status">
              {r.status === 'da-gui'
                ? `Đã gửi ${formatDateTime(r.sentAt!)}`
                : r.attempts === 0
                  ? 'Đang chờ gửi'
                  : `Chờ gửi lại lúc ${formatDateTime(r.nextAt)}`}
            </td>
            <td>{r.attempts}</td>
            <td>{r.lastError || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The inbox: messages of the working site, newest first, filtered by state. */
export function InboxPage(props: {
  chrome: AdminChrome;
  rows: (InboxRow & { due: Due })[];
  total: number;
  page: number;
  status: Status | '';
  /** Only overdue messages ("Quá hạn"). */
  overdue: boolean;
  waitingMail: number;
  canManage: boolean;
}) {
  const href = (n: number) => {
    const p = new URLSearchParams();
    if (props.status) p.set('trang-thai', props.status);
    if (props.overdue) p.set('qua-han', '1');
    if (n > 1) p.set('trang', String(n));
    const s = p.toString();
    return s ? `${BASE}?${s}` : BASE;
  };
  return (
    <AdminLayout chrome={props.chrome} title="Góp ý, hỏi đáp của bạn đọc">
      <nav class="tabs" aria-label="Lọc theo trạng thái">
        <ul>
          <li>
            <a
              href={BASE}
              aria-current={props.status === '' && !props.overdue ? 'page' : undefined}
            >
              Tất cả
            </a>
          </li>
          <li>
            <a href={`${BASE}?qua-han=1`} aria-current={props.overdue ? 'page' : undefined}>
              Quá hạn
            </a>
          </li>
          {Object.entries(STATUSES).map(([k, label]) => (
            <li>
              <a
                href={`${BASE}?trang-thai=${k}`}
                aria-current={props.status === k && !props.overdue ? 'page' : undefined}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {props.canManage && (
        <p>
          <a href={`${BASE}/cai-dat`}>
            Đơn vị nhận, thời hạn xử lý, thời hạn lưu giữ, yêu cầu của người gửi
          </a>
        </p>
      )}
      {props.waitingMail > 0 && (
        <Notice kind="error">
          {props.waitingMail} thư đang chờ gửi (máy chủ thư chưa nhận, sẽ tự gửi lại):{' '}
          <a href={`${BASE}/thu-di`}>xem thư chờ gửi</a>
        </Notice>
      )}
      {props.rows.length === 0 ? (
        <p>Không có ý kiến nào.</p>
      ) : (
        <table class="data">
          <caption class="sr-only">Danh sách ý kiến ({props.total})</caption>
          <thead>
            <tr>
              <th scope="col">Mã</th>
              <th scope="col">Loại</th>
              <th scope="col">Tiêu đề</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Ngày gửi</th>
              <th scope="col">Hạn xử lý</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td>
                  <a href={`${BASE}/${r.id}`}>{r.code}</a>
                </td>
                <td>{KINDS[r.kind]}</td>
                <td>{r.subject}</td>
                <td>{r.unitName || '—'}</td>
                <td>
                  {STATUSES[r.status]}
                  {r.published ? ' · đã công khai' : ''}
                </td>
                <td>{formatDateTime(r.createdAt)}</td>
                <td>
                  <DueText due={r.due} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={props.page} pageCount={Math.ceil(props.total / 30)} href={href} />
    </AdminLayout>
  );
}

/** One message: the sender's data (access audited), handling, reply, publication, notes. */
export function MessagePage(props: {
  chrome: AdminChrome;
  csrf: string;
  message: ContactMessage;
  notes: ContactNote[];
  units: ContactUnit[];
  due: Due;
  mails: OutboxRow[];
  canManage: boolean;
  errors: Record<string, string>;
  values: Record<string, string>;
  notice?: string;
}) {
  const m = props.message;
  const e = props.errors;
  const action = (p: string) => `${BASE}/${m.id}/${p}`;
  return (
    <AdminLayout chrome={props.chrome} title={`${KINDS[m.kind]} ${m.code}`}>
      <p>
        <a href={BASE}>← Danh sách ý kiến</a>
      </p>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {e._ && <Notice kind="error">{e._}</Notice>}
      <h2>{m.subject}</h2>
      <dl class="facts">
        <dt>Trạng thái</dt>
        <dd>
          {STATUSES[m.status]}
          {m.publishedAt ? ` · công khai từ ${formatDateTime(m.publishedAt)}` : ''}
        </dd>
        {props.due.at && (
          <>
            <dt>Hạn xử lý</dt>
            <dd class="due">
              {SLA_STEPS[m.status as SlaStep]}: <DueText due={props.due} />
            </dd>
          </>
        )}
        <dt>Ngày gửi</dt>
        <dd>{formatDateTime(m.createdAt)}</dd>
        {m.erasedAt ? (
          <>
            <dt>Dữ liệu cá nhân</dt>
            <dd>Đã xóa lúc {formatDateTime(m.erasedAt)}</dd>
          </>
        ) : (
          <>
            <dt>Người gửi</dt>
            <dd>{m.senderName}</dd>
            <dt>Thư điện tử</dt>
            <dd>{m.senderEmail || '—'}</dd>
            <dt>Điện thoại</dt>
            <dd>{m.senderPhone || '—'}</dd>
            <dt>Địa chỉ</dt>
            <dd>{m.senderAddress || '—'}</dd>
          </>
        )}
        <dt>Đồng ý</dt>
        <dd>
          Xử lý và trả lời ({m.consentReply}, {formatDateTime(m.consentReplyAt)})
          {m.consentPublish
            ? `; công khai đã ẩn danh (${m.consentPublish}, ${formatDateTime(m.consentPublishAt!)})`
            : '; không đồng ý công khai'}
        </dd>
        {m.attachment && (
          <>
            <dt>Tệp đính kèm</dt>
            <dd>
              <a href={action('tep')}>{m.attachment.name}</a> ({Math.ceil(m.attachment.size / 1024)}{' '}
              KB)
            </dd>
          </>
        )}
      </dl>
      <h3>Nội dung</h3>
      <div class="message-body">{m.erasedAt ? <p>(đã xóa)</p> : lines(m.body)}</div>

      <h3>Xử lý</h3>
      <form method="post" action={action('don-vi')} class="stack">
        <CsrfField token={props.csrf} />
        <SelectField
          name="unitId"
          label="Giao cho đơn vị"
          value={m.unitId ? String(m.unitId) : ''}
          empty="(chưa giao)"
          error={e.unitId}
          options={props.units.map((u) => ({ value: String(u.id), label: u.name }))}
        />
        <button type="submit" class="button button-secondary">
          Giao đơn vị
        </button>
      </form>
      <div class="actions">
        {(Object.keys(STATUSES) as Status[])
          .filter((to) => mayMove(m.status, to))
          .map((to) => (
            <form method="post" action={action('trang-thai')} class="inline-form">
              <CsrfField token={props.csrf} />
              <input type="hidden" name="status" value={to} />
              <button type="submit" class="button button-secondary">
                Chuyển sang “{STATUSES[to]}”
              </button>
            </form>
          ))}
      </div>

      <h3>Trả lời người gửi</h3>
      {m.repliedAt && (
        <div class="reply-text">
          <p class="muted">
            Đã trả lời lúc {formatDateTime(m.repliedAt)} ({m.repliedBy})
            {m.replyMailed
              ? ' · đã gửi thư điện tử'
              : props.mails.some((x) => x.purpose === 'reply' && x.status === 'cho-gui')
                ? ' · thư điện tử đang chờ gửi'
                : ' · chưa gửi thư điện tử'}
          </p>
          {lines(m.reply)}
        </div>
      )}
      {!m.erasedAt && (
        <form method="post" action={action('tra-loi')} class="stack">
          <CsrfField token={props.csrf} />
          <Area
            name="reply"
            label={m.repliedAt ? 'Sửa câu trả lời' : 'Câu trả lời'}
            value={props.values.reply ?? m.reply}
            error={e.reply}
            hint={
              m.senderEmail
                ? `Câu trả lời được lưu, gửi tới ${m.senderEmail} và hiện khi người gửi tra cứu mã ${m.code}.`
                : `Người gửi không để lại thư điện tử: câu trả lời hiện khi tra cứu mã ${m.code}.`
            }
          />
          <button type="submit" class="button">
            Lưu và gửi trả lời
          </button>
        </form>
      )}

      <h3>Công khai trong Hỏi đáp</h3>
      {!m.consentPublish ? (
        <p>Người gửi không đồng ý công khai: không thể đăng vào mục Hỏi đáp.</p>
      ) : !m.repliedAt ? (
        <p>Trả lời trước, rồi mới công khai được.</p>
      ) : (
        <>
          {m.publishedAt && (
            <p>
              Đang công khai: <a href={qaPath(m)}>xem trên trang</a>{' '}
              <PostButton action={action('go-cong-khai')} csrf={props.csrf} danger>
                Gỡ khỏi Hỏi đáp
              </PostButton>
            </p>
          )}
          <form method="post" action={action('cong-khai')} class="stack">
            <CsrfField token={props.csrf} />
            <Area
              name="question"
              label="Câu hỏi đã biên tập, ẩn danh"
              value={props.values.question ?? (m.publicQuestion || (m.erasedAt ? '' : m.body))}
              error={e.question}
              hint="Bỏ mọi chi tiết nhận ra người hỏi (họ tên, số điện thoại, địa chỉ cụ thể)."
            />
            <Field
              name="asker"
              label="Người hỏi (ẩn danh)"
              value={props.values.asker ?? (m.publicAsker || initials(m.senderName))}
              error={e.asker}
              maxlength={200}
              hint="Ví dụ: Ông N.V.A., xã Mường Nhé."
            />
            <Area
              name="answer"
              label="Câu trả lời công khai"
              value={props.values.answer ?? (m.publicAnswer || m.reply)}
              error={e.answer}
            />
            <button type="submit" class="button">
              {m.publishedAt ? 'Cập nhật Hỏi đáp' : 'Công khai'}
            </button>
          </form>
        </>
      )}

      {props.mails.length > 0 && (
        <>
          <h3>Thư điện tử</h3>
          <MailTable rows={props.mails} caption="Thư điện tử của ý kiến này" />
        </>
      )}

      <h3>Ghi chú nội bộ</h3>
      <p class="hint">Chỉ cán bộ xem được; không gửi cho người gửi.</p>
      <ul>
        {props.notes.map((n) => (
          <li>
            <strong>{n.author}</strong> ({formatDateTime(n.createdAt)}): {n.body}
          </li>
        ))}
      </ul>
      <form method="post" action={action('ghi-chu')} class="stack">
        <CsrfField token={props.csrf} />
        <Area
          name="body"
          label="Ghi chú mới"
          value={props.values.body ?? ''}
          error={e.body}
          rows={3}
        />
        <button type="submit" class="button button-secondary">
          Thêm ghi chú
        </button>
      </form>

      {props.canManage && !m.erasedAt && (
        <>
          <h3>Dữ liệu cá nhân</h3>
          <p>
            Xóa ngay họ tên, thông tin liên hệ, nội dung, tệp và ghi chú của ý kiến này (khi người
            gửi yêu cầu). Không khôi phục được.
          </p>
          <PostButton action={action('xoa-du-lieu')} csrf={props.csrf} danger>
            Xóa dữ liệu cá nhân
          </PostButton>
        </>
      )}
    </AdminLayout>
  );
}

/** Units, retention, and a sender's requests (export, erase). */
export function SettingsPage(props: {
  chrome: AdminChrome;
  csrf: string;
  units: ContactUnit[];
  months: number;
  sla: SlaDays;
  errors: Record<string, string>;
  values: Record<string, string>;
  notice?: string;
  /** Whether the viewer handles messages (an administrator manages settings only). */
  inbox: boolean;
}) {
  const e = props.errors;
  const v = props.values;
  return (
    <AdminLayout chrome={props.chrome} title="Cài đặt góp ý, hỏi đáp">
      {props.inbox && (
        <p>
          <a href={BASE}>← Danh sách ý kiến</a>
        </p>
      )}
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {e._ && <Notice kind="error">{e._}</Notice>}
      <h2>Đơn vị nhận, lĩnh vực</h2>
      {props.units.length === 0 && <p>Chưa có đơn vị nào: mọi ý kiến gửi về Ban Biên tập.</p>}
      {props.units.map((u) => (
        <form method="post" action={`${BASE}/don-vi/${u.id}`} class="stack unit-form">
          <CsrfField token={props.csrf} />
          <Field name="name" label="Tên đơn vị, lĩnh vực" value={u.name} required maxlength={200} />
          <Field name="people" label="Người phụ trách" value={u.people} maxlength={500} />
          <Field
            name="email"
            label="Thư điện tử nhận thông báo"
            value={u.email}
            type="email"
            maxlength={200}
          />
          <button type="submit" class="button button-secondary">
            Lưu
          </button>
          <button
            type="submit"
            class="button button-danger"
            formaction={`${BASE}/don-vi/${u.id}/xoa`}
          >
            Xóa
          </button>
        </form>
      ))}
      <h3>Thêm đơn vị</h3>
      <form method="post" action={`${BASE}/don-vi`} class="stack">
        <CsrfField token={props.csrf} />
        <Field
          name="name"
          label="Tên đơn vị, lĩnh vực"
          value={v.name ?? ''}
          error={e.name}
          required
          maxlength={200}
        />
        <Field
          name="people"
          label="Người phụ trách"
          value={v.people ?? ''}
          error={e.people}
          maxlength={500}
        />
        <Field
          name="email"
          label="Thư điện tử nhận thông báo"
          value={v.email ?? ''}
          error={e.email}
          type="email"
          maxlength={200}
        />
        <button type="submit" class="button">
          Thêm
        </button>
      </form>

      <h2>Thời hạn xử lý từng bước</h2>
      <p>
        Số ngày cho mỗi bước, tính từ khi ý kiến chuyển sang bước đó. Quá hạn, ý kiến được đánh dấu
        “Quá hạn” và đơn vị nhận được thư nhắc (mỗi ngày một lần).
      </p>
      <form method="post" action={`${BASE}/thoi-han-xu-ly`} class="stack">
        <CsrfField token={props.csrf} />
        {(Object.keys(SLA_STEPS) as SlaStep[]).map((k) => (
          <Field
            name={k}
            label={`${STATUSES[k]}: ${SLA_STEPS[k].toLowerCase()} (ngày)`}
            value={v[`sla-${k}`] ?? String(props.sla[k])}
            error={e[k]}
            inputmode="numeric"
            maxlength={2}
            hint={`Từ 1 đến 90 ngày (mặc định ${DEFAULT_SLA_DAYS[k]}).`}
          />
        ))}
        <button type="submit" class="button">
          Lưu thời hạn xử lý
        </button>
      </form>

      <h2>Thời hạn lưu giữ dữ liệu cá nhân</h2>
      <form method="post" action={`${BASE}/luu-giu`} class="stack">
        <CsrfField token={props.csrf} />
        <Field
          name="months"
          label="Số tháng sau khi đóng ý kiến"
          value={v.months ?? String(props.months)}
          error={e.months}
          inputmode="numeric"
          maxlength={2}
          hint={`Từ 1 đến 60 tháng (mặc định ${DEFAULT_RETENTION_MONTHS}). Hết hạn, họ tên, liên hệ, nội dung, tệp và ghi chú bị xóa tự động.`}
        />
        <button type="submit" class="button">
          Lưu
        </button>
      </form>

      <h2>Yêu cầu của người gửi</h2>
      <p>
        Xuất (tệp JSON) hoặc xóa mọi dữ liệu của một người gửi, theo thư điện tử hoặc số điện thoại.
      </p>
      <form method="post" action={`${BASE}/nguoi-gui/xuat`} class="stack">
        <CsrfField token={props.csrf} />
        <Field
          name="contact"
          label="Thư điện tử hoặc số điện thoại"
          value={v.contact ?? ''}
          error={e.contact}
          maxlength={200}
        />
        <button type="submit" class="button button-secondary">
          Xuất dữ liệu
        </button>
        <button type="submit" class="button button-danger" formaction={`${BASE}/nguoi-gui/xoa`}>
          Xóa dữ liệu
        </button>
      </form>
      <p class="hint">
        Nội dung các ô đồng ý: “{CONSENT_TEXTS.reply}” / “{CONSENT_TEXTS.publish}”
      </p>
    </AdminLayout>
  );
}

/** Mails waiting to be sent or retried. */
export function OutboxPage(props: { chrome: AdminChrome; rows: OutboxRow[] }) {
  return (
    <AdminLayout chrome={props.chrome} title="Thư điện tử chờ gửi">
      <p>
        <a href={BASE}>← Danh sách ý kiến</a>
      </p>
      <p>
        Thư chưa gửi được (máy chủ thư không trả lời) được giữ lại và tự gửi lại sau 1 phút, rồi
        thưa dần, tối đa 6 giờ một lần, cho đến khi gửi được.
      </p>
      {props.rows.length === 0 ? (
        <p>Không có thư nào đang chờ gửi.</p>
      ) : (
        <MailTable rows={props.rows} caption="Thư điện tử chờ gửi" />
      )}
    </AdminLayout>
  );
}
