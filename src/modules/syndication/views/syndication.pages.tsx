import { formatDateTime } from '../../../lib/date.ts';
import type { AdminChrome } from '../../../shell/admin-layout.tsx';
import { AdminLayout } from '../../../shell/admin-layout.tsx';
import { CsrfField, Notice } from '../../../views/form.tsx';
import type { Section } from '../../site/site.ts';
import type { ProposalRow } from '../syndication.ts';
import type { ProposalState } from '../syndication.service.ts';

const STATUS: Record<ProposalRow['status'], string> = {
  proposed: 'Đang chờ trang tỉnh xem xét',
  accepted: 'Đã được nhận đăng',
  declined: 'Không được nhận đăng',
};

/** A commune article's page "Đề xuất lên trang tỉnh": where it stands, and the form. */
export function ProposePage(props: {
  chrome: AdminChrome;
  csrf: string;
  article: { id: number; title: string; status: string };
  state: ProposalState;
  canPropose: boolean;
  notice?: string;
  error?: string;
}) {
  const { state, article: a } = props;
  const p = state.proposal;
  const open = props.canPropose && a.status === 'published' && (!p || p.status === 'declined');
  return (
    <AdminLayout chrome={props.chrome} title="Đề xuất đăng lên trang tỉnh">
      <p>
        Bài: <a href={`/quan-tri/bai-viet/${a.id}`}>{a.title}</a>
      </p>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {props.error && <Notice kind="error">{props.error}</Notice>}
      {!state.parent && (
        <Notice kind="info">Trang này không trực thuộc trang nào để đề xuất.</Notice>
      )}
      {state.parent && p && (
        <section aria-labelledby="tt">
          <h2 id="tt">Tình trạng đề xuất</h2>
          <p>
            Gửi tới: <strong>{state.parent.name}</strong> lúc {formatDateTime(p.proposedAt)} —{' '}
            <strong>{STATUS[p.status]}</strong>
            {p.decidedAt && ` (${formatDateTime(p.decidedAt)})`}.
          </p>
          {p.status === 'declined' && p.note && <p>Lý do: {p.note}</p>}
        </section>
      )}
      {state.parent && a.status !== 'published' && (
        <Notice kind="info">Chỉ đề xuất được bài đang đăng trên trang của đơn vị.</Notice>
      )}
      {state.parent && open && (
        <form method="post" action={`/quan-tri/bai-viet/${a.id}/de-xuat`} class="stack">
          <CsrfField token={props.csrf} />
          <div class="field">
            <label for="f-note">Lời nhắn cho Ban biên tập trang tỉnh (không bắt buộc)</label>
            <textarea id="f-note" name="note" rows={3} maxlength={500} />
          </div>
          <button type="submit">Đề xuất đăng lên trang {state.parent.name}</button>
        </form>
      )}
    </AdminLayout>
  );
}

/** The province's "Tin cơ sở" inbox: proposals from the communes, to accept or decline. */
export function InboxPage(props: {
  chrome: AdminChrome;
  csrf: string;
  items: ProposalRow[];
  sections: Section[];
  baseOf: (siteId: number) => string;
  notice?: string;
  error?: string;
}) {
  const sections = props.sections.filter((s) => s.kind === 'articles');
  const waiting = props.items.filter((p) => p.status === 'proposed');
  const done = props.items.filter((p) => p.status !== 'proposed');
  return (
    <AdminLayout chrome={props.chrome} title="Tin cơ sở đề xuất">
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {props.error && <Notice kind="error">{props.error}</Notice>}
      <h2>Đang chờ xử lý ({waiting.length})</h2>
      {!waiting.length && <p>Không có bài nào đang chờ.</p>}
      {waiting.map((p) => (
        <article class="card proposal" aria-labelledby={`p-${p.id}`}>
          <h3 id={`p-${p.id}`}>{p.title}</h3>
          <p class="meta">
            {p.fromSiteName} · đề xuất lúc {formatDateTime(p.proposedAt)}
            {p.publishedAt && ` · đăng ở đơn vị lúc ${formatDateTime(p.publishedAt)}`}
          </p>
          <p>{p.lead}</p>
          {p.note && <p>Lời nhắn: {p.note}</p>}
          <form method="post" action={`/quan-tri/tin-co-so/${p.id}/nhan`} class="inline">
            <CsrfField token={props.csrf} />
            <label for={`s-${p.id}`}>Đăng vào chuyên mục</label>{' '}
            <select id={`s-${p.id}`} name="sectionId" required>
              <option value="">— Chọn chuyên mục —</option>
              {sections.map((s) => (
                <option value={String(s.id)}>{s.name}</option>
              ))}
            </select>{' '}
            <button type="submit">Nhận đăng</button>
          </form>
          <form method="post" action={`/quan-tri/tin-co-so/${p.id}/tu-choi`} class="inline">
            <CsrfField token={props.csrf} />
            <label for={`n-${p.id}`}>Lý do không nhận</label>{' '}
            <input id={`n-${p.id}`} name="note" maxlength={500} required />{' '}
            <button type="submit" class="secondary">
              Không nhận đăng
            </button>
          </form>
        </article>
      ))}
      <h2>Đã xử lý gần đây</h2>
      {!done.length && <p>Chưa có.</p>}
      {done.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Bài</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Kết quả</th>
              <th scope="col">Lúc</th>
            </tr>
          </thead>
          <tbody>
            {done.map((p) => (
              <tr>
                <td>
                  {p.copyId ? <a href={`/quan-tri/bai-viet/${p.copyId}`}>{p.title}</a> : p.title}
                </td>
                <td>{p.fromSiteName}</td>
                <td>
                  {STATUS[p.status]}
                  {p.status === 'declined' && p.note && ` — ${p.note}`}
                </td>
                <td>{p.decidedAt ? formatDateTime(p.decidedAt) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}
