import { speaker } from '../../lib/messages.ts';

/** Every Vietnamese message of the document registry that a person reads, keyed by its code. */
export const DOCUMENT_MESSAGES = {
  'document.not_found': 'Không tìm thấy văn bản.',
  'document.withdrawn': 'Văn bản này đã được gỡ khỏi trang.',
  'document.number_required':
    'Vui lòng nhập số, ký hiệu văn bản (ví dụ 09-QC/TW hoặc 01/2026/QĐ-UBND).',
  'document.number_unrecognised':
    'Số, ký hiệu không đúng mẫu của Đảng (09-QC/TW) hay của Nhà nước (01/2026/QĐ-UBND). Nếu đúng như văn bản gốc, hãy ghi lý do giữ nguyên.',
  'document.type_required': 'Hãy chọn loại văn bản.',
  'document.issuer_required': 'Hãy chọn cơ quan ban hành.',
  'document.summary_required': 'Vui lòng nhập trích yếu nội dung.',
  'document.issued_required': 'Ngày ban hành không hợp lệ (ví dụ 05/01/2026).',
  'document.bad_date': 'Ngày không hợp lệ (ví dụ 05/01/2026).',
  'document.expires_before': 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
  'document.scope_required': 'Hãy chọn phạm vi.',
  'document.effect_required': 'Hãy chọn tình trạng hiệu lực.',
  'document.bad_authority': 'Thẩm quyền ký không hợp lệ.',
  'document.bad_signer':
    'Người ký đã chọn không có trong Cơ cấu tổ chức của trang này. Hãy chọn lại, hoặc để trống và nhập họ tên, chức vụ.',
  'document.bad_field': 'Lĩnh vực đã chọn không còn trong danh mục.',
  'document.bad_relation': 'Văn bản liên quan đã chọn không có trên trang này.',
  'document.file_kind':
    'Chỉ nhận tệp PDF, DOC, DOCX hoặc ODT (kiểm tra theo nội dung tệp, không theo tên).',
  'document.file_too_big': 'Tệp quá lớn (tối đa 30 MB).',
  'document.file_storage':
    'Không lưu được tệp. Vui lòng thử lại sau; thông tin đã nhập vẫn được giữ.',
  'document.file_not_found': 'Không tìm thấy tệp.',
  'document.cannot_edit': 'Bạn không có quyền sửa văn bản ở trạng thái này.',
  'document.transition_refused': 'Không thực hiện được thao tác này ở trạng thái hiện tại.',
  'document.note_required': 'Vui lòng ghi lý do.',
  'document.changed': 'Văn bản vừa được người khác chuyển trạng thái. Hãy tải lại trang.',
  'document.saved': 'Đã lưu văn bản.',
  'document.list_name_required': 'Vui lòng nhập tên.',
  'document.list_duplicate': 'Tên này đã có trong danh mục.',
  'document.bad_parent': 'Lĩnh vực cha không có trong danh mục.',
  'document.list_item_not_found': 'Mục này không còn trong danh mục.',
  'document.list_in_use': (name: string, n: number) =>
    `Không xóa được “${name}”: đang dùng cho ${n} văn bản. Hãy chuyển các văn bản đó sang mục khác trước.`,
  'document.list_has_children': (name: string) =>
    `Không xóa được “${name}”: lĩnh vực này còn lĩnh vực con. Hãy xóa hoặc chuyển các lĩnh vực con trước.`,
} as const;

/** `say(code)`: a message of this catalogue with its code, for an `AppError`. */
export const say = speaker(DOCUMENT_MESSAGES);
