import { AdminLayout, type AdminChrome } from './admin-layout.tsx';
import { CsrfField, Notice } from '../views/form.tsx';

/**
 * Offers a refused or interrupted form again with a fresh token: the typed fields are kept
 * (secrets never are) and nothing is saved until the person presses "Gửi lại".
 */
export function ResubmitPage(props: {
  chrome: AdminChrome;
  action: string;
  fields: Record<string, string | string[]>;
  csrf: string;
  reason: string;
}) {
  const entries = Object.entries(props.fields).flatMap(([k, v]) =>
    Array.isArray(v) ? v.map((x) => [k, x] as const) : [[k, v] as const],
  );
  return (
    <AdminLayout chrome={props.chrome} title="Gửi lại biểu mẫu">
      <Notice kind="error">{props.reason}</Notice>
      <form method="post" action={props.action} class="resubmit">
        <CsrfField token={props.csrf} />
        {entries.map(([k, v]) => (
          <input type="hidden" name={k} value={v} />
        ))}
        {entries.length > 0 && (
          <details open>
            <summary>Nội dung đã nhập</summary>
            <dl class="kv">
              {entries.map(([k, v]) => (
                <>
                  <dt>{k}</dt>
                  <dd>{v.length > 300 ? `${v.slice(0, 300)}…` : v}</dd>
                </>
              ))}
            </dl>
          </details>
        )}
        <p>
          <button type="submit" class="button">
            Gửi lại
          </button>{' '}
          <a href="/quan-tri">Bỏ qua</a>
        </p>
      </form>
    </AdminLayout>
  );
}
