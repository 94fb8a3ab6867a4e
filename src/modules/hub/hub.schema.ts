import { z } from 'zod';
import { parseDateInput } from '../../lib/date-input.ts';
import { textField } from '../../lib/schema.ts';
import { isHubAccent } from './hub.accent.ts';
import { HUB_BLOCK_KINDS } from './hub.block.ts';
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
    accent: z
      .string()
      .default('')
      .refine((s) => s === '' || isHubAccent(s), M['hub.bad_accent'])
      .transform((s) => (isHubAccent(s) ? s : '')),
    /** The hub's own editors (checked boxes); only the Ban biên tập's choice is kept. */
    editorIds: z
      .array(z.string().regex(/^[0-9]{1,9}$/, M['hub.bad_editor']))
      .max(50, M['hub.bad_editor'])
      .default([])
      .transform((ids) => [...new Set(ids.map(Number))]),
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: M['hub.end_before_start'],
  });

/** The hub form as parsed; the accent and editors may be left out (services, the seed). */
export type HubForm = Omit<z.infer<typeof hubFormSchema>, 'accent' | 'editorIds'> &
  Partial<Pick<z.infer<typeof hubFormSchema>, 'accent' | 'editorIds'>>;

/** Adding a block: its kind. */
export const hubBlockAddSchema = z.object({
  kind: z.enum(HUB_BLOCK_KINDS as [string, ...string[]], { message: M['hub.bad_block_kind'] }),
});

/** Editing a block: its heading and lines (parsed per kind by hub.block.ts). */
export const hubBlockSchema = z.object({
  heading: textField(200),
  body: z
    .string()
    .default('')
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(10_000, 'Tối đa 10000 ký tự.')),
});
