import { z } from 'zod';
import { CSV_TABLES, type ReportRange } from './stats.report.ts';
import { PAGE_KINDS } from './stats.ts';

/** A counting beacon: page kind, article id on article pages, the page's referrer. */
export const beaconSchema = z
  .object({
    t: z.enum(PAGE_KINDS, { message: 'Loại trang không hợp lệ.' }),
    a: z.coerce
      .number({ message: 'Mã bài viết không hợp lệ.' })
      .int('Mã bài viết không hợp lệ.')
      .min(1, 'Mã bài viết không hợp lệ.')
      .max(2_147_483_647, 'Mã bài viết không hợp lệ.')
      .optional(),
    r: z.string().max(2000, 'Địa chỉ trang giới thiệu quá dài.').optional(),
  })
  .refine((v) => (v.t === 'article') === (v.a !== undefined), {
    message: 'Mã bài viết phải đi kèm trang bài viết (và chỉ trang bài viết).',
    path: ['a'],
  });

export type BeaconInput = z.infer<typeof beaconSchema>;

/** The first validation message of a failed parse, for the 400 answer. */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.';
}

/** The statistics page's query: ?khoang=30|90|365 and, for CSV, ?bang=<table>. */
export const reportQuerySchema = z.object({
  khoang: z
    .enum(['30', '90', '365'], { message: 'Khoảng thời gian phải là 30, 90 hoặc 365 ngày.' })
    .default('30')
    .transform((v) => Number(v) as ReportRange),
  bang: z.enum(CSV_TABLES, { message: 'Bảng số liệu không hợp lệ.' }).default('ngay'),
});
