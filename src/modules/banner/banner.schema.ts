import { z } from 'zod';
import { parseDateInput } from '../../lib/date-input.ts';
import { checkboxField, linkUrlField, textField } from '../../lib/schema.ts';
import { BANNER_PLACEMENTS, type BannerPlacement } from './banner.ts';
import { BANNER_MESSAGES as M } from './banner.messages.ts';

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
    title: textField(200, M['banner.title_required']),
    linkUrl: linkUrlField({ optional: true, allowPath: true }),
    startsOn: dayField(M['banner.bad_start']),
    endsOn: dayField(M['banner.bad_end']),
    placement: z.enum(
      BANNER_PLACEMENTS.map((p) => p.id) as [BannerPlacement, ...BannerPlacement[]],
      { message: M['banner.place_required'] },
    ),
    active: checkboxField,
  })
  .refine((v) => v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: M['banner.end_before_start'],
  });

export type BannerForm = z.infer<typeof bannerFormSchema>;
