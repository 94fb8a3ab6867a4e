import { z } from 'zod';
import { checkboxField, linkUrlField, textField } from '../../lib/schema.ts';
import { BANNER_PLACEMENTS, type BannerPlacement } from './banner.ts';
import { BANNER_MESSAGES as M } from './banner.messages.ts';

/** A day typed as "2026-12-01" (date picker) or "01/12/2026"; the result is "YYYY-MM-DD". */
const dayField = (message: string) =>
  z
    .string()
    .default('')
    .transform((raw, ctx) => {
      const s = raw.trim();
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
      const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
      const date =
        y && m && d ? new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))) : undefined;
      if (!date || date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return date.toISOString().slice(0, 10);
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
