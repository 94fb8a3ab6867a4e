import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the administrative map and place tags that a person reads, keyed by its code. */
export const MAP_MESSAGES = {
  'map.article_not_found': 'Không tìm thấy bài viết.',
  'map.unit_not_found': 'Không tìm thấy đơn vị hành chính.',
  'map.unknown_codes': (codes: string) => `Mã đơn vị hành chính không tồn tại: ${codes}.`,
  'map.description_too_long': (max: number) => `Mô tả dài tối đa ${max} ký tự.`,
  'map.edit_forbidden': 'Chỉ quản trị hệ thống và biên tập viên được sửa thông tin địa danh.',
  'map.article_edit_forbidden': 'Bạn không có quyền biên tập bài viết trong chuyên mục này.',
  'map.article_ref_required': 'Hãy nhập mã số bài viết (ví dụ 12) hoặc địa chỉ của bài.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(MAP_MESSAGES);
