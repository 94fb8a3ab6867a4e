import type { Child } from 'hono/jsx';
import { formatDateTime } from '../../../lib/date.ts';
import { formatCount } from '../../../lib/number.ts';
import { Notice } from '../../../views/form.tsx';
import { formatBytes } from '../../media/media.ts';
import type { BackupRun, BackupStatus } from '../backup.ts';

function Archive(props: { run: BackupRun }) {
  const r = props.run;
  return (
    <>
      <code>{r.archive}</code> — {formatBytes(r.bytes)}, {formatCount(r.rows)} dòng dữ liệu,{' '}
      {formatCount(r.files)} tệp media
      {r.removed > 0 && <>; đã xoá {formatCount(r.removed)} bản cũ theo quy tắc lưu giữ</>}
    </>
  );
}

/** The dashboard's backup panel (administrators): schedule, last run, last success. */
export function BackupPanel(props: { status: BackupStatus }): Child {
  const { everyHours, keep, last, lastOk } = props.status;
  return (
    <section class="panel" aria-labelledby="h-backup">
      <h2 id="h-backup">Sao lưu dữ liệu</h2>
      {everyHours === 0 ? (
        <p>
          Sao lưu tự động đang tắt (đặt <code>BACKUP_EVERY_HOURS</code> để bật). Có thể sao lưu thủ
          công bằng lệnh <code>npm run backup</code>.
        </p>
      ) : (
        <p>
          Sao lưu tự động mỗi {everyHours} giờ vào thư mục sao lưu; giữ {keep.daily} bản theo ngày,{' '}
          {keep.weekly} theo tuần, {keep.monthly} theo tháng.
        </p>
      )}
      {!last && everyHours > 0 && <p>Chưa có lần sao lưu tự động nào.</p>}
      {last && !last.ok && (
        <Notice kind="error">
          Lần sao lưu lúc {formatDateTime(last.finishedAt)} thất bại: {last.message}
        </Notice>
      )}
      {lastOk ? (
        <dl class="kv">
          <dt>Sao lưu thành công gần nhất</dt>
          <dd>{formatDateTime(lastOk.finishedAt)}</dd>
          <dt>Bản sao lưu</dt>
          <dd>
            <Archive run={lastOk} />
          </dd>
        </dl>
      ) : (
        last && <p>Chưa có bản sao lưu tự động nào thành công.</p>
      )}
    </section>
  );
}

/**
 * The dashboard's contribution (AccountRouteDeps.dashboardPanels): the backup panel, shown to
 * administrators only.
 */
export function backupDashboardPanel(backups: { status(): Promise<BackupStatus> }) {
  return async (account: { role: string }): Promise<Child> =>
    account.role === 'admin' ? <BackupPanel status={await backups.status()} /> : null;
}
