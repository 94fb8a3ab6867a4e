import { z } from 'zod';
import { parseDateInput } from '../../lib/date-input.ts';
import { textField } from '../../lib/schema.ts';
import { HUB_MESSAGES as M } from './hub.messages.ts';

const day = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    if (raw.trim() === '') return '';
    const d = parseDateInput(raw);
    if (!d) {
      ctx.addIssue({ code: 'custom', message: M['hub.bad_day'] });
      return z.NEVER;
    }
    return d;
  });

/** The hub form (the banner image comes as a separate file field). */
export const hubFormSchema = z
  .object({
    title: textField(300, M['hub.title_required']),
    intro: z
      .string()
      .default('')
      .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
      .pipe(z.string().max(5000, 'Tối đa 5000 ký tự.')),
    bannerAlt: textField(300),
    eventThreadId: z
      .string()
      .default('')
      .refine((s) => s === '' || /^[0-9]{1,9}$/.test(s), M['hub.bad_thread'])
      .transform((s) => (s === '' ? null : Number(s))),
    startsOn: day,
    endsOn: day,
    status: z.enum(['active', 'archived'], { message: M['hub.bad_status'] }),
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: M['hub.end_before_start'],
  });

export type HubForm = z.infer<typeof hubFormSchema>;
