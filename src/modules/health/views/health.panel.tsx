import type { Child } from 'hono/jsx';
import { formatDateTime } from '../../../lib/date.ts';
import { formatCount } from '../../../lib/number.ts';
import { Notice } from '../../../views/form.tsx';
import { formatBytes } from '../../media/media.ts';
import { diskIsLow, WARN_DAYS, type HealthReport } from '../health.ts';

/** Bytes as an admin reads a disk's size: GB past 1 GB. */
function size(n: number): string {
  if (n < 1024 ** 3) return formatBytes(n);
  return `${(Math.round((n / 1024 ** 3) * 10) / 10).toString().replace('.', ',')} GB`;
}

/**
 * "Tình trạng hệ thống" on the admin's dashboard: what needs an administrator now, each item
 * linked to where it is handled; the install-wide figures (jobs, disk, database) only for the
 * system admin.
 */
export function HealthPanel(props: { report: HealthReport; installWide: boolean }): Child {
  const r = props.report;
  const problems =
    r.locked.length +
    r.nearLimit.length +
    r.deadLinks.length +
    (props.installWide ? r.failingJobs.length + (r.disk && diskIsLow(r.disk) ? 1 : 0) : 0);
  return (
    <section class="panel" aria-labelledby="h-health">
      <h2 id="h-health">Tình trạng hệ thống</h2>
      {problems === 0 ? (
        <p>Không có việc nào cần quản trị viên xử lý.</p>
      ) : (
        <p>
          Có <strong>{formatCount(problems)}</strong> việc cần xử lý.
        </p>
      )}
      {r.locked.length > 0 && (
        <>
          <h3>Tài khoản đang bị khoá do đăng nhập sai ({formatCount(r.locked.length)})</h3>
          <ul>
            {r.locked.map((a) => (
              <li>
                <a href={`/quan-tri/nguoi-dung/${a.id}`}>{a.fullName}</a> ({a.username}) — khoá đến{' '}
                {formatDateTime(a.until)}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.nearLimit.length > 0 && (
        <>
          <h3>
            Tài khoản sắp bị khoá vì không sử dụng (trong {WARN_DAYS} ngày tới:{' '}
            {formatCount(r.nearLimit.length)})
          </h3>
          <ul>
            {r.nearLimit.map((a) => (
              <li>
                <a href={`/quan-tri/nguoi-dung/${a.id}`}>{a.fullName}</a> ({a.username}) —{' '}
                {a.daysLeft === 0 ? 'bị khoá trong hôm nay' : `còn ${a.daysLeft} ngày`}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.deadLinks.length > 0 && (
        <>
          <h3>Liên kết web không phản hồi ({formatCount(r.deadLinks.length)})</h3>
          <ul>
            {r.deadLinks.map((l) => (
              <li>
                <a href={`/quan-tri/cai-dat/lien-ket/${l.id}`}>{l.title}</a> — {l.detail}
                {l.failures > 1 && ` (${l.failures} lần liên tiếp)`}
              </li>
            ))}
          </ul>
        </>
      )}
      {props.installWide && (
        <>
          {r.failingJobs.length > 0 && (
            <>
              <h3>Tác vụ định kỳ bị lỗi ({formatCount(r.failingJobs.length)})</h3>
              <ul>
                {r.failingJobs.map((j) => (
                  <li>
                    <strong>{j.label}</strong> — lỗi lúc {formatDateTime(j.failedAt)}: {j.message}.
                    Hệ thống tự chạy lại; xem nhật ký máy chủ để biết chi tiết.
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.disk && diskIsLow(r.disk) && (
            <Notice kind="error">
              Ổ đĩa lưu dữ liệu sắp đầy: chỉ còn trống {size(r.disk.freeBytes)} trên{' '}
              {size(r.disk.totalBytes)}. Hãy giải phóng dung lượng hoặc mở rộng ổ đĩa.
            </Notice>
          )}
          <dl class="kv">
            <dt>Dung lượng trống</dt>
            <dd>
              {r.disk
                ? `${size(r.disk.freeBytes)} / ${size(r.disk.totalBytes)}`
                : 'Không xác định được'}
            </dd>
            <dt>Cơ sở dữ liệu</dt>
            <dd>{r.databaseBytes === null ? 'Không xác định được' : size(r.databaseBytes)}</dd>
          </dl>
        </>
      )}
    </section>
  );
}
