import { speaker } from '../../lib/messages.ts';
import { formatBytes, KIND_LABELS, type MediaKind } from './media.ts';

/** Every Vietnamese message of the media library that a person reads, keyed by its code. */
export const MEDIA_MESSAGES = {
  'media.accepted':
    'Nhận ảnh (JPEG, PNG, WebP, GIF, AVIF), tài liệu (PDF, Word, Excel, PowerPoint, OpenDocument) và video (MP4, WebM).',
  'media.unknown':
    'Không nhận ra định dạng của tệp từ nội dung. Chỉ nhận ảnh (JPEG, PNG, WebP, GIF, AVIF), tài liệu (PDF, Word, Excel, PowerPoint, OpenDocument) và video (MP4, WebM).',
  'media.executable':
    'Đây là tệp chương trình (tệp thực thi), không được phép tải lên, dù tên tệp có đuôi gì.',
  'media.svg':
    'Ảnh SVG không được nhận vì có thể chứa mã lệnh (script). Hãy xuất ảnh sang PNG hoặc JPEG rồi tải lên.',
  'media.html': 'Tệp HTML hoặc văn bản có mã lệnh không được nhận.',
  'media.macro':
    'Tài liệu có macro không được nhận vì có thể chứa mã độc. Hãy lưu lại dưới dạng .docx, .xlsx hoặc .pptx rồi tải lên.',
  'media.heic':
    'Ảnh HEIC (chụp từ iPhone) chưa đọc được trên máy chủ. Hãy chuyển ảnh sang JPEG rồi tải lên.',
  'media.bad_image': 'Không đọc được ảnh: tệp bị hỏng hoặc nội dung không đúng định dạng ảnh.',
  'media.too_many_pixels': 'Ảnh quá lớn (quá 100 triệu điểm ảnh). Hãy thu nhỏ ảnh rồi tải lên.',
  'media.empty': 'Tệp rỗng (0 byte).',
  'media.store_failed':
    'Không lưu được tệp vào kho lưu trữ (ổ đĩa đầy hoặc lỗi ghi). Tệp chưa được lưu; vui lòng thử lại sau hoặc báo quản trị viên.',
  'media.no_file': 'Chưa chọn tệp nào để tải lên.',
  'media.too_many_files': (max: number) => `Mỗi lần chỉ tải lên tối đa ${max} tệp.`,
  'media.request_too_large': (limit: number) =>
    `Tổng dung lượng gửi lên vượt giới hạn ${formatBytes(limit)} cho một lần tải. Hãy chia thành nhiều lần.`,
  'media.too_large': (size: number, kind: MediaKind, limit: number) =>
    `Tệp nặng ${formatBytes(size)}, vượt giới hạn ${formatBytes(limit)} cho ${KIND_LABELS[kind].toLowerCase()}.`,
  'media.not_allowed': (what: string) =>
    `Định dạng ${what} không được nhận. Chỉ nhận ảnh (JPEG, PNG, WebP, GIF, AVIF), tài liệu (PDF, Word, Excel, PowerPoint, OpenDocument) và video (MP4, WebM).`,
  'media.not_found': 'Không tìm thấy tệp trong thư viện.',
  'media.forbidden_library': 'Bạn không có quyền dùng thư viện media.',
  'media.forbidden_edit': 'Chỉ người tải lên hoặc biên tập viên được sửa thông tin của tệp này.',
  'media.alt_too_long': 'Mô tả ảnh (alt) tối đa 300 ký tự.',
  'media.caption_too_long': 'Chú thích tối đa 1000 ký tự.',
  'media.credit_too_long': 'Nguồn/tác giả tối đa 200 ký tự.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(MEDIA_MESSAGES);
