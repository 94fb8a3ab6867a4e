import { z } from 'zod';
import { parseDateInput } from '../../lib/date-input.ts';
import { textField } from '../../lib/schema.ts';
import { AUTHORITIES, EFFECTS, RELATIONS, SCOPES } from './document.ts';
import { DOCUMENT_MESSAGES as M } from './document.messages.ts';

/** The raw posted values, kept to re-render the form as typed. */
export interface DocumentValues {
  number: string;
  numberReason: string;
  typeId: string;
  issuerId: string;
  /** A person of the directory ('' for a free-text signer). */
  signerPersonId: string;
  signerName: string;
  signerTitle: string;
  signerAuthority: string;
  issuedOn: string;
  effectiveOn: string;
  expiresOn: string;
  effect: string;
  summary: string;
  body: string;
  scope: string;
  source: string;
  fieldIds: string[];
  /** "kind:id" pairs. */
  relations: string[];
}

const id = (message: string) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/, message)
    .transform(Number);

const day = (message: string, optional: boolean) =>
  z
    .string()
    .default('')
    .transform((raw, ctx) => {
      if (optional && raw.trim() === '') return null;
      const d = parseDateInput(raw);
      if (!d) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return d;
    });

const oneOf = <T extends string>(values: readonly T[], message: string) =>
  z.string().refine((v): v is T => (values as readonly string[]).includes(v), { message });

/** The document form. Lists (type, issuer, fields, relations) are checked against the site by the service. */
export const documentFormSchema = z
  .object({
    number: textField(80, M['document.number_required']),
    numberReason: textField(500),
    typeId: id(M['document.type_required']),
    issuerId: id(M['document.issuer_required']),
    signerPersonId: z
      .string()
      .default('')
      .transform((raw, ctx) => {
        if (raw === '') return null;
        if (!/^[1-9][0-9]{0,8}$/.test(raw)) {
          ctx.addIssue({ code: 'custom', message: M['document.bad_signer'] });
          return z.NEVER;
        }
        return Number(raw);
      }),
    signerName: textField(120),
    signerTitle: textField(200),
    signerAuthority: oneOf(
      AUTHORITIES.map((a) => a.id),
      M['document.bad_authority'],
    ),
    issuedOn: day(M['document.issued_required'], false),
    effectiveOn: day(M['document.bad_date'], true),
    expiresOn: day(M['document.bad_date'], true),
    effect: oneOf(
      EFFECTS.map((e) => e.id),
      M['document.effect_required'],
    ),
    summary: textField(2000, M['document.summary_required']),
    body: z.string().max(500_000, 'Nội dung quá dài.'),
    scope: oneOf(
      SCOPES.map((s) => s.id),
      M['document.scope_required'],
    ),
    source: textField(300),
    fieldIds: z.array(id(M['document.bad_field'])).max(50),
    relations: z
      .array(
        z
          .string()
          .regex(
            new RegExp(`^(${RELATIONS.map((r) => r.id).join('|')}):[1-9][0-9]{0,8}$`),
            M['document.bad_relation'],
          )
          .transform((s) => {
            const [kind, n] = s.split(':') as [string, string];
            return { kind, toId: Number(n) };
          }),
      )
      .max(50),
  })
  .refine((v) => !v.expiresOn || !v.effectiveOn || v.expiresOn > v.effectiveOn, {
    path: ['expiresOn'],
    message: M['document.expires_before'],
  });

export type DocumentForm = z.infer<typeof documentFormSchema>;

/** One transition posted from the document page. */
export const transitionSchema = z.object({
  note: textField(1000),
});
