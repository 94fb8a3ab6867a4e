import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of Lấy ý kiến dự thảo that a person reads, by code. */
export const CONSULTATION_MESSAGES = {
  'consultation.not_found': 'Không tìm thấy đợt lấy ý kiến.',
  'consultation.section_not_found': 'Không tìm thấy phần, mục của dự thảo.',
  'consultation.response_not_found': 'Không tìm thấy ý kiến.',
  'consultation.document_required': 'Hãy chọn văn bản dự thảo.',
  'consultation.not_a_draft':
    'Chỉ lấy ý kiến được với văn bản có tình trạng “Dự thảo” đã đăng công khai.',
  'consultation.exists': 'Văn bản dự thảo này đã có đợt lấy ý kiến.',
  'consultation.opens_required': 'Nhập thời điểm bắt đầu (ngày/tháng/năm giờ:phút).',
  'consultation.closes_required': 'Nhập thời điểm kết thúc (ngày/tháng/năm giờ:phút).',
  'consultation.closes_before': 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
  'consultation.unit_required': 'Nhập tên đơn vị tiếp nhận ý kiến.',
  'consultation.email_invalid': 'Thư điện tử của đơn vị không hợp lệ.',
  'consultation.label_required': 'Nhập tên phần, mục (ví dụ: Điều 1, Chương II).',
  'consultation.section_in_use': 'Phần, mục này đã có ý kiến nên không xóa được.',
  'consultation.no_sections': 'Dự thảo chưa có phần, mục nào để góp ý.',
  'consultation.section_required': 'Hãy chọn phần, mục của dự thảo mà bạn góp ý.',
  'consultation.stance_required':
    'Hãy chọn ý kiến: Tán thành, Không tán thành hoặc Đồng ý một phần.',
  'consultation.group_required': 'Hãy chọn đối tượng: cán bộ, đảng viên; nhân dân; hoặc tổ chức.',
  'consultation.body_required':
    'Vui lòng ghi nội dung góp ý (chỉ được để trống khi chọn “Tán thành”).',
  'consultation.body_too_long': (max: number) => `Nội dung góp ý tối đa ${max} ký tự.`,
  'consultation.consent_required':
    'Bạn đã ghi họ tên hoặc thông tin liên hệ: cần đồng ý để chúng tôi lưu các thông tin này, hoặc xóa chúng đi.',
  'consultation.closed': (at: string) =>
    `Đợt lấy ý kiến đã kết thúc lúc ${at}. Cảm ơn bạn đã quan tâm; biểu mẫu góp ý không còn nhận ý kiến.`,
  'consultation.upcoming': (at: string) =>
    `Đợt lấy ý kiến chưa bắt đầu. Biểu mẫu góp ý mở từ ${at}.`,
  'consultation.duplicate':
    'Bạn đã gửi ý kiến về phần, mục này hôm nay. Mỗi người gửi một ý kiến cho mỗi phần, mục.',
  'consultation.form_expired':
    'Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng gửi lại (nội dung bạn nhập vẫn còn bên dưới).',
  'consultation.too_fast': 'Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại rồi gửi lần nữa.',
  'consultation.spam': 'Không gửi được ý kiến. Vui lòng thử lại.',
  'consultation.rate_limited':
    'Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau một giờ.',
  'consultation.status_invalid': 'Trạng thái xử lý không hợp lệ.',
  'consultation.forbidden': 'Tài khoản của bạn không có quyền quản lý việc lấy ý kiến dự thảo.',
  'consultation.saved': 'Đã lưu.',
  'consultation.sent': 'Đã nhận ý kiến của bạn. Cảm ơn bạn đã góp ý cho dự thảo.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(CONSULTATION_MESSAGES);
export const CM = CONSULTATION_MESSAGES;
