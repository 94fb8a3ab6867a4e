export { TextAreaField } from '../../../views/form.tsx';

/** The "not saved" banner above a form with errors. */
export function formError(errors: Record<string, string>): string | undefined {
  if (errors._) return errors._;
  return Object.keys(errors).length
    ? 'Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.'
    : undefined;
}
