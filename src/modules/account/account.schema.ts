import { z } from 'zod';
import { ROLES } from './account.ts';

const text = (max: number, message: string) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, message).max(max, `Tối đa ${max} ký tự.`));

/** Fields of the account form (create and edit), as posted. */
export const accountFormSchema = z.object({
  username: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(
      z
        .string()
        .regex(
          /^[a-z][a-z0-9._-]{2,39}$/,
          'Tên đăng nhập gồm 3–40 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch nối, bắt đầu bằng chữ cái.',
        ),
    ),
  fullName: text(120, 'Vui lòng nhập họ và tên.'),
  email: z
    .string()
    .default('')
    .transform((s) => s.trim())
    .pipe(z.union([z.literal(''), z.email('Địa chỉ email không hợp lệ.')])),
  role: z.enum(ROLES as [string, ...string[]], { message: 'Vui lòng chọn vai trò.' }),
  allSections: z.preprocess((v) => v === 'on' || v === '1' || v === true, z.boolean()),
  sectionIds: z.preprocess(
    (v): unknown[] => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
    z.array(z.coerce.number().int().positive().max(2_147_483_647)),
  ),
});

export type AccountForm = z.infer<typeof accountFormSchema>;
