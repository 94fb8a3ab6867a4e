import { formatBytes, KIND_LABELS, type MediaKind } from './media.ts';

/** Every Vietnamese message of the media library that a person reads. */
export const MEDIA_MESSAGES = {
  accepted:
    'Nhận ảnh (JPEG, PNG, WebP, GIF, AVIF), tài liệu (PDF, Word, Excel, PowerPoint, OpenDocument) và video (MP4, WebM).',
  unknown:
    'Không nhận ra định dạng của tệp từ nội dung. Chỉ nhận ảnh (JPEG, PNG, WebP, GIF, AVIF), tài liệu (PDF, Word, Excel, PowerPoint, OpenDocument) và video (MP4, WebM).',
  executable:
    'Đây là tệp chương trình (tệp thực thi), không được phép tải lên, dù tên tệp có đuôi gì.',
  svg: 'Ảnh SVG không được nhận vì có thể chứa mã lệnh (script). Hãy xuất ảnh sang PNG hoặc JPEG rồi tải lên.',
  html: 'Tệp HTML hoặc văn bản có mã lệnh không được nhận.',
  macro:
    'Tài liệu có macro không được nhận vì có thể chứa mã độc. Hãy lưu lại dưới dạng .docx, .xlsx hoặc .pptx rồi tải lên.',
  heic: 'Ảnh HEIC (chụp từ iPhone) chưa đọc được trên máy chủ. Hãy chuyển ảnh sang JPEG rồi tải lên.',
  badImage: 'Không đọc được ảnh: tệp bị hỏng hoặc nội dung không đúng định dạng ảnh.',
  tooManyPixels: 'Ảnh quá lớn (quá 100 triệu điểm ảnh). Hãy thu nhỏ ảnh rồi tải lên.',
  empty: 'Tệp rỗng (0 byte).',
  noFile: 'Chưa chọn tệp nào để tải lên.',
  tooManyFiles: (max: number) => `Mỗi lần chỉ tải lên tối đa ${max} tệp.`,
  requestTooLarge: (limit: number) =>
    `Tổng dung lượng gửi lên vượt giới hạn ${formatBytes(limit)} cho một lần tải. Hãy chia thành nhiều lần.`,
  tooLarge: (size: number, kind: MediaKind, limit: number) =>
    `Tệp nặng ${formatBytes(size)}, vượt giới hạn ${formatBytes(limit)} cho ${KIND_LABELS[kind].toLowerCase()}.`,
  notAllowed: (what: string) =>
    `Định dạng ${what} không được nhận. Chỉ nhận ảnh (JPEG, PNG, WebP, GIF, AVIF), tài liệu (PDF, Word, Excel, PowerPoint, OpenDocument) và video (MP4, WebM).`,
  notFound: 'Không tìm thấy tệp trong thư viện.',
  forbiddenLibrary: 'Bạn không có quyền dùng thư viện media.',
  forbiddenEdit: 'Chỉ người tải lên hoặc biên tập viên được sửa thông tin của tệp này.',
  altTooLong: 'Mô tả ảnh (alt) tối đa 300 ký tự.',
  captionTooLong: 'Chú thích tối đa 1000 ký tự.',
  creditTooLong: 'Nguồn/tác giả tối đa 200 ký tự.',
} as const;
