import { z } from 'zod';
import { parseDateTimeInput } from '../../lib/date-input.ts';
import { textField } from '../../lib/schema.ts';
import { CHOICES_MAX, CHOICES_MIN, PM } from './poll.ts';

const instant = (message: string) =>
  z
    .string()
    .default('')
    .transform((raw, ctx) => {
      const d = parseDateTimeInput(raw.slice(0, 40));
      if (!d) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return d;
    });

/** A poll as the back office posts it: choices one per line. */
export const pollSchema = z
  .object({
    question: textField(300, PM['poll.question_required']),
    choices: z
      .string()
      .default('')
      .transform((s) =>
        s
          .normalize('NFC')
          .split(/\r\n?|\n/)
          .map((l) =>
            l
              // eslint-disable-next-line no-control-regex
              .replace(/[\u0000-\u001f\u007f]/g, '')
              .trim()
              .slice(0, 200),
          )
          .filter(Boolean),
      )
      .refine((a) => a.length >= CHOICES_MIN && a.length <= CHOICES_MAX, PM['poll.choices_count'])
      .refine((a) => new Set(a.map((x) => x.toLocaleLowerCase('vi'))).size === a.length, {
        message: PM['poll.choices_duplicate'],
      }),
    opensAt: instant(PM['poll.opens_required']),
    closesAt: instant(PM['poll.closes_required']),
  })
  .refine((v) => v.closesAt > v.opensAt, { path: ['closesAt'], message: PM['poll.closes_before'] });
export type PollForm = z.infer<typeof pollSchema>;

/** A reader's vote: the id of a choice. */
export const voteSchema = z.object({
  choice: z
    .string()
    .default('')
    .refine(
      (s) => /^[1-9]\d{0,9}$/.test(s) && Number(s) <= 2_147_483_647,
      PM['poll.choice_required'],
    )
    .transform(Number),
});
