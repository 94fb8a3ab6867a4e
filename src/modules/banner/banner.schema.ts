import { z } from 'zod';
import { parseDateInput } from '../../lib/date-input.ts';
import { checkboxField, linkUrlField, textField } from '../../lib/schema.ts';
import { BANNER_PLACEMENTS, type BannerPlacement } from './banner.ts';

/** A day typed as "01/12/2026" (or "2026-12-01"); the result is "YYYY-MM-DD". */
const dayField = (message: string) =>
  z
    .string()
    .default('')
    .transform((raw, ctx) => {
      const day = parseDateInput(raw);
      if (!day) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return day;
    });

/** The banner form (the image comes as a separate file field). */
export const bannerFormSchema = z
  .object({
    title: textField(200, 'Vui lòng nhập mô tả ảnh (dùng cho người đọc bằng trình đọc màn hình).'),
    linkUrl: linkUrlField({ optional: true, allowPath: true }),
    startsOn: dayField('Ngày bắt đầu không hợp lệ (ví dụ 01/12/2026).'),
    endsOn: dayField('Ngày kết thúc không hợp lệ (ví dụ 31/12/2026).'),
    placement: z.enum(
      BANNER_PLACEMENTS.map((p) => p.id) as [BannerPlacement, ...BannerPlacement[]],
      { message: 'Hãy chọn vị trí hiển thị.' },
    ),
    active: checkboxField,
  })
  .refine((v) => v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.',
  });

export type BannerForm = z.infer<typeof bannerFormSchema>;
