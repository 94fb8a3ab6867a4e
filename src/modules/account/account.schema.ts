import { z } from 'zod';
import { ROLES, type Role } from './account.ts';
import { ACCOUNT_MESSAGES as M } from './account.messages.ts';

const text = (max: number, message: string) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, message).max(max, M['account.too_long'](max)));

/** Fields of the account form (create and edit), as posted. */
export const accountFormSchema = z.object({
  username: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.string().regex(/^[a-z][a-z0-9._-]{2,39}$/, M['account.bad_username'])),
  fullName: text(120, M['account.full_name_required']),
  email: z
    .string()
    .default('')
    .transform((s) => s.trim())
    .pipe(z.union([z.literal(''), z.email(M['account.bad_email'])])),
  role: z.enum(ROLES as [string, ...string[]], { message: M['account.role_required'] }),
  allSections: z.preprocess((v) => v === 'on' || v === '1' || v === true, z.boolean()),
  sectionIds: z.preprocess(
    (v): unknown[] => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
    z.array(z.coerce.number().int().positive().max(2_147_483_647)),
  ),
});

export type AccountForm = z.infer<typeof accountFormSchema>;

/** A role on one site, granted from the account page (system admins). */
export const grantFormSchema = z.object({
  site: z.coerce.number().int().positive().max(2_147_483_647),
  role: z.enum(ROLES as [Role, ...Role[]], { message: M['account.role_required'] }),
  allSections: z.preprocess((v) => v === 'on' || v === '1' || v === true, z.boolean()),
});
