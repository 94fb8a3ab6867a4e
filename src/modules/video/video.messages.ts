import { speaker } from '../../lib/messages.ts';

/** Vietnamese messages of the video module's poster and duration reading, keyed by code. */
export const VIDEO_MESSAGES = {
  'video.no_file': 'Hãy chọn tệp video và lưu trước khi lấy ảnh đại diện từ video.',
  'video.no_frame':
    'Không lấy được ảnh từ tệp video (máy chủ chưa cài ffmpeg hoặc không đọc được tệp). Hãy chọn ảnh đại diện trong thư viện.',
  'video.bad_time': 'Thời điểm lấy ảnh tính bằng giây, ví dụ 5 hoặc 1:30.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(VIDEO_MESSAGES);
