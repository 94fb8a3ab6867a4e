import { z } from 'zod';
import { parseDateTimeInput } from '../../lib/date-input.ts';
import { checkboxField, textField } from '../../lib/schema.ts';
import { GROUPS, RESPONSE_STATUSES, STANCES, type Group, type Stance } from './consultation.ts';
import { CM } from './consultation.messages.ts';

/** The longest comment a reader may send. */
export const COMMENT_MAX = 5000;
const INT_MAX = 2_147_483_647;
const EMAIL = /^[^\s@<>"',;]{1,64}@[^\s@<>"',;]+\.[^\s@<>"',;]{2,}$/;

/** Multi-line text: NFC, line ends unified, NUL and other controls removed, trimmed. */
const multiline = () =>
  z
    .string()
    .default('')
    .transform((s) =>
      s
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .trim(),
    );

const idField = (message: string) =>
  z
    .string()
    .default('')
    .refine((s) => /^[1-9]\d{0,9}$/.test(s) && Number(s) <= INT_MAX, message)
    .transform(Number);

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

/** The window and receiving unit of a consultation, as the back office posts them. */
const windowFields = {
  opensAt: instant(CM['consultation.opens_required']),
  closesAt: instant(CM['consultation.closes_required']),
  unitName: textField(200, CM['consultation.unit_required']),
  unitEmail: textField(200).refine(
    (s) => s === '' || EMAIL.test(s),
    CM['consultation.email_invalid'],
  ),
  unitAddress: textField(300),
  rules: multiline().pipe(z.string().max(3000, 'Tối đa 3000 ký tự.')),
};

const closesAfter = (v: { opensAt: Date; closesAt: Date }) => v.closesAt > v.opensAt;

export const settingsSchema = z
  .object(windowFields)
  .refine(closesAfter, { path: ['closesAt'], message: CM['consultation.closes_before'] });
export type ConsultationSettings = z.infer<typeof settingsSchema>;

export const createSchema = z
  .object({ documentId: idField(CM['consultation.document_required']), ...windowFields })
  .refine(closesAfter, { path: ['closesAt'], message: CM['consultation.closes_before'] });

export const sectionSchema = z.object({
  label: textField(80, CM['consultation.label_required']),
  title: textField(300),
});

/** A reader's comment on one section, as posted (all strings). */
export const responseSchema = z
  .object({
    sectionId: idField(CM['consultation.section_required']),
    stance: z
      .string()
      .default('')
      .refine((s): s is Stance => Object.hasOwn(STANCES, s), CM['consultation.stance_required']),
    group: z
      .string()
      .default('')
      .refine((s): s is Group => Object.hasOwn(GROUPS, s), CM['consultation.group_required']),
    body: multiline(),
    name: textField(120),
    contact: textField(200),
    consent: checkboxField,
  })
  .superRefine((v, ctx) => {
    if (v.stance !== 'tan-thanh' && v.body === '')
      ctx.addIssue({ code: 'custom', path: ['body'], message: CM['consultation.body_required'] });
    if (v.body.length > COMMENT_MAX)
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: CM['consultation.body_too_long'](COMMENT_MAX),
      });
    if ((v.name || v.contact) && !v.consent)
      ctx.addIssue({
        code: 'custom',
        path: ['consent'],
        message: CM['consultation.consent_required'],
      });
  })
  .transform((v) => ({
    ...v,
    // Without consent nothing personal is kept.
    name: v.consent ? v.name : '',
    contact: v.consent ? v.contact : '',
  }));
export type ResponseForm = z.infer<typeof responseSchema>;

/** Moderation of one response: its state and the issue group it is filed under. */
export const moderationSchema = z.object({
  status: z
    .string()
    .default('')
    .refine((s) => Object.hasOwn(RESPONSE_STATUSES, s), CM['consultation.status_invalid'])
    .transform((s) => s as keyof typeof RESPONSE_STATUSES),
  category: textField(100),
});
