import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of Liên hệ – góp ý and Hỏi đáp that a person reads, by code. */
export const PARTICIPATION_MESSAGES = {
  'participation.name_required': 'Vui lòng nhập họ và tên.',
  'participation.contact_required':
    'Vui lòng nhập thư điện tử hoặc số điện thoại để chúng tôi có thể trả lời.',
  'participation.email_invalid': 'Thư điện tử không hợp lệ (ví dụ: ten@example.vn).',
  'participation.phone_invalid':
    'Số điện thoại không hợp lệ (9 đến 11 chữ số, ví dụ 0215 3825 123).',
  'participation.subject_required': 'Vui lòng nhập tiêu đề.',
  'participation.body_required': 'Vui lòng nhập nội dung.',
  'participation.body_too_long': (max: number) => `Nội dung tối đa ${max} ký tự.`,
  'participation.kind_invalid': 'Hãy chọn loại: góp ý hoặc câu hỏi.',
  'participation.unit_invalid': 'Đơn vị nhận không tồn tại; hãy chọn lại.',
  'participation.consent_required':
    'Cần đồng ý để chúng tôi xử lý và trả lời thì mới gửi được ý kiến.',
  'participation.file_too_large': (mb: number) => `Tệp đính kèm tối đa ${mb} MB.`,
  'participation.file_type': 'Chỉ nhận tệp đính kèm dạng PDF, Word, Excel, ảnh JPEG hoặc PNG.',
  'participation.form_expired':
    'Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng gửi lại (nội dung bạn nhập vẫn còn bên dưới).',
  'participation.too_fast': 'Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại rồi gửi lần nữa.',
  'participation.rate_limited':
    'Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau một giờ.',
  'participation.spam': 'Không gửi được ý kiến. Vui lòng thử lại.',
  'participation.challenge':
    'Vui lòng trả lời đúng câu hỏi kiểm tra (bằng chữ số), hoặc bật JavaScript để trình duyệt tự xác minh.',
  'participation.code_invalid': 'Mã tra cứu không đúng định dạng (ví dụ: GY-7K3M-Q9TX).',
  'participation.code_unknown': 'Không tìm thấy ý kiến với mã này.',
  'participation.not_found': 'Không tìm thấy ý kiến.',
  'participation.unit_not_found': 'Không tìm thấy đơn vị.',
  'participation.unit_name_required': 'Vui lòng nhập tên đơn vị hoặc lĩnh vực.',
  'participation.unit_email_invalid': 'Thư điện tử của đơn vị không hợp lệ.',
  'participation.unit_in_use':
    'Đơn vị còn ý kiến đang được giao; hãy giao các ý kiến đó cho đơn vị khác trước.',
  'participation.status_invalid': 'Không chuyển được sang trạng thái này.',
  'participation.note_required': 'Vui lòng nhập nội dung ghi chú.',
  'participation.reply_required': 'Vui lòng nhập nội dung trả lời.',
  'participation.publish_no_consent':
    'Người gửi không đồng ý công khai câu hỏi: không thể đăng vào mục Hỏi đáp.',
  'participation.publish_not_answered': 'Chỉ công khai được câu hỏi đã trả lời.',
  'participation.publish_question_required': 'Vui lòng nhập câu hỏi đã biên tập, ẩn danh.',
  'participation.publish_answer_required': 'Vui lòng nhập câu trả lời để công khai.',
  'participation.erased': 'Dữ liệu cá nhân của ý kiến này đã được xóa.',
  'participation.retention_invalid': 'Thời hạn lưu giữ từ 1 đến 60 tháng.',
  'participation.sla_invalid': 'Thời hạn mỗi bước từ 1 đến 90 ngày.',
  'participation.sender_required': 'Nhập thư điện tử hoặc số điện thoại của người yêu cầu.',
  'participation.forbidden': 'Tài khoản của bạn không có quyền xử lý ý kiến bạn đọc.',
  'participation.manage_forbidden': 'Tài khoản của bạn không có quyền quản lý mục góp ý.',
  'participation.saved': 'Đã lưu.',
} as const;

/** `say(code, ...values)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(PARTICIPATION_MESSAGES);
export const PM = PARTICIPATION_MESSAGES;
