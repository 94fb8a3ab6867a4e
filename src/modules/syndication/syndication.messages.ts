import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of Tin cơ sở (commune news proposed to the province), by code. */
export const SYNDICATION_MESSAGES = {
  'syndication.no_parent': 'Trang này không trực thuộc trang nào để đề xuất đăng bài.',
  'syndication.not_published': 'Chỉ đề xuất được bài đang đăng trên trang của đơn vị.',
  'syndication.forbidden':
    'Bạn không có quyền đề xuất bài này (cần quyền duyệt đăng ở chuyên mục của bài).',
  'syndication.already': 'Bài này đã được đề xuất, đang chờ trang tỉnh xem xét.',
  'syndication.already_accepted': 'Bài này đã được trang tỉnh nhận đăng.',
  'syndication.not_found': 'Không tìm thấy đề xuất này.',
  'syndication.decided': 'Đề xuất này đã được xử lý; tải lại trang để xem kết quả.',
  'syndication.section_required': 'Hãy chọn chuyên mục để đăng bài trên trang tỉnh.',
  'syndication.accept_forbidden':
    'Bạn không có quyền duyệt đăng ở chuyên mục đã chọn; hãy chọn chuyên mục khác hoặc nhờ người có quyền.',
  'syndication.decline_forbidden': 'Bạn không có quyền xử lý bài đề xuất của các đơn vị.',
  'syndication.note_required': 'Hãy ghi lý do không nhận đăng để đơn vị biết.',
  'syndication.original_gone': 'Bài gốc không còn được đăng trên trang của đơn vị.',
  'syndication.proposed': 'Đã gửi đề xuất lên trang tỉnh.',
  'syndication.accepted': 'Đã nhận đăng bài trên trang tỉnh.',
  'syndication.declined': 'Đã trả lời không nhận đăng.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(SYNDICATION_MESSAGES);
export const M = SYNDICATION_MESSAGES;
