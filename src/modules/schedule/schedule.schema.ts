import { z } from 'zod';
import { parseDateInput } from '../../lib/date-input.ts';
import { checkboxField, textField } from '../../lib/schema.ts';
import { optionalIdField } from '../organisation/organisation.schema.ts';
import { SESSIONS, type Session } from './schedule.ts';
import { SCHEDULE_MESSAGES as M } from './schedule.messages.ts';

/** "8:00", "08h30", "8 giờ 30" → "08:00" / "08:30"; undefined unless a real time of day. */
export function parseTime(text: string): string | undefined {
  const m = /^(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{2})?\s*(?:phút)?$/i.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

const timeField = (message: string, optional: boolean) =>
  z
    .string()
    .default('')
    .transform((raw, ctx) => {
      if (optional && raw.trim() === '') return '';
      const t = raw.length <= 20 ? parseTime(raw) : undefined;
      if (!t) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return t;
    });

/** One entry of the schedule as the office types it. */
export const entryFormSchema = z
  .object({
    day: z
      .string()
      .default('')
      .transform((raw, ctx) => {
        const d = raw.length <= 20 ? parseDateInput(raw) : undefined;
        if (!d) {
          ctx.addIssue({ code: 'custom', message: M['schedule.bad_day'] });
          return z.NEVER;
        }
        return d;
      }),
    session: z.enum(SESSIONS.map((s) => s.id) as [Session, ...Session[]], {
      message: M['schedule.bad_session'],
    }),
    startTime: timeField(M['schedule.bad_start'], false),
    endTime: timeField(M['schedule.bad_end'], true),
    content: textField(2000, M['schedule.content_required']),
    participants: textField(2000),
    place: textField(500),
    chairPersonId: optionalIdField(M['schedule.bad_chair']),
    chairNote: textField(300),
    unitId: optionalIdField(M['schedule.bad_unit']),
    highlighted: checkboxField,
  })
  .refine((v) => v.endTime === '' || v.endTime > v.startTime, {
    path: ['endTime'],
    message: M['schedule.end_before_start'],
  });

export type EntryForm = z.infer<typeof entryFormSchema>;
