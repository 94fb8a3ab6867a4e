import { speaker } from '../../lib/messages.ts';

/**
 * Every message of backups and restores that a person reads, keyed by its code. Operators may
 * not read Vietnamese (a hosting contractor), so command-line messages carry the English too.
 */
export const BACKUP_MESSAGES = {
  'backup.newer_schema': (archive: string, code: string) =>
    `Bản sao lưu có lược đồ dữ liệu mới hơn phần mềm này (bản sao lưu: ${archive}, phần mềm: ${code}). Hãy cập nhật phần mềm lên phiên bản đã tạo bản sao lưu rồi khôi phục lại. / The backup's schema (${archive}) is newer than this software's (${code}): upgrade the software first, then restore.`,
  'backup.unknown_schema': (archive: string) =>
    `Phần mềm này không biết lược đồ dữ liệu ${archive} của bản sao lưu. / This software does not know the backup's schema version ${archive}.`,
  'backup.db_not_empty':
    'Cơ sở dữ liệu đích không trống. Chỉ khôi phục vào một cơ sở dữ liệu mới, trống (xoá tệp SQLite hoặc tạo cơ sở dữ liệu PostgreSQL mới). / The target database is not empty: restore only into a new, empty database.',
  'backup.media_not_empty':
    'Kho tệp media đích không trống. Chỉ khôi phục vào một thư mục media trống. / The target media store is not empty: restore only into an empty one.',
  'backup.not_archive': (dir: string) =>
    `Không phải bản sao lưu (thiếu manifest.json hoặc sai định dạng): ${dir} / Not a backup archive (no or unknown manifest.json): ${dir}`,
  'backup.corrupt': (file: string) =>
    `Bản sao lưu bị hỏng: tệp ${file} không khớp mã SHA-256 trong manifest. / The backup is damaged: ${file} does not match its SHA-256 in the manifest.`,
  'backup.verify_mismatch': (what: string) =>
    `Kiểm tra bản sao lưu thất bại: ${what} khác sau khi khôi phục thử. / Verification failed: ${what} differs after a trial restore.`,
  'backup.memory_db':
    'Không sao lưu được cơ sở dữ liệu SQLite trong bộ nhớ (:memory:). / An in-memory SQLite database cannot be backed up.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code. */
export const say = speaker(BACKUP_MESSAGES);

/** A refusal or failure of a backup command: its message is what the operator reads. */
export class BackupError extends Error {
  readonly code: string;
  constructor(said: { code: string; message: string }) {
    super(said.message);
    this.name = 'BackupError';
    this.code = said.code;
  }
}
