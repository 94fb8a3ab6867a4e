import { z } from 'zod';
import { checkboxField, textField } from '../../lib/schema.ts';
import { KINDS, STATUSES, type Kind } from './participation.ts';
import { PM } from './participation.messages.ts';

/** The longest message body a reader may send. */
export const BODY_MAX = 5000;
const INT_MAX = 2_147_483_647;

/** Multi-line text: NFC, line ends unified, NUL and other controls removed, trimmed. */
export function bodyField(max: number, requiredMessage: string, tooLong: string) {
  return z
    .string()
    .default('')
    .transform((s) =>
      s
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .trim(),
    )
    .pipe(z.string().min(1, requiredMessage).max(max, tooLong));
}

const EMAIL = /^[^\s@<>"',;]{1,64}@[^\s@<>"',;]+\.[^\s@<>"',;]{2,}$/;

/** The public form, as posted (all strings). */
export const messageFormSchema = z
  .object({
    kind: z.enum(Object.keys(KINDS) as [Kind, ...Kind[]], {
      message: PM['participation.kind_invalid'],
    }),
    name: textField(120, PM['participation.name_required']),
    email: textField(200).refine(
      (s) => s === '' || EMAIL.test(s),
      PM['participation.email_invalid'],
    ),
    phone: textField(30)
      .transform((s) => s.replace(/[\s.()-]/g, ''))
      .refine((s) => s === '' || /^(\+?84|0)\d{8,10}$/.test(s), PM['participation.phone_invalid']),
    address: textField(300),
    unitId: z
      .string()
      .default('')
      .refine((s) => s === '' || /^[1-9]\d{0,9}$/.test(s), PM['participation.unit_invalid'])
      .transform((s) => (s === '' ? null : Number(s)))
      .refine((n) => n === null || n <= INT_MAX, PM['participation.unit_invalid']),
    subject: textField(200, PM['participation.subject_required']),
    body: bodyField(
      BODY_MAX,
      PM['participation.body_required'],
      PM['participation.body_too_long'](BODY_MAX),
    ),
    consentReply: checkboxField.refine((v) => v, PM['participation.consent_required']),
    consentPublish: checkboxField,
  })
  .superRefine((v, ctx) => {
    if (!v.email && !v.phone)
      ctx.addIssue({
        code: 'custom',
        path: ['email'],
        message: PM['participation.contact_required'],
      });
  });

export type MessageForm = z.infer<typeof messageFormSchema>;

/** A receiving unit as the back office edits it. */
export const unitFormSchema = z.object({
  name: textField(200, PM['participation.unit_name_required']),
  people: textField(500),
  email: textField(200).refine(
    (s) => s === '' || EMAIL.test(s),
    PM['participation.unit_email_invalid'],
  ),
});

/** Assigning a message to a unit ('' for none). */
export const assignSchema = z.object({
  unitId: z
    .string()
    .default('')
    .refine((s) => s === '' || /^[1-9]\d{0,9}$/.test(s), PM['participation.unit_invalid'])
    .transform((s) => (s === '' ? null : Number(s)))
    .refine((n) => n === null || n <= INT_MAX, PM['participation.unit_invalid']),
});

export const statusSchema = z.object({
  status: z.enum(Object.keys(STATUSES) as [keyof typeof STATUSES], {
    message: PM['participation.status_invalid'],
  }),
});

export const noteSchema = z.object({
  body: bodyField(2000, PM['participation.note_required'], 'Ghi chú tối đa 2000 ký tự.'),
});

export const replySchema = z.object({
  reply: bodyField(
    BODY_MAX,
    PM['participation.reply_required'],
    PM['participation.body_too_long'](BODY_MAX),
  ),
});

export const publishSchema = z.object({
  question: bodyField(
    BODY_MAX,
    PM['participation.publish_question_required'],
    PM['participation.body_too_long'](BODY_MAX),
  ),
  asker: textField(200),
  answer: bodyField(
    BODY_MAX,
    PM['participation.publish_answer_required'],
    PM['participation.body_too_long'](BODY_MAX),
  ),
});

export const retentionSchema = z.object({
  months: z
    .string()
    .default('')
    .refine(
      (s) => /^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 60,
      PM['participation.retention_invalid'],
    )
    .transform(Number),
});

const slaDays = z
  .string()
  .default('')
  .refine(
    (s) => /^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 90,
    PM['participation.sla_invalid'],
  )
  .transform(Number);
/** Days allowed per handling step (form fields named after the states). */
export const slaSchema = z
  .object({ moi: slaDays, 'da-chuyen': slaDays, 'dang-xu-ly': slaDays, 'da-tra-loi': slaDays })
  .strict();

/** A sender named by e-mail or phone, for export or erasure on request. */
export const senderSchema = z.object({
  contact: textField(200, PM['participation.sender_required']),
});
