import { z } from 'zod';
import { parseDateInput } from '../../lib/date-input.ts';
import { checkboxField, textField } from '../../lib/schema.ts';
import { ORGANISATION_MESSAGES as M } from './organisation.messages.ts';

/** An optional reference to a row by id: '' → null; anything but a 1–9 digit number is refused. */
export const optionalIdField = (message: string) =>
  z
    .string()
    .default('')
    .transform((raw, ctx) => {
      const s = raw.trim();
      if (s === '') return null;
      if (!/^\d{1,9}$/.test(s)) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return Number(s);
    });

const positionField = z
  .string()
  .default('0')
  .transform((raw, ctx) => {
    const s = raw.trim() || '0';
    if (!/^\d{1,4}$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: M['organisation.bad_position'] });
      return z.NEVER;
    }
    return Number(s);
  });

const phoneField = textField(50).refine((s) => s === '' || /^[0-9+().\s-]+$/.test(s), {
  message: M['organisation.bad_phone'],
});
const emailField = textField(200).refine(
  (s) => s === '' || /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/.test(s),
  { message: M['organisation.bad_email'] },
);

/** A unit of the organisation. */
export const unitFormSchema = z.object({
  name: textField(200, M['organisation.name_required']),
  parentId: optionalIdField(M['organisation.bad_parent']),
  description: textField(2000),
  phone: phoneField,
  email: emailField,
  address: textField(300),
  position: positionField,
});
export type UnitForm = z.infer<typeof unitFormSchema>;

/** A person of the directory. */
export const personFormSchema = z.object({
  fullName: textField(120, M['organisation.full_name_required']),
  responsibilities: textField(4000),
  phone: phoneField,
  email: emailField,
});
export type PersonForm = z.infer<typeof personFormSchema>;

/** A portrait picked in the library, with its text ('' takes the library's alt). */
export const photoFormSchema = z.object({
  mediaId: optionalIdField(M['organisation.bad_photo']),
  alt: textField(300),
});
export type PhotoForm = z.infer<typeof photoFormSchema>;

const dayField = (message: string, optional: boolean) =>
  z
    .string()
    .default('')
    .transform((raw, ctx) => {
      if (optional && raw.trim() === '') return null;
      const day = parseDateInput(raw);
      if (!day) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return day;
    });

/** A post a person holds in a term. */
export const postFormSchema = z
  .object({
    title: textField(200, M['organisation.title_required']),
    unitId: optionalIdField(M['organisation.bad_unit']),
    term: textField(100),
    startsOn: dayField(M['organisation.bad_start'], false).pipe(z.string()),
    endsOn: dayField(M['organisation.bad_end'], true),
    leadership: checkboxField,
    position: positionField,
  })
  .refine((v) => v.endsOn === null || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: M['organisation.end_before_start'],
  });
export type PostForm = z.infer<typeof postFormSchema>;
