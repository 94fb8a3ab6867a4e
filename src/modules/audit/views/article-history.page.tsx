import { formatDateTime } from '../../../lib/date.ts';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { actionLabel, type AuditEntry } from '../audit.ts';

/** The note or the time a workflow step carried, as staff read it. */
function stepDetail(e: AuditEntry): string[] {
  const out: string[] = [];
  const { note, at } = e.detail as { note?: unknown; at?: unknown };
  if (typeof note === 'string' && note) out.push(`Ghi chú: ${note}`);
  if (typeof at === 'string' && !Number.isNaN(Date.parse(at)))
    out.push(`Thời điểm hẹn: ${formatDateTime(new Date(at))}`);
  return out;
}

/**
 * An article's whole life from the audit trail, oldest first: created, saved, sent, returned
 * with the note, published, corrected, withdrawn, by whom and when.
 */
export function ArticleHistoryPage(props: {
  chrome: AdminChrome;
  articleId: number;
  title: string;
  entries: AuditEntry[];
  /** More records exist than are shown. */
  truncated: boolean;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Nhật ký bài viết">
      <p>
        <a href={`/quan-tri/bai-viet/${props.articleId}`}>← Quay lại bài “{props.title}”</a> ·{' '}
        <a href={`/quan-tri/bai-viet/${props.articleId}/phien-ban`}>Lịch sử phiên bản</a>
      </p>
      {props.entries.length === 0 ? (
        <p>Chưa có thao tác nào được ghi lại cho bài này.</p>
      ) : (
        <ol class="article-history">
          {props.entries.map((e) => (
            <li>
              <time datetime={e.at.toISOString()}>{formatDateTime(e.at)}</time> —{' '}
              <strong>{actionLabel(e.action)}</strong>, {e.actorName || 'Hệ thống'}
              {e.summary && <span class="muted"> · {e.summary}</span>}
              {stepDetail(e).map((d) => (
                <p class="history-detail">{d}</p>
              ))}
            </li>
          ))}
        </ol>
      )}
      {props.truncated && <p>Chỉ hiện {props.entries.length} thao tác gần nhất.</p>}
    </AdminLayout>
  );
}
